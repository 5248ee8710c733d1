package dev.dockwright.lexer;

import java.util.Objects;

/**
 * A word that BuildKit refuses to expand: an unterminated quote, a malformed {@code ${...}}, or a {@code ${v?msg}}
 * whose variable is missing. The message is BuildKit's own wording.
 *
 * <pre>{@code
 * try {
 *     ShellLexer.of('\\').processWord("echo \"hi", Env.empty());
 * } catch (WordExpansionException e) {
 *     e.getMessage();        // unexpected end of statement while looking for matching double-quote
 *     e.index();             // 5, the opening quote
 *     e.kind();              // UNTERMINATED_QUOTE
 *     e.buildKitMessage();   // failed to process "echo \"hi": unexpected end of statement while looking for matching double-quote
 * }
 * }</pre>
 */
public final class WordExpansionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * What went wrong, for callers that react differently to each.
     *
     * <pre>{@code
     * if (e.kind() == WordExpansionException.Kind.UNTERMINATED_QUOTE) { ... }
     * }</pre>
     */
    public enum Kind {
        /** A single or double quote is never closed. */
        UNTERMINATED_QUOTE,
        /** A <code>${</code> is never closed (BuildKit: <code>syntax error: missing '&#125;'</code>). */
        MISSING_CLOSING_BRACE,
        /** A <code>${v/p</code> has no second {@code /} before the word ends. */
        MISSING_SLASH,
        /** {@code ${}}, {@code ${:...}} or <code>${{...}</code>. */
        BAD_SUBSTITUTION,
        /** An operator BuildKit does not support, such as {@code ${v:=w}}, {@code ${v:#p}} or {@code ${v.}}. */
        UNSUPPORTED_MODIFIER,
        /** A {@code #}, {@code %} or {@code /} pattern with a backslash before anything but <code>* ? \ } /</code>. */
        INVALID_PATTERN,
        /**
         * {@code ${v?msg}} or {@code ${v:?msg}} on an unset (or empty) variable, or any use of an unset variable under
         * {@link UnsetVariables#ERROR}.
         */
        REQUIRED_VARIABLE,
        /**
         * Substitutions nested deeper than {@link ShellLexer#MAX_NESTING} levels. BuildKit has no such limit; this
         * lexer has one so that its recursion cannot overflow the stack.
         */
        TOO_DEEPLY_NESTED
    }

    /** The whole word being expanded. */
    private final String word;
    /** Where in the word the error is. */
    private final int index;
    /** What went wrong. */
    private final Kind kind;

    /**
     * @param word    the whole word being expanded
     * @param index   0-based index (a {@code char} index, as {@link String#charAt}) of the construct that failed: the
     *                opening quote, or the {@code $} that starts the substitution
     * @param kind    what went wrong
     * @param message BuildKit's message, without its {@code failed to process "word": } prefix
     */
    WordExpansionException(String word, int index, Kind kind, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.word = Objects.requireNonNull(word, "word");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (index < 0 || index > word.length()) {
            throw new IllegalArgumentException("index " + index + " out of range for a word of length " + word.length());
        }
        this.index = index;
    }

    /**
     * The whole word that could not be expanded.
     *
     * @return the word
     */
    public String word() {
        return word;
    }

    /**
     * The 0-based {@code char} index into {@link #word()} where the failing construct starts: the opening quote of an
     * unterminated quote, or the {@code $} of the substitution that is malformed or whose variable is required.
     *
     * @return the 0-based index in the word
     */
    public int index() {
        return index;
    }

    /**
     * What went wrong.
     *
     * @return the kind of error
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The message exactly as BuildKit prints it: {@code failed to process "<word>": <message>}, the word quoted as Go's
     * {@code %q} quotes it.
     *
     * @return the message BuildKit gives
     */
    public String buildKitMessage() {
        return "failed to process " + goQuote(word) + ": " + getMessage();
    }

    /** Go's {@code strconv.Quote}: printable characters as they are, the rest as Go escapes. */
    private static String goQuote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                default -> {
                    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                        out.append('\uFFFD'); // what a lone surrogate becomes in UTF-8
                    } else if (isGoPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp < ' ' || cp == 0x7F) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(String.format("\\U%08x", cp));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean isGoPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
