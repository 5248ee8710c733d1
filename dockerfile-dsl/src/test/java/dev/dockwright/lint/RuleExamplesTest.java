package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.rules.Rules;
import dev.dockwright.parser.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule fires on its own failing example and stays quiet on its passing one (the examples in its docs).
 * Examples are linted for the rule's {@link RuleInfo#exampleTarget()}. An example that starts with a comment
 * {@code # .dockerignore: PATTERN ...} is linted with a build context whose {@code .dockerignore} holds those
 * patterns, one per line.
 */
class RuleExamplesTest {
  private static final String DOCKERIGNORE = "# .dockerignore:";

  static Stream<org.junit.jupiter.api.Named<Rule>> rules() {
    return Rules.all().stream().map(r -> org.junit.jupiter.api.Named.of(r.info().id(), r));
  }

  private static LintOptions optionsFor(Rule rule, String text, Path dir) throws IOException {
    LintOptions options = LintOptions.defaults().withTarget(rule.info().exampleTarget());
    String first = text.lines().findFirst().orElse("");
    if (first.startsWith(DOCKERIGNORE)) {
      String patterns = String.join("\n", first.substring(DOCKERIGNORE.length()).trim().split("\\s+")) + "\n";
      Files.writeString(dir.resolve(".dockerignore"), patterns);
      options = options.withContext(dir);
    }
    return options;
  }

  private static boolean strictParserRefuses(String text) {
    return DockerfileParser.strict().read(text, "Dockerfile").dockerfile().isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void firesOnItsFailingExample(Rule rule, @TempDir Path dir) throws IOException {
    String text = rule.info().failingExample();
    LintOptions options = optionsFor(rule, text, dir);
    Linter linter = new Linter(List.of(rule));
    // A file that BuildKit builds but the strict parser refuses is linted as the lenient parser reads it.
    List<Finding> findings = strictParserRefuses(text)
        ? linter.lint(DockerfileParser.lenient().parse(text, "Dockerfile"), options)
        : linter.lint(text, "Dockerfile", options);
    assertThat(findings)
        .as(rule.info().id())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo(rule.info().id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void isQuietOnItsPassingExample(Rule rule, @TempDir Path dir) throws IOException {
    String text = rule.info().passingExample();
    assertThat(new Linter(List.of(rule)).lint(text, "Dockerfile", optionsFor(rule, text, dir)))
        .as(rule.info().id())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void targetRulesAreQuietForBuildKit(Rule rule, @TempDir Path dir) throws IOException {
    if (rule.info().exampleTarget() == dev.dockwright.model.BuilderTarget.BUILDKIT) {
      return;
    }
    String text = rule.info().failingExample();
    LintOptions buildkit = optionsFor(rule, text, dir).withTarget(dev.dockwright.model.BuilderTarget.BUILDKIT);
    assertThat(new Linter(List.of(rule)).lint(text, "Dockerfile", buildkit)).as(rule.info().id()).isEmpty();
  }

  @Test
  void onlyDuplicateStageNamesNeedTheLenientParser() {
    Set<String> lenient = Rules.all().stream()
        .filter(r -> strictParserRefuses(r.info().failingExample()))
        .map(r -> r.info().id())
        .collect(Collectors.toSet());
    assertThat(lenient).containsExactly("DuplicateStageName");
  }

  @Test
  void idsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : Rules.all()) {
      for (String id : rule.info().allIds()) {
        assertThat(seen.add(id.toLowerCase(java.util.Locale.ROOT))).as("duplicate id %s", id).isTrue();
      }
    }
  }
}
