package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.rules.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule fires on its own failing example and stays quiet on its passing one (the examples in its docs). */
class RuleExamplesTest {

  static Stream<org.junit.jupiter.api.Named<Rule>> rules() {
    return Rules.all().stream().map(r -> org.junit.jupiter.api.Named.of(r.info().id(), r));
  }

  private static List<Finding> findingsOf(Rule rule, String text) {
    return new Linter(List.of(rule)).lint(text, "Dockerfile", LintOptions.defaults());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void firesOnItsFailingExample(Rule rule) {
    assertThat(findingsOf(rule, rule.info().failingExample()))
        .as(rule.info().id())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo(rule.info().id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void isQuietOnItsPassingExample(Rule rule) {
    assertThat(findingsOf(rule, rule.info().passingExample())).as(rule.info().id()).isEmpty();
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
