package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpmPinVersionsTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new NpmPinVersions(), dockerfile);
  }

  @Test
  void namesTheUnpinnedPackages() {
    assertThat(lint("""
        FROM node:22.12.0-bookworm-slim
        RUN npm install -g typescript@5.7.2 @angular/cli nodemon \\
         && npm i --save-dev --registry https://registry.example.com eslint \\
         && npm install git+https://github.com/acme/lib.git
        """)).containsExactly(
        "Dockerfile:2:5: warning DL3016 Pin versions in npm install (package@version): @angular/cli, nodemon",
        "Dockerfile:3:5: warning DL3016 Pin versions in npm install (package@version): eslint",
        "Dockerfile:4:5: warning DL3016 Pin versions in npm install (package@version): "
            + "git+https://github.com/acme/lib.git");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN npm ci",
      "RUN npm install",
      "RUN npm install --omit=dev --loglevel warn",
      "RUN npm install -g npm@10.9.2 @angular/cli@19.0.6 pm2@latest",
      "RUN npm install ./packages/lib ../shared /opt/pkg ~/pkg lib-1.2.3.tgz",
      "RUN npm install git+https://github.com/acme/lib.git#v1.2.3",
      "RUN npm install $PACKAGES",
      "RUN npm run build",
      "RUN yarn add react"})
  void quietWhenPinnedOrFromPackageJson(String run) {
    assertThat(lint("FROM node:22.12.0-bookworm-slim\n" + run + "\n")).isEmpty();
  }
}
