package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RUN scripts in the styles seen in official images and sample projects, written for these tests. */
class RealRunLinesTest {

  private static ShellScript parse(String text) {
    ShellScript script = ShellScript.parse(text);
    assertThat(script.problems()).isEmpty();
    return script;
  }

  /** What BuildKit hands the shell: continuation lines joined, the indentation kept. */
  private static final String BUILD_DEPENDENCIES = "set -eux; \tsavedAptMark=\"$(apt-mark showmanual)\"; "
      + "\tapt-get update; \tapt-get install -y --no-install-recommends wget dirmngr; "
      + "\twget -O /usr/local/bin/tini \"https://example.com/tini/v${TINI_VERSION}/tini-${dpkgArch}\"; "
      + "\tapt-mark auto '.*' > /dev/null; \t[ -z \"$savedAptMark\" ] || apt-mark manual $savedAptMark; "
      + "\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; "
      + "\trm -rf /var/lib/apt/lists/*";

  @Test
  void buildDependenciesAreInstalledAndPurged() {
    ShellScript script = parse(BUILD_DEPENDENCIES);

    assertThat(Outline.of(script)).isEqualTo("""
        0-8 set [-eux] -> ;
        11-48 savedAptMark=$(apt-mark showmanual) -> ;
        27-46 apt-mark [showmanual] -> end in COMMAND_SUBSTITUTION
        51-65 apt-get [update] -> ;
        68-123 apt-get [install, -y, --no-install-recommends, wget, dirmngr] -> ;
        126-214 wget [-O, /usr/local/bin/tini, https://example.com/tini/v${TINI_VERSION}/tini-${dpkgArch}] -> ;
        217-247 apt-mark [auto, .*] 1>/dev/null -> ;
        250-272 [ [-z, $savedAptMark, ]] -> ||
        276-305 apt-mark [manual, $savedAptMark] -> ; conditional
        308-384 apt-get [purge, -y, --auto-remove, -o, APT::AutoRemove::RecommendsImportant=false] -> ;
        387-414 rm [-rf, /var/lib/apt/lists/*] -> end
        """);
    assertThat(script.commands().get(3).options()).isEqualTo(new ShellOptions(true, true, true, false));
    assertThat(script.commands().get(9).argumentsAfterSubcommand()).isEmpty();
  }

  @Test
  void continuationLinesReadTheSameAsTheJoinedText() {
    String continued = BUILD_DEPENDENCIES.replace("; \t", "; \\\n\t");
    ShellScript joined = parse(BUILD_DEPENDENCIES);
    ShellScript raw = parse(continued);

    assertThat(raw.commands()).extracting(command -> Outline.texts(command.words()))
        .isEqualTo(joined.commands().stream().map(command -> Outline.texts(command.words())).toList());
  }

  @Test
  void sharedLibraryDependenciesAreMarkedThroughALongPipeline() {
    ShellScript script = parse("find /usr/local -type f -executable -exec ldd '{}' ';' "
        + "| awk '/=>/ { print $(NF-1) }' | sort -u | xargs -r dpkg-query --search | cut -d: -f1 | sort -u "
        + "| xargs -r apt-mark manual");

    assertThat(Outline.of(script)).isEqualTo("""
        0-54 find [/usr/local, -type, f, -executable, -exec, ldd, {}, ;] -> | pipe 1/7
        57-85 awk [/=>/ { print $(NF-1) }] -> | pipe 2/7
        88-95 sort [-u] -> | pipe 3/7
        98-126 xargs [-r, dpkg-query, --search] -> | pipe 4/7
        129-140 cut [-d:, -f1] -> | pipe 5/7
        143-150 sort [-u] -> | pipe 6/7
        153-177 xargs [-r, apt-mark, manual] -> end pipe 7/7
        """);
    assertThat(script.invocationsOf("apt-mark", "dpkg-query")).extracting(SimpleCommand::source)
        .containsExactly("dpkg-query --search", "apt-mark manual");
  }

  @Test
  void symlinksAreMadeInALoop() {
    assertThat(Outline.of(parse("for src in idle3 pip3 pydoc3; do dst=\"$(echo \"$src\" | tr -d 3)\"; "
        + "[ -s \"/usr/local/bin/$src\" ]; ln -svT \"$src\" \"/usr/local/bin/$dst\"; done"))).isEqualTo("""
        33-63 dst=$(echo "$src" | tr -d 3) -> ; conditional in LOOP_BODY
        40-51 echo [$src] -> | conditional in LOOP_BODY/COMMAND_SUBSTITUTION pipe 1/2
        54-61 tr [-d, 3] -> end conditional in LOOP_BODY/COMMAND_SUBSTITUTION pipe 2/2
        65-93 [ [-s, /usr/local/bin/$src, ]] -> ; conditional in LOOP_BODY
        95-131 ln [-svT, $src, /usr/local/bin/$dst] -> ; conditional in LOOP_BODY
        """);
  }

  @Test
  void aSourceBuildChangesDirectory() {
    assertThat(Outline.of(parse("cd /tmp && ./configure --prefix=/usr/local && make -j\"$(nproc)\" "
        + "&& make install && cd / && rm -rf /tmp/*"))).isEqualTo("""
        0-7 cd [/tmp] -> &&
        11-42 ./configure [--prefix=/usr/local] -> && conditional
        46-63 make [-j$(nproc)] -> && conditional
        56-61 nproc [] -> end conditional in COMMAND_SUBSTITUTION
        67-79 make [install] -> && conditional
        83-87 cd [/] -> && conditional
        91-104 rm [-rf, /tmp/*] -> end conditional
        """);
  }

  @Test
  void alpineBuildDependenciesLiveInAVirtualPackage() {
    ShellScript script = parse("apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev "
        + "&& pip install --no-cache-dir cryptography==42.0.5 && apk del --no-network .build-deps");
    SimpleCommand add = script.commands().get(0);
    SimpleCommand pip = script.commands().get(1);

    assertThat(Outline.texts(add.argumentsAfterSubcommand())).containsExactly("gcc", "musl-dev", "libffi-dev");
    assertThat(pip.hasOption("--no-cache-dir")).isTrue();
    assertThat(Outline.texts(pip.argumentsAfterSubcommand())).containsExactly("cryptography==42.0.5");
    assertThat(script.commands().get(2).subcommand()).isEqualTo("del");
  }

  @Test
  void aSystemUserIsCreated() {
    ShellScript script = parse("groupadd --system --gid 999 app && useradd --system --uid 999 --gid app "
        + "--no-log-init --create-home app");

    assertThat(Outline.texts(script.commands().get(0).nonOptionArguments())).containsExactly("app");
    assertThat(script.commands().get(1).hasOption("-l", "--no-log-init")).isTrue();
    assertThat(Outline.texts(script.commands().get(1).nonOptionArguments())).containsExactly("app");
  }

  @Test
  void anInstallerIsPipedIntoAShell() {
    ShellScript script = parse("wget -qO- https://example.com/install.sh | bash -s -- --version 1.2.3");
    SimpleCommand bash = script.commands().get(1);

    assertThat(script.pipelines()).containsExactly(new Pipeline(0, 69, 2, false, ShellOptions.NONE));
    assertThat(script.commands().get(0).optionValues("-O")).containsExactly("-");
    assertThat(bash.hasOption("-s")).isTrue();
    assertThat(Outline.texts(bash.nonOptionArguments())).containsExactly("--version", "1.2.3");
  }

  @Test
  void nodeDependenciesAreInstalledAndTheCacheCleaned() {
    ShellScript script = parse("yarn install --frozen-lockfile --production && yarn cache clean; "
        + "npm ci --omit=dev && npm cache clean --force");

    assertThat(script.commands()).extracting(command -> command.programName() + " " + command.subcommand())
        .containsExactly("yarn install", "yarn cache", "npm ci", "npm cache");
    assertThat(Outline.texts(script.commands().get(1).argumentsAfterSubcommand())).containsExactly("clean");
    assertThat(script.commands().get(2).optionValues("--omit")).containsExactly("dev");
  }

  @Test
  void anArchitectureIsPickedInACaseStatement() {
    ShellScript script = parse("set -eux; arch=\"$(dpkg --print-architecture)\"; case \"$arch\" in "
        + "amd64) url='https://a' ;; arm64) url='https://b' ;; *) echo >&2 \"error: $arch\"; exit 1 ;; esac; "
        + "wget -O x.tgz \"$url\"");

    assertThat(Outline.of(script)).isEqualTo("""
        0-8 set [-eux] -> ;
        10-45 arch=$(dpkg --print-architecture) -> ;
        18-43 dpkg [--print-architecture] -> end in COMMAND_SUBSTITUTION
        70-85 url=https://a -> ;; conditional in CASE_BRANCH
        96-111 url=https://b -> ;; conditional in CASE_BRANCH
        118-141 echo [error: $arch] 1>&2 -> ; conditional in CASE_BRANCH
        143-149 exit [1] -> ;; conditional in CASE_BRANCH
        159-179 wget [-O, x.tgz, $url] -> end
        """);
  }
}
