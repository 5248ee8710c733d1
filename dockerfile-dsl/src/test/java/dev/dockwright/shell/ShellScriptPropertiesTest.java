package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ShellScriptPropertiesTest {

  /** Pieces that steer random text into the reader's corners: keywords, quotes, substitutions, heredocs. */
  private static final String[] PIECES = {"if ", "then ", "elif ", "else ", "fi", "for x ", "in ", "do ", "done",
      "while ", "until ", "case ", "esac", ";;", ";&", "(", ")", "{ ", "}", "$(", "${", "$((", "))", "`", "'", "\"",
      "\\", "\n", "\r\n", "\\\n", ";", "&", "&&", "||", "|", "|&", "!", " ", "\t", "<<EOF", "<<-'EOF'", "EOF\n",
      "\tEOF\n", "<<<", ">", "2>&1", "&>", "<(", "# c", "x", "a=b", "a=(", "[[", "]]", "function ", "f()", "$'",
      "$\"", "$x", "~", "*", "[a]", "set -o pipefail", "sudo ", "apt-get install -qqy ", "\u00e9", "\u0000"};

  @Provide
  Arbitrary<String> shellish() {
    return Arbitraries.oneOf(
        Arbitraries.of(PIECES).list().ofMaxSize(80).map(pieces -> String.join("", pieces)),
        Arbitraries.strings().withChars("ab $'\"\\`(){}[]|&;<>#=*?!~-\n\t").ofMaxLength(200),
        Arbitraries.strings().ofMaxLength(100));
  }

  @Property(tries = 2_000)
  void anyTextIsReadQuicklyWithoutThrowingAndEverySpanFitsTheText(@ForAll("shellish") String text) {
    long started = System.nanoTime();
    ShellScript script = ShellScript.parse(text);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(millis).isLessThan(500);
    int previousStart = -1;
    for (SimpleCommand command : script.commands()) {
      assertThat(command.start()).isGreaterThan(previousStart).isLessThanOrEqualTo(command.end());
      assertThat(command.end()).isLessThanOrEqualTo(text.length());
      previousStart = command.start();
      for (SimpleCommand layer : command.layers()) {
        assertThat(layer.source()).isEqualTo(text.substring(layer.start(), layer.end()));
        for (Word word : layer.words()) {
          assertThat(text.substring(word.start(), word.end())).isEqualTo(word.raw());
          assertThat(word.start()).isGreaterThanOrEqualTo(command.start());
          assertThat(word.end()).isLessThanOrEqualTo(command.end());
        }
        for (Assignment assignment : layer.assignments()) {
          assertThat(text.substring(assignment.start(), assignment.end())).isEqualTo(assignment.raw());
        }
      }
      for (Redirection redirection : command.redirections()) {
        assertThat(redirection.start()).isGreaterThanOrEqualTo(command.start());
        assertThat(redirection.end()).isLessThanOrEqualTo(command.end());
        redirection.hereDocument().ifPresent(body ->
            assertThat(text.substring(body.bodyStart(), body.bodyEnd())).isEqualTo(body.body()));
      }
    }
    for (Pipeline pipeline : script.pipelines()) {
      assertThat(pipeline.end()).isLessThanOrEqualTo(text.length());
    }
    for (Comment comment : script.comments()) {
      assertThat(text.substring(comment.start(), comment.end())).isEqualTo(comment.text());
    }
    assertThat(script.problems()).allSatisfy(problem -> assertThat(problem.offset()).isLessThanOrEqualTo(text.length()));
  }

  @Provide
  Arbitrary<List<List<String>>> commands() {
    Arbitrary<String> value = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', '\u00e9')
        .ofMaxLength(12);
    return value.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Connector>> separators() {
    return Arbitraries.of(Connector.AND, Connector.OR, Connector.PIPE, Connector.SEMICOLON, Connector.BACKGROUND,
        Connector.NEWLINE).list().ofMinSize(1).ofMaxSize(6);
  }

  /** Any values, quoted in any of the three ways, come back as the words' literal values. */
  @Property(tries = 1_000)
  void quotedValuesComeBackAsLiteralWords(@ForAll("commands") List<List<String>> commands,
      @ForAll("separators") List<Connector> separators) {
    StringBuilder text = new StringBuilder();
    List<Connector> expectedConnectors = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      List<String> values = commands.get(c);
      for (int w = 0; w < values.size(); w++) {
        text.append(w == 0 ? "" : " ").append(quote(values.get(w), c + w));
      }
      Connector separator = c + 1 < commands.size() ? separators.get(c % separators.size()) : Connector.END;
      text.append(separator == Connector.END ? "" : " " + separator.symbol() + " ");
      expectedConnectors.add(separator);
    }

    ShellScript script = ShellScript.parse(text.toString());

    assertThat(script.problems()).isEmpty();
    assertThat(script.commands()).extracting(command -> command.words().stream()
        .map(word -> word.literal().orElse("NOT LITERAL " + word.raw())).toList()).isEqualTo(commands);
    assertThat(script.commands()).extracting(SimpleCommand::next).isEqualTo(expectedConnectors);
  }

  private static String quote(String value, int style) {
    int way = Math.floorMod(value.hashCode() + style, 3);
    if (way == 0) {
      return "\"" + value.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
    }
    // A backslash before a line break continues the line: such values are quoted the single-quote way.
    if (way == 1 && !value.isEmpty() && value.indexOf('\n') < 0) {
      return value.replaceAll("(.)", "\\\\$1");
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
