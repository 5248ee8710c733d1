package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsecutiveRunsTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new ConsecutiveRuns(), dockerfile);
  }

  private static final String MESSAGE = "This RUN follows another single-command RUN: join them with && into one layer";

  @Test
  void firesAtEachFollowingSingleCommandRun() {
    assertThat(lint("""
        FROM golang:1.23.4-bookworm
        RUN go vet ./...
        # tests next

        RUN go test ./...
        RUN go build -o /app .
        """)).containsExactly(
        "Dockerfile:5:1: info DL3059 " + MESSAGE,
        "Dockerfile:6:1: info DL3059 " + MESSAGE);
  }

  @Test
  void quietWhenARunChainsCommands() {
    assertThat(lint("""
        FROM golang:1.23.4-bookworm
        RUN go vet ./... && go test ./...
        RUN go build -o /app .
        RUN echo "$(go version)"
        RUN <<EOF
        go mod download
        go mod verify
        EOF
        RUN go generate ./...
        """)).isEmpty();
  }

  @Test
  void quietWhenSomethingElseStandsBetweenOrTheFlagsDiffer() {
    assertThat(lint("""
        FROM golang:1.23.4-bookworm
        RUN go vet ./...
        WORKDIR /src
        RUN go test ./...
        RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .
        FROM alpine:3.21
        RUN adduser -D app
        """)).isEmpty();
  }

  @Test
  void sameMountsCount() {
    assertThat(lint("""
        FROM golang:1.23.4-bookworm
        RUN --mount=type=secret,id=token ./fetch.sh
        RUN --mount=type=secret,id=token ./verify.sh
        """)).containsExactly("Dockerfile:3:1: info DL3059 " + MESSAGE);
  }
}
