package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapperTest {

  private static SimpleCommand command(String script) {
    ShellScript parsed = ShellScript.parse(script);
    assertThat(parsed.problems()).isEmpty();
    return parsed.commands().get(0);
  }

  private static List<String> layerNames(SimpleCommand command) {
    return command.layers().stream().map(SimpleCommand::programName).toList();
  }

  @Test
  void sudoRunsTheCommandAfterItsOptions() {
    SimpleCommand sudo = command("sudo -E apt-get install -y curl");
    SimpleCommand aptGet = sudo.wrapped().orElseThrow();

    assertThat(sudo.invokes("sudo")).isTrue();
    assertThat(sudo.invokes("apt-get")).isTrue();
    assertThat(sudo.invokes("apk")).isFalse();
    assertThat(sudo.hasOption("-y")).isFalse();
    assertThat(sudo.hasOption("-E")).isTrue();
    assertThat(aptGet.programName()).isEqualTo("apt-get");
    assertThat(aptGet.hasOption("-y")).isTrue();
    assertThat(aptGet.start()).isEqualTo(8);
    assertThat(aptGet.end()).isEqualTo(sudo.end());
    assertThat(aptGet.source()).isEqualTo("apt-get install -y curl");
    assertThat(aptGet.wrapped()).isEmpty();
    assertThat(sudo.unwrapped()).isSameAs(aptGet);
  }

  @Test
  void sudoAndEnvAssignmentsBelongToTheWrappedCommand() {
    SimpleCommand sudo = command("sudo -u app HOME=/home/app pip install --user x");
    SimpleCommand env = command("env -i A=b B='c d' apt-get update");

    assertThat(Outline.of(sudo.unwrapped())).isEqualTo("12-47 HOME=/home/app pip [install, --user, x] -> end");
    assertThat(Outline.of(env.unwrapped())).isEqualTo("7-33 A=b B=c d apt-get [update] -> end");
  }

  @Test
  void wrappersNest() {
    SimpleCommand command = command("sudo env A=b nice -n 10 nohup timeout -s KILL 5m xargs -r apt-mark manual");

    assertThat(layerNames(command)).containsExactly("sudo", "env", "nice", "nohup", "timeout", "xargs", "apt-mark");
    assertThat(command.unwrapped().subcommand()).isEqualTo("manual");
  }

  @Test
  void aWrapperInAPipelineKeepsItsPlace() {
    ShellScript script = ShellScript.parse("find /usr/local -type f | xargs -r apt-mark manual > /dev/null && x");
    SimpleCommand xargs = script.commands().get(1);
    SimpleCommand aptMark = xargs.unwrapped();

    assertThat(aptMark.programName()).isEqualTo("apt-mark");
    assertThat(aptMark.pipeline()).isEqualTo(xargs.pipeline());
    assertThat(aptMark.pipelineIndex()).isEqualTo(1);
    assertThat(aptMark.next()).isEqualTo(Connector.AND);
    assertThat(aptMark.redirections()).isEqualTo(xargs.redirections());
  }

  @Test
  void commandLookupsRunNothing() {
    assertThat(command("command -v curl").wrapped()).isEmpty();
    assertThat(command("command -pv curl").wrapped()).isEmpty();
    assertThat(layerNames(command("command -p curl -fsSL x"))).containsExactly("command", "curl");
    assertThat(command("sudo -l").wrapped()).isEmpty();
    assertThat(command("sudo -v apt-get update").wrapped()).isEmpty();
  }

  @Test
  void someWrappersTakeAnOperandBeforeTheCommand() {
    assertThat(layerNames(command("timeout 10 curl -fsS http://localhost/"))).containsExactly("timeout", "curl");
    assertThat(layerNames(command("gosu postgres initdb -D /data"))).containsExactly("gosu", "initdb");
    assertThat(layerNames(command("su-exec redis:redis redis-server"))).containsExactly("su-exec", "redis-server");
    assertThat(layerNames(command("chroot --userspec=1000 /mnt apt-get update"))).containsExactly("chroot",
        "apt-get");
    assertThat(command("gosu nobody").wrapped()).isEmpty();
  }

  @Test
  void execTimeCommandBuiltinAndEatmydataWrap() {
    assertThat(layerNames(command("exec -a name gosu app \"$@\""))).containsExactly("exec", "gosu", "$@");
    assertThat(layerNames(command("time -p make -j4"))).containsExactly("time", "make");
    assertThat(layerNames(command("eatmydata apt-get install -y x"))).containsExactly("eatmydata", "apt-get");
    assertThat(layerNames(command("builtin cd /x"))).containsExactly("builtin", "cd");
    assertThat(layerNames(command("stdbuf -oL tail -f log"))).containsExactly("stdbuf", "tail");
  }

  @Test
  void wrappersWithoutACommandWrapNothing() {
    assertThat(command("sudo -i").wrapped()).isEmpty();
    assertThat(command("env").wrapped()).isEmpty();
    assertThat(command("env A=b").wrapped()).isEmpty();
    assertThat(command("exec > /var/log/x 2>&1").wrapped()).isEmpty();
    assertThat(command("xargs").wrapped()).isEmpty();
  }

  @Test
  void pythonDashMRunsTheModuleAsTheProgram() {
    SimpleCommand python = command("python3 -u -m pip install --no-cache-dir --upgrade pip setuptools");
    SimpleCommand pip = python.unwrapped();

    assertThat(pip.programName()).isEqualTo("pip");
    assertThat(pip.subcommand()).isEqualTo("install");
    assertThat(pip.hasOption("--no-cache-dir")).isTrue();
    assertThat(Outline.texts(pip.argumentsAfterSubcommand())).containsExactly("pip", "setuptools");
    assertThat(command("python -c 'import pip' -m x").wrapped()).isEmpty();
    assertThat(command("python3.12 setup.py -m install").wrapped()).isEmpty();
    assertThat(command("python -m").wrapped()).isEmpty();
  }

  @Test
  void invocationsOfLooksBehindWrappersInSourceOrder() {
    ShellScript script = ShellScript.parse(
        "sudo apt-get update && x=$(apt-get -s install y) && DEBIAN_FRONTEND=noninteractive apt-get install -y y;"
            + " env A=1 apt-get clean; apk add z");

    assertThat(script.invocationsOf("apt-get")).extracting(SimpleCommand::source).containsExactly(
        "apt-get update", "apt-get -s install y", "DEBIAN_FRONTEND=noninteractive apt-get install -y y",
        "A=1 apt-get clean");
    assertThat(script.invocationsOf("apt-get", "apk")).hasSize(5);
    assertThat(script.invocationsOf("sudo")).extracting(SimpleCommand::start).containsExactly(0);
  }
}
