package dev.dockwright.lint;

import java.util.List;

/**
 * A set of lint rules that {@link Linter#create()} finds with {@link java.util.ServiceLoader}: the built-in
 * rules are one, and a library can add its own by declaring a provider ({@code provides
 * dev.dockwright.lint.RuleSet with ...} in its module, or a {@code META-INF/services/dev.dockwright.lint.RuleSet}
 * file on the class path).
 *
 * <pre>{@code
 * public final class CompanyRules implements RuleSet {
 *   public List<Rule> rules() {
 *     return List.of(new ApprovedBaseImages());
 *   }
 * }
 * }</pre>
 */
public interface RuleSet {
  /**
   * The rules, in the order they run.
   *
   * @return the rules of this set
   */
  List<Rule> rules();
}
