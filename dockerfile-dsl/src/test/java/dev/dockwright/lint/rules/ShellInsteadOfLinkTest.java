package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellInsteadOfLinkTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new ShellInsteadOfLink(), dockerfile);
  }

  private static final String MESSAGE = "ln replaces /bin/sh: use the SHELL instruction to change the shell";

  @Test
  void firesWhenTheLinkIsBinSh() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN ln -sf /bin/bash /bin/sh
        RUN rm /bin/sh && ln -s bash /bin/sh
        ONBUILD RUN ln -sfT /bin/dash /bin/sh
        """)).containsExactly(
        "Dockerfile:2:5: warning DL4005 " + MESSAGE,
        "Dockerfile:3:19: warning DL4005 " + MESSAGE,
        "Dockerfile:4:1: warning DL4005 " + MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN ln -s /bin/sh /usr/local/bin/sh",
      "RUN ln -sf /usr/bin/python3 /usr/bin/python",
      "RUN echo ln -s /bin/bash /bin/sh",
      "RUN ls -l /bin/sh"})
  void quietForOtherLinks(String run) {
    assertThat(lint("FROM debian:12.8-slim\n" + run + "\n")).isEmpty();
  }
}
