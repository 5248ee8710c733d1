package dev.dockwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lexer.Env;
import dev.dockwright.lexer.ShellLexer;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.syntax.Instruction;
import dev.dockwright.parser.syntax.SyntaxParser;
import dev.dockwright.parser.syntax.SyntaxTree;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the quoting table that renders, read back the way BuildKit reads it: the line by the
 * BuildKit-level parser (which reproduces BuildKit's own parser tests), the word by the port of BuildKit's
 * lexer (checked against BuildKit's Go code). The value that comes back is exactly the value put in: a
 * literal text character for character, an expanding one with its variable expanded, an exec-form argument
 * as JSON gives it, a shell script as the shell receives it. No cell reads as a second instruction.
 */
class QuotingReadBackTest {
  private static final ShellLexer LEXER = ShellLexer.of('\\');
  private static final Env ENV = Env.of(Map.of("PATH", "/usr/bin", "HOME", "/root"));

  static Stream<QuotingTable.Row> rows() {
    return QuotingTable.ROWS.stream().filter(r -> !r.isRefused());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void buildKitReadsBackExactlyTheValue(QuotingTable.Row row) {
    String text = "FROM alpine:3.20\n" + row.rendered();
    SyntaxTree tree = SyntaxParser.parse(text, "Dockerfile");
    assertThat(tree.problems()).as(text).isEmpty();
    assertThat(tree.instructions()).as("one instruction after FROM:%n%s", text).hasSize(2);
    Instruction in = tree.instructions().get(1);
    String expected = row.sample().meaning() == QuotingTable.Meaning.LITERAL
        ? row.sample().text()
        : LEXER.processWord(row.sample().text(), ENV).value();
    switch (row.form()) {
      case ENV, LABEL -> assertThat(word(in.arguments().get(1))).isEqualTo(expected);
      case COPY, WORKDIR -> assertThat(word(in.arguments().get(0))).isEqualTo(expected);
      case CMD_EXEC, ENTRYPOINT_EXEC, RUN_EXEC -> {
        assertThat(in.jsonForm()).isTrue();
        assertThat(in.arguments()).containsExactly(row.sample().text());
      }
      case RUN_SHELL -> {
        RunInstruction run = (RunInstruction) DockerfileParser.strict().parse(text, "Dockerfile")
            .stages().get(0).body().get(0);
        ShellCommand shell = (ShellCommand) run.command();
        String script = shell.heredocs().isEmpty() ? shell.commandLine() : shell.heredocs().get(0).content();
        String sent = row.sample().text();
        assertThat(script).isEqualTo(shell.heredocs().isEmpty() ? sent : sent + "\n");
      }
      default -> throw new IllegalStateException("form not covered: " + row.form());
    }
  }

  private static String word(String raw) {
    return LEXER.processWord(raw, ENV).value();
  }

  static List<QuotingTable.Row> all() {
    return QuotingTable.ROWS;
  }
}
