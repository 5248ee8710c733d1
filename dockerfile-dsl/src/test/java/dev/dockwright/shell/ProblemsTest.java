package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  private static List<ShellProblem> problems(String text) {
    return ShellScript.parse(text).problems();
  }

  private static ShellProblem problem(String message, int offset) {
    return new ShellProblem(message, offset);
  }

  @Test
  void unterminatedQuotesAreReportedAtTheirOpening() {
    assertThat(problems("echo \"abc; ls")).containsExactly(problem("unterminated double quote", 5));
    assertThat(problems("echo 'abc; ls")).containsExactly(problem("unterminated single quote", 5));
    assertThat(problems("echo $'abc")).containsExactly(problem("unterminated ANSI-C quote", 5));
    assertThat(problems("echo ok; echo `date ; ls")).containsExactly(problem("unterminated backquote", 14));
  }

  @Test
  void unterminatedExpansionsAreReportedAtTheirDollar() {
    assertThat(problems("echo $(date ; ls")).containsExactly(problem("unterminated command substitution", 5));
    assertThat(problems("echo ${x ; ls")).containsExactly(problem("unterminated parameter expansion", 5));
    assertThat(problems("echo $((1 + 2 ; ls")).containsExactly(problem("unterminated arithmetic expansion", 5));
    assertThat(problems("cat <(ls")).containsExactly(problem("unterminated process substitution", 4));
  }

  @Test
  void commandsBeforeAndInsideAnUnterminatedSubstitutionAreStillFound() {
    ShellScript script = ShellScript.parse("apt-get update && echo $(date ; ls");

    assertThat(Outline.of(script)).isEqualTo("""
        0-14 apt-get [update] -> &&
        18-34 echo [$(date ; ls] -> end conditional
        25-29 date [] -> ; conditional in COMMAND_SUBSTITUTION
        32-34 ls [] -> end conditional in COMMAND_SUBSTITUTION
        """);
  }

  @Test
  void missingClosingKeywordsAreReportedAtTheOpeningOne() {
    assertThat(problems("if true; then echo a")).containsExactly(problem("missing fi", 0));
    assertThat(problems("x; for f in a b; do echo")).containsExactly(problem("missing done", 3));
    assertThat(problems("while true")).containsExactly(problem("missing do", 0));
    assertThat(problems("case x in a) echo;;")).containsExactly(problem("missing esac", 0));
    assertThat(problems("case x")).containsExactly(problem("missing in", 0));
    assertThat(problems("{ echo a;")).containsExactly(problem("missing }", 0));
    assertThat(problems("( echo a;")).containsExactly(problem("missing )", 0));
    assertThat(problems("[[ a == b")).containsExactly(problem("missing ]]", 0));
    assertThat(problems("f()")).containsExactly(problem("missing function body", 0));
    assertThat(problems("x=(a b")).containsExactly(problem("missing )", 2));
  }

  @Test
  void aMisplacedClosingKeywordIsUnexpectedAndTheEnclosingConstructStillCloses() {
    assertThat(problems("if true; echo a; fi")).containsExactly(problem("unexpected fi", 17),
        problem("missing then", 0));
    assertThat(problems("while true; do echo; fi; done")).containsExactly(problem("unexpected fi", 21));
    assertThat(problems("(echo; done); echo")).containsExactly(problem("unexpected done", 7));
  }

  @Test
  void strayTokensAreReportedOnceAndReadingGoesOn() {
    ShellScript script = ShellScript.parse("echo a; ) echo b; fi; echo c; ;; d; }");

    assertThat(script.problems()).containsExactly(problem("unexpected )", 8), problem("unexpected fi", 18),
        problem("unexpected ;;", 30), problem("unexpected }", 36));
    assertThat(script.commands()).extracting(SimpleCommand::source)
        .containsExactly("echo a", "echo b", "echo c", "d");
  }

  @Test
  void aWordAfterACompoundCommandIsUnexpectedButRead() {
    ShellScript script = ShellScript.parse("{ a; } b c");

    assertThat(script.problems()).containsExactly(problem("unexpected b", 7));
    assertThat(script.commands()).extracting(SimpleCommand::source).containsExactly("a", "b c");
  }

  @Test
  void missingCommandsAfterOperators() {
    assertThat(problems("a &&")).containsExactly(problem("missing command after &&", 2));
    assertThat(problems("a ||\n\n")).containsExactly(problem("missing command after ||", 2));
    assertThat(problems("a | ")).containsExactly(problem("missing command after |", 2));
    assertThat(problems("!")).containsExactly(problem("missing command after !", 0));
    assertThat(problems("; a")).containsExactly(problem("unexpected ;", 0));
    assertThat(problems("a && && b")).containsExactly(problem("missing command after &&", 2),
        problem("unexpected &&", 5));
  }

  @Test
  void operatorsMayBeFollowedByLineBreaks() {
    assertThat(problems("a &&\n  b ||\n\n c |\n d")).isEmpty();
  }

  @Test
  void aMissingRedirectionTargetIsReported() {
    ShellScript script = ShellScript.parse("cat > && echo 2>");

    assertThat(script.problems()).containsExactly(problem("missing redirection target after >", 4),
        problem("missing redirection target after 2>", 14));
    assertThat(script.commands()).extracting(SimpleCommand::source).containsExactly("cat", "echo");
  }

  @Test
  void tooDeepNestingIsReportedOnceAndTheRestIsSkipped() {
    String deep = "echo $(".repeat(ShellReader.MAX_NESTING + 5) + "x" + ")".repeat(ShellReader.MAX_NESTING + 5);
    ShellScript script = ShellScript.parse(deep);

    assertThat(script.problems()).containsExactly(problem("nesting too deep", 700));
    assertThat(script.commands()).hasSize(ShellReader.MAX_NESTING);
  }

  @Test
  void nullIsTheOnlyInputThatThrows() {
    assertThatThrownBy(() -> ShellScript.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> ShellScript.parse("", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("initialOptions");
    assertThat(ShellScript.parse("").commands()).isEmpty();
    assertThat(ShellScript.parse("").problems()).isEmpty();
  }
}
