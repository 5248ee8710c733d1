package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimpleCommandTest {

  private static SimpleCommand command(String script) {
    ShellScript parsed = ShellScript.parse(script);
    assertThat(parsed.problems()).isEmpty();
    return parsed.commands().get(0);
  }

  private static List<String> texts(List<Word> words) {
    return Outline.texts(words);
  }

  @Test
  void assignmentsBeforeTheProgramAreKeptApart() {
    SimpleCommand install = command("DEBIAN_FRONTEND=noninteractive TZ= apt-get install -y tzdata");

    assertThat(install.assignments()).containsExactly(
        new Assignment("DEBIAN_FRONTEND", new Word("noninteractive", 16, 30, "noninteractive", false, false), 0, 30),
        new Assignment("TZ", new Word("", 34, 34, "", false, false), 31, 34));
    assertThat(install.assignments().get(0).raw()).isEqualTo("DEBIAN_FRONTEND=noninteractive");
    assertThat(install.programName()).isEqualTo("apt-get");
    assertThat(texts(install.arguments())).containsExactly("install", "-y", "tzdata");
  }

  @Test
  void aCommandMayOnlyAssign() {
    SimpleCommand assign = command("A=1 B=\"$A two\"");

    assertThat(assign.words()).isEmpty();
    assertThat(assign.program()).isEmpty();
    assertThat(assign.programName()).isEmpty();
    assertThat(assign.arguments()).isEmpty();
    assertThat(assign.assignments()).extracting(Assignment::name).containsExactly("A", "B");
    assertThat(assign.assignments().get(1).value().text()).isEqualTo("$A two");
  }

  @Test
  void assignmentsAfterTheProgramAndQuotedNamesAreArguments() {
    assertThat(texts(command("make CC=gcc install").arguments())).containsExactly("CC=gcc", "install");
    assertThat(command("\"A\"=b env").programName()).isEqualTo("A=b");
    assertThat(command("1A=b x").programName()).isEqualTo("1A=b");
  }

  @Test
  void redirectionsAreKeptApartFromArguments() {
    SimpleCommand command = command("cmd a > out 2>&1 <in b >>log 3<&0 &> all >| f <> rw 10>&- <<< \"$x\"");

    assertThat(texts(command.arguments())).containsExactly("a", "b");
    assertThat(command.redirections()).extracting(r -> r.fd() + r.operator() + r.target().text()).containsExactly(
        "1>out", "2>&1", "0<in", "1>>log", "3<&0", "1&>all", "1>|f", "0<>rw", "10>&-", "0<<<$x");
    assertThat(command.redirections().get(1)).isEqualTo(
        new Redirection(12, 16, 2, ">&", new Word("1", 15, 16, "1", false, false), Optional.empty()));
  }

  @Test
  void aRedirectionMayComeFirst() {
    SimpleCommand command = command("2>/dev/null >&2 echo hi");

    assertThat(command.programName()).isEqualTo("echo");
    assertThat(command.start()).isZero();
    assertThat(command.redirections()).extracting(Redirection::operator).containsExactly(">", ">&");
  }

  @Test
  void eachCommandTellsWhatFollowsIt() {
    ShellScript script = ShellScript.parse("a && b || c | d ; e & f\ng |& h");

    assertThat(script.commands()).extracting(SimpleCommand::next).containsExactly(Connector.AND, Connector.OR,
        Connector.PIPE, Connector.SEMICOLON, Connector.BACKGROUND, Connector.NEWLINE, Connector.PIPE,
        Connector.END);
  }

  @Test
  void offsetsAndSourceCoverTheWordsAndRedirectionsOnly() {
    String text = "  apt-get update   > /dev/null  &&\trm -rf /x  ";
    ShellScript script = ShellScript.parse(text);

    assertThat(Outline.of(script)).isEqualTo("""
        2-30 apt-get [update] 1>/dev/null -> &&
        35-44 rm [-rf, /x] -> end conditional
        """);
    assertThat(script.commands()).extracting(SimpleCommand::source)
        .containsExactly("apt-get update   > /dev/null", "rm -rf /x");
    assertThat(script.commands().get(1).toString()).isEqualTo("rm -rf /x");
  }

  @Test
  void programNameIsTheBaseNameWithoutQuotes() {
    assertThat(command("/usr/bin/apt-get update").programName()).isEqualTo("apt-get");
    assertThat(command("./configure --prefix=/usr").programName()).isEqualTo("configure");
    assertThat(command("'apt-get' update").programName()).isEqualTo("apt-get");
    assertThat(command("\"$CC\" -o x").programName()).isEqualTo("$CC");
    assertThat(command("/usr/local/bin/ -x").programName()).isEmpty();
  }

  @Test
  void aptGetOptionsBundleAndTakeValues() {
    SimpleCommand install = command(
        "apt-get -o Acquire::Retries=3 -qqy install --no-install-recommends -t bookworm-backports curl=7.88.1-10 git");

    assertThat(install.subcommand()).isEqualTo("install");
    assertThat(texts(install.nonOptionArguments())).containsExactly("install", "curl=7.88.1-10", "git");
    assertThat(texts(install.argumentsAfterSubcommand())).containsExactly("curl=7.88.1-10", "git");
    assertThat(install.hasOption("-y", "--yes", "--assume-yes")).isTrue();
    assertThat(install.hasOption("-q")).isTrue();
    assertThat(install.hasOption("--no-install-recommends")).isTrue();
    assertThat(install.hasOption("--force-yes", "-f")).isFalse();
    assertThat(install.optionValues("-o", "--option")).containsExactly("Acquire::Retries=3");
    assertThat(install.optionValues("-t", "--target-release")).containsExactly("bookworm-backports");
  }

  @Test
  void anOptionValueIsNeverTakenForAnOption() {
    SimpleCommand install = command("apt-get -o -y install curl");

    assertThat(install.hasOption("-y")).isFalse();
    assertThat(install.optionValues("-o")).containsExactly("-y");
    assertThat(install.subcommand()).isEqualTo("install");
  }

  @Test
  void longOptionsMatchWithOrWithoutAValue() {
    SimpleCommand install = command("apt-get install --yes=true --target-release=bookworm x");

    assertThat(install.hasOption("--yes")).isTrue();
    assertThat(install.optionValues("--target-release", "-t")).containsExactly("bookworm");
    assertThat(install.hasOption("--ye", "-yes", "yes")).isFalse();
  }

  @Test
  void doubleDashEndsTheOptions() {
    SimpleCommand rm = command("rm -r -- -f --x");

    assertThat(rm.hasOption("-r")).isTrue();
    assertThat(rm.hasOption("-f", "--x")).isFalse();
    assertThat(texts(rm.nonOptionArguments())).containsExactly("-f", "--x");
  }

  @Test
  void unknownProgramsReadOptionsTheGetoptWay() {
    SimpleCommand ln = command("ln -sf /usr/bin/python3 /usr/bin/python");

    assertThat(ln.hasOption("-s")).isTrue();
    assertThat(ln.hasOption("-f")).isTrue();
    assertThat(ln.hasOption("-sf")).isFalse();
    assertThat(texts(ln.nonOptionArguments())).containsExactly("/usr/bin/python3", "/usr/bin/python");
  }

  @Test
  void goReadsSingleDashOptionsAsWholeWords() {
    SimpleCommand build = command("go build -trimpath -ldflags \"-s -w\" -o /out/app ./cmd/app");

    assertThat(build.hasOption("-ldflags")).isTrue();
    assertThat(build.hasOption("-l", "-s")).isFalse();
    assertThat(build.optionValues("-ldflags")).containsExactly("-s -w");
    assertThat(build.optionValues("-o")).containsExactly("/out/app");
    assertThat(texts(build.nonOptionArguments())).containsExactly("build", "./cmd/app");
  }

  @Test
  void pipRequirementFilesAreNoPackages() {
    SimpleCommand install = command(
        "pip3.12 install --no-cache-dir -r requirements.txt --index-url https://pypi.example/simple 'flask==3.0.0'");

    assertThat(install.subcommand()).isEqualTo("install");
    assertThat(install.hasOption("--no-cache-dir")).isTrue();
    assertThat(install.optionValues("-r", "--requirement")).containsExactly("requirements.txt");
    assertThat(texts(install.argumentsAfterSubcommand())).containsExactly("flask==3.0.0");
  }

  @Test
  void wgetAndCurlBundleShortOptionsWithAValueAtTheEnd() {
    SimpleCommand wget = command("wget -qO- --progress=dot:giga https://example.com/install.sh");
    SimpleCommand curl = command("curl -fsSLo /tmp/node.tgz --retry 3 https://example.com/node.tgz");

    assertThat(wget.hasOption("-q")).isTrue();
    assertThat(wget.optionValues("-O", "--output-document")).containsExactly("-");
    assertThat(wget.optionValues("--progress")).containsExactly("dot:giga");
    assertThat(texts(wget.nonOptionArguments())).containsExactly("https://example.com/install.sh");
    assertThat(curl.hasOption("-f")).isTrue();
    assertThat(curl.hasOption("-L")).isTrue();
    assertThat(curl.optionValues("-o", "--output")).containsExactly("/tmp/node.tgz");
    assertThat(texts(curl.nonOptionArguments())).containsExactly("https://example.com/node.tgz");
  }

  @Test
  void apkVirtualPackagesAreNoPackagesToInstall() {
    SimpleCommand add = command("apk add --no-cache --virtual .build-deps gcc musl-dev");

    assertThat(add.subcommand()).isEqualTo("add");
    assertThat(add.hasOption("--no-cache")).isTrue();
    assertThat(add.optionValues("--virtual", "-t")).containsExactly(".build-deps");
    assertThat(texts(add.argumentsAfterSubcommand())).containsExactly("gcc", "musl-dev");
  }

  @Test
  void useraddReadsBundledFlagsBeforeAValuedOne() {
    SimpleCommand useradd = command("useradd -rlu 999 -g app -s /sbin/nologin app");

    assertThat(useradd.hasOption("-l", "--no-log-init")).isTrue();
    assertThat(useradd.hasOption("-r")).isTrue();
    assertThat(useradd.optionValues("-u", "--uid")).containsExactly("999");
    assertThat(texts(useradd.nonOptionArguments())).containsExactly("app");
  }

  @Test
  void npmAndYarnOptionsAreWholeWords() {
    SimpleCommand npm = command("npm ci --omit dev --no-audit");
    SimpleCommand yarn = command("yarn install --frozen-lockfile --cwd /app");

    assertThat(npm.subcommand()).isEqualTo("ci");
    assertThat(npm.argumentsAfterSubcommand()).isEmpty();
    assertThat(npm.optionValues("--omit")).containsExactly("dev");
    assertThat(yarn.subcommand()).isEqualTo("install");
    assertThat(yarn.hasOption("--frozen-lockfile")).isTrue();
    assertThat(yarn.argumentsAfterSubcommand()).isEmpty();
  }

  @Test
  void subcommandIsEmptyWithoutNonOptionArguments() {
    assertThat(command("yarn").subcommand()).isEmpty();
    assertThat(command("apt-get -y").subcommand()).isEmpty();
    assertThat(command("apt-get -y").argumentsAfterSubcommand()).isEmpty();
    assertThat(command("X=1").subcommand()).isEmpty();
  }
}
