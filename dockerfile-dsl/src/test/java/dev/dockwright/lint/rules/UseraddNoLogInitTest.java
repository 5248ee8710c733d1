package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UseraddNoLogInitTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new UseraddNoLogInit(), dockerfile);
  }

  @Test
  void firesForAHighUidWithoutDashL() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN groupadd -g 123456 app && useradd -u 123456 -g app app
        RUN useradd --system --uid=1000000 svc
        """)).containsExactly(
        "Dockerfile:2:31: warning DL3046 useradd -u 123456 without -l fills /var/log/lastlog and faillog up to"
            + " that uid: add -l (--no-log-init)",
        "Dockerfile:3:5: warning DL3046 useradd -u 1000000 without -l fills /var/log/lastlog and faillog up to"
            + " that uid: add -l (--no-log-init)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN useradd -l -u 123456 app",
      "RUN useradd -lu 123456 app",
      "RUN useradd --no-log-init --uid 123456 app",
      "RUN useradd -u 10001 app",
      "RUN useradd -u ${APP_UID} app",
      "RUN useradd -r app",
      "RUN adduser -u 123456 -D app",
      "RUN usermod -u 123456 app"})
  void quietWithDashLOrALowUid(String run) {
    assertThat(lint("FROM debian:12.8-slim\n" + run + "\n")).isEmpty();
  }
}
