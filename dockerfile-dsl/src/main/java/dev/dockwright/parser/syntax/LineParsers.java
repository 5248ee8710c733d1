package dev.dockwright.parser.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits one logical line into keyword, flags and arguments, and reads the arguments with the per-instruction
 * rule BuildKit's parser uses (its {@code splitCommand}, {@code extractBuilderFlags} and line parsers).
 *
 * <pre>{@code
 * LineParsers.Node n = LineParsers.parse("COPY --from=build /a /b", 0, 23, '\\');
 * n.keyword     // "COPY"
 * n.flags       // [--from=build]
 * n.arguments   // [/a, /b]
 * }</pre>
 *
 * <p>All indexes are into the logical line's text. An ONBUILD chain is read with a loop, not recursion, so a
 * long {@code ONBUILD ONBUILD ...} line cannot overflow the stack.
 */
final class LineParsers {

    private LineParsers() {
    }

    /** Keywords BuildKit's parser has a line parser for; any other keyword's arguments are ignored. */
    static final Set<String> KNOWN = Set.of("add", "arg", "cmd", "copy", "entrypoint", "env", "expose", "from",
            "healthcheck", "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user", "volume",
            "workdir");

    /**
     * The known keywords as almost every Dockerfile writes them, in upper case, with their lower-case names at
     * the same index: such a keyword is taken as these shared strings, without a substring and lower-casing.
     */
    private static final String[] UPPER_KEYWORDS = {"RUN", "COPY", "FROM", "ARG", "ENV", "WORKDIR", "CMD",
        "EXPOSE", "ADD", "ENTRYPOINT", "LABEL", "USER", "VOLUME", "ONBUILD", "HEALTHCHECK", "SHELL",
        "STOPSIGNAL", "MAINTAINER"};
    private static final String[] LOWER_KEYWORDS = new String[UPPER_KEYWORDS.length];

    static {
        for (int i = 0; i < UPPER_KEYWORDS.length; i++) {
            LOWER_KEYWORDS[i] = UPPER_KEYWORDS[i].toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Index in UPPER_KEYWORDS of {@code text[from, to)}, or -1. */
    private static int upperCaseKeyword(String text, int from, int to) {
        int length = to - from;
        for (int i = 0; i < UPPER_KEYWORDS.length; i++) {
            if (UPPER_KEYWORDS[i].length() == length && text.startsWith(UPPER_KEYWORDS[i], from)) {
                return i;
            }
        }
        return -1;
    }

    static final String NOT_STRING_ARRAY = "when using JSON array syntax, arrays must be comprised of strings only";

    /** A flag word with its extent in the logical line. */
    record FlagWord(String text, int start, int end) {
    }

    /** The parse of one (possibly nested) instruction. */
    static final class Node {
        int start;
        int end;
        String keyword = "";
        String lowerKeyword = "";
        int keywordStart;
        int keywordEnd;
        List<FlagWord> flags = List.of(); // a real list only for an instruction that may have flags
        /** The arguments read so far; an immutable empty list until {@link #arguments()} is first asked for. */
        List<String> arguments = List.of();
        /**
         * A last argument not cut yet: the shell-form text {@code [shellFrom, shellTo)} of the logical line
         * (-1: none). A continued RUN's typed reading lays its command out from the source and never needs it.
         */
        int shellFrom = -1;
        int shellTo = -1;
        boolean json;
        int argumentsStart;
        int argumentsEnd;
        /** The ONBUILD trigger, if any. */
        Node nested;
        /** BuildKit's error for this line, with the logical index it is reported at. */
        String error;
        int errorIndex;

        /** The list to add arguments to, made on first use: a RUN's shell text needs none. */
        List<String> arguments() {
            List<String> list = arguments;
            if (list.isEmpty() && !(list instanceof ArrayList)) {
                list = new ArrayList<>(4);
                arguments = list;
            }
            return list;
        }
    }

    /** Parses {@code text[from, to)}, following ONBUILD into its trigger. */
    static Node parse(String text, int from, int to, char escape) {
        Node top = null;
        Node previous = null;
        int start = from;
        int end = to;
        while (true) {
            Node node = parseOne(text, start, end, escape);
            if (top == null) {
                top = node;
            } else {
                previous.nested = node;
            }
            if (node.error != null && top != node) {
                // BuildKit reports a trigger's error as the ONBUILD's error
                top.error = node.error;
                top.errorIndex = node.errorIndex;
            }
            if (!node.lowerKeyword.equals("onbuild") || node.argumentsStart == node.argumentsEnd) {
                return top;
            }
            previous = node;
            start = node.argumentsStart;
            end = node.argumentsEnd;
        }
    }

    /**
     * The node {@link #parse} makes for a continued {@code RUN} whose shell command starts on its first line
     * right after the keyword (no flag, no exec form), read from the pieces of {@code source} the logical line
     * is joined from, without joining them: such a RUN's arguments are its text from that first character to
     * the last non-blank one. Null for any other line, which {@link #parse} reads from the joined text.
     */
    static Node continuedShellRun(String source, LogicalLine line) {
        int firstStart = line.segmentSourceStart(0);
        int firstEnd = line.segmentSourceEnd(0);
        int k = firstStart; // the logical line starts at the keyword: the first piece starts after the blanks
        while (k < firstEnd && !GoText.isSplitSpace(source.charAt(k))) {
            k++;
        }
        if (k == firstEnd || k - firstStart != 3 || !source.startsWith(UPPER_KEYWORDS[0], firstStart)) {
            return null; // not "RUN", or the keyword goes on into the next piece
        }
        int rest = k;
        while (rest < firstEnd && GoText.isSplitSpace(source.charAt(rest))) {
            rest++;
        }
        if (rest == firstEnd) {
            return null;
        }
        char c = source.charAt(rest);
        if (c == '-' || c == '[' || GoText.isByteSpace(c) || GoText.isSpace(c)) {
            return null; // maybe flags or exec form, or blanks parse() would skip
        }
        int last = line.segments() - 1;
        int lastStart = line.segmentSourceStart(last);
        int lastEnd = GoText.trimTrailingSpaces(source, lastStart, line.segmentSourceEnd(last));
        if (lastEnd == lastStart) {
            return null; // a last piece of blanks only: the trimming would go on into the pieces before
        }
        Node node = new Node();
        node.start = 0;
        node.end = line.end();
        node.keyword = UPPER_KEYWORDS[0];
        node.lowerKeyword = LOWER_KEYWORDS[0];
        node.keywordStart = 0;
        node.keywordEnd = k - firstStart;
        node.argumentsStart = rest - firstStart;
        node.argumentsEnd = line.segmentStart(last) + (lastEnd - lastStart);
        node.shellFrom = node.argumentsStart;
        node.shellTo = node.argumentsEnd;
        return node;
    }

    /** One level: keyword, flags and, except for ONBUILD, the arguments. */
    private static Node parseOne(String text, int from, int to, char escape) {
        Node node = new Node();
        node.start = from;
        node.end = to;
        int ts = GoText.skipSpaces(text, from, to);
        int te = GoText.trimTrailingSpaces(text, ts, to);
        int k = ts;
        while (k < te && !GoText.isSplitSpace(text.charAt(k))) {
            k++;
        }
        int known = upperCaseKeyword(text, ts, k);
        if (known >= 0) {
            node.keyword = UPPER_KEYWORDS[known];
            node.lowerKeyword = LOWER_KEYWORDS[known];
        } else {
            node.keyword = text.substring(ts, k);
            node.lowerKeyword = GoText.toLower(node.keyword);
        }
        node.keywordStart = ts;
        node.keywordEnd = k;
        int argsFrom = te;
        if (k < te) {
            int restStart = k;
            while (restStart < te && GoText.isSplitSpace(text.charAt(restStart))) {
                restStart++;
            }
            // extractFlags returns restStart at once unless the text there starts with a '-' (or a blank it
            // skips): most instructions have no flag, so skip the call and its word buffer
            boolean mayHaveFlags = restStart < te
                    && (text.charAt(restStart) == '-' || GoText.isByteSpace(text.charAt(restStart)));
            if (mayHaveFlags) {
                node.flags = new ArrayList<>(2);
                argsFrom = extractFlags(text, restStart, te, escape, node.flags);
            } else {
                argsFrom = restStart;
            }
        }
        node.argumentsStart = GoText.skipSpaces(text, argsFrom, te);
        node.argumentsEnd = GoText.trimTrailingSpaces(text, node.argumentsStart, te);
        if (node.argumentsStart == node.argumentsEnd) {
            // keep an empty argument range right after the keyword or the last flag
            node.argumentsStart = node.argumentsEnd = node.flags.isEmpty() ? k : node.flags.get(node.flags.size() - 1).end;
        }
        if (!node.lowerKeyword.equals("onbuild")) {
            readArguments(node, text, node.argumentsStart, node.argumentsEnd, escape);
        }
        return node;
    }

    /** BuildKit's extractBuilderFlags; returns where the arguments begin. */
    static int extractFlags(String line, int from, int to, char escape, List<FlagWord> words) {
        final int inSpaces = 0;
        final int inWord = 1;
        final int inQuote = 2;
        int phase = inSpaces;
        StringBuilder word = null; // only for a flag with quotes or escapes
        char quote = 0;
        boolean blankOk = false;
        int wordStart = from;
        char ch = 0;
        for (int pos = from; pos <= to; pos++) {
            if (pos != to) {
                ch = line.charAt(pos);
            }
            if (phase == inSpaces) {
                if (pos == to) {
                    break;
                }
                if (GoText.isByteSpace(ch)) {
                    continue;
                }
                if (ch != '-' || pos + 1 == to || line.charAt(pos + 1) != '-') {
                    return pos;
                }
                wordStart = pos;
                // most flags have neither quotes nor escapes: the word is then the text up to the next blank
                int plainEnd = pos + 2;
                while (plainEnd < to) {
                    char c = line.charAt(plainEnd);
                    if (GoText.isByteSpace(c) || c == '\'' || c == '"' || c == escape) {
                        break;
                    }
                    plainEnd++;
                }
                if (plainEnd == to || GoText.isByteSpace(line.charAt(plainEnd))) {
                    if (plainEnd - pos == 2) {
                        return plainEnd; // "--" ends the flags; it is not one
                    }
                    words.add(new FlagWord(line.substring(pos, plainEnd), pos, plainEnd));
                    pos = plainEnd; // the blank after the word (or the end) is handled as in spaces
                    if (pos == to) {
                        break;
                    }
                    continue;
                }
                if (word == null) {
                    word = new StringBuilder(plainEnd - pos + 16);
                }
                word.append(line, pos, plainEnd);
                pos = plainEnd - 1; // go on character by character from the quote or escape
                phase = inWord;
                continue;
            }
            if (pos == to) {
                if (!isDoubleDash(word) && (blankOk || word.length() > 0)) {
                    words.add(new FlagWord(word.toString(), wordStart, to));
                }
                break;
            }
            if (phase == inWord) {
                if (GoText.isByteSpace(ch)) {
                    phase = inSpaces;
                    if (isDoubleDash(word)) {
                        return pos; // "--" ends the flags; it is not one
                    }
                    if (blankOk || word.length() > 0) {
                        words.add(new FlagWord(word.toString(), wordStart, pos));
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = inQuote;
                    continue;
                }
                if (ch == escape) {
                    if (pos + 1 == to) {
                        continue; // an escape at the very end is dropped
                    }
                    pos++;
                    ch = line.charAt(pos);
                }
                word.append(ch);
                continue;
            }
            // inQuote: the escape character works even inside single quotes here, as in BuildKit
            if (ch == quote) {
                phase = inWord;
                continue;
            }
            if (ch == escape) {
                if (pos + 1 == to) {
                    phase = inWord;
                    continue;
                }
                pos++;
                ch = line.charAt(pos);
            }
            word.append(ch);
        }
        return to;
    }

    private static boolean isDoubleDash(StringBuilder word) {
        return word != null && word.length() == 2 && word.charAt(0) == '-' && word.charAt(1) == '-';
    }

    // The argument readers take the range [from, to) of the logical line: the words are cut from it directly,
    // without first copying the argument text.
    private static void readArguments(Node node, String text, int from, int to, char escape) {
        switch (node.lowerKeyword) {
            case "add", "copy", "volume" -> maybeJsonToList(node, text, from, to);
            case "arg" -> words(node.arguments(), text, from, to, escape);
            case "cmd", "entrypoint", "run", "shell" -> maybeJson(node, text, from, to);
            case "env" -> nameValues(node, text, from, to, "ENV", escape);
            case "label" -> nameValues(node, text, from, to, "LABEL", escape);
            case "expose", "from" -> splitOnWhitespace(node.arguments(), text, from, to);
            case "healthcheck" -> healthcheck(node, text, from, to);
            case "maintainer", "stopsignal", "user", "workdir" -> {
                if (from < to) {
                    node.arguments().add(text.substring(from, to));
                }
            }
            default -> {
                // BuildKit's parseIgnore: unknown instructions keep no arguments
            }
        }
    }

    private static void fail(Node node, String message) {
        node.error = message;
        node.errorIndex = node.argumentsStart;
        node.arguments = List.of();
        node.shellFrom = node.shellTo = -1;
        node.json = false;
    }

    /** RUN, CMD, ENTRYPOINT, SHELL: a JSON array of strings, else the whole text as one argument. */
    private static void maybeJson(Node node, String text, int from, int to) {
        if (from == to) {
            return;
        }
        JsonArray.Outcome outcome = parseJson(text, from, to);
        switch (outcome.kind()) {
            case STRINGS -> {
                node.arguments().addAll(outcome.values());
                node.json = true;
            }
            case NOT_STRINGS -> fail(node, NOT_STRING_ARRAY);
            case NOT_JSON -> {
                node.shellFrom = from;
                node.shellTo = to;
            }
        }
    }

    /** ADD, COPY, VOLUME: a JSON array of strings, else whitespace-separated words. */
    private static void maybeJsonToList(Node node, String text, int from, int to) {
        JsonArray.Outcome outcome = parseJson(text, from, to);
        switch (outcome.kind()) {
            case STRINGS -> {
                node.arguments().addAll(outcome.values());
                node.json = true;
            }
            case NOT_STRINGS -> fail(node, NOT_STRING_ARRAY);
            case NOT_JSON -> splitOnWhitespace(node.arguments(), text, from, to);
        }
    }

    /** BuildKit's parseJSON left-trims Unicode blanks first (HEALTHCHECK's command may start with one). */
    private static JsonArray.Outcome parseJson(String text, int from, int to) {
        int start = GoText.skipSpaces(text, from, to);
        if (start == to || text.charAt(start) != '[') {
            return JsonArray.NOT_JSON; // most commands: no array to read, nothing to copy
        }
        return JsonArray.parse(text.substring(start, to));
    }

    /** HEALTHCHECK: the type word (CMD, NONE, anything), then the rest read like CMD. */
    private static void healthcheck(Node node, String text, int from, int to) {
        int sep = from;
        while (sep < to && !GoText.isByteSpace(text.charAt(sep))) {
            sep++;
        }
        if (sep == from) {
            return;
        }
        int next = sep;
        while (next < to && GoText.isByteSpace(text.charAt(next))) {
            next++;
        }
        node.arguments().add(text.substring(from, sep));
        maybeJson(node, text, next, to);
    }

    /** BuildKit's {@code reWhitespace.Split}: on runs of {@code [\t\v\f\r ]}; the range is already trimmed. */
    static void splitOnWhitespace(List<String> out, String text, int from, int to) {
        if (from == to) {
            return;
        }
        int start = from;
        int i = from;
        while (i < to) {
            if (GoText.isSplitSpace(text.charAt(i))) {
                out.add(text.substring(start, i));
                while (i < to && GoText.isSplitSpace(text.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        out.add(text.substring(start, to));
    }

    /** ENV and LABEL: {@code k=v ...}, or the legacy {@code k v} where the rest of the line is the value. */
    private static void nameValues(Node node, String text, int from, int to, String instruction, char escape) {
        List<String> words = new ArrayList<>();
        words(words, text, from, to, escape);
        if (words.isEmpty()) {
            return;
        }
        if (words.get(0).indexOf('=') < 0) {
            int i = from;
            while (i < to && !GoText.isSplitSpace(text.charAt(i))) {
                i++;
            }
            if (i == to) {
                fail(node, instruction + " must have two arguments");
                return;
            }
            int j = i;
            while (j < to && GoText.isSplitSpace(text.charAt(j))) {
                j++;
            }
            node.arguments().add(text.substring(from, i));
            node.arguments().add(text.substring(j, to));
            node.arguments().add("");
            return;
        }
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq < 0) {
                fail(node, "Syntax error - can't find = in " + GoText.quote(word)
                        + ". Must be of the form: name=value");
                return;
            }
            node.arguments().add(word.substring(0, eq));
            node.arguments().add(word.substring(eq + 1));
            node.arguments().add("=");
        }
    }

    /**
     * BuildKit's parseWords: space-separated words where quotes group and are kept, and the escape character
     * is kept together with the character it escapes.
     */
    static void words(List<String> words, String text, int from, int to, char escape) {
        final int inSpaces = 0;
        final int inWord = 1;
        final int inQuote = 2;
        int phase = inSpaces;
        char quote = 0;
        boolean blankOk = false;
        // Every character of a word is kept (quotes and escapes too), except an escape at the very end of the
        // text: a word is the range [wordStart, wordEnd) of the text, cut without a buffer.
        int wordStart = from;
        int wordEnd = from;
        int len = to;
        char ch = 0;
        for (int pos = from; pos <= len; pos++) {
            if (pos != len) {
                ch = text.charAt(pos);
            }
            if (phase == inSpaces) {
                if (pos == len) {
                    break;
                }
                if (GoText.isSpace(ch)) {
                    continue;
                }
                phase = inWord;
                wordStart = wordEnd = pos;
            }
            if (pos == len) {
                if (blankOk || wordEnd > wordStart) {
                    words.add(text.substring(wordStart, wordEnd));
                }
                break;
            }
            if (phase == inWord) {
                if (GoText.isSpace(ch)) {
                    phase = inSpaces;
                    if (blankOk || wordEnd > wordStart) {
                        words.add(text.substring(wordStart, wordEnd));
                    }
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = inQuote;
                }
                if (ch == escape) {
                    if (pos + 1 == len) {
                        continue; // an escape at the very end is dropped
                    }
                    pos++;
                }
                if (phase == inWord) {
                    // the characters no rule above applies to are taken in one run
                    while (pos + 1 < len && isPlainWordChar(text.charAt(pos + 1), escape)) {
                        pos++;
                    }
                }
                wordEnd = pos + 1;
                continue;
            }
            // inQuote
            if (ch == quote) {
                phase = inWord;
            }
            if (ch == escape && quote != '\'') {
                if (pos + 1 == len) {
                    phase = inWord;
                    continue;
                }
                pos++;
            }
            wordEnd = pos + 1;
        }
    }

    /** Printable ASCII other than quotes and the escape character: never a blank, never special in a word. */
    private static boolean isPlainWordChar(char c, char escape) {
        return c > ' ' && c < 0x7F && c != '\'' && c != '"' && c != escape;
    }
}
