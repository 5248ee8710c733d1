package dev.dockwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.docker.DockerParser;
import org.openrewrite.tree.ParseError;

/**
 * What rewrite-docker 8.90.2 cannot parse although BuildKit reads it, each case as a file. The rewrite-docker
 * property skips these cases; when a test here fails, rewrite-docker has learned the case and the matching
 * rule in {@link RewriteDockerLimitations} can go.
 */
class RewriteDockerLimitationsTest {

  /** Syntax errors, and a ParseError result when the printed tree differs from the input. */
  private static List<Object> parseErrors(String text) {
    List<Object> errors = new ArrayList<>();
    List<SourceFile> parsed = DockerParser.builder().build()
        .parse(new InMemoryExecutionContext(errors::add), text).toList();
    parsed.stream().filter(ParseError.class::isInstance).forEach(errors::add);
    return errors;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "FROM a\nENTRYPOINT \n",                                // 1. no arguments
      "FROM a\nCMD # note\n",                                 // 1.
      "FROM a\nMAINTAINER # me\nUSER 1\n",                    // 1.
      "FROM a\nWORKDIR #x\nUSER 1\n",                         // 1.
      "FROM a\nARG A=#\n",                                   // 1.
      "FROM a\nHEALTHCHECK CMD #\n",                         // 1.
      "FROM a\nSTOPSIGNAL $SIG\n",                            // 2. variable in STOPSIGNAL
      "FROM a\nRUN cat <<EOF\nhi\nEOF\n",                     // 3. heredoc marker not first
      "FROM a\nRUN cat 0<<EOF >x\nhi\nEOF\n",                 // 3.
      "FROM a\nCOPY <<EOF \"a\\\\b\"\nhi\nEOF\n",             // 4. backslash on a heredoc line
      "FROM a\nRUN <<EOF cat \\$x\nhi\nEOF\n",                // 4.
      "FROM a\nADD <<DATA #\nx\nDATA\n",                    // 4.
      "FROM a\nRUN <<EOF cat # x\nx\nEOF\n",                // 4.
      "FROM a\nCOPY <<\"EOF\" /x\n]\nEOF\n",                  // 5. quoted COPY heredoc marker
      "FROM a\nCOPY <<\"A\" <<B /d/\na\nA\nb\nB\n",           // 5.
      "FROM a\nARG A B=1\n",                                  // 6. several ARGs, the first without default
      "FROM a\nVOLUME a=b\n",                                 // 7. '=' in a path
      "FROM a\nCOPY key=value /dst/\n",                       // 7.
      "FROM a\nCOPY x] /y/\n",                               // 7.
      "FROM a\nLABEL [=x\n",                                 // 7.
      "FROM a\nCOPY $A, /b/\n",                              // 7.
      "FROM a\nLABEL ,=\"\"\n",                               // 7.
      "FROM a\nVOLUME ,\n",                                  // 7.
      "FROM a\nVOLUME ${A}--\n",                             // 7.
      "FROM a\nCOPY a <<EOF /x/\nhi\nEOF\n",                  // 8. heredoc next to other words
      "FROM a\nCOPY <<EOF a /x/\nhi\nEOF\n",                  // 8.
      "FROM a\nCOPY <<EOF \"a b\"\nhi\nEOF\n",                // 8.
      "FROM a\nLABEL a=x<<X\n",                              // 9. "<<" and a letter outside quotes
      "FROM a\nWORKDIR /a<<X\n",                             // 9.
      "FROM a\n# X=\nUSER 1\n",                               // 10. "# name=" below the directives
      "FROM a\nMAINTAINER me # a =\nUSER 1\n",                 // 10.
      "FROM a\nRUN echo # a=1\nUSER 1\n",                     // 10.
      "ARG G=`\nFROM a\n",                                    // 11. a backtick at the end of a line
      "FROM a AS b\n#\\\n# M-\nRUN x\n",                       // 11. a comment ending with a backslash
      "FROM a\nADD <<DATA \"a<<EOF\"\nx\nDATA\n",              // 12. more "<<name" than heredocs
  })
  void rewriteDockerRejects(String text) {
    assertThat(parseErrors(text)).isNotEmpty();
  }

  @Test
  void rewriteDockerIgnoresTheEscapeDirectiveInQuotedStrings() {
    // BuildKit reads "a`"b" as a"b under # escape=`; rewrite-docker ends the string at the second quote.
    // The property over rewrite-docker therefore renders only files with the default escape.
    assertThat(parseErrors("# escape=`\nFROM a\nENV A=\"a`\"b\"\n")).isNotEmpty();
  }

  @Test
  void theCasesNextToTheLimitationsParse() {
    assertThat(parseErrors("FROM a\nCMD []\nSTOPSIGNAL SIGTERM\nRUN <<EOF\nhi\nEOF\n"
        + "COPY <<A <<B /d/\n]\nA\n]\nB\nRUN <<\"EOF\"\n]\nEOF\nCOPY <<EOF \"/x\"\nhi\nEOF\nENV A=\"a\\\\b\"\n"
        + "ARG A=1 B\nLABEL a=\"x<<X\" b=[\nWORKDIR [x\nENV V=#notcomment\n")).isEmpty();
  }
}
