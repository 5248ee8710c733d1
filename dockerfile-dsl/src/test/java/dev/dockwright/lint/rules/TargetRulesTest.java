package dev.dockwright.lint.rules;

import static dev.dockwright.lint.rules.Lints.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.BuilderTarget;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The builder-target rules: what buildah and the legacy builder refuse, and quiet for BuildKit. */
class TargetRulesTest {
  private static final BuilderTarget BUILDAH = BuilderTarget.BUILDAH;
  private static final BuilderTarget LEGACY = BuilderTarget.LEGACY;
  private static final BuilderTarget BUILDKIT = BuilderTarget.BUILDKIT;

  @Nested
  class HeredocUnsupportedTest {
    private final HeredocUnsupported rule = new HeredocUnsupported();
    private final String file = """
        FROM alpine:3.20
        RUN <<EOF
        apk add --no-cache curl
        EOF
        COPY <<-CONF /etc/app.conf
        \tkey=value
        CONF
        ONBUILD RUN <<EOT sh
        echo later
        EOT
        """;

    @Test
    void firesForBuildahAndTheLegacyBuilder() {
      assertThat(lint(rule, file, BUILDAH)).containsExactly(
          "Dockerfile:2:1: error DW1001 Heredocs in RUN are not supported by buildah: <<EOF",
          "Dockerfile:5:1: error DW1001 Heredocs in COPY are not supported by buildah: <<CONF",
          "Dockerfile:8:1: error DW1001 Heredocs in ONBUILD RUN are not supported by buildah: <<EOT");
      assertThat(lint(rule, file, LEGACY)).first().asString()
          .isEqualTo("Dockerfile:2:1: error DW1001 Heredocs in RUN are not supported by the legacy builder: <<EOF");
    }

    @Test
    void isQuietForBuildKitAndWithoutHeredocs() {
      assertThat(lint(rule, file, BUILDKIT)).isEmpty();
      assertThat(lint(rule, "FROM alpine:3.20\nRUN echo '<<EOF' && cat <<< here\n", BUILDAH)).isEmpty();
    }
  }

  @Nested
  class CopyFlagUnsupportedTest {
    private final CopyFlagUnsupported rule = new CopyFlagUnsupported();
    private final String file = """
        FROM alpine:3.20 AS build
        COPY --link --chmod=755 --parents --exclude=*.md src/ /app/
        ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\
            --keep-git-dir --unpack=false --chown=1000 https://example.com/a.tar.gz /opt/
        COPY --from=build --chown=app /app /app
        """;

    @Test
    void reportsEachFlagAtItsPositionForBuildah() {
      assertThat(lint(rule, file, BUILDAH)).containsExactly(
          "Dockerfile:2:6: error DW1002 COPY --link is not supported by buildah",
          "Dockerfile:2:25: error DW1002 COPY --parents is not supported by buildah",
          "Dockerfile:2:35: error DW1002 COPY --exclude is not supported by buildah",
          "Dockerfile:3:5: error DW1002 ADD --checksum is not supported by buildah");
    }

    @Test
    void theLegacyBuilderAlsoRefusesChmodAndAddsOtherFlags() {
      assertThat(lint(rule, file, LEGACY)).containsExactly(
          "Dockerfile:2:6: error DW1002 COPY --link is not supported by the legacy builder",
          "Dockerfile:2:13: error DW1002 COPY --chmod is not supported by the legacy builder",
          "Dockerfile:2:25: error DW1002 COPY --parents is not supported by the legacy builder",
          "Dockerfile:2:35: error DW1002 COPY --exclude is not supported by the legacy builder",
          "Dockerfile:3:5: error DW1002 ADD --checksum is not supported by the legacy builder",
          "Dockerfile:4:5: error DW1002 ADD --keep-git-dir is not supported by the legacy builder",
          "Dockerfile:4:20: error DW1002 ADD --unpack is not supported by the legacy builder");
    }

    @Test
    void isQuietForBuildKitAndOnFlagsEveryBuilderKnows() {
      assertThat(lint(rule, file, BUILDKIT)).isEmpty();
      assertThat(lint(rule, "FROM alpine:3.20\nCOPY --chmod=755 --chown=1000:1000 a /a\n", BUILDAH)).isEmpty();
    }
  }

  @Nested
  class RunFlagUnsupportedTest {
    private final RunFlagUnsupported rule = new RunFlagUnsupported();
    private final String file = "FROM alpine:3.20\nRUN --network=none --security=insecure --device=/dev/fuse true\n";

    @Test
    void reportsNetworkAndSecurityForBuildahAndDeviceToo() {
      assertThat(lint(rule, file, BUILDAH)).containsExactly(
          "Dockerfile:2:5: error DW1003 RUN --network is not supported by buildah",
          "Dockerfile:2:20: error DW1003 RUN --security is not supported by buildah");
      assertThat(lint(rule, file, LEGACY)).containsExactly(
          "Dockerfile:2:5: error DW1003 RUN --network is not supported by the legacy builder",
          "Dockerfile:2:20: error DW1003 RUN --security is not supported by the legacy builder",
          "Dockerfile:2:40: error DW1003 RUN --device is not supported by the legacy builder");
    }

    @Test
    void isQuietForBuildKitAndOnMounts() {
      assertThat(lint(rule, file, BUILDKIT)).isEmpty();
      assertThat(lint(rule, "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n", BUILDAH))
          .isEmpty();
    }
  }

  @Nested
  class RunMountUnsupportedTest {
    private final RunMountUnsupported rule = new RunMountUnsupported();
    private final String file = """
        FROM node:22.12.0-bookworm-slim
        RUN --mount=type=cache,target=/root/.npm \\
            --mount=type=secret,id=npm_token,env=NPM_TOKEN \\
            --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
        """;

    @Test
    void theLegacyBuilderRefusesEveryMount() {
      assertThat(lint(rule, file, LEGACY)).containsExactly(
          "Dockerfile:2:5: error DW1004 RUN --mount is not supported by the legacy builder",
          "Dockerfile:3:5: error DW1004 RUN --mount is not supported by the legacy builder",
          "Dockerfile:4:5: error DW1004 RUN --mount is not supported by the legacy builder");
    }

    @Test
    void buildahRefusesOnlyASecretAsAnEnvironmentVariable() {
      assertThat(lint(rule, file, BUILDAH)).containsExactly(
          "Dockerfile:3:5: error DW1004 A secret mount with env= is not supported by buildah: mount the secret as a"
              + " file");
    }

    @Test
    void isQuietForBuildKit() {
      assertThat(lint(rule, file, BUILDKIT)).isEmpty();
    }
  }
}
