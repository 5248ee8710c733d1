package dev.dockwright.parser.syntax;

/**
 * Text helpers that behave like the Go standard library functions BuildKit's parser relies on
 * ({@code unicode.IsSpace}, {@code strings.TrimSpace}, {@code strconv.Quote}, {@code strings.ToLower}).
 * Java's own equivalents differ in small ways (which characters are spaces, which are printable), and those
 * differences would show up in the dump and in word splitting.
 *
 * <pre>{@code
 * GoText.quote("a\tb\u00a0")  // "\"a\\tb\\u00a0\""
 * }</pre>
 */
final class GoText {

    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}: Latin-1 spaces plus the Unicode White_Space property above Latin-1. */
    static boolean isSpace(int cp) {
        if (cp <= 0xFF) {
            return isLatin1Space(cp);
        }
        return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** Go's {@code unicode.IsSpace} on the Latin-1 range. */
    static boolean isLatin1Space(int c) {
        if (c > ' ') {
            return c == 0x85 || c == 0xA0;
        }
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * {@code unicode.IsSpace(rune(b))} on one byte of UTF-8 text, as BuildKit calls it while splitting flags and
     * HEALTHCHECK's type word. The first byte of a multi-byte character is never a space, so on a char this is
     * the ASCII test. (A continuation byte 0x85 or 0xA0 counts as a space for BuildKit and splits a character in
     * two, corrupting it; this parser keeps such characters whole instead.)
     */
    static boolean isByteSpace(char c) {
        return c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r'));
    }

    /** The class {@code [\t\v\f\r ]} of BuildKit's {@code reWhitespace} (note: no newline). */
    static boolean isSplitSpace(char c) {
        return c <= ' ' && (c == ' ' || c == '\t' || (c >= 0x0B && c <= '\r'));
    }

    /** RE2's {@code \s}: {@code [\t\n\f\r ]} (note: no vertical tab). */
    static boolean isRegexSpace(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    /** First index in {@code [from, to)} that is not a Go space, or {@code to}. */
    static int skipSpaces(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End index after dropping trailing Go spaces from {@code [from, to)}. */
    static int trimTrailingSpaces(CharSequence s, int from, int to) {
        int j = to;
        while (j > from && isSpace(s.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    /** Go's {@code strings.TrimSpace}. */
    static String trimSpace(String s) {
        int start = skipSpaces(s, 0, s.length());
        return s.substring(start, trimTrailingSpaces(s, start, s.length()));
    }

    /** Go's {@code strings.ToLower}: simple per-code-point lower-casing, locale independent. */
    static String toLower(String s) {
        boolean plain = true;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                plain = false;
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                plain = false;
            }
        }
        if (plain) {
            return s;
        }
        if (ascii) {
            // on ASCII, Go's and Java's (root locale) lower-casing agree: A-Z only
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }

    /** Go's {@code strconv.Quote}: a double-quoted Go string literal, printable characters kept as they are. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        appendQuoted(out, s);
        return out.toString();
    }

    static void appendQuoted(StringBuilder out, String s) {
        out.append('"');
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int cp;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(i + 1));
                i += 2;
            } else {
                cp = c;
                i++;
            }
            appendEscapedRune(out, cp);
        }
        out.append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void appendEscapedRune(StringBuilder out, int cp) {
        if (cp == '"' || cp == '\\') {
            out.append('\\').append((char) cp);
            return;
        }
        if (isPrint(cp)) {
            out.appendCodePoint(cp);
            return;
        }
        switch (cp) {
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x0B -> out.append("\\v");
            default -> {
                if (cp < ' ' || cp == 0x7F) {
                    out.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xF]);
                    return;
                }
                int r = cp;
                if (r >= 0xD800 && r <= 0xDFFF) {
                    r = 0xFFFD; // a lone surrogate is not a valid rune: Go would print the replacement character
                }
                if (r < 0x10000) {
                    out.append("\\u");
                    appendHex(out, r, 4);
                } else {
                    out.append("\\U");
                    appendHex(out, r, 8);
                }
            }
        }
    }

    private static void appendHex(StringBuilder out, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >> shift) & 0xF]);
        }
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int cp) {
        if (cp <= 0xFF) {
            return (cp >= 0x20 && cp < 0x7F) || (cp >= 0xA1 && cp != 0xAD);
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
