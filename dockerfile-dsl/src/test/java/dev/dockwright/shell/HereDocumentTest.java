package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HereDocumentTest {

  private static HereDocument hereDocument(SimpleCommand command, int redirection) {
    return command.redirections().get(redirection).hereDocument().orElseThrow();
  }

  @Test
  void theBodyIsSkippedAndReadingGoesOnAfterTheDelimiter() {
    String text = """
        cat <<EOF > /etc/apt/sources.list.d/x.list
        deb http://deb.example.org/ $CODENAME main
        apt-get install -y not-a-command
        EOF
        apt-get update""";
    ShellScript script = ShellScript.parse(text);

    assertThat(script.problems()).isEmpty();
    assertThat(Outline.of(script)).isEqualTo("""
        0-42 cat [] 0<<EOF 1>/etc/apt/sources.list.d/x.list -> \\n
        123-137 apt-get [update] -> end
        """);
    assertThat(hereDocument(script.commands().get(0), 0)).isEqualTo(new HereDocument("EOF", false, false, 43, 119,
        "deb http://deb.example.org/ $CODENAME main\napt-get install -y not-a-command\n", true));
  }

  @Test
  void dashOperatorStripsLeadingTabsFromTheBodyAndTheDelimiterLine() {
    ShellScript script = ShellScript.parse("cat <<-EOT >> /root/.bashrc\n\t\tif true; then\n\t\t\techo x\n\t\tfi\n\tEOT\n");
    HereDocument body = hereDocument(script.commands().get(0), 0);

    assertThat(script.problems()).isEmpty();
    assertThat(body.stripsTabs()).isTrue();
    assertThat(body.body()).isEqualTo("\t\tif true; then\n\t\t\techo x\n\t\tfi\n");
    assertThat(body.content()).isEqualTo("if true; then\necho x\nfi\n");
    assertThat(script.commands()).hasSize(1);
  }

  @Test
  void aQuotedDelimiterIsMatchedWithoutItsQuotes() {
    for (String marker : List.of("'EOF'", "\"EOF\"", "\\EOF", "E\"O\"F")) {
      ShellScript script = ShellScript.parse("cat <<" + marker + "\n$HOME\nEOF\necho after\n");
      HereDocument body = hereDocument(script.commands().get(0), 0);

      assertThat(script.problems()).isEmpty();
      assertThat(body.delimiter()).isEqualTo("EOF");
      assertThat(body.quoted()).isTrue();
      assertThat(body.body()).isEqualTo("$HOME\n");
      assertThat(script.commands()).extracting(SimpleCommand::programName).containsExactly("cat", "echo");
    }
  }

  @Test
  void bodiesFollowTheLineOfTheirOperatorsInOrder() {
    ShellScript script = ShellScript.parse("cat <<A > a && cat <<B > b | sort\nfirst\nA\nsecond\nB\necho done");

    assertThat(Outline.of(script)).isEqualTo("""
        0-11 cat [] 0<<A 1>a -> &&
        15-26 cat [] 0<<B 1>b -> | conditional pipe 1/2
        29-33 sort [] -> \\n conditional pipe 2/2
        51-60 echo [done] -> end
        """);
    assertThat(hereDocument(script.commands().get(0), 0).body()).isEqualTo("first\n");
    assertThat(hereDocument(script.commands().get(1), 0).body()).isEqualTo("second\n");
  }

  @Test
  void aHereDocumentMayFeedALoopOrAGroup() {
    ShellScript script = ShellScript.parse("while read -r p; do apt-get install -y \"$p\"; done <<EOF\ncurl\ngit\nEOF\n"
        + "{ cat; } <<'X'\n) fi done\nX\n");

    assertThat(script.problems()).isEmpty();
    assertThat(script.commands()).extracting(SimpleCommand::programName)
        .containsExactly("read", "apt-get", "cat");
  }

  @Test
  void aHereDocumentInACommandSubstitutionEndsBeforeItsParenthesis() {
    ShellScript script = ShellScript.parse("config=\"$(cat <<EOF\n[x]\nkey=)\nEOF\n)\" && echo \"$config\"");

    assertThat(script.problems()).isEmpty();
    assertThat(Outline.of(script)).isEqualTo("""
        0-36 config=$(cat <<EOF
        [x]
        key=)
        EOF
        ) -> &&
        10-19 cat [] 0<<EOF -> \\n in COMMAND_SUBSTITUTION
        40-54 echo [$config] -> end conditional
        """);
  }

  @Test
  void shellHereDocumentsInsideARunHereDocumentBody() {
    String body = """
        set -ex
        for analyzer in ${ANALYZERS}; do
          if [ "$analyzer" = "special" ]; then
            cat <<'eot' > main.go
        package main

        func main() { run() }
        eot
          else
            cat <<eot > main.go
        package main // ${analyzer}
        eot
          fi
          go build -o /out/$analyzer .
        done
        """;
    ShellScript script = ShellScript.parse(body);

    assertThat(script.problems()).isEmpty();
    assertThat(script.commands()).extracting(Outline::of).containsExactly(
        "0-7 set [-ex] -> \\n",
        "46-73 [ [$analyzer, =, special, ]] -> ; conditional in LOOP_BODY/IF_CONDITION",
        "84-105 cat [] 0<<eot 1>main.go -> \\n conditional in LOOP_BODY/IF_BRANCH",
        "157-176 cat [] 0<<eot 1>main.go -> \\n conditional in LOOP_BODY/IF_BRANCH",
        "216-244 go [build, -o, /out/$analyzer, .] -> \\n conditional in LOOP_BODY");
  }

  @Test
  void crlfLineEndsAreAccepted() {
    ShellScript script = ShellScript.parse("cat <<EOF\r\nbody\r\nEOF\r\necho ok\r\n");

    assertThat(script.problems()).isEmpty();
    assertThat(hereDocument(script.commands().get(0), 0).body()).isEqualTo("body\r\n");
    assertThat(Outline.texts(script.commands().get(1).words())).containsExactly("echo", "ok");
  }

  @Test
  void aHereStringHasNoBody() {
    ShellScript script = ShellScript.parse("read -r a b <<< \"$pair\"\necho \"$a\"");

    assertThat(script.commands().get(0).redirections().get(0).hereDocument()).isEmpty();
    assertThat(script.commands()).hasSize(2);
  }

  @Test
  void anUnterminatedBodyRunsToTheEnd() {
    ShellScript script = ShellScript.parse("cat <<EOF\nno end\nEOFX\n");
    ShellScript noLine = ShellScript.parse("cat <<EOF");

    assertThat(script.problems()).containsExactly(new ShellProblem("unterminated here-document EOF", 4));
    assertThat(hereDocument(script.commands().get(0), 0))
        .isEqualTo(new HereDocument("EOF", false, false, 10, 22, "no end\nEOFX\n", false));
    assertThat(noLine.problems()).containsExactly(new ShellProblem("unterminated here-document EOF", 4));
    assertThat(hereDocument(noLine.commands().get(0), 0))
        .isEqualTo(new HereDocument("EOF", false, false, 9, 9, "", false));
  }
}
