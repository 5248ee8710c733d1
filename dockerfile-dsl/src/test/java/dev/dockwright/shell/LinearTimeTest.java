package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Inputs built to make a careless reader rescan or recurse: each must stay linear, and never overflow the stack. */
class LinearTimeTest {

  private static final int SIZE = 400_000;

  /** Reads a text of about {@code SIZE} characters and one of a tenth the size; the time must grow about linearly. */
  private static ShellScript readsLinearly(IntFunction<String> textOfLength) {
    ShellScript.parse(textOfLength.apply(SIZE / 10)); // warm up
    long small = time(textOfLength.apply(SIZE / 10));
    String big = textOfLength.apply(SIZE);
    long started = System.nanoTime();
    ShellScript script = ShellScript.parse(big);
    long large = System.nanoTime() - started;

    assertThat(large / 1_000_000).as("milliseconds for %d characters", big.length()).isLessThan(2_000);
    assertThat(large).as("ten times the text, at most forty times the time").isLessThan(40 * Math.max(small, 10_000_000));
    return script;
  }

  private static long time(String text) {
    long started = System.nanoTime();
    ShellScript.parse(text);
    return System.nanoTime() - started;
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
