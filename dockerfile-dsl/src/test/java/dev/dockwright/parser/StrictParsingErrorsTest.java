package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Strict parsing refuses what BuildKit refuses when building, saying where and what, every problem at once. */
class StrictParsingErrorsTest {

  private static String errors(String text) {
    ParseResult result = DockerfileParser.strict().read(text, "Dockerfile");
    assertThat(result.dockerfile()).isEmpty();
    return String.join("\n", result.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aCarriageReturnInsideACommentLineIsReportedNotThrown() {
    // BuildKit ends lines at \n only: "# a\rb" is one comment line, which a model comment cannot hold
    String text = "\uFEFF# top\rline\nFROM alpine:3.20\n  # in\r stage\r\n";
    assertThat(errors(text)).isEqualTo("""
        Dockerfile:1:1: comment cannot hold a line break: " top\\rline"
        Dockerfile:3:3: comment cannot hold a line break: " in\\r stage\"""");
    ParseResult lenient = DockerfileParser.lenient().read(text, "Dockerfile");
    assertThat(lenient.problems()).hasSize(2);
    dev.dockwright.model.Dockerfile file = lenient.dockerfile().orElseThrow();
    assertThat(file.stages().get(0).leading()).containsExactly(new dev.dockwright.model.Comment(" top line"));
    assertThat(file.stages().get(0).body()).containsExactly(new dev.dockwright.model.Comment(" in  stage"));
    assertThat(dev.dockwright.render.DockerfileRenderer.defaults().render(file)).isEqualTo(text);
  }

  @Test
  void unknownInstructionSuggestsTheNearestOne() {
    assertThat(errors("""
        FROM alpine:3.20
        COPPY a b
        """)).isEqualTo("Dockerfile:2:1: unknown instruction: COPPY (did you mean COPY?)");
  }

  @Test
  void unknownInstructionKeepsTheCaseOfTheSuggestion() {
    assertThat(errors("""
        FROM alpine:3.20
        wokdir /app
        """)).isEqualTo("Dockerfile:2:1: unknown instruction: wokdir (did you mean workdir?)");
  }

  @Test
  void unknownFlag() {
    assertThat(errors("""
        FROM alpine:3.20
        COPY --user=me foo /tmp/
        """)).isEqualTo("Dockerfile:2:6: unknown flag: --user");
  }

  @Test
  void unknownFlagWithSuggestion() {
    assertThat(errors("""
        FROM alpine:3.20
        RUN --mont=type=cache,target=/x true
        """)).isEqualTo("Dockerfile:2:5: unknown flag: --mont (did you mean mount?)");
  }

  @Test
  void unknownMountType() {
    assertThat(errors("""
        FROM alpine:3.20
        RUN --mount=type=cahce,target=/x true
        """)).isEqualTo("Dockerfile:2:5: unsupported mount type \"cahce\" (did you mean cache?)");
  }

  @Test
  void unknownMountOption() {
    assertThat(errors("""
        FROM alpine:3.20
        RUN --mount=type=cache,target=/x,sharng=locked true
        """)).isEqualTo("Dockerfile:2:5: unexpected key 'sharng' in 'sharng=locked' (did you mean sharing?)");
  }

  @Test
  void badBooleanFlag() {
    assertThat(errors("""
        FROM alpine:3.20
        COPY --link=maybe a /b
        """)).isEqualTo("Dockerfile:2:6: expecting boolean value for flag --link, not: maybe");
  }

  @Test
  void badDuration() {
    assertThat(errors("""
        FROM alpine:3.20
        HEALTHCHECK --interval=5 CMD true
        """)).isEqualTo("Dockerfile:2:13: time: invalid duration \"5\"");
  }

  @Test
  void badFileMode() {
    assertThat(errors("""
        FROM alpine:3.20
        COPY --chmod=999 a /b
        """)).isEqualTo("Dockerfile:2:6: not a valid file mode: \"999\"");
  }

  @Test
  void instructionBeforeFirstFrom() {
    assertThat(errors("""
        ARG VERSION=1
        RUN echo $VERSION
        FROM alpine:3.20
        """)).isEqualTo("Dockerfile:2:1: no build stage in current context");
  }

  @Test
  void unterminatedHeredoc() {
    assertThat(errors("""
        FROM alpine:3.20
        RUN <<EOF
        echo hi
        """)).startsWith("Dockerfile:2:");
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    assertThat(errors("""
        FROM alpine:3.20
        COPPY a b
        RUN --network=wifi true
        EXPOSE 80/tcpx
        """)).isEqualTo("""
        Dockerfile:2:1: unknown instruction: COPPY (did you mean COPY?)
        Dockerfile:3:5: invalid network mode "wifi"
        Dockerfile:4:1: not a valid port: "80/tcpx\"""");
  }

  @Test
  void theExceptionListsEveryProblem() {
    assertThatThrownBy(() -> DockerfileParser.strict().parse("FROM a\nFOO x\nBAR y\n", "x/Dockerfile"))
        .isInstanceOf(DockerfileParseException.class)
        .hasMessage("""
            x/Dockerfile:2:1: unknown instruction: FOO (did you mean FROM?)
            x/Dockerfile:3:1: unknown instruction: BAR (did you mean ARG?)""");
  }

  @Test
  void lenientParsingKeepsWhatItCannotType() {
    String text = """
        FROM scratch
        COPY --user=me --doit=true foo /tmp/
        """;
    ParseResult result = DockerfileParser.lenient().read(text, "Dockerfile");
    assertThat(result.problems()).extracting(Problem::toString)
        .containsExactly("Dockerfile:2:6: unknown flag: --user");
    assertThat(result.dockerfile().orElseThrow().stages().get(0).body())
        .containsExactly(new dev.dockwright.model.OpaqueInstruction("COPY", "--user=me --doit=true foo /tmp/"));
    assertThat(dev.dockwright.render.DockerfileRenderer.defaults().render(result.dockerfile().get())).isEqualTo(text);
  }
}
