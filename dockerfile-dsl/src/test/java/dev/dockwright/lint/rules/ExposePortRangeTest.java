package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExposePortRangeTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new ExposePortRange(), dockerfile);
  }

  @Test
  void firesWhenAVariableExpandsOutOfRange() {
    assertThat(lint("""
        ARG DEBUG_PORT=99999
        FROM node:22.12.0-bookworm-slim AS base
        ENV PORT=70000
        FROM base
        ARG DEBUG_PORT
        EXPOSE $PORT/tcp 9229-${DEBUG_PORT} ${METRICS:-65536}
        """)).containsExactly(
        "Dockerfile:6:1: error DL3011 EXPOSE 70000/tcp, 9229-99999, 65536: ports run from 0 to 65535");
  }

  @Test
  void quietForPortsInRangeOrUnknown() {
    // ENV PORT=8080 wins over the later ARG PORT=70000; DEBUG_PORT is not declared in the stage.
    assertThat(lint("""
        ARG DEBUG_PORT=99999
        FROM node:22.12.0-bookworm-slim
        ARG PORT=3000
        ENV PORT=8080 OTHER=$PORT
        EXPOSE $PORT 0 65535 8000-8010/udp ${DEBUG_PORT} $UNSET ${OTHER}
        ARG PORT=70000
        EXPOSE $PORT $APP_PORT
        """)).isEmpty();
  }
}
