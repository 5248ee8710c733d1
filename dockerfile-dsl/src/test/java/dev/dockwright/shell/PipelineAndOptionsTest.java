package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineAndOptionsTest {

  private static final ShellOptions PIPEFAIL = new ShellOptions(false, false, false, true);

  @Test
  void onlyChainsOfTwoOrMoreAreListedAsPipelines() {
    ShellScript script = ShellScript.parse("apt-get update; curl -fsSL https://x | tar -xz -C /usr/local; "
        + "wget -O- https://y | gpg --dearmor | tee /k > /dev/null");

    assertThat(script.pipelines()).containsExactly(
        new Pipeline(16, 60, 2, false, ShellOptions.NONE),
        new Pipeline(62, 117, 3, false, ShellOptions.NONE));
    assertThat(script.commands()).extracting(c -> c.pipelineIndex() + "/" + c.pipeline().length())
        .containsExactly("0/1", "0/2", "1/2", "0/3", "1/3", "2/3");
  }

  @Test
  void pipefailSetBeforeAPipelineIsInEffectForIt() {
    ShellScript script = ShellScript.parse("a | b; set -o pipefail; c | d; set +o pipefail; e | f");

    assertThat(script.pipelines()).extracting(pipeline -> pipeline.options().pipefail())
        .containsExactly(false, true, false);
  }

  @Test
  void bundledSetOptionsAreRead() {
    assertThat(ShellScript.parse("set -eo pipefail; a | b").pipelines().get(0).options())
        .isEqualTo(new ShellOptions(true, false, false, true));
    assertThat(ShellScript.parse("set -Eeuxo pipefail && a | b").pipelines().get(0).options())
        .isEqualTo(new ShellOptions(true, true, true, true));
    assertThat(ShellScript.parse("set -o errexit -o nounset; set +e; a | b").pipelines().get(0).options())
        .isEqualTo(new ShellOptions(false, true, false, false));
  }

  @Test
  void setArgumentsStopAtOperandsAndDoubleDash() {
    assertThat(ShellOptions.NONE.withSetArguments(List.of("--", "-o", "pipefail"))).isEqualTo(ShellOptions.NONE);
    assertThat(ShellOptions.NONE.withSetArguments(List.of("-e", "x", "-o", "pipefail")))
        .isEqualTo(new ShellOptions(true, false, false, false));
    assertThat(ShellOptions.NONE.withSetArguments(List.of("-o"))).isEqualTo(ShellOptions.NONE);
    assertThat(ShellOptions.NONE.withSetArguments(List.of("-o", "vi", "-x")))
        .isEqualTo(new ShellOptions(false, false, true, false));
  }

  @Test
  void optionsSetInASubshellOrSubstitutionDoNotLeak() {
    ShellScript script = ShellScript.parse(
        "(set -o pipefail); x=$(set -o pipefail); set -o pipefail | cat; a | b; { set -o pipefail; }; c | d");

    assertThat(script.pipelines()).extracting(pipeline -> pipeline.options().pipefail())
        .containsExactly(false, false, true);
  }

  @Test
  void optionsSetInABranchCountAsIfItRan() {
    ShellScript script = ShellScript.parse("if [ -n \"$BASH\" ]; then set -o pipefail; fi; a | b");

    assertThat(script.pipelines().get(0).options().pipefail()).isTrue();
  }

  @Test
  void everyCommandKnowsTheOptionsItStartsWith() {
    ShellScript script = ShellScript.parse("a; set -eux; b; set +x; c");

    ShellOptions eux = new ShellOptions(true, true, true, false);
    assertThat(script.commands()).extracting(SimpleCommand::options).containsExactly(
        ShellOptions.NONE, ShellOptions.NONE, eux, eux, new ShellOptions(true, true, false, false));
  }

  @Test
  void theShellInstructionGivesTheStartingOptions() {
    assertThat(ShellOptions.ofShellInstruction(List.of("/bin/bash", "-o", "pipefail", "-c"))).isEqualTo(PIPEFAIL);
    assertThat(ShellOptions.ofShellInstruction(List.of("/bin/ash", "-exo", "pipefail", "-c")))
        .isEqualTo(new ShellOptions(true, false, true, true));
    assertThat(ShellOptions.ofShellInstruction(List.of("bash", "--login", "-euo", "pipefail", "-c")))
        .isEqualTo(new ShellOptions(true, true, false, true));
    assertThat(ShellOptions.ofShellInstruction(List.of("/bin/sh", "-c"))).isEqualTo(ShellOptions.NONE);
    assertThat(ShellOptions.ofShellInstruction(List.of("powershell", "-Command", "-o", "pipefail")))
        .isEqualTo(ShellOptions.NONE);
    assertThat(ShellOptions.ofShellInstruction(List.of())).isEqualTo(ShellOptions.NONE);

    ShellScript script = ShellScript.parse("wget -qO- https://x | sh; set +o pipefail; a | b", PIPEFAIL);
    assertThat(script.pipelines()).extracting(pipeline -> pipeline.options().pipefail()).containsExactly(true, false);
  }

  @Test
  void negatedPipelinesAndBashStderrPipes() {
    ShellScript script = ShellScript.parse("! make 2>&1 |& grep -q error");

    assertThat(script.pipelines()).containsExactly(new Pipeline(0, 28, 2, true, ShellOptions.NONE));
    assertThat(Outline.of(script)).isEqualTo("""
        2-11 make [] 2>&1 -> | pipe 1/2
        15-28 grep [-q, error] -> end pipe 2/2
        """);
  }

  @Test
  void aCompoundCommandCanBeAPipelineElement() {
    ShellScript script = ShellScript.parse("for f in *.txt; do cat \"$f\"; done | sort -u | head");

    assertThat(script.pipelines()).containsExactly(new Pipeline(0, 50, 3, false, ShellOptions.NONE));
    assertThat(Outline.of(script)).isEqualTo("""
        19-27 cat [$f] -> ; conditional in LOOP_BODY
        36-43 sort [-u] -> | pipe 2/3
        46-50 head [] -> end pipe 3/3
        """);
  }
}
