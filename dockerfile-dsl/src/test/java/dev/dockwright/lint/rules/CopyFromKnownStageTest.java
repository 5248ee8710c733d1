package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyFromKnownStageTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new CopyFromKnownStage(), dockerfile);
  }

  @Test
  void firesForNamesOfNoEarlierStage() {
    assertThat(lint("""
        FROM golang:1.23.4-bookworm AS build
        RUN go build -o /out/app .
        FROM scratch
        COPY --from=builder /out/app /app
        COPY --from=3 /x /x
        COPY --from=later /y /y
        FROM alpine:3.21 AS later
        """)).containsExactly(
        "Dockerfile:4:1: warning DL3022 COPY --from=builder names no earlier stage",
        "Dockerfile:5:1: warning DL3022 COPY --from=3 names no earlier stage",
        "Dockerfile:6:1: warning DL3022 COPY --from=later names no earlier stage");
  }

  @Test
  void quietForStagesImagesAndVariables() {
    assertThat(lint("""
        FROM golang:1.23.4-bookworm AS Build
        RUN go build -o /out/app .
        FROM scratch
        COPY --from=build /out/app /app
        COPY --from=0 /out/app /app2
        COPY --from=nginx:1.27 /etc/nginx/nginx.conf /nginx.conf
        COPY --from=ghcr.io/acme/tools /bin/tool /tool
        COPY --from=busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /bin/sh /sh
        COPY --from=${TOOLS_IMAGE} /bin/tool /tool2
        """)).isEmpty();
  }
}
