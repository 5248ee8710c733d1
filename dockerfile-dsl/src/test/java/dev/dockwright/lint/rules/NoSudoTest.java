package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoSudoTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new NoSudo(), dockerfile);
  }

  private static final String MESSAGE = "sudo in RUN behaves unpredictably: use USER, or gosu to drop root";

  @Test
  void firesOncePerRunAtTheFirstSudo() {
    // The command env runs starts at its own assignments.
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN sudo apt-get update && sudo apt-get install -y curl
        RUN env DEBIAN_FRONTEND=noninteractive sudo -E make install
        ONBUILD RUN sudo make install
        """)).containsExactly(
        "Dockerfile:2:5: error DL3004 " + MESSAGE,
        "Dockerfile:3:9: error DL3004 " + MESSAGE,
        "Dockerfile:4:1: error DL3004 " + MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN apt-get install -y sudo",
      "RUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app",
      "RUN gosu app make",
      "RUN chmod 0440 /etc/sudoers.d/app"})
  void quietWhenSudoIsOnlyMentioned(String run) {
    assertThat(lint("FROM debian:12.8-slim\n" + run + "\n")).isEmpty();
  }
}
