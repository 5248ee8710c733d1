package dev.dockwright.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code docker-oracle.tsv}: what Docker's own code (moby/patternmatcher, Go's path.Match) answers,
 * recorded by the Go program in {@code oracle/} (see its README).
 */
class DockerIgnoreOracleTest {

  static Stream<Arguments> cases(String kind) throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = DockerIgnoreOracleTest.class.getResourceAsStream("docker-oracle.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String[] f = line.split("\t", -1);
        if (f[0].equals(kind)) {
          out.add(Arguments.of(unescape(f[1]), unescape(f[2]), f[3]));
        }
      }
    }
    return out.stream();
  }

  static Stream<Arguments> ignoreCases() throws IOException {
    return cases("I");
  }

  static Stream<Arguments> globCases() throws IOException {
    return cases("G");
  }

  @ParameterizedTest(name = "[{index}] {0} excludes {1}: {2}")
  @MethodSource("ignoreCases")
  void ignoreFileAnswersAsDocker(String text, String path, String expected) {
    if (expected.equals("error")) {
      // Docker refuses some files when reading them and others when a path is tried against a bad pattern
      assertThatThrownBy(() -> DockerIgnore.parse(text).excludes(path)).isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThat(DockerIgnore.parse(text).excludes(path)).isEqualTo(Boolean.parseBoolean(expected));
    }
  }

  @ParameterizedTest(name = "[{index}] {0} matches {1}: {2}")
  @MethodSource("globCases")
  void globAnswersAsGo(String pattern, String name, String expected) {
    if (expected.equals("error")) {
      assertThatThrownBy(() -> GoGlob.match(pattern, name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("syntax error in pattern");
    } else {
      assertThat(GoGlob.match(pattern, name)).isEqualTo(Boolean.parseBoolean(expected));
    }
  }

  @Test
  void theOracleCoversEnoughCases() throws IOException {
    assertThat(ignoreCases().count()).isGreaterThan(9000);
    assertThat(globCases().count()).isGreaterThan(2000);
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(++i);
        switch (d) {
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> b.append('\uFEFF');
          default -> b.append(d);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
