package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sketches of the lint rules this reader is for, to show that rule code stays short and correct with it. The real
 * rules live in the linter; these only check what the reader hands them.
 */
class RuleSketchTest {

  private static final ShellScript SCRIPT = ShellScript.parse("set -eux; cd /tmp; "
      + "sudo apt-get update && DEBIAN_FRONTEND=noninteractive apt-get -qq install curl=7.88.1-10 git \"$EXTRA\"; "
      + "apt-get install -y --no-install-recommends ./local.deb; "
      + "curl -fsSL https://example.com/k.asc | gpg --dearmor -o /k.gpg; set -o pipefail; "
      + "wget -nv https://example.com/a | tar -x; wget https://example.com/b; "
      + "python3 -m pip install -r req.txt flask; pip3 install --no-cache-dir x; "
      + "apk add --no-cache musl; apk add gcc; useradd -u 123456 app; useradd -lu 123456 app2");

  private static List<String> sources(Stream<SimpleCommand> commands) {
    return commands.map(SimpleCommand::source).toList();
  }

  private static Stream<SimpleCommand> aptGetInstalls() {
    return SCRIPT.invocationsOf("apt-get").stream().filter(c -> c.subcommand().equals("install"));
  }

  @Test
  void dl3004Sudo() {
    assertThat(sources(SCRIPT.commands().stream().filter(c -> c.invokes("sudo")))).containsExactly(
        "sudo apt-get update");
  }

  @Test
  void dl3003Cd() {
    assertThat(sources(SCRIPT.invocationsOf("cd").stream())).containsExactly("cd /tmp");
  }

  @Test
  void dl3008UnpinnedAptPackages() {
    List<String> unpinned = aptGetInstalls()
        .flatMap(c -> c.argumentsAfterSubcommand().stream())
        .filter(w -> w.isLiteral() && !w.text().contains("=") && !w.text().endsWith(".deb"))
        .map(Word::text)
        .toList();

    assertThat(unpinned).containsExactly("git");
  }

  @Test
  void dl3014AptWithoutYes() {
    assertThat(sources(aptGetInstalls().filter(c -> !c.hasOption("-y", "--yes", "--assume-yes")))).containsExactly(
        "DEBIAN_FRONTEND=noninteractive apt-get -qq install curl=7.88.1-10 git \"$EXTRA\"");
  }

  @Test
  void dl3015NoInstallRecommends() {
    assertThat(sources(aptGetInstalls().filter(c -> !c.hasOption("--no-install-recommends")))).containsExactly(
        "DEBIAN_FRONTEND=noninteractive apt-get -qq install curl=7.88.1-10 git \"$EXTRA\"");
  }

  @Test
  void dl4006PipefailBeforePipes() {
    assertThat(SCRIPT.pipelines()).extracting(p -> SCRIPT.text().substring(p.start(), p.end()))
        .containsExactly("curl -fsSL https://example.com/k.asc | gpg --dearmor -o /k.gpg",
            "wget -nv https://example.com/a | tar -x");
    assertThat(SCRIPT.pipelines().stream().filter(p -> !p.options().pipefail()).count()).isEqualTo(1);
  }

  @Test
  void dl3047WgetWithoutProgress() {
    assertThat(sources(SCRIPT.invocationsOf("wget").stream()
        .filter(c -> !c.hasOption("-q", "--quiet", "--no-verbose", "--progress")
            && !c.optionValues("-n").contains("v")))).containsExactly("wget https://example.com/b");
  }

  @Test
  void dl4001WgetAndCurl() {
    assertThat(SCRIPT.invocationsOf("wget")).isNotEmpty();
    assertThat(SCRIPT.invocationsOf("curl")).isNotEmpty();
  }

  @Test
  void dl3042PipWithoutNoCacheDir() {
    assertThat(sources(SCRIPT.invocationsOf("pip", "pip3").stream()
        .filter(c -> c.subcommand().equals("install") && !c.hasOption("--no-cache-dir"))))
        .containsExactly("pip install -r req.txt flask");
  }

  @Test
  void dl3019ApkWithoutNoCache() {
    assertThat(sources(SCRIPT.invocationsOf("apk").stream()
        .filter(c -> c.subcommand().equals("add") && !c.hasOption("--no-cache")))).containsExactly("apk add gcc");
  }

  @Test
  void dl3046UseraddWithAHighUidAndNoLogInit() {
    assertThat(sources(SCRIPT.invocationsOf("useradd").stream()
        .filter(c -> !c.hasOption("-l", "--no-log-init"))
        .filter(c -> c.optionValues("-u", "--uid").stream().anyMatch(uid -> uid.length() > 5))))
        .containsExactly("useradd -u 123456 app");
  }
}
