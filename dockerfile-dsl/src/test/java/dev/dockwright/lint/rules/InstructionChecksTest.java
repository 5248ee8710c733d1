package dev.dockwright.lint.rules;

import static dev.dockwright.lint.rules.Lints.lint;
import static dev.dockwright.lint.rules.Lints.lintLenient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.Linter;
import dev.dockwright.parser.DockerfileParseException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * MultipleInstructionsDisallowed, LegacyKeyValueFormat, SecretsUsedInArgOrEnv, ExposeProtoCasing,
 * ExposeInvalidFormat, InvalidDefinitionDescription, with BuildKit's own cases.
 */
class InstructionChecksTest {

  @Nested
  class MultipleInstructionsDisallowedTest {
    private final MultipleInstructionsDisallowed rule = new MultipleInstructionsDisallowed();

    private static String multiple(int line, String alias, String keyword) {
      return "Dockerfile:" + line + ":1: warning MultipleInstructionsDisallowed/" + alias + " Multiple " + keyword
          + " instructions should not be used in the same stage because only the last one will be used";
    }

    @Test
    void reportsTheOverriddenInstructionWithTheHadolintIdOfItsKind() {
      assertThat(lint(rule, """

          FROM scratch
          ENTRYPOINT ["/myapp"]
          ENTRYPOINT ["/myotherapp"]
          CMD ["/myapp"]
          CMD ["/myotherapp"]
          HEALTHCHECK CMD ["/myapp"]
          HEALTHCHECK CMD ["/myotherapp"]
          """)).containsExactly(multiple(3, "DL4004", "ENTRYPOINT"), multiple(5, "DL4003", "CMD"),
              multiple(7, "DL3012", "HEALTHCHECK"));
    }

    @Test
    void firesAcrossOtherInstructionsAndOncePerOverriddenOne() {
      assertThat(lint(rule, "FROM scratch\nCMD [\"a\"]\nCOPY <<EOF /a.txt\nHello\nEOF\nCMD [\"b\"]\ncmd [\"c\"]\n"))
          .containsExactly(multiple(2, "DL4003", "CMD"), multiple(6, "DL4003", "cmd"));
    }

    @Test
    void aStageBuiltOnAnotherStartsAfresh() {
      assertThat(lint(rule, """
          FROM scratch AS a
          ENTRYPOINT ["/myapp"]
          CMD ["/myapp"]
          HEALTHCHECK CMD ["/myapp"]

          FROM a AS b
          ENTRYPOINT ["/myotherapp"]
          CMD ["/myotherapp"]
          HEALTHCHECK CMD ["/myotherapp"]
          """)).isEmpty();
    }

    @Test
    void theCmdOfAHealthcheckIsNoCmd() {
      assertThat(lint(rule, """
          FROM python:3.12-alpine
          HEALTHCHECK --interval=1s --timeout=3s \\
            CMD ["curl", "-f", "http://localhost:8080"]
          CMD ["python", "-m", "http.server", "8080"]
          """)).isEmpty();
    }

    @Test
    void aHadolintIgnoreOfTheNamedIdSuppressesIt() {
      assertThat(lint(rule, "FROM scratch\n# hadolint ignore=DL4003\nCMD [\"a\"]\nCMD [\"b\"]\n")).isEmpty();
      assertThat(lint(rule, "FROM scratch\n# hadolint ignore=DL4004\nCMD [\"a\"]\nCMD [\"b\"]\n")).hasSize(1);
    }
  }

  @Nested
  class LegacyKeyValueFormatTest {
    private final LegacyKeyValueFormat rule = new LegacyKeyValueFormat();

    @Test
    void firesOnEnvAndLabelWithABlankSeparator() {
      assertThat(lint(rule, "\nFROM scratch\nENV testkey value\nLABEL key value\nenv lower case\n"))
          .containsExactly(
              "Dockerfile:3:1: warning LegacyKeyValueFormat \"ENV key=value\" should be used instead of legacy"
                  + " \"ENV key value\" format",
              "Dockerfile:4:1: warning LegacyKeyValueFormat \"LABEL key=value\" should be used instead of legacy"
                  + " \"LABEL key value\" format",
              "Dockerfile:5:1: warning LegacyKeyValueFormat \"env key=value\" should be used instead of legacy"
                  + " \"env key value\" format");
    }

    @Test
    void firesOnAMultiLineLegacyValue() {
      assertThat(lint(rule, "FROM alpine:3.20\nENV DEPS \\\n    curl \\\n    git\n")).hasSize(1);
    }

    @Test
    void isQuietOnKeyValuePairs() {
      assertThat(lint(rule, "FROM scratch\nENV testkey=value other=\"a b\"\nLABEL key=value a=\"b c\"\n")).isEmpty();
    }

    @Test
    void isQuietOnArgsAndOnbuildTriggers() {
      assertThat(lint(rule, "FROM scratch\nARG foo bar\nONBUILD ENV key value\n")).isEmpty();
    }
  }

  @Nested
  class SecretsUsedInArgOrEnvTest {
    private final SecretsUsedInArgOrEnv rule = new SecretsUsedInArgOrEnv();

    private static String secret(int line, String kind, String key) {
      return "Dockerfile:" + line + ":1: warning SecretsUsedInArgOrEnv Do not use ARG or ENV instructions for"
          + " sensitive data (" + kind + " \"" + key + "\")";
    }

    @Test
    void buildKitsCases() {
      assertThat(lint(rule, """
          # check=skip=InvalidDefinitionDescription

          FROM scratch
          ARG SECRET_PASSPHRASE
          ENV SUPER_Secret=foo
          ENV password=bar secret=baz
          ARG super_duper_secret_token=foo auth=bar
          ENV apikey=bar sunflower=foo
          ENV git_key=
          ENV PUBLIC_KEY=
          ARG public_token
          ARG SECRET_PASSPHRASE_FILE
          ENV password_file=bar secret_File=baz
          ARG AUTH_MODULE_VERSION
          """)).containsExactly(secret(4, "ARG", "SECRET_PASSPHRASE"), secret(5, "ENV", "SUPER_Secret"),
              secret(6, "ENV", "password"), secret(6, "ENV", "secret"), secret(7, "ARG", "super_duper_secret_token"),
              secret(7, "ARG", "auth"), secret(8, "ENV", "apikey"), secret(9, "ENV", "git_key"));
    }

    @Test
    void isQuietOnWordsThatOnlyContainASecretWord() {
      assertThat(lint(rule, "FROM scratch\nENV KEYBOARD=us MONKEY=1 TOKENIZER=bert AUTHOR=me\n")).isEmpty();
    }

    @Test
    void isQuietOnGlobalArgsAsBuildKitIs() {
      assertThat(lint(rule, "ARG GITHUB_TOKEN\nFROM scratch\n")).isEmpty();
    }
  }

  @Nested
  class ExposeTest {
    private final ExposeProtoCasing casing = new ExposeProtoCasing();
    private final ExposeInvalidFormat format = new ExposeInvalidFormat();

    @Test
    void protoCasingFiresOncePerPort() {
      assertThat(lint(casing, "\nFROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n")).containsExactly(
          "Dockerfile:3:1: info ExposeProtoCasing Defined protocol '80/TcP' in EXPOSE instruction should be"
              + " lowercase",
          "Dockerfile:3:1: info ExposeProtoCasing Defined protocol '8080/TCP' in EXPOSE instruction should be"
              + " lowercase");
    }

    @Test
    void protoCasingReadsPortsAfterExpansion() {
      assertThat(lint(casing, "FROM scratch\nARG PORTS=\"443/TCP 53/udp\"\nEXPOSE $PORTS\n")).containsExactly(
          "Dockerfile:3:1: info ExposeProtoCasing Defined protocol '443/TCP' in EXPOSE instruction should be"
              + " lowercase");
    }

    @Test
    void protoCasingIsQuietOnLowerCaseAndDefaultProtocols() {
      assertThat(lint(casing, "FROM scratch\nEXPOSE 80 80/tcp 53/udp 8000-8010/sctp\n")).isEmpty();
    }

    @Test
    void invalidFormatFiresOnAMappingThatAVariableBringsIn() {
      assertThat(lint(format, "FROM nginx:1.27.3\nARG HOST_PORT=8080\nEXPOSE ${HOST_PORT}:80\n")).containsExactly(
          "Dockerfile:3:1: warning ExposeInvalidFormat EXPOSE instruction should not define an IP address or"
              + " host-port mapping, found '8080:80'");
    }

    @Test
    void invalidFormatFiresOnLiteralMappingsOfALenientlyReadFile() {
      String text = "\nFROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n";
      assertThatThrownBy(() -> Linter.create().lint(text, "Dockerfile", LintOptions.defaults()))
          .isInstanceOf(DockerfileParseException.class);
      String prefix = "Dockerfile:3:1: warning ExposeInvalidFormat EXPOSE instruction should not define an IP address"
          + " or host-port mapping, found ";
      assertThat(lintLenient(format, text))
          .containsExactly(prefix + "'127.0.0.1:80:80'", prefix + "'[::1]:8080:8080'", prefix + "'5000:5000'");
    }

    @Test
    void invalidFormatIsQuietOnPortsAndRanges() {
      assertThat(lint(format, "FROM scratch\nARG PORT=8080\nEXPOSE 80 8080/tcp 8000-8010 ${PORT} $UNSET\n"))
          .isEmpty();
    }
  }

  @Nested
  class InvalidDefinitionDescriptionTest {
    private final InvalidDefinitionDescription rule = new InvalidDefinitionDescription();

    @Test
    void buildKitsCase() {
      String prefix = "info InvalidDefinitionDescription Comment for ";
      assertThat(lint(rule, """
          # check=experimental=InvalidDefinitionDescription
          # bar this is the bar
          ARG foo=bar
          # BasE this is the BasE image
          FROM scratch AS base
          # definitely a bad comment
          ARG version=latest
          # definitely a bad comment
          ARG foo=baz bar=qux baz=quux
          """)).containsExactly(
              "Dockerfile:3:1: " + prefix + "ARG should follow the format: `# foo <description>`",
              "Dockerfile:5:1: " + prefix + "FROM should follow the format: `# base <description>`",
              "Dockerfile:7:1: " + prefix + "ARG should follow the format: `# version <description>`",
              "Dockerfile:9:1: " + prefix + "ARG should follow the format: `# <arg_key> <description>`");
    }

    @Test
    void isQuietOnDescriptionsAndOnCommentsABareHashCuts() {
      assertThat(lint(rule, """
          # check=experimental=all
          # foo this is the foo
          ARG foo=bar

          # base this is the base image
          FROM scratch AS base

          # baz this is the baz
          ARG foo=baz bar=qux baz=quux
          # not a description
          #
          ARG bit=bat

          # comment for something other than ARG or FROM
          COPY Dockerfile .
          """)).isEmpty();
    }

    @Test
    void isOffUnlessTheFileEnablesIt() {
      assertThat(lint(rule, "# not a description\nARG foo=bar\nFROM scratch\n")).isEmpty();
      assertThat(lint(rule, "# check=experimental=UndefinedVar\n# nope\nARG foo=bar\nFROM scratch\n")).isEmpty();
    }
  }
}
