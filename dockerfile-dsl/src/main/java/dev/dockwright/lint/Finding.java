package dev.dockwright.lint;

import dev.dockwright.model.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * One thing a rule found, with where: file, start and end positions (1-based).
 *
 * <pre>{@code
 * finding.format()   // "Dockerfile:3:1: warning DL3008 Pin versions in apt-get install: curl"
 * }</pre>
 */
public record Finding(
    String ruleId, List<String> aliases, Severity severity, String message, String file,
    SourcePosition start, SourcePosition end) {
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** The rule id followed by its aliases, joined with {@code /}: {@code DL4000/MaintainerDeprecated}. */
  public String ids() {
    return aliases.isEmpty() ? ruleId : ruleId + "/" + String.join("/", aliases);
  }

  /** {@code FILE:LINE:COL: severity ID message}. */
  public String format() {
    return file + ":" + start.line() + ":" + start.column() + ": " + severity.text() + " " + ids() + " " + message;
  }
}
