package dev.dockwright.lint;

import dev.dockwright.model.Comment;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.SourceFile;
import dev.dockwright.model.Stage;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.syntax.SyntaxParser;
import dev.dockwright.parser.syntax.SyntaxTree;
import dev.dockwright.render.DockerfileRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Lints Dockerfiles: runs every rule and returns the findings, sorted by position, after suppressions:
 * {@code # hadolint ignore=DL3008,DL3015} or {@code # dockwright ignore=...} on the line before an
 * instruction, {@code # hadolint global ignore=...} anywhere, the {@code # check=skip=...} directive, and
 * the options' ignored ids and severity threshold.
 *
 * <pre>{@code
 * List<Finding> findings = Linter.create().lint(text, "Dockerfile", LintOptions.defaults());
 * findings.forEach(f -> System.out.println(f.format()));
 * }</pre>
 */
public final class Linter {
  private final List<Rule> rules;
  private final boolean honourOptIn;

  /**
   * A linter that runs exactly the given rules, opt-in ones included, in this order.
   *
   * @param rules the rules, copied
   * @throws NullPointerException if {@code rules} or one of them is null
   */
  public Linter(List<Rule> rules) {
    this(rules, false);
  }

  private Linter(List<Rule> rules, boolean honourOptIn) {
    this.rules = List.copyOf(rules);
    this.honourOptIn = honourOptIn;
  }

  /**
   * A linter with every rule of every {@link RuleSet} on the class or module path (the built-in rules, and any
   * a library adds); opt-in rules run when {@link LintOptions#enabled()} names them. The rule sets are looked
   * up once, on the first call.
   *
   * @return a linter; linters keep no state between files and may be shared
   * @throws ExceptionInInitializerError when no rule set is found (a shaded jar that lost
   *     {@code META-INF/services/dev.dockwright.lint.RuleSet}) or two rules have the same id; its cause, an
   *     {@link IllegalStateException}, says which
   */
  public static Linter create() {
    return new Linter(ServiceRules.ALL, true);
  }

  // Looked up once: the service lookup scans the class path.
  private static final class ServiceRules {
    static final List<Rule> ALL = load();

    private static List<Rule> load() {
      List<Rule> rules = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (RuleSet set : ServiceLoader.load(RuleSet.class, Linter.class.getClassLoader())) {
        for (Rule rule : set.rules()) {
          if (!ids.add(rule.info().id())) {
            throw new IllegalStateException("two lint rules have the id " + rule.info().id()
                + " (the second is in " + set.getClass().getName() + ")");
          }
          rules.add(rule);
        }
      }
      if (rules.isEmpty()) {
        throw new IllegalStateException("no lint rules found: META-INF/services/" + RuleSet.class.getName()
            + " is missing (a shaded jar must keep the service files)");
      }
      return List.copyOf(rules);
    }
  }

  /**
   * The rules this linter knows, in the order they run, opt-in ones included.
   *
   * @return an unmodifiable list
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Lints Dockerfile text.
   *
   * @param text the whole file
   * @param fileName the name findings carry, such as {@code Dockerfile} or {@code docker/app.Dockerfile}
   * @param options the builder target, ignored and enabled rules, threshold and build context
   * @return the findings after suppressions, sorted by start position, then rule id; empty when all is well
   * @throws dev.dockwright.parser.DockerfileParseException when the text is not a valid Dockerfile
   * @throws NullPointerException if {@code options} is null
   */
  public List<Finding> lint(String text, String fileName, LintOptions options) {
    Dockerfile file = DockerfileParser.strict().parse(text, fileName);
    return lint(file, SyntaxParser.parse(text, fileName), fileName, options);
  }

  /**
   * Lints a model; one built in code (without source) is rendered first, so that findings have positions in
   * the text it renders to, and carry the file name {@code Dockerfile}.
   *
   * @param file a parsed Dockerfile (findings then carry its source name) or one built with the DSL
   * @param options the builder target, ignored and enabled rules, threshold and build context
   * @return the findings after suppressions, sorted by start position, then rule id
   * @throws NullPointerException if {@code options} is null
   */
  public List<Finding> lint(Dockerfile file, LintOptions options) {
    return lint(file, file.source().map(SourceFile::name).orElse("Dockerfile"), options);
  }

  /**
   * Lints a model under the given file name: the name a code generator writes it to, so that findings point
   * at that file. A model built in code is rendered first, so that findings have positions in the text it
   * renders to.
   *
   * <pre>{@code
   * Linter.create().lint(model, "services/orders/Dockerfile", LintOptions.defaults())
   *     .forEach(f -> System.out.println(f.format()));
   * }</pre>
   *
   * @param file a parsed Dockerfile or one built with the DSL
   * @param fileName the name findings carry, such as {@code services/orders/Dockerfile}
   * @param options the builder target, ignored and enabled rules, threshold and build context
   * @return the findings after suppressions, sorted by start position, then rule id
   * @throws NullPointerException if {@code fileName} or {@code options} is null
   */
  public List<Finding> lint(Dockerfile file, String fileName, LintOptions options) {
    Objects.requireNonNull(fileName, "fileName");
    String text = DockerfileRenderer.defaults().render(file);
    if (file.source().isEmpty()) {
      return lint(text, fileName, options);
    }
    return lint(file, SyntaxParser.parse(text, fileName), fileName, options);
  }

  private List<Finding> lint(Dockerfile file, SyntaxTree tree, String fileName, LintOptions options) {
    Objects.requireNonNull(options, "options");
    LintContext context = new LintContext(file, fileName, tree, options.target(), options.context());
    Set<String> skipped = skippedChecks(file);
    boolean checksAreErrors = file.directive("check").map(v -> v.toLowerCase(Locale.ROOT).contains("error=true"))
        .orElse(false);
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      if (honourOptIn && !rule.enabledByDefault() && options.enabled().stream().noneMatch(info::hasId)) {
        continue;
      }
      if (options.ignored().stream().anyMatch(info::hasId)
          || skipped.contains("all") && isBuildKitCheck(info)
          || skipped.stream().anyMatch(info::hasId)) {
        continue;
      }
      context.startRule(info);
      rule.check(context);
    }
    Map<Integer, Set<String>> ignoredByLine = inlineIgnores(file, buildKitCheckIds());
    Set<String> global = ignoredByLine.getOrDefault(0, Set.of());
    List<Finding> kept = new ArrayList<>();
    for (Finding f : context.findings()) {
      Set<String> here = ignoredByLine.getOrDefault(f.start().line(), Set.of());
      if (matches(f, global) || matches(f, here)) {
        continue;
      }
      Finding shown = checksAreErrors && isBuildKitCheck(f)
          ? new Finding(f.ruleId(), f.aliases(), Severity.ERROR, f.message(), f.file(), f.start(), f.end())
          : f;
      if (shown.severity().isAtLeast(options.threshold())) {
        kept.add(shown);
      }
    }
    kept.sort(Comparator.comparing((Finding f) -> f.start()).thenComparing(Finding::ruleId));
    return kept;
  }

  private static boolean matches(Finding f, Set<String> ids) {
    if (ids.contains("all")) {
      return true;
    }
    if (ids.contains(f.ruleId().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return f.aliases().stream().anyMatch(a -> ids.contains(a.toLowerCase(Locale.ROOT)));
  }

  static boolean isBuildKitCheck(RuleInfo info) {
    return info.allIds().stream().anyMatch(id -> !id.startsWith("DL") && !id.startsWith("DW"));
  }

  static boolean isBuildKitCheck(Finding f) {
    return !f.ruleId().startsWith("DL") && !f.ruleId().startsWith("DW")
        || f.aliases().stream().anyMatch(id -> !id.startsWith("DL") && !id.startsWith("DW"));
  }

  // # check=skip=JSONArgsRecommended,StageNameCasing;error=true
  private static Set<String> skippedChecks(Dockerfile file) {
    Set<String> skipped = new HashSet<>();
    file.directive("check").ifPresent(value -> {
      for (String part : value.split(";")) {
        String[] kv = part.trim().split("=", 2);
        if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("skip")) {
          for (String id : kv[1].split(",")) {
            if (!id.isBlank()) {
              skipped.add(id.trim().equalsIgnoreCase("all") ? "all" : id.trim());
            }
          }
        }
      }
    });
    return skipped;
  }

  // The ids a "# check=skip=all" comment leaves out: every id of every BuildKit check.
  private Set<String> buildKitCheckIds() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules) {
      if (isBuildKitCheck(rule.info())) {
        rule.info().allIds().forEach(id -> ids.add(id.toLowerCase(Locale.ROOT)));
      }
    }
    return ids;
  }

  /**
   * Ids ignored per line: a {@code # hadolint ignore=} or {@code # dockwright ignore=} comment applies to
   * the instruction that follows it (through further comment lines), and so does BuildKit's
   * {@code # check=skip=Rule,Rule} (or {@code skip=all}: every BuildKit check); line 0 holds the global
   * ignores.
   */
  private static Map<Integer, Set<String>> inlineIgnores(Dockerfile file, Set<String> buildKitChecks) {
    Map<Integer, Set<String>> byLine = new HashMap<>();
    List<Element> all = new ArrayList<>(file.header());
    for (Stage s : file.stages()) {
      all.addAll(s.leading());
      all.add(s.from());
      all.addAll(s.body());
    }
    Set<String> pending = new HashSet<>();
    for (Element e : all) {
      if (e instanceof Comment c) {
        String text = c.text().trim();
        for (String tool : List.of("hadolint", "dockwright")) {
          if (text.startsWith(tool + " global ignore=")) {
            byLine.computeIfAbsent(0, k -> new HashSet<>()).addAll(ids(text.substring((tool + " global ignore=").length())));
          } else if (text.startsWith(tool + " ignore=")) {
            pending.addAll(ids(text.substring((tool + " ignore=").length())));
          }
        }
        pending.addAll(checkSkips(text, buildKitChecks));
        continue;
      }
      if (e instanceof dev.dockwright.model.Instruction && !pending.isEmpty()) {
        final Set<String> ids = Set.copyOf(pending);
        file.sourceOf(e).ifPresent(span -> {
          for (int line = span.start().line(); line <= span.end().line(); line++) {
            byLine.computeIfAbsent(line, k -> new HashSet<>()).addAll(ids);
          }
        });
      }
      pending.clear();
    }
    return byLine;
  }

  // "check=skip=A,B;error=true // why": the ids BuildKit skips for the next instruction, as its linter reads
  // a check comment (the value ends at the first blank)
  private static Set<String> checkSkips(String comment, Set<String> buildKitChecks) {
    int eq = comment.indexOf('=');
    if (eq < 0 || !comment.substring(0, eq).trim().equalsIgnoreCase("check")) {
      return Set.of();
    }
    String value = comment.substring(eq + 1).trim().split("\\s", 2)[0];
    Set<String> skipped = new HashSet<>();
    for (String part : value.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv.length == 2 && kv[0].trim().equals("skip")) {
        Set<String> listed = ids(kv[1].replace(",", " "));
        skipped.addAll(listed.contains("all") ? buildKitChecks : listed);
      }
    }
    return skipped;
  }

  private static Set<String> ids(String list) {
    Set<String> ids = new HashSet<>();
    for (String id : list.split("[,\\s]+")) {
      if (!id.isBlank()) {
        ids.add(id.trim().toLowerCase(Locale.ROOT));
      }
    }
    return ids;
  }
}
