package dev.dockwright.lexer;

import java.util.List;
import java.util.Objects;

/**
 * Reads Dockerfile words exactly as BuildKit's lexer ({@code frontend/dockerfile/shell/lex.go}) does: removes quotes,
 * processes escapes and substitutes variables, and splits text into words for instructions such as EXPOSE.
 *
 * <pre>{@code
 * ShellLexer lexer = ShellLexer.of('\\');
 * Env env = Env.of(Map.of("APP", "web", "PORT", ""));
 *
 * lexer.processWord("/srv/${APP}-'$HOME'", env).value();     // "/srv/web-$HOME"
 * lexer.processWord("${PORT:-8080}", env).value();           // "8080": set, but empty
 * lexer.processWord("${REV:-\"main\"}", env).unset();        // [REV]
 * lexer.processWords("80/tcp ${PORT:-443}  \"a b\"", env);   // [80/tcp, 443, a b]
 * lexer.read("C:\\\\tmp\\ dir");                             // "C:\tmp dir": what a literal word means
 * ShellLexer.of('`').read("C:\\tmp` dir");                   // "C:\tmp dir" under # escape=`
 * }</pre>
 *
 * <p>The rules, as BuildKit has them:
 * <ul>
 *   <li>Outside quotes, the escape character ({@code \} or, after {@code # escape=`}, a backtick) makes the next
 *       character literal; at the very end of a word it is dropped.</li>
 *   <li>In single quotes nothing is special: no escapes (not even of {@code '}) and no variables.</li>
 *   <li>In double quotes variables expand, and the escape character escapes only {@code "}, {@code $} and itself;
 *       before anything else it stays, so {@code "a\tb"} is {@code a\tb}.</li>
 *   <li>{@code $name} and {@code ${name}}; {@code ${name:-word}} and {@code ${name-word}} (default when unset, or
 *       with {@code :} also when empty); {@code ${name:+word}} and {@code ${name+word}} (alternative when set);
 *       {@code ${name:?message}} and {@code ${name?message}} (error when unset); {@code ${name#glob}},
 *       {@code ${name##glob}}, {@code ${name%glob}} and {@code ${name%%glob}} (trim the shortest or longest matching
 *       prefix or suffix); {@code ${name/glob/string}} and {@code ${name//glob/string}} (replace the first or every
 *       match). The words inside may themselves be quoted and contain substitutions. Globs know {@code *} and
 *       {@code ?} (neither matches a newline) and a backslash that makes {@code *}, {@code ?} or {@code \} literal;
 *       no bracket expressions.</li>
 *   <li>Names are letters, digits and {@code _}; {@code $1} and the like are positional parameters and {@code $@},
 *       {@code $*}, {@code $#}, {@code $?}, {@code $-}, {@code $$}, {@code $!}, {@code $0} special ones, looked up
 *       like any other name (and so normally unset). A {@code $} before anything else is literal.</li>
 * </ul>
 *
 * <p>BuildKit's own quirks are kept, because a faithful reading is the point: {@code processWords} of
 * {@code abc${X:-d}} is {@code [d]}, {@code ${X//a/'<$0>'}} puts each match where {@code $0} is (Go's
 * replacement template), and <code>${X</code> at the end
 * of a word fails as an {@code unsupported modifier (U+FFFD)}. The one intended divergence is
 * {@link #MAX_NESTING}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ShellLexer {

    /** How deeply {@code ${...}} may nest inside one another; BuildKit has no limit, but real words never near it. */
    public static final int MAX_NESTING = 200;

    private final char escapeChar;
    private final UnsetVariables unsetVariables;
    private final boolean rawQuotes;
    private final boolean rawEscapes;
    private final boolean processesQuotes;

    private ShellLexer(char escapeChar, UnsetVariables unsetVariables, boolean rawQuotes, boolean rawEscapes,
            boolean processesQuotes) {
        if (escapeChar != '\\' && escapeChar != '`') {
            throw new IllegalArgumentException("escape character must be \\ or `: " + escapeChar);
        }
        this.escapeChar = escapeChar;
        this.unsetVariables = Objects.requireNonNull(unsetVariables, "unsetVariables");
        this.rawQuotes = rawQuotes;
        this.rawEscapes = rawEscapes;
        this.processesQuotes = processesQuotes;
    }

    /**
     * The lexer BuildKit uses for instructions: unset variables expand to the empty string.
     *
     * @param escapeChar {@code \} or a backtick
     * @return the lexer
     */
    public static ShellLexer of(char escapeChar) {
        return of(escapeChar, UnsetVariables.EMPTY);
    }

    /**
     * A lexer for {@code escapeChar} ({@code \} by default, or a backtick after {@code # escape=`}) that treats unset
     * variables as {@code unsetVariables} says.
     *
     * @throws IllegalArgumentException if {@code escapeChar} is neither {@code \} nor a backtick
     * @param escapeChar {@code \} or a backtick
     * @param unsetVariables what an unset variable expands to
     * @return the lexer
     */
    public static ShellLexer of(char escapeChar, UnsetVariables unsetVariables) {
        return new ShellLexer(escapeChar, unsetVariables, false, false, true);
    }

    /**
     * This lexer, keeping quote characters in the result (BuildKit's {@code RawQuotes}, which its parser uses to tell
     * a quoted heredoc marker from a plain one).
     *
     * @param keep whether to keep them
     * @return a copy with that setting
     */
    public ShellLexer withRawQuotes(boolean keep) {
        return new ShellLexer(escapeChar, unsetVariables, keep, rawEscapes, processesQuotes);
    }

    /**
     * This lexer, keeping escape characters in the result (BuildKit's {@code RawEscapes}).
     *
     * @param keep whether to keep them
     * @return a copy with that setting
     */
    public ShellLexer withRawEscapes(boolean keep) {
        return new ShellLexer(escapeChar, unsetVariables, rawQuotes, keep, processesQuotes);
    }

    /**
     * This lexer with quotes processed or, with {@code false}, taken as ordinary characters (BuildKit's
     * {@code SkipProcessQuotes}, used with escape character {@code \} to expand the body of a heredoc).
     *
     * @param process whether to process them
     * @return a copy with that setting
     */
    public ShellLexer withQuoteProcessing(boolean process) {
        return new ShellLexer(escapeChar, unsetVariables, rawQuotes, rawEscapes, process);
    }

    /**
     * This lexer with another policy for unset variables.
     *
     * @param policy the policy
     * @return a copy with that policy
     */
    public ShellLexer withUnsetVariables(UnsetVariables policy) {
        return new ShellLexer(escapeChar, policy, rawQuotes, rawEscapes, processesQuotes);
    }

    /**
     * The escape character: {@code \} or a backtick.
     *
     * @return the escape character
     */
    public char escapeChar() {
        return escapeChar;
    }

    /**
     * What an unset variable expands to.
     *
     * @return the policy
     */
    public UnsetVariables unsetVariables() {
        return unsetVariables;
    }

    /**
     * Whether quote characters are kept in the result.
     *
     * @return whether quotes are kept
     */
    public boolean rawQuotes() {
        return rawQuotes;
    }

    /**
     * Whether escape characters are kept in the result.
     *
     * @return whether escapes are kept
     */
    public boolean rawEscapes() {
        return rawEscapes;
    }

    /**
     * Whether quotes are processed (true unless {@link #withQuoteProcessing} turned it off).
     *
     * @return whether quotes are processed
     */
    public boolean processesQuotes() {
        return processesQuotes;
    }

    /**
     * Expands one word as BuildKit's {@code ProcessWordWithMatches} does: the whole text is one word, whitespace
     * included.
     *
     * @throws WordExpansionException where BuildKit fails: an unterminated quote, a malformed {@code ${...}}, a
     *                                {@code ${v?msg}} whose variable is missing, or an unset variable under
     *                                {@link UnsetVariables#ERROR}
     *
     * @param word the word as written
     * @param env the variables
     * @return the expansion, with the names it referenced
     */
    public ExpandedWord processWord(String word, Env env) {
        ShellWord pass = new ShellWord(this, Objects.requireNonNull(word, "word"), Objects.requireNonNull(env, "env"),
                true);
        String value = pass.run().value();
        return new ExpandedWord(value, pass.referenced(), pass.unset());
    }

    /**
     * Expands {@code text} and splits it into words as BuildKit's {@code ProcessWords} does (for EXPOSE, and for its
     * parser's heredoc markers): unquoted, unescaped whitespace separates words, including whitespace that a variable's
     * value brings in; quoted or escaped whitespace does not; no word is empty, so {@code ""} yields none.
     *
     * @throws WordExpansionException as {@link #processWord}
     * @param text the text as written
     * @param env the variables
     * @return the words, none empty
     */
    public List<String> processWords(String text, Env env) {
        ShellWord pass = new ShellWord(this, Objects.requireNonNull(text, "text"), Objects.requireNonNull(env, "env"),
                false);
        return List.copyOf(pass.run().words());
    }

    /**
     * What BuildKit reads from {@code word} as it appears in a Dockerfile, with no variable set: the question a
     * renderer's round-trip test asks of every value it quotes.
     *
     * @throws WordExpansionException as {@link #processWord}
     * @param word the word as written
     * @return what BuildKit reads
     */
    public String read(String word) {
        return processWord(word, Env.empty()).value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShellLexer other
                && escapeChar == other.escapeChar
                && unsetVariables == other.unsetVariables
                && rawQuotes == other.rawQuotes
                && rawEscapes == other.rawEscapes
                && processesQuotes == other.processesQuotes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(escapeChar, unsetVariables, rawQuotes, rawEscapes, processesQuotes);
    }

    @Override
    public String toString() {
        return "ShellLexer[escape=" + escapeChar + ", unset=" + unsetVariables
                + (rawQuotes ? ", rawQuotes" : "") + (rawEscapes ? ", rawEscapes" : "")
                + (processesQuotes ? "" : ", quotes not processed") + "]";
    }
}
