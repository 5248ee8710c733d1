package dev.dockwright.parser.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of BuildKit's shell lexer ({@code frontend/dockerfile/shell}) that the parser uses to find heredoc
 * markers: word splitting with quotes, escapes, {@code $var}/{@code ${...}} kept as written (no environment),
 * and {@code <<} followed by blanks kept inside one word. Always uses {@code \} as escape character, whatever
 * the {@code # escape=} directive says, because BuildKit does so for heredoc detection.
 *
 * <pre>{@code
 * new ShellWordLexer(true, true).words("RUN <<  EOF cat")  // [RUN, <<  EOF, cat]
 * }</pre>
 *
 * <p>Quirk kept on purpose: one words buffer is shared with the nested lexing of {@code ${...}} and is reset
 * by it, as in BuildKit, so text just before a {@code ${x:-y}} in the same word is dropped.
 */
final class ShellWordLexer {

    private static final int EOF = -1;
    private static final int ESCAPE = '\\';
    /**
     * Nested {@code ${...}} are lexed recursively; past this depth the lexer gives up (BuildKit has no limit,
     * but Go's growable stacks are not Java's). Only absurd input reaches it; it then has no heredoc.
     */
    static final int MAX_SUBSTITUTION_DEPTH = 256;

    /** Failure of the lexer; the message is BuildKit's. */
    static final class LexException extends Exception {
        private static final long serialVersionUID = 1L;

        LexException(String message) {
            super(message, null, false, false);
        }
    }

    private final boolean rawQuotes;
    private final boolean rawEscapesDefault;

    private String input;
    private int pos;
    private int substitutionDepth;
    private boolean rawEscapes;
    private final StringBuilder sharedWordsBuffer = new StringBuilder();

    ShellWordLexer(boolean rawQuotes, boolean rawEscapes) {
        this.rawQuotes = rawQuotes;
        this.rawEscapesDefault = rawEscapes;
    }

    /** Splits {@code source} into words; throws with BuildKit's "failed to process" message on a lexing error. */
    List<String> words(String source) throws LexException {
        input = source;
        // Go's text/scanner drops a byte order mark at the very start of its input.
        pos = source.startsWith("\uFEFF") ? 1 : 0;
        rawEscapes = rawEscapesDefault;
        substitutionDepth = 0;
        sharedWordsBuffer.setLength(0);
        try {
            return processStopOn(EOF, rawEscapesDefault).words;
        } catch (LexException e) {
            throw new LexException("failed to process " + GoText.quote(source) + ": " + e.getMessage());
        }
    }

    private int peek() {
        return pos < input.length() ? input.codePointAt(pos) : EOF;
    }

    private int next() {
        int cp = peek();
        if (cp != EOF) {
            pos += Character.charCount(cp);
        }
        return cp;
    }

    private record Processed(String result, List<String> words) {
    }

    /** Collects words; the buffer is shared between nesting levels exactly like BuildKit's. */
    private final class Words {
        final List<String> list = new ArrayList<>();
        boolean inWord;

        void addChar(int cp) {
            if (GoText.isSpace(cp) && inWord) {
                if (sharedWordsBuffer.length() != 0) {
                    list.add(sharedWordsBuffer.toString());
                    sharedWordsBuffer.setLength(0);
                    inWord = false;
                }
            } else if (!GoText.isSpace(cp)) {
                addRawChar(cp);
            }
        }

        void addRawChar(int cp) {
            sharedWordsBuffer.appendCodePoint(cp);
            inWord = true;
        }

        void addString(String s) {
            s.codePoints().forEach(this::addChar);
        }

        void addRawString(String s) {
            sharedWordsBuffer.append(s);
            inWord = true;
        }

        List<String> finish() {
            if (sharedWordsBuffer.length() > 0) {
                list.add(sharedWordsBuffer.toString());
                sharedWordsBuffer.setLength(0);
                inWord = false;
            }
            return list;
        }
    }

    private Processed processStopOn(int stopChar, boolean raw) throws LexException {
        StringBuilder result = new StringBuilder();
        sharedWordsBuffer.setLength(0);
        Words words = new Words();
        boolean saved = rawEscapes;
        rawEscapes = raw;
        try {
            while (peek() != EOF) {
                int ch = peek();
                if (stopChar != EOF && ch == stopChar) {
                    next();
                    return new Processed(result.toString(), words.finish());
                }
                if (ch == '$' || ch == '<' || ch == '\'' || ch == '"') {
                    String tmp = switch (ch) {
                        case '$' -> processDollar();
                        case '<' -> processPossibleHeredoc();
                        case '\'' -> processSingleQuote();
                        default -> processDoubleQuote();
                    };
                    result.append(tmp);
                    if (ch == '$') {
                        words.addString(tmp);
                    } else {
                        words.addRawString(tmp);
                    }
                } else {
                    ch = next();
                    if (ch == ESCAPE) {
                        if (rawEscapes) {
                            words.addRawChar(ch);
                            result.appendCodePoint(ch);
                        }
                        ch = next();
                        if (ch == EOF) {
                            break;
                        }
                        words.addRawChar(ch);
                    } else {
                        words.addChar(ch);
                    }
                    result.appendCodePoint(ch);
                }
            }
            if (stopChar != EOF) {
                throw new LexException("unexpected end of statement while looking for matching "
                        + new String(Character.toChars(stopChar)));
            }
            return new Processed(result.toString(), words.finish());
        } finally {
            rawEscapes = saved;
        }
    }

    private String processSingleQuote() throws LexException {
        StringBuilder result = new StringBuilder();
        int ch = next();
        if (rawQuotes) {
            result.appendCodePoint(ch);
        }
        while (true) {
            ch = next();
            if (ch == EOF) {
                throw new LexException("unexpected end of statement while looking for matching single-quote");
            }
            if (ch == '\'') {
                if (rawQuotes) {
                    result.appendCodePoint(ch);
                }
                return result.toString();
            }
            result.appendCodePoint(ch);
        }
    }

    private String processDoubleQuote() throws LexException {
        StringBuilder result = new StringBuilder();
        int ch = next();
        if (rawQuotes) {
            result.appendCodePoint(ch);
        }
        while (true) {
            int p = peek();
            if (p == EOF) {
                throw new LexException("unexpected end of statement while looking for matching double-quote");
            }
            if (p == '"') {
                ch = next();
                if (rawQuotes) {
                    result.appendCodePoint(ch);
                }
                return result.toString();
            }
            if (p == '$') {
                result.append(processDollar());
                continue;
            }
            ch = next();
            if (ch == ESCAPE) {
                if (rawEscapes) {
                    result.appendCodePoint(ch);
                }
                int after = peek();
                if (after == EOF) {
                    continue; // the escape at the very end is dropped; the loop then reports the open quote
                }
                if (after == '"' || after == '$' || after == ESCAPE) {
                    ch = next();
                }
            }
            result.appendCodePoint(ch);
        }
    }

    /** With no environment and unset variables skipped, a substitution comes back as written (or fails). */
    private String processDollar() throws LexException {
        if (++substitutionDepth > MAX_SUBSTITUTION_DEPTH) {
            throw new LexException("variable substitutions nested deeper than " + MAX_SUBSTITUTION_DEPTH);
        }
        try {
            return processDollarUnguarded();
        } finally {
            substitutionDepth--;
        }
    }

    private String processDollarUnguarded() throws LexException {
        next();
        if (peek() != '{') {
            String name = processName();
            return name.isEmpty() ? "$" : "$" + name;
        }
        next();
        int p = peek();
        if (p == EOF) {
            throw new LexException("syntax error: missing '}'");
        }
        if (p == '{' || p == '}' || p == ':') {
            throw new LexException("syntax error: bad substitution");
        }
        String name = processName();
        int ch = next();
        String chs = runeString(ch);
        if (ch == '}') {
            return "${" + name + "}";
        }
        if (ch == '/') {
            if (peek() == '/') {
                next();
            }
            String pattern;
            try {
                pattern = processStopOn('/', true).result;
            } catch (LexException e) {
                if (peek() == EOF) {
                    throw new LexException("syntax error: missing '/' in ${}");
                }
                throw e;
            }
            String replacement;
            try {
                replacement = processStopOn('}', true).result;
            } catch (LexException e) {
                if (peek() == EOF) {
                    throw new LexException("syntax error: missing '}'");
                }
                throw e;
            }
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        }
        boolean nullIsUnset = false;
        if (ch == ':') {
            // Go's switch falls through to the modifier case whatever follows the colon
            nullIsUnset = true;
            ch = next();
            chs += runeString(ch);
        } else if (ch != '+' && ch != '-' && ch != '?' && ch != '#' && ch != '%') {
            throw new LexException("unsupported modifier (" + chs + ") in substitution");
        }
        boolean raw = ch == '#' || ch == '%';
        if (nullIsUnset && raw) {
            throw new LexException("unsupported modifier (" + chs + ") in substitution");
        }
        String word;
        try {
            word = processStopOn('}', raw).result;
        } catch (LexException e) {
            if (peek() == EOF) {
                throw new LexException("syntax error: missing '}'");
            }
            throw e;
        }
        return "${" + name + chs + word + "}";
    }

    /** Go's {@code string(rune)}: EOF (-1) becomes the replacement character. */
    private static String runeString(int cp) {
        return cp < 0 ? "\uFFFD" : new String(Character.toChars(cp));
    }

    private String processName() {
        StringBuilder name = new StringBuilder();
        while (peek() != EOF) {
            int ch = peek();
            if (name.length() == 0 && Character.isDigit(ch)) {
                while (peek() != EOF && Character.isDigit(peek())) {
                    name.appendCodePoint(next());
                }
                return name.toString();
            }
            if (name.length() == 0 && isSpecialParam(ch)) {
                return runeString(next());
            }
            if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
                break;
            }
            name.appendCodePoint(next());
        }
        return name.toString();
    }

    private static boolean isSpecialParam(int ch) {
        return ch == '@' || ch == '*' || ch == '#' || ch == '?' || ch == '-' || ch == '$' || ch == '!' || ch == '0';
    }

    private String processPossibleHeredoc() {
        next();
        if (peek() != '<') {
            return "<";
        }
        next();
        StringBuilder result = new StringBuilder("<<");
        while (peek() == '\t' || peek() == '\r' || peek() == ' ') {
            result.appendCodePoint(next());
        }
        return result.toString();
    }
}
