package dev.dockwright.lexer;

import java.util.ArrayList;
import java.util.List;

/**
 * The glob of {@code ${v#p}}, {@code ${v%p}} and {@code ${v/p/r}}, matched as BuildKit matches it.
 *
 * <pre>{@code
 * ShellPattern.compile("*.", false, true).trimPrefix("a.b.c");   // "b.c"
 * ShellPattern.compile("*.", true, true).trimPrefix("a.b.c");    // "c"
 * }</pre>
 *
 * <p>BuildKit turns the glob into a Go regular expression: {@code *} becomes {@code .*} (or the lazy {@code .*?} for
 * the shortest forms), {@code ?} becomes {@code .}, and everything else is literal; there are no bracket
 * expressions. Go's {@code .} matches any character but {@code \n}. Go matches leftmost-first, as a backtracking
 * engine would, but in linear time; so that a pattern like {@code *a*a*a*b} cannot make matching exponential, this
 * class runs the same leftmost-first search as a Pike VM over the glob instead of using {@code java.util.regex}.
 */
final class ShellPattern {

    private static final int EOF = -1;
    private static final int ANY = -2;
    private static final int STAR = -3;

    /** Literal code points, {@link #ANY} or {@link #STAR}. */
    private final int[] tokens;
    private final boolean lazy;
    private final boolean anchored;

    private ShellPattern(int[] tokens, boolean lazy, boolean anchored) {
        this.tokens = tokens;
        this.lazy = lazy;
        this.anchored = anchored;
    }

    /**
     * Compiles a glob the way BuildKit's {@code convertShellPatternToRegex} does.
     *
     * @param greedy   whether {@code *} takes the longest run ({@code ##}, {@code %%}, {@code /}) or the shortest
     * @param anchored whether a match must start at the beginning of the value
     * @throws IllegalArgumentException with BuildKit's {@code invalid escape '\x'} message
     */
    static ShellPattern compile(String pattern, boolean greedy, boolean anchored) {
        List<Integer> tokens = new ArrayList<>();
        int i = pattern.startsWith("\uFEFF") ? 1 : 0; // Go's text/scanner drops a leading byte order mark
        while (i < pattern.length()) {
            int cp = pattern.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '*' -> tokens.add(STAR);
                case '?' -> tokens.add(ANY);
                case '\\' -> {
                    int escaped = i < pattern.length() ? pattern.codePointAt(i) : EOF;
                    if (escaped == '}' || escaped == '/') {
                        continue; // it only kept } or / from ending the ${...}; the next round adds the literal
                    }
                    i += escaped == EOF ? 0 : Character.charCount(escaped);
                    if (escaped != '*' && escaped != '?' && escaped != '\\') {
                        String shown = escaped == EOF ? "\uFFFD" : new String(Character.toChars(escaped));
                        throw new IllegalArgumentException("invalid escape '\\" + shown + "'");
                    }
                    tokens.add(escaped);
                }
                default -> tokens.add(cp);
            }
        }
        return new ShellPattern(tokens.stream().mapToInt(Integer::intValue).toArray(), !greedy, anchored);
    }

    /** The value without the part a match at its start covers (BuildKit's {@code trimPrefix}). */
    String trimPrefix(String value) {
        int[] match = find(value, 0);
        return match == null ? value : value.substring(match[1]);
    }

    /** The value with its first match replaced by {@code replacement}, taken literally ({@code ${v/p/r}}). */
    String replaceFirst(String value, String replacement) {
        int[] match = find(value, 0);
        return match == null ? value : value.substring(0, match[0]) + replacement + value.substring(match[1]);
    }

    /**
     * The value with every match replaced ({@code ${v//p/r}}), as Go's {@code Regexp.ReplaceAllString} does it: an empty
     * match right after a match is skipped, and the replacement is a Go template, in which {@code $0} and
     * {@code ${0}} stand for the match, {@code $$} for {@code $}, and any other {@code $name} for nothing.
     */
    String replaceAll(String value, String template) {
        StringBuilder out = new StringBuilder();
        int end = value.length();
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= end) {
            int[] match = find(value, searchPos);
            if (match == null) {
                break;
            }
            out.append(value, lastMatchEnd, match[0]);
            if (match[1] > lastMatchEnd || match[0] == 0) {
                expandTemplate(template, value.substring(match[0], match[1]), out);
            }
            lastMatchEnd = match[1];
            int width = searchPos < end ? Character.charCount(value.codePointAt(searchPos)) : 0;
            if (searchPos + width > match[1]) {
                searchPos += width;
            } else if (searchPos + 1 > match[1]) {
                searchPos++; // only at the very end, where there is no character to step over
            } else {
                searchPos = match[1];
            }
        }
        return out.append(value, lastMatchEnd, end).toString();
    }

    /** Go's {@code Regexp.Expand} for a pattern without groups: only group 0, the whole match, exists. */
    private static void expandTemplate(String template, String match, StringBuilder out) {
        int i = 0;
        while (i < template.length()) {
            int dollar = template.indexOf('$', i);
            if (dollar < 0) {
                break;
            }
            out.append(template, i, dollar);
            i = dollar + 1;
            if (i < template.length() && template.charAt(i) == '$') {
                out.append('$');
                i++;
                continue;
            }
            int nameStart = i;
            boolean brace = i < template.length() && template.charAt(i) == '{';
            if (brace) {
                nameStart++;
            }
            int nameEnd = nameStart;
            while (nameEnd < template.length()) {
                int cp = template.codePointAt(nameEnd);
                if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
                    break;
                }
                nameEnd += Character.charCount(cp);
            }
            boolean closed = !brace || (nameEnd < template.length() && template.charAt(nameEnd) == '}');
            if (nameEnd == nameStart || !closed) {
                out.append('$'); // malformed: Go keeps the $ and reads on after it
                continue;
            }
            if (template.substring(nameStart, nameEnd).equals("0")) {
                out.append(match);
            }
            i = brace ? nameEnd + 1 : nameEnd;
        }
        out.append(template, i, template.length());
    }

    /**
     * The leftmost-first match starting at or after {@code from} (only at {@code from} when anchored), as
     * {@code {start, end}}, or null.
     */
    int[] find(String s, int from) {
        int states = tokens.length + 1; // one per token, plus the final matching state
        ThreadList current = new ThreadList(states);
        ThreadList next = new ThreadList(states);
        int[] seen = new int[states];
        int generation = 1;
        current.clear();
        int[] match = null;
        int p = from;
        while (true) {
            if (match == null && (!anchored || p == from)) {
                addThread(current, 0, p, seen, generation);
            }
            if (current.size == 0) {
                break;
            }
            if (p == s.length()) {
                for (int t = 0; t < current.size; t++) {
                    if (current.state[t] == tokens.length) {
                        match = new int[] {current.start[t], p};
                        break;
                    }
                }
                break;
            }
            int cp = s.codePointAt(p);
            generation++;
            next.clear();
            for (int t = 0; t < current.size; t++) {
                int state = current.state[t];
                int start = current.start[t];
                if (state == tokens.length) {
                    match = new int[] {start, p};
                    break; // threads after this one have lower priority: leftmost-first drops them
                }
                int token = tokens[state];
                if (token == STAR) {
                    if (cp != '\n') {
                        addThread(next, state, start, seen, generation);
                    }
                } else if (token == ANY ? cp != '\n' : token == cp) {
                    addThread(next, state + 1, start, seen, generation);
                }
            }
            ThreadList swap = current;
            current = next;
            next = swap;
            p += Character.charCount(cp);
        }
        return match;
    }

    /**
     * Adds the threads that {@code state} reaches without reading a character, in priority order. A star first tries
     * to take one more character when greedy, or to stop when lazy. Written as a loop over runs of stars so that long
     * patterns cannot overflow the stack.
     */
    private void addThread(ThreadList list, int state, int start, int[] seen, int generation) {
        int end = state;
        while (end < tokens.length && tokens[end] == STAR && seen[end] != generation) {
            seen[end] = generation;
            if (!lazy) {
                list.add(end, start); // the star's loop: one more character, then back to the star
            }
            end++;
        }
        boolean runStoppedAtSeenStar = end < tokens.length && tokens[end] == STAR;
        if (!runStoppedAtSeenStar && seen[end] != generation) {
            seen[end] = generation;
            list.add(end, start);
        }
        if (lazy) {
            for (int star = end - 1; star >= state; star--) {
                list.add(star, start);
            }
        }
    }

    /** The threads alive at one position: parallel arrays of state and match start, in priority order. */
    private static final class ThreadList {
        final int[] state;
        final int[] start;
        int size;

        ThreadList(int capacity) {
            state = new int[capacity];
            start = new int[capacity];
        }

        void clear() {
            size = 0;
        }

        void add(int s, int from) {
            state[size] = s;
            start[size] = from;
            size++;
        }
    }
}
