package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvSelfReferenceTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new EnvSelfReference(), dockerfile);
  }

  @Test
  void firesWhenAnotherVariableOfTheSameEnvUsesIt() {
    assertThat(lint("""
        FROM debian:12.8-slim
        ENV JAVA_HOME=/opt/java PATH=$JAVA_HOME/bin:$PATH
        ENV B=${A:-x} \\
            A=1
        """)).containsExactly(
        "Dockerfile:2:1: error DL3044 ENV sets and references JAVA_HOME at once: the reference sees the value from"
            + " before this ENV; set it in an earlier ENV",
        "Dockerfile:3:1: error DL3044 ENV sets and references A at once: the reference sees the value from"
            + " before this ENV; set it in an earlier ENV");
  }

  @Test
  void quietForOwnReferencesAndEarlierDefinitions() {
    assertThat(lint("""
        ARG VERSION=1.2
        FROM debian:12.8-slim
        ENV PATH=/opt/bin:$PATH LANG=C.UTF-8
        ENV APP_HOME=/opt/app
        ENV APP_HOME=/srv/app APP_BIN=$APP_HOME/bin
        ENV VERSION=2.0 LABEL=v$VERSION
        ENV PRICE='$5' NAME=x
        ENV HOMEDIR=/home X=$HOME
        """)).isEmpty();
  }
}
