package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WgetProgressTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new WgetProgress(), dockerfile);
  }

  private static final String MESSAGE =
      "wget's progress bar floods the build log: add --progress=dot:giga, -q or -nv";

  @Test
  void firesAtEachNoisyWget() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN wget https://example.com/a.tar.gz && wget -O b.tar.gz https://example.com/b.tar.gz \\
         && wget -nc https://example.com/c.tar.gz
        """)).containsExactly(
        "Dockerfile:2:5: info DL3047 " + MESSAGE,
        "Dockerfile:2:42: info DL3047 " + MESSAGE,
        "Dockerfile:3:5: info DL3047 " + MESSAGE);
  }

  @Test
  void firesInsideLoopsAndBranches() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN for f in a b; do \\
              wget "https://example.com/$f.tar.gz"; \\
            done; \\
            if [ -n "$EXTRA" ]; then wget -q "$EXTRA"; else wget https://example.com/c; fi
        """)).containsExactly(
        "Dockerfile:3:7: info DL3047 " + MESSAGE,
        "Dockerfile:5:53: info DL3047 " + MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN wget -q https://example.com/a.tar.gz",
      "RUN wget -qO- https://example.com/key.asc | gpg --dearmor > /k.gpg",
      "RUN wget --quiet https://example.com/a.tar.gz",
      "RUN wget -nv https://example.com/a.tar.gz",
      "RUN wget --no-verbose https://example.com/a.tar.gz",
      "RUN wget --progress=dot:giga https://example.com/a.tar.gz",
      "RUN wget -o /tmp/wget.log https://example.com/a.tar.gz",
      "RUN wget -a /tmp/wget.log https://example.com/a.tar.gz",
      "RUN curl -fsSLO https://example.com/a.tar.gz"})
  void quietWithoutAProgressBar(String run) {
    assertThat(lint("FROM debian:12.8-slim\n" + run + "\n")).isEmpty();
  }
}
