package dev.dockwright.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the documentation page of each rule ({@code docs/rules/<ID>.md}) and their index from the rules'
 * own metadata, so pages and rules never drift: a test compares the committed pages with these.
 *
 * <pre>{@code
 * Map<String, String> pages = RuleDocs.pages(Linter.create().rules());
 * }</pre>
 */
final class RuleDocs {
  private RuleDocs() {}

  /** File name to content: one page per rule, plus {@code README.md}. */
  public static Map<String, String> pages(List<Rule> rules) {
    Map<String, String> pages = new TreeMap<>();
    StringBuilder index = new StringBuilder();
    index.append("# Lint rules\n\n");
    index.append("Generated from the rules' own metadata by `RuleDocs`; `RuleDocsTest` fails when a page is stale.\n");
    index.append("Suppress a rule with `# hadolint ignore=ID` or `# dockwright ignore=ID` on the line before an\n");
    index.append("instruction, `# check=skip=ID` at the top of the file, or `dockwright lint --ignore ID`.\n\n");
    index.append("| id | also | severity | what |\n|---|---|---|---|\n");
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      pages.put(info.id() + ".md", page(rule));
      index.append("| [").append(info.id()).append("](").append(info.id()).append(".md) | ")
          .append(String.join(", ", info.aliases())).append(" | ").append(info.severity().text())
          .append(" | ").append(info.description().replace("|", "\\|"))
          .append(rule.enabledByDefault() ? "" : " (opt-in: `--enable " + info.id() + "`)").append(" |\n");
    }
    pages.put("README.md", index.toString());
    return pages;
  }

  /** The page of one rule. */
  public static String page(Rule rule) {
    RuleInfo info = rule.info();
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(info.id()).append("\n\n");
    sb.append(info.description()).append("\n\n");
    sb.append("- Severity: ").append(info.severity().text()).append('\n');
    if (!rule.enabledByDefault()) {
      sb.append("- Opt-in: runs only when enabled (`dockwright lint --enable ").append(info.id()).append("`)\n");
    }
    if (info.exampleTarget() != dev.dockwright.model.BuilderTarget.BUILDKIT) {
      sb.append("- Reported for the builder target: ").append(info.exampleTarget().text()).append('\n');
    }
    if (!info.aliases().isEmpty()) {
      sb.append("- Also known as: ").append(String.join(", ", info.aliases()))
          .append(" (suppressions may name any of these ids)\n");
    }
    sb.append("\n## Reported\n\n```dockerfile\n").append(info.failingExample());
    if (!info.failingExample().endsWith("\n")) {
      sb.append('\n');
    }
    sb.append("```\n\n## Not reported\n\n```dockerfile\n").append(info.passingExample());
    if (!info.passingExample().endsWith("\n")) {
      sb.append('\n');
    }
    sb.append("```\n");
    return sb.toString();
  }

  /** Writes the pages into the folder given as argument (default {@code docs/rules}). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "docs/rules");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> page : pages(Linter.create().rules()).entrySet()) {
      Files.writeString(dir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
    }
  }
}
