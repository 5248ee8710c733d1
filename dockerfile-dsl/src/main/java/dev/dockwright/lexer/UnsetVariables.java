package dev.dockwright.lexer;

/**
 * What a {@link ShellLexer} substitutes for a variable that is not set.
 *
 * <pre>{@code
 * Env none = Env.empty();
 * ShellLexer.of('\\', UnsetVariables.EMPTY).processWord("a${X}b", none).value();   // "ab"
 * ShellLexer.of('\\', UnsetVariables.KEEP).processWord("a${X}b", none).value();    // "a${X}b"
 * ShellLexer.of('\\', UnsetVariables.ERROR).processWord("a${X}b", none);           // throws: X: is not allowed to be unset
 * }</pre>
 */
public enum UnsetVariables {

    /** The empty string, as BuildKit expands every instruction's words. */
    EMPTY,

    /**
     * The reference itself, re-assembled from its parts (BuildKit's {@code SkipUnsetEnv}, used when it names a RUN
     * step and when it reads heredoc markers). The whole {@code ${...}} form is kept, including its default, so
     * {@code ${X:-d}} stays {@code ${X:-d}} when {@code X} is unset. BuildKit re-assembles {@code ${X//p/r}} as
     * {@code ${X/p/r}}; so does this lexer.
     */
    KEEP,

    /**
     * An error wherever the value of an unset variable would be used: {@code $X}, {@code ${X}}, and the trimming and
     * replacing forms {@code ${X#p}}, {@code ${X%p}}, {@code ${X/p/r}} behave like {@code ${X?}}. The forms that test
     * whether {@code X} is set ({@code -}, {@code +}, {@code ?}, with or without {@code :}) behave as in BuildKit.
     * BuildKit itself has no such mode; it is the shell's {@code set -u}, for callers that must not guess.
     */
    ERROR
}
