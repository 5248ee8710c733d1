package dev.dockwright.lint;

import dev.dockwright.model.BuilderTarget;
import java.util.List;
import java.util.Objects;

/**
 * What a rule is: its stable id, other ids it answers to (hadolint's {@code DL....} and BuildKit's check
 * name for the same check), severity, a one-line description, and two examples that the rule's tests and
 * documentation share: a Dockerfile that makes it fire and one that keeps it quiet. A rule about what another
 * builder refuses names that builder as {@code exampleTarget}: its examples are linted for it.
 *
 * <pre>{@code
 * new RuleInfo("DL3007", List.of(), Severity.WARNING,
 *     "Use a pinned tag instead of latest.", "FROM debian:latest\nRUN true\n", "FROM debian:12.8\nRUN true\n")
 * new RuleInfo("DW1001", List.of(), Severity.ERROR, "Heredocs are not accepted by buildah or the legacy builder.",
 *     "FROM alpine:3.20\nRUN <<EOF\ntrue\nEOF\n", "FROM alpine:3.20\nRUN true\n", BuilderTarget.BUILDAH)
 * }</pre>
 *
 * @param id the id that reports print first
 * @param aliases further ids of the same check (suppressions may name any of them)
 * @param severity the default severity
 * @param description one line, ending with a period
 * @param failingExample a Dockerfile on which the rule reports at least one finding
 * @param passingExample a Dockerfile on which the rule reports nothing
 * @param exampleTarget the builder both examples are linted for: {@link BuilderTarget#BUILDKIT} unless the
 *     rule reports only for other builders
 */
public record RuleInfo(
    String id,
    List<String> aliases,
    Severity severity,
    String description,
    String failingExample,
    String passingExample,
    BuilderTarget exampleTarget) {
  /**
   * Checks and copies the values.
   *
   * @param id the id that reports print first
   * @param aliases further ids of the same check
   * @param severity the default severity
   * @param description one line, ending with a period
   * @param failingExample a Dockerfile on which the rule reports
   * @param passingExample a Dockerfile on which the rule reports nothing
   * @param exampleTarget the builder both examples are linted for
   * @throws NullPointerException if any value (or alias) is null
   */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(failingExample, "failingExample");
    Objects.requireNonNull(passingExample, "passingExample");
    Objects.requireNonNull(exampleTarget, "exampleTarget");
  }

  /**
   * The description of a rule whose examples are linted for BuildKit.
   *
   * @param id the id that reports print first
   * @param aliases further ids of the same check
   * @param severity the default severity
   * @param description one line, ending with a period
   * @param failingExample a Dockerfile on which the rule reports
   * @param passingExample a Dockerfile on which the rule reports nothing
   * @throws NullPointerException if any value (or alias) is null
   */
  public RuleInfo(
      String id, List<String> aliases, Severity severity, String description, String failingExample,
      String passingExample) {
    this(id, aliases, severity, description, failingExample, passingExample, BuilderTarget.BUILDKIT);
  }

  /**
   * The id and every alias.
   *
   * @return a new modifiable list, the id first, such as {@code [MaintainerDeprecated, DL4000]}
   */
  public List<String> allIds() {
    List<String> all = new java.util.ArrayList<>();
    all.add(id);
    all.addAll(aliases);
    return all;
  }

  /**
   * Whether the rule answers to the id (case-insensitive, as BuildKit's check names are matched).
   *
   * @param other an id or alias, such as {@code dl4000}
   * @return true when it is the id or one of the aliases
   */
  public boolean hasId(String other) {
    return allIds().stream().anyMatch(i -> i.equalsIgnoreCase(other));
  }

  /**
   * The address of the rule's documentation page.
   *
   * @return such as {@code https://dockwright.dev/docs/rules/DL3008.html}
   */
  public String helpUri() {
    return "https://dockwright.dev/docs/rules/" + id + ".html";
  }
}
