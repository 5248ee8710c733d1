package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyFromOwnStageTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new CopyFromOwnStage(), dockerfile);
  }

  @Test
  void firesForTheStagesOwnName() {
    assertThat(lint("""
        FROM golang:1.23.4-bookworm AS Build
        COPY --from=build /go/bin/app /app
        """)).containsExactly("Dockerfile:2:1: error DL3023 COPY --from=build names the stage it is in");
  }

  @Test
  void quietForOtherStagesAndUnnamedStages() {
    assertThat(lint("""
        FROM golang:1.23.4-bookworm AS build
        RUN go build -o /out/app .
        FROM alpine:3.21 AS final
        COPY --from=build /out/app /app
        FROM alpine:3.21
        COPY --from=final /app /app
        """)).isEmpty();
  }
}
