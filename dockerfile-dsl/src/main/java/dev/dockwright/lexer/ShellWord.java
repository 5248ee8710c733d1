package dev.dockwright.lexer;

import dev.dockwright.lexer.WordExpansionException.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One pass of the lexer over one word: the state of BuildKit's {@code shellWord}, used once and thrown away.
 *
 * <pre>{@code
 * ShellWord pass = new ShellWord(ShellLexer.of('\\'), "a\"b c\"$X", Env.of(Map.of("X", "!")), true);
 * pass.run();            // Result[value=ab c!, words=[ab c!]]
 * pass.referenced();     // [X]
 * }</pre>
 *
 * <p>Each method mirrors the BuildKit function of the same name, and keeps its order of reading, looking up and
 * failing: that order decides the error message of a malformed word, and which words {@code ProcessWords} yields.
 */
final class ShellWord {

    /** What Go's {@code text/scanner} returns past the end. */
    private static final int EOF = -1;

    /** Result of one {@code processStopOn}: the expanded text, and its whitespace-separated words. */
    record Result(String value, List<String> words) {
    }

    private final ShellLexer lexer;
    private final String source;
    private final Env env;
    private final boolean capture;
    private final Set<String> referenced = new LinkedHashSet<>();
    private final Set<String> unset = new LinkedHashSet<>();
    /**
     * The buffer of the word being split, shared by every nesting level as in BuildKit, where a nested
     * {@code ${v:-...}} clears it: {@code ProcessWords("abc${v:-d}")} is {@code [d]} there, and so it is here.
     */
    private final StringBuilder wordsBuffer = new StringBuilder();
    private int pos;
    private boolean rawEscapes;
    private int nesting;

    ShellWord(ShellLexer lexer, String source, Env env, boolean capture) {
        this.lexer = lexer;
        this.source = source;
        this.env = env;
        this.capture = capture;
        this.rawEscapes = lexer.rawEscapes();
        this.pos = source.startsWith("\uFEFF") ? 1 : 0; // Go's text/scanner drops a leading byte order mark
    }

    Result run() {
        return processStopOn(EOF, rawEscapes);
    }

    Set<String> referenced() {
        return referenced;
    }

    Set<String> unset() {
        return unset;
    }

    private int peek() {
        return pos < source.length() ? source.codePointAt(pos) : EOF;
    }

    private int next() {
        int ch = peek();
        if (ch != EOF) {
            pos += Character.charCount(ch);
        }
        return ch;
    }

    private WordExpansionException fail(int index, Kind kind, String message) {
        return new WordExpansionException(source, index, kind, message);
    }

    /** Reads up to {@code stopChar} (consumed) or the end of the word, whichever BuildKit would. */
    private Result processStopOn(int stopChar, boolean rawEscapesHere) {
        StringBuilder result = new StringBuilder();
        wordsBuffer.setLength(0);
        Words words = new Words(wordsBuffer);
        boolean outerRawEscapes = rawEscapes;
        rawEscapes = rawEscapesHere;
        try {
            while (peek() != EOF) {
                int ch = peek();
                if (stopChar != EOF && ch == stopChar) {
                    next();
                    return new Result(result.toString(), words.finish());
                }
                if (ch == '$' || ch == '<' || (lexer.processesQuotes() && (ch == '\'' || ch == '"'))) {
                    String part = switch (ch) {
                        case '$' -> processDollar();
                        case '<' -> processPossibleHeredoc();
                        case '\'' -> processSingleQuote();
                        default -> processDoubleQuote();
                    };
                    result.append(part);
                    if (ch == '$') {
                        words.addString(part); // an expanded value is split on its whitespace
                    } else {
                        words.addRawString(part);
                    }
                    continue;
                }
                ch = next();
                if (ch == lexer.escapeChar()) {
                    if (rawEscapes) {
                        words.addRawChar(ch);
                        result.appendCodePoint(ch);
                    }
                    ch = next();
                    if (ch == EOF) {
                        break; // an escape character at the very end escapes nothing and is dropped
                    }
                    words.addRawChar(ch);
                } else {
                    words.addChar(ch);
                }
                result.appendCodePoint(ch);
            }
            if (stopChar != EOF) {
                // never reaches the caller: processDollar words every end-of-word failure as a missing } or /
                throw fail(pos, Kind.MISSING_CLOSING_BRACE,
                        "unexpected end of statement while looking for matching " + Character.toString(stopChar));
            }
            return new Result(result.toString(), words.finish());
        } finally {
            rawEscapes = outerRawEscapes;
        }
    }

    /** Everything up to the next {@code '} as it is: nothing can be escaped in single quotes, not even a quote. */
    private String processSingleQuote() {
        int start = pos;
        StringBuilder result = new StringBuilder();
        int ch = next();
        if (lexer.rawQuotes()) {
            result.appendCodePoint(ch);
        }
        while (true) {
            ch = next();
            if (ch == EOF) {
                throw fail(start, Kind.UNTERMINATED_QUOTE,
                        "unexpected end of statement while looking for matching single-quote");
            }
            if (ch == '\'') {
                if (lexer.rawQuotes()) {
                    result.appendCodePoint(ch);
                }
                return result.toString();
            }
            result.appendCodePoint(ch);
        }
    }

    /**
     * Up to the next unescaped {@code "}, expanding {@code $}; the escape character escapes only {@code "},
     * {@code $} and itself, and stays literal before anything else.
     */
    private String processDoubleQuote() {
        int start = pos;
        StringBuilder result = new StringBuilder();
        int ch = next();
        if (lexer.rawQuotes()) {
            result.appendCodePoint(ch);
        }
        while (true) {
            int peeked = peek();
            if (peeked == EOF) {
                throw fail(start, Kind.UNTERMINATED_QUOTE,
                        "unexpected end of statement while looking for matching double-quote");
            }
            if (peeked == '"') {
                ch = next();
                if (lexer.rawQuotes()) {
                    result.appendCodePoint(ch);
                }
                return result.toString();
            }
            if (peeked == '$') {
                result.append(processDollar());
                continue;
            }
            ch = next();
            if (ch == lexer.escapeChar()) {
                if (rawEscapes) {
                    result.appendCodePoint(ch);
                }
                int escaped = peek();
                if (escaped == EOF) {
                    continue; // fails on the next round: the quote is not closed
                }
                if (escaped == '"' || escaped == '$' || escaped == lexer.escapeChar()) {
                    ch = next();
                }
            }
            result.appendCodePoint(ch);
        }
    }

    /** {@code $name}, {@code ${name}} and every {@code ${name<op>...}} form. */
    private String processDollar() {
        int dollar = pos;
        next();
        if (peek() != '{') {
            String name = processName();
            if (name.isEmpty()) {
                return "$";
            }
            Optional<String> value = getEnv(name);
            if (value.isEmpty()) {
                return switch (lexer.unsetVariables()) {
                    case EMPTY -> "";
                    case KEEP -> "$" + name;
                    case ERROR -> throw unsetVariable(dollar, name);
                };
            }
            return value.get();
        }
        next();
        switch (peek()) {
            case EOF -> throw fail(dollar, Kind.MISSING_CLOSING_BRACE, "syntax error: missing '}'");
            case '{', '}', ':' -> throw fail(dollar, Kind.BAD_SUBSTITUTION, "syntax error: bad substitution");
            default -> {
                // a name, possibly empty: ${.} and ${=x} fail below as unsupported modifiers
            }
        }
        if (nesting == ShellLexer.MAX_NESTING) {
            throw fail(dollar, Kind.TOO_DEEPLY_NESTED,
                    "substitutions nested more than " + ShellLexer.MAX_NESTING + " levels deep");
        }
        nesting++;
        try {
            return processBraces(dollar);
        } finally {
            nesting--;
        }
    }

    /** The part of {@code processDollar} after {@code ${}: the name, the operator and its words. */
    private String processBraces(int dollar) {
        String name = processName();
        int ch = next();
        String modifier = goString(ch);
        boolean nullIsUnset = false;
        switch (ch) {
            case '}' -> {
                Optional<String> value = getEnv(name);
                if (value.isEmpty()) {
                    return switch (lexer.unsetVariables()) {
                        case EMPTY -> "";
                        case KEEP -> "${" + name + "}";
                        case ERROR -> throw unsetVariable(dollar, name);
                    };
                }
                return value.get();
            }
            case ':' -> {
                nullIsUnset = true;
                ch = next();
                modifier += goString(ch);
            }
            case '+', '-', '?', '#', '%' -> {
                // the operator itself: handled below with the ':' forms
            }
            case '/' -> {
                return processReplace(dollar, name);
            }
            default -> throw unsupportedModifier(dollar, modifier);
        }
        boolean trims = ch == '#' || ch == '%';
        if (nullIsUnset && trims) {
            throw unsupportedModifier(dollar, modifier);
        }
        String word = processStopOn('}', trims, dollar, Kind.MISSING_CLOSING_BRACE, "syntax error: missing '}'");
        Optional<String> lookedUp = getEnv(name);
        boolean set = lookedUp.isPresent();
        String value = lookedUp.orElse("");
        if (!set && lexer.unsetVariables() == UnsetVariables.KEEP) {
            return "${" + name + modifier + word + "}";
        }
        boolean missing = !set || (nullIsUnset && value.isEmpty());
        switch (ch) {
            case '-' -> {
                return missing ? word : value;
            }
            case '+' -> {
                return missing ? "" : word;
            }
            case '?' -> {
                if (!set) {
                    throw fail(dollar, Kind.REQUIRED_VARIABLE,
                            name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                }
                if (missing) {
                    throw fail(dollar, Kind.REQUIRED_VARIABLE,
                            name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                }
                return value;
            }
            case '#', '%' -> {
                if (!set && lexer.unsetVariables() == UnsetVariables.ERROR) {
                    throw unsetVariable(dollar, name);
                }
                // # and % take the shortest match, ## and %% the longest; the operator's second character is the
                // first of the (already expanded) pattern, exactly as BuildKit tests it
                boolean greedy = !word.isEmpty() && word.charAt(0) == ch;
                String pattern = greedy ? word.substring(1) : word;
                return ch == '%' ? trimSuffix(dollar, pattern, value, greedy) : trimPrefix(dollar, pattern, value, greedy);
            }
            default -> throw unsupportedModifier(dollar, modifier);
        }
    }

    /** {@code ${name/pattern/replacement}} and {@code ${name//pattern/replacement}}. */
    private String processReplace(int dollar, String name) {
        boolean replaceAll = peek() == '/';
        if (replaceAll) {
            next();
        }
        String pattern = processStopOn('/', true, dollar, Kind.MISSING_SLASH, "syntax error: missing '/' in ${}");
        String replacement = processStopOn('}', true, dollar, Kind.MISSING_CLOSING_BRACE, "syntax error: missing '}'");
        Optional<String> lookedUp = getEnv(name);
        if (lookedUp.isEmpty()) {
            switch (lexer.unsetVariables()) {
                case KEEP -> {
                    return "${" + name + "/" + pattern + "/" + replacement + "}"; // BuildKit drops the second / of //
                }
                case ERROR -> throw unsetVariable(dollar, name);
                default -> {
                    // replace in the empty string
                }
            }
        }
        ShellPattern compiled = compile(dollar, pattern, pattern, true, false);
        String value = lookedUp.orElse("");
        return replaceAll ? compiled.replaceAll(value, replacement) : compiled.replaceFirst(value, replacement);
    }

    /** A nested word; a failure that ran into the end of the word is reported as BuildKit words it. */
    private String processStopOn(int stopChar, boolean rawEscapesHere, int dollar, Kind kind, String atEnd) {
        try {
            return processStopOn(stopChar, rawEscapesHere).value();
        } catch (WordExpansionException e) {
            if (peek() == EOF) {
                throw fail(dollar, kind, atEnd);
            }
            throw e;
        }
    }

    /** A variable name, a run of digits (positional parameter) or one special parameter character. */
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
                next();
                return Character.toString(ch);
            }
            if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
                break;
            }
            name.appendCodePoint(next());
        }
        return name.toString();
    }

    /** {@code <<} and the blanks after it stay together, so that a heredoc marker stays one word. */
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

    /** The parameters of POSIX sh ({@code $@ $* $# $? $- $$ $! $0}): never set in a Dockerfile, but still looked up. */
    private static boolean isSpecialParam(int ch) {
        return switch (ch) {
            case '@', '*', '#', '?', '-', '$', '!', '0' -> true;
            default -> false;
        };
    }

    private Optional<String> getEnv(String name) {
        Optional<String> value = env.lookup(name);
        if (capture) {
            referenced.add(name);
            if (value.isEmpty()) {
                unset.add(name);
            }
        }
        return value;
    }

    private String trimPrefix(int dollar, String pattern, String value, boolean greedy) {
        return compile(dollar, pattern, pattern, greedy, true).trimPrefix(value);
    }

    /**
     * Trims the shortest or longest matching suffix. A leftmost search cannot find the shortest rightmost match, so,
     * like BuildKit, this reverses both the value and the pattern (keeping each {@code \x} pair in order).
     */
    private String trimSuffix(int dollar, String pattern, String value, boolean greedy) {
        String reversedPattern = reversePattern(pattern);
        String trimmed = compile(dollar, reversedPattern, reversedPattern, greedy, true)
                .trimPrefix(new StringBuilder(value).reverse().toString());
        return new StringBuilder(trimmed).reverse().toString();
    }

    private ShellPattern compile(int dollar, String pattern, String shown, boolean greedy, boolean anchored) {
        try {
            return ShellPattern.compile(pattern, greedy, anchored);
        } catch (IllegalArgumentException e) {
            throw fail(dollar, Kind.INVALID_PATTERN,
                    "invalid pattern (" + shown + ") in substitution: " + e.getMessage());
        }
    }

    /** Reverses a pattern by code point, except that a backslash stays in front of the character it escapes. */
    static String reversePattern(String pattern) {
        int[] in = pattern.codePoints().toArray();
        int[] out = new int[in.length];
        int last = in.length - 1;
        for (int i = 0; i <= last; ) {
            int outIndex = last - i;
            if (in[i] == '\\' && i != last) {
                out[outIndex - 1] = in[i];
                out[outIndex] = in[i + 1];
                i += 2;
            } else {
                out[outIndex] = in[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    private WordExpansionException unsupportedModifier(int dollar, String modifier) {
        return fail(dollar, Kind.UNSUPPORTED_MODIFIER, "unsupported modifier (" + modifier + ") in substitution");
    }

    private WordExpansionException unsetVariable(int dollar, String name) {
        return fail(dollar, Kind.REQUIRED_VARIABLE, name + ": is not allowed to be unset");
    }

    /** Go's {@code string(rune)}: the end-of-word marker (and anything else invalid) becomes U+FFFD. */
    private static String goString(int ch) {
        return ch == EOF ? "\uFFFD" : Character.toString(ch);
    }

    /**
     * BuildKit's {@code wordsStruct}: splits on unquoted, unescaped whitespace (Go's {@code unicode.IsSpace}) and
     * never yields an empty word, not even for {@code ""}.
     */
    private static final class Words {
        private final StringBuilder buffer;
        private final List<String> words = new ArrayList<>();
        private boolean inWord;

        Words(StringBuilder sharedBuffer) {
            this.buffer = sharedBuffer;
        }

        void addChar(int ch) {
            if (isGoSpace(ch)) {
                if (inWord && buffer.length() != 0) {
                    words.add(buffer.toString());
                    buffer.setLength(0);
                    inWord = false;
                }
            } else {
                addRawChar(ch);
            }
        }

        void addRawChar(int ch) {
            buffer.appendCodePoint(ch);
            inWord = true;
        }

        void addString(String s) {
            s.codePoints().forEach(this::addChar);
        }

        void addRawString(String s) {
            buffer.append(s);
            inWord = true;
        }

        List<String> finish() {
            if (buffer.length() > 0) {
                words.add(buffer.toString());
                buffer.setLength(0);
                inWord = false;
            }
            return words;
        }

        /** Go's {@code unicode.IsSpace}, which unlike {@link Character#isWhitespace} counts no-break spaces. */
        static boolean isGoSpace(int ch) {
            return switch (ch) {
                case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 ->
                        true;
                default -> ch >= 0x2000 && ch <= 0x200A;
            };
        }
    }
}
