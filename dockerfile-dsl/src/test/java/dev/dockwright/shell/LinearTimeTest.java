package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a careless reader rescan or recurse: each must finish within a bound that only a
 * quadratic reader would miss (400,000 characters squared is far beyond it), and never overflow the stack.
 * Speed itself is measured with JMH, not here: the bound is generous so that a loaded machine passes.
 */
class LinearTimeTest {

  private static final int SIZE = 400_000;

  /** Reads a text of about {@code SIZE} characters within a bound that quadratic work cannot meet. */
  private static ShellScript readsLinearly(IntFunction<String> textOfLength) {
    String big = textOfLength.apply(SIZE);
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ShellScript.parse(big),
        () -> "reading " + big.length() + " characters took longer than 20 s");
  }

  @Test
  void deeplyNestedSubstitutions() {
    ShellScript script = readsLinearly(n -> "$(".repeat(n / 2));

    assertThat(script.problems()).containsExactly(new ShellProblem("nesting too deep", 200));
  }

  @Test
  void deeplyNestedSubshellsGroupsAndIfs() {
    assertThat(readsLinearly(n -> "(".repeat(n)).problems()).hasSize(1);
    assertThat(readsLinearly(n -> "{ ".repeat(n / 2)).problems()).hasSize(1);
    assertThat(readsLinearly(n -> "if ".repeat(n / 3)).problems()).hasSize(1);
    assertThat(readsLinearly(n -> "${".repeat(n / 2)).problems()).hasSize(1);
    assertThat(readsLinearly(n -> "a=(".repeat(n / 3)).problems()).hasSize(1);
  }

  @Test
  void manyBackquotesAndQuotes() {
    assertThat(readsLinearly(n -> "`".repeat(n)).problems()).isEmpty();
    assertThat(readsLinearly(n -> "\"`".repeat(n / 2)).problems()).isNotEmpty();
    assertThat(readsLinearly(n -> "'a' \"b\" ".repeat(n / 8)).commands()).hasSize(1);
  }

  @Test
  void manyHereDocumentsAndLongBodies() {
    ShellScript many = readsLinearly(n -> "cat <<A\nA\n".repeat(n / 10));
    ShellScript unterminated = readsLinearly(n -> "cat <<A <<B\n" + "x\n".repeat(n / 2));

    assertThat(many.problems()).isEmpty();
    assertThat(unterminated.problems()).extracting(ShellProblem::message)
        .containsExactly("unterminated here-document A", "unterminated here-document B");
  }

  @Test
  void longCommandsPipelinesAndWrapperChains() {
    assertThat(readsLinearly(n -> "a | ".repeat(n / 4) + "b").pipelines()).hasSize(1);
    assertThat(readsLinearly(n -> "echo " + "x ".repeat(n / 2)).commands()).hasSize(1);
    SimpleCommand sudo = readsLinearly(n -> "sudo ".repeat(n / 5) + "apt-get install -y").commands().get(0);
    assertThat(sudo.unwrapped().programName()).isEqualTo("apt-get");
    assertThat(readsLinearly(n -> "a && ".repeat(n / 5) + "b").commands()).hasSize(SIZE / 5 + 1);
    assertThat(readsLinearly(n -> ")".repeat(n)).problems()).hasSize(SIZE);
  }
}
