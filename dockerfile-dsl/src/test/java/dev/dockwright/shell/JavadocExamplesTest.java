package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples that open the classes' documentation, run as written, so that they stay true. */
class JavadocExamplesTest {

  @Test
  void shellScript() {
    ShellScript script = ShellScript.parse("""
        set -eux; apt-get update; \
        apt-get install -y --no-install-recommends ca-certificates curl; \
        rm -rf /var/lib/apt/lists/*""");
    List<SimpleCommand> installsWithoutYes = script.invocationsOf("apt-get").stream()
        .filter(install -> install.subcommand().equals("install"))
        .filter(install -> !install.hasOption("-y", "--yes", "--assume-yes"))
        .toList();

    assertThat(installsWithoutYes).isEmpty();
    assertThat(script.commands().get(3).programName()).isEqualTo("rm");
    assertThat(script.problems()).isEmpty();
  }

  @Test
  void simpleCommand() {
    SimpleCommand install = ShellScript.parse(
            "DEBIAN_FRONTEND=noninteractive sudo apt-get -qqy install --no-install-recommends curl=7.88.1-10 > /dev/null")
        .commands().get(0);
    SimpleCommand aptGet = install.unwrapped();

    assertThat(install.programName()).isEqualTo("sudo");
    assertThat(install.invokes("sudo")).isTrue();
    assertThat(aptGet.programName()).isEqualTo("apt-get");
    assertThat(aptGet.subcommand()).isEqualTo("install");
    assertThat(aptGet.hasOption("-y", "--yes")).isTrue();
    assertThat(Outline.texts(aptGet.argumentsAfterSubcommand())).containsExactly("curl=7.88.1-10");
    assertThat(install.redirections().get(0).target().text()).isEqualTo("/dev/null");
  }

  @Test
  void word() {
    Word word = ShellScript.parse("echo 'a b'\"c\" $HOME").commands().get(0).arguments().get(0);

    assertThat(word.raw()).isEqualTo("'a b'\"c\"");
    assertThat(word.text()).isEqualTo("a bc");
    assertThat(word.literal()).contains("a bc");
  }

  @Test
  void assignment() {
    Assignment frontend = ShellScript.parse("DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata")
        .commands().get(0).assignments().get(0);

    assertThat(frontend.name()).isEqualTo("DEBIAN_FRONTEND");
    assertThat(frontend.value().text()).isEqualTo("noninteractive");
  }

  @Test
  void redirection() {
    SimpleCommand mark = ShellScript.parse("apt-mark auto '.*' > /dev/null 2>&1").commands().get(0);

    assertThat(mark.arguments()).extracting(Word::raw).containsExactly("auto", "'.*'");
    assertThat(mark.redirections().get(0).operator()).isEqualTo(">");
    assertThat(mark.redirections().get(0).target().text()).isEqualTo("/dev/null");
    assertThat(mark.redirections().get(1).fd()).isEqualTo(2);
    assertThat(mark.redirections().get(1).target().text()).isEqualTo("1");
  }

  @Test
  void hereDocument() {
    ShellScript script = ShellScript.parse("cat <<-'EOF' > /etc/motd\n\tHello\n\tEOF\necho done\n");
    HereDocument motd = script.commands().get(0).redirections().get(0).hereDocument().orElseThrow();

    assertThat(motd.delimiter()).isEqualTo("EOF");
    assertThat(motd.quoted()).isTrue();
    assertThat(motd.body()).isEqualTo("\tHello\n");
    assertThat(motd.content()).isEqualTo("Hello\n");
  }

  @Test
  void pipeline() {
    ShellScript script = ShellScript.parse("set -eo pipefail; curl -fsSL https://example.com/x.tgz | tar -xz");
    Pipeline download = script.pipelines().get(0);

    assertThat(download.length()).isEqualTo(2);
    assertThat(download.options().pipefail()).isTrue();
    assertThat(script.commands().get(2).pipelineIndex()).isEqualTo(1);
  }

  @Test
  void connector() {
    ShellScript script = ShellScript.parse("apt-get update && apt-get install -y curl | tee log");

    assertThat(script.commands()).extracting(SimpleCommand::next)
        .containsExactly(Connector.AND, Connector.PIPE, Connector.END);
  }

  @Test
  void enclosure() {
    SimpleCommand rm = ShellScript.parse("if [ -d /x ]; then (cd /x && rm -rf build); fi").commands().get(2);

    assertThat(rm.enclosures()).containsExactly(Enclosure.IF_BRANCH, Enclosure.SUBSHELL);
  }

  @Test
  void shellOptions() {
    ShellOptions fromShell = ShellOptions.ofShellInstruction(List.of("/bin/bash", "-o", "pipefail", "-c"));

    assertThat(fromShell.pipefail()).isTrue();
    assertThat(ShellOptions.NONE.withSetArguments(List.of("-eux")).errexit()).isTrue();
    assertThat(ShellScript.parse("curl -fsSL $URL | sh", fromShell).pipelines().get(0).options().pipefail()).isTrue();
  }

  @Test
  void problemAndComment() {
    assertThat(ShellScript.parse("echo 'oops").problems())
        .containsExactly(new ShellProblem("unterminated single quote", 5));
    assertThat(ShellScript.parse("make install # as root\n").comments().get(0).text()).isEqualTo("# as root");
  }

  @Test
  void packageOverview() {
    ShellScript script = ShellScript.parse(
        "cd /tmp && curl -fsSL https://example.com/x.tgz | tar -xz -C /usr/local");

    assertThat(script.commands().get(0).programName()).isEqualTo("cd");
    assertThat(script.pipelines().get(0).options().pipefail()).isFalse();
  }
}
