package dev.dockwright.lint;

import dev.dockwright.json.JsonWriter;
import java.util.List;

/**
 * Writes findings as text ({@code FILE:LINE:COL: severity ID message}), JSON, or SARIF 2.1.0 for code
 * scanning (GitHub reads ruleId, level, message, physicalLocation with region, and the rule list with help
 * URIs).
 *
 * <pre>{@code
 * Linter linter = Linter.create();
 * List<Finding> findings = linter.lint(text, "Dockerfile", LintOptions.defaults());
 * System.out.print(LintReport.text(findings));
 * String sarif = LintReport.sarif(findings, linter.rules(), "0.1.0");
 * }</pre>
 */
public final class LintReport {
  private LintReport() {}

  /**
   * The findings as text, one {@link Finding#format()} line each.
   *
   * @param findings in the order to print them
   * @return the lines, each ending with a newline; empty for no finding
   */
  public static String text(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(f.format()).append('\n');
    }
    return sb.toString();
  }

  /**
   * The findings as a JSON array of objects with {@code file}, {@code line}, {@code column}, {@code endLine},
   * {@code endColumn}, {@code severity}, {@code rule}, {@code aliases} and {@code message}.
   *
   * @param findings in the order to write them
   * @return the array and a newline; {@code []} for no finding
   */
  public static String json(List<Finding> findings) {
    JsonWriter w = new JsonWriter().beginArray();
    for (Finding f : findings) {
      w.beginObject()
          .name("file").value(f.file())
          .name("line").value(f.start().line())
          .name("column").value(f.start().column())
          .name("endLine").value(f.end().line())
          .name("endColumn").value(f.end().column())
          .name("severity").value(f.severity().text())
          .name("rule").value(f.ruleId());
      w.name("aliases").beginArray();
      f.aliases().forEach(w::value);
      w.endArray();
      w.name("message").value(f.message()).endObject();
    }
    return w.endArray() + "\n";
  }

  /**
   * A SARIF 2.1.0 log with one run of the Dockwright linter, as code scanning services read it. Severities
   * become the levels {@code error}, {@code warning} and {@code note}.
   *
   * @param findings the results
   * @param rules the rules that ran (usually {@link Linter#rules()}), listed in the log with their descriptions
   *     and help URIs
   * @param version the Dockwright version the log names as the tool's, such as {@code 0.1.0}
   * @return the JSON document and a newline
   */
  public static String sarif(List<Finding> findings, List<Rule> rules, String version) {
    JsonWriter w = new JsonWriter().beginObject();
    w.name("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    w.name("version").value("2.1.0");
    w.name("runs").beginArray().beginObject();
    w.name("tool").beginObject().name("driver").beginObject();
    w.name("name").value("dockwright");
    w.name("version").value(version);
    w.name("informationUri").value("https://dockwright.dev");
    w.name("rules").beginArray();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      w.beginObject();
      w.name("id").value(info.id());
      w.name("name").value(info.id());
      w.name("shortDescription").beginObject().name("text").value(info.description()).endObject();
      w.name("helpUri").value(info.helpUri());
      w.name("defaultConfiguration").beginObject().name("level").value(level(info.severity())).endObject();
      if (!info.aliases().isEmpty()) {
        w.name("properties").beginObject().name("aliases").beginArray();
        info.aliases().forEach(w::value);
        w.endArray().endObject();
      }
      w.endObject();
    }
    w.endArray().endObject().endObject();
    w.name("results").beginArray();
    for (Finding f : findings) {
      w.beginObject();
      w.name("ruleId").value(f.ruleId());
      w.name("level").value(level(f.severity()));
      w.name("message").beginObject().name("text").value(
          f.aliases().isEmpty() ? f.message() : f.message() + " (" + String.join(", ", f.aliases()) + ")").endObject();
      w.name("locations").beginArray().beginObject();
      w.name("physicalLocation").beginObject();
      w.name("artifactLocation").beginObject().name("uri").value(f.file().replace('\\', '/')).endObject();
      w.name("region").beginObject()
          .name("startLine").value(f.start().line())
          .name("startColumn").value(f.start().column())
          .name("endLine").value(f.end().line())
          .name("endColumn").value(Math.max(f.end().column(), 1))
          .endObject();
      w.endObject().endObject().endArray();
      w.endObject();
    }
    w.endArray();
    w.endObject().endArray();
    return w.endObject() + "\n";
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
