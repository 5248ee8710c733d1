package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompoundCommandTest {

  private static String outline(String text) {
    ShellScript script = ShellScript.parse(text);
    assertThat(script.problems()).isEmpty();
    return Outline.of(script);
  }

  @Test
  void ifElifElseBranchesAreConditionalButTheFirstConditionIsNot() {
    assertThat(outline("""
        if [ -n "$A" ]; then
          if [ -f /x ]; then rm /x; fi
        elif command -v curl > /dev/null; then curl -O x
        else
          exit 1
        fi""")).isEqualTo("""
        3-14 [ [-n, $A, ]] -> ; in IF_CONDITION
        26-35 [ [-f, /x, ]] -> ; conditional in IF_BRANCH/IF_CONDITION
        42-47 rm [/x] -> ; conditional in IF_BRANCH/IF_BRANCH
        57-84 command [-v, curl] 1>/dev/null -> ; conditional in IF_CONDITION
        91-100 curl [-O, x] -> \\n conditional in IF_BRANCH
        108-114 exit [1] -> \\n conditional in IF_BRANCH
        """);
  }

  @Test
  void forLoopsReadTheirWordListForCommandSubstitutions() {
    assertThat(outline("for f in $(ls /etc/*.conf) \"b c\"; do cp \"$f\" /backup/; done; echo done")).isEqualTo("""
        11-25 ls [/etc/*.conf] -> end in COMMAND_SUBSTITUTION
        37-53 cp [$f, /backup/] -> ; conditional in LOOP_BODY
        61-70 echo [done] -> end
        """);
  }

  @Test
  void forLoopsMayHaveNoListOrAnArithmeticHeader() {
    assertThat(outline("for ((i = 0; i < 3; i++)); do echo $i; done")).isEqualTo("""
        30-37 echo [$i] -> ; conditional in LOOP_BODY
        """);
    assertThat(outline("for arg\ndo echo \"$arg\"\ndone")).isEqualTo("""
        11-22 echo [$arg] -> \\n conditional in LOOP_BODY
        """);
  }

  @Test
  void whileAndUntilConditionsRunAtLeastOnce() {
    assertThat(outline("until curl -fs http://localhost/; do sleep 1; done")).isEqualTo("""
        6-32 curl [-fs, http://localhost/] -> ; in LOOP_CONDITION
        37-44 sleep [1] -> ; conditional in LOOP_BODY
        """);
  }

  @Test
  void caseBranchesAreConditionalAndPatternsAreNoCommands() {
    assertThat(outline("""
        case "$(uname -m)" in
          (x86_64) ARCH=amd64 ;;
          aarch64|arm64) ARCH=arm64;;
          armv7l) ;;
          *) echo "unsupported" >&2; exit 1 ;;
        esac
        echo "$ARCH\"""")).isEqualTo("""
        8-16 uname [-m] -> end in COMMAND_SUBSTITUTION
        33-43 ARCH=amd64 -> ;; conditional in CASE_BRANCH
        64-74 ARCH=arm64 -> ;; conditional in CASE_BRANCH
        95-117 echo [unsupported] 1>&2 -> ; conditional in CASE_BRANCH
        119-125 exit [1] -> ;; conditional in CASE_BRANCH
        134-146 echo [$ARCH] -> end
        """);
  }

  @Test
  void caseBranchesMayEndWithBashFallThroughOrEsac() {
    assertThat(outline("case $x in a) echo a ;& b) echo b ;;& c) echo c\nesac")).isEqualTo("""
        14-20 echo [a] -> ;; conditional in CASE_BRANCH
        27-33 echo [b] -> ;; conditional in CASE_BRANCH
        41-47 echo [c] -> \\n conditional in CASE_BRANCH
        """);
  }

  @Test
  void subshellsAndGroupsAreReadThrough() {
    assertThat(outline("( cd /src && make ) && { echo built; true; } || echo failed")).isEqualTo("""
        2-9 cd [/src] -> && in SUBSHELL
        13-17 make [] -> end conditional in SUBSHELL
        25-35 echo [built] -> ; conditional in BRACE_GROUP
        37-41 true [] -> ; conditional in BRACE_GROUP
        48-59 echo [failed] -> end conditional
        """);
  }

  @Test
  void functionBodiesOnlyRunWhenCalled() {
    assertThat(outline("f() { apt-get update; }\nfunction g { echo g; }\nfunction h() ( echo h )\nf")).isEqualTo("""
        6-20 apt-get [update] -> ; conditional in FUNCTION_BODY/BRACE_GROUP
        37-43 echo [g] -> ; conditional in FUNCTION_BODY/BRACE_GROUP
        62-68 echo [h] -> end conditional in FUNCTION_BODY/SUBSHELL
        71-72 f [] -> end
        """);
  }

  @Test
  void keywordsAreKeywordsOnlyWhereACommandStarts() {
    assertThat(outline("echo if then fi done esac { } ! in; {echo,x}; fi=1 done=2")).isEqualTo("""
        0-34 echo [if, then, fi, done, esac, {, }, !, in] -> ;
        36-44 {echo,x} [] -> ;
        46-57 fi=1 done=2 -> end
        """);
  }

  @Test
  void commandsAfterAndOrOrAreConditionalUpToTheNextSeparator() {
    assertThat(outline("a && (b; c) || d; e & f")).isEqualTo("""
        0-1 a [] -> &&
        6-7 b [] -> ; conditional in SUBSHELL
        9-10 c [] -> end conditional in SUBSHELL
        15-16 d [] -> ; conditional
        18-19 e [] -> &
        22-23 f [] -> end
        """);
  }

  @Test
  void doubleBracketTestsKeepTheirOperatorsAsWords() {
    assertThat(outline("[[ $a == b && ( $c < d || ! -z $e ) ]] && echo yes")).isEqualTo("""
        0-38 [[ [$a, ==, b, &&, (, $c, <, d, ||, !, -z, $e, ), ]]] -> &&
        42-50 echo [yes] -> end conditional
        """);
    assertThat(outline("[[ $arch =~ ^(amd64|arm64)$ ]] || exit 1")).isEqualTo("""
        0-30 [[ [$arch, =~, ^, (, amd64, |, arm64, ), $, ]]] -> ||
        34-40 exit [1] -> end conditional
        """);
  }

  @Test
  void nestedSubstitutionsAreAllFound() {
    assertThat(outline("v=\"$(echo \"$(cat `ls -1 /x | head -n1`)\")\" && echo \"${v:-$(date)}\"")).isEqualTo("""
        0-42 v=$(echo "$(cat `ls -1 /x | head -n1`)") -> &&
        5-40 echo [$(cat `ls -1 /x | head -n1`)] -> end in COMMAND_SUBSTITUTION
        13-38 cat [`ls -1 /x | head -n1`] -> end in COMMAND_SUBSTITUTION/COMMAND_SUBSTITUTION
        18-26 ls [-1, /x] -> | in COMMAND_SUBSTITUTION/COMMAND_SUBSTITUTION/COMMAND_SUBSTITUTION pipe 1/2
        29-37 head [-n1] -> end in COMMAND_SUBSTITUTION/COMMAND_SUBSTITUTION/COMMAND_SUBSTITUTION pipe 2/2
        46-66 echo [${v:-$(date)}] -> end conditional
        59-63 date [] -> end conditional in COMMAND_SUBSTITUTION
        """);
  }

  @Test
  void caseInsideACommandSubstitutionClosesAtTheRightParenthesis() {
    assertThat(outline("x=$(case $y in a) echo 1;; esac) && echo \"$x\"")).isEqualTo("""
        0-32 x=$(case $y in a) echo 1;; esac) -> &&
        18-24 echo [1] -> ;; conditional in COMMAND_SUBSTITUTION/CASE_BRANCH
        36-45 echo [$x] -> end conditional
        """);
  }
}
