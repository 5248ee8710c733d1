package dev.dockwright.shell;

/**
 * A construct that a simple command stands inside.
 *
 * <pre>{@code
 * SimpleCommand rm = ShellScript.parse("if [ -d /x ]; then (cd /x && rm -rf build); fi").commands().get(2);
 * rm.enclosures();  // [IF_BRANCH, SUBSHELL]
 * }</pre>
 */
public enum Enclosure {
  /** {@code ( ... )}. */
  SUBSHELL,
  /** <code>{ ...; }</code>. */
  BRACE_GROUP,
  /** {@code $( ... )} or backquotes. */
  COMMAND_SUBSTITUTION,
  /** bash's {@code <( ... )} or {@code >( ... )}. */
  PROCESS_SUBSTITUTION,
  /** The condition after {@code if} or {@code elif}. */
  IF_CONDITION,
  /** The commands after {@code then} or {@code else}. */
  IF_BRANCH,
  /** The condition after {@code while} or {@code until}. */
  LOOP_CONDITION,
  /** The commands between {@code do} and {@code done} of {@code for}, {@code while} or {@code until}. */
  LOOP_BODY,
  /** The commands of one {@code case} branch. */
  CASE_BRANCH,
  /** The body of a function definition. */
  FUNCTION_BODY
}
