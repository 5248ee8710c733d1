package dev.dockwright.lint;

import dev.dockwright.model.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * One thing a rule found, with where: file, start and end positions (1-based).
 *
 * <pre>{@code
 * for (Finding f : Linter.create().lint(text, "Dockerfile", LintOptions.defaults())) {
 *   System.out.println(f.format());
 * }
 * // for a MAINTAINER on line 2:
 * // Dockerfile:2:1: warning MaintainerDeprecated/DL4000 Maintainer instruction is deprecated in favor of using label
 * }</pre>
 *
 * @param ruleId the id of the rule that reported it, such as {@code DL3008} or {@code StageNameCasing}
 * @param aliases the rule's other ids that apply to this finding (usually all of them; one for a BuildKit
 *     check that several hadolint rules split); may be empty
 * @param severity how serious it is: the rule's severity, or {@link Severity#ERROR} for a BuildKit check when
 *     the file says {@code # check=error=true}
 * @param message what is wrong, in one line
 * @param file the file name given to the linter, as reports print it
 * @param start where the finding starts: line and column, 1-based
 * @param end where it ends (at or after {@code start}; equal to it for a point)
 */
public record Finding(
    String ruleId, List<String> aliases, Severity severity, String message, String file,
    SourcePosition start, SourcePosition end) {
  /**
   * Checks and copies the values.
   *
   * @param ruleId the id of the rule
   * @param aliases the rule's other ids for this finding
   * @param severity how serious it is
   * @param message what is wrong
   * @param file the file name
   * @param start where it starts
   * @param end where it ends
   * @throws NullPointerException if any value (or alias) is null
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * The rule id followed by its aliases, as text reports print them.
   *
   * @return the ids joined with {@code /}, such as {@code MaintainerDeprecated/DL4000}, or the rule id alone
   */
  public String ids() {
    return aliases.isEmpty() ? ruleId : ruleId + "/" + String.join("/", aliases);
  }

  /**
   * The finding as one line of a text report.
   *
   * @return {@code FILE:LINE:COLUMN: severity IDS message}, such as
   *     {@code Dockerfile:1:1: warning DL3007 The image debian:latest uses the moving tag latest: pin a release tag}
   */
  public String format() {
    return file + ":" + start.line() + ":" + start.column() + ": " + severity.text() + " " + ids() + " " + message;
  }
}
