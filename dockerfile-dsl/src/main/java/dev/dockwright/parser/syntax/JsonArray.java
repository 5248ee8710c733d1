package dev.dockwright.parser.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the exec form ({@code ["a", "b"]}) the way BuildKit's {@code parseJSON} does with Go's
 * {@code encoding/json}: the whole text must be valid JSON (else the caller falls back to shell form), and a
 * valid array holding anything but strings is an error. Iterative, so deep nesting cannot overflow the stack;
 * nesting deeper than Go's limit of 10000 is a syntax error, as in Go.
 *
 * <pre>{@code
 * JsonArray.parse("[\"a\", \"b\"]")   // Outcome(STRINGS, [a, b])
 * JsonArray.parse("[ -f x ] && y")    // Outcome(NOT_JSON, null)
 * JsonArray.parse("[\"a\", [\"b\"]]")  // Outcome(NOT_STRINGS, null)
 * }</pre>
 */
final class JsonArray {

    private static final int MAX_DEPTH = 10000;

    enum Kind {
        /** A JSON array of strings. */
        STRINGS,
        /** Not valid JSON: the instruction is in shell form. */
        NOT_JSON,
        /** Valid JSON, but some element is not a string: an error in BuildKit. */
        NOT_STRINGS
    }

    record Outcome(Kind kind, List<String> values) {
    }

    static final Outcome NOT_JSON = new Outcome(Kind.NOT_JSON, null);
    private static final Outcome NOT_STRINGS = new Outcome(Kind.NOT_STRINGS, null);

    private final String s;
    private int pos;

    private JsonArray(String s) {
        this.s = s;
    }

    /** Reads {@code text}, which BuildKit has already left-trimmed; it must start with {@code [}. */
    static Outcome parse(String text) {
        if (!text.startsWith("[")) {
            return NOT_JSON;
        }
        return new JsonArray(text).run();
    }

    private Outcome run() {
        List<String> values = new ArrayList<>();
        boolean allStrings = true;
        // containers[d] is '[' or '{' for the open container at depth d+1
        char[] containers = new char[16];
        int depth = 0;
        // the JSON starts with '[' (checked by the caller)
        containers[depth++] = '[';
        pos = 1;
        skipWhitespace();
        boolean expectValue;
        if (peek() == ']') {
            pos++;
            depth = 0;
            expectValue = false;
        } else {
            expectValue = true;
        }
        while (true) {
            if (expectValue) {
                skipWhitespace();
                int c = peek();
                boolean topLevelElement = depth == 1;
                if (c == '"') {
                    String plain = topLevelElement ? plainString() : null;
                    if (plain != null) {
                        values.add(plain);
                    } else {
                        StringBuilder decoded = topLevelElement ? new StringBuilder() : null;
                        if (!readString(decoded)) {
                            return NOT_JSON;
                        }
                        if (topLevelElement) {
                            values.add(decoded.toString());
                        }
                    }
                } else if (c == '[' || c == '{') {
                    if (topLevelElement) {
                        allStrings = false;
                    }
                    pos++;
                    if (depth + 1 > MAX_DEPTH) {
                        return NOT_JSON;
                    }
                    if (depth == containers.length) {
                        containers = java.util.Arrays.copyOf(containers, depth * 2);
                    }
                    containers[depth++] = (char) c;
                    skipWhitespace();
                    if (c == '[') {
                        if (peek() == ']') {
                            pos++;
                            depth--;
                        } else {
                            continue; // expect a value inside the new array
                        }
                    } else {
                        if (peek() == '}') {
                            pos++;
                            depth--;
                        } else if (!readKeyAndColon()) {
                            return NOT_JSON;
                        } else {
                            continue; // expect the member's value
                        }
                    }
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                    if (topLevelElement) {
                        allStrings = false;
                    }
                    if (!readNumber()) {
                        return NOT_JSON;
                    }
                } else if (c == 't' || c == 'f' || c == 'n') {
                    if (topLevelElement) {
                        allStrings = false;
                    }
                    String literal = c == 't' ? "true" : c == 'f' ? "false" : "null";
                    if (!s.startsWith(literal, pos)) {
                        return NOT_JSON;
                    }
                    pos += literal.length();
                } else {
                    return NOT_JSON;
                }
            }
            // after a value: a separator, a closing bracket, or the end of the text
            skipWhitespace();
            if (depth == 0) {
                if (pos != s.length()) {
                    return NOT_JSON;
                }
                if (!allStrings) {
                    return NOT_STRINGS;
                }
                return new Outcome(Kind.STRINGS, values);
            }
            int c = peek();
            char open = containers[depth - 1];
            if (c == ',') {
                pos++;
                if (open == '{') {
                    skipWhitespace();
                    if (!readKeyAndColon()) {
                        return NOT_JSON;
                    }
                }
                expectValue = true;
            } else if ((c == ']' && open == '[') || (c == '}' && open == '{')) {
                pos++;
                depth--;
                expectValue = false;
            } else {
                return NOT_JSON;
            }
        }
    }

    private int peek() {
        return pos < s.length() ? s.charAt(pos) : -1;
    }

    private void skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean readKeyAndColon() {
        if (peek() != '"' || !readString(null)) {
            return false;
        }
        skipWhitespace();
        if (peek() != ':') {
            return false;
        }
        pos++;
        return true;
    }

    /**
     * The string at {@code pos} (its opening quote) when it has no escape, control character or surrogate
     * (almost every exec-form word): cut from the text, and {@code pos} moved past its closing quote. Null,
     * with {@code pos} unmoved, for any other string.
     */
    private String plainString() {
        for (int i = pos + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                String value = s.substring(pos + 1, i);
                pos = i + 1;
                return value;
            }
            if (c < 0x20 || c == '\\' || Character.isSurrogate(c)) {
                return null;
            }
        }
        return null;
    }

    /** Reads a string at {@code pos} (on its opening quote), decoding into {@code out} when not null. */
    private boolean readString(StringBuilder out) {
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\') {
                if (pos + 1 >= s.length()) {
                    return false;
                }
                char e = s.charAt(pos + 1);
                pos += 2;
                switch (e) {
                    case '"', '\\', '/' -> append(out, e);
                    case 'b' -> append(out, '\b');
                    case 'f' -> append(out, '\f');
                    case 'n' -> append(out, '\n');
                    case 'r' -> append(out, '\r');
                    case 't' -> append(out, '\t');
                    case 'u' -> {
                        int u = hex4(pos);
                        if (u < 0) {
                            return false;
                        }
                        pos += 4;
                        if (u >= 0xD800 && u <= 0xDFFF) {
                            // Go's decoder: a high surrogate followed by an escaped low one is a pair;
                            // anything else becomes the replacement character.
                            int low = Character.isHighSurrogate((char) u) && s.startsWith("\\u", pos)
                                    ? hex4(pos + 2) : -1;
                            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                                pos += 6;
                                if (out != null) {
                                    out.append((char) u).append((char) low);
                                }
                            } else {
                                append(out, '\uFFFD');
                            }
                        } else {
                            append(out, (char) u);
                        }
                    }
                    default -> {
                        return false;
                    }
                }
                continue;
            }
            if (Character.isSurrogate(c)) {
                // raw surrogates: keep a well-formed pair, replace a lone one as Go does with invalid UTF-8
                if (Character.isHighSurrogate(c) && pos + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(pos + 1))) {
                    if (out != null) {
                        out.append(c).append(s.charAt(pos + 1));
                    }
                    pos += 2;
                } else {
                    append(out, '\uFFFD');
                    pos++;
                }
                continue;
            }
            append(out, c);
            pos++;
        }
        return false;
    }

    private static void append(StringBuilder out, char c) {
        if (out != null) {
            out.append(c);
        }
    }

    private int hex4(int at) {
        if (at + 4 > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private boolean readNumber() {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            return false;
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                return false;
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                return false;
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
