package dev.dockwright.dsl;

import static dev.dockwright.dsl.Rendered.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.CacheMount;
import dev.dockwright.model.FileMode;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Mount;
import dev.dockwright.model.SshMount;
import org.junit.jupiter.api.Test;

/** Every mount type of {@code RUN --mount} and every option of each. */
class MountTest {

  /** {@code FROM alpine:3.20} and {@code RUN --mount=<mount> true}. */
  private static String runWith(Mount mount) {
    return stage(s -> s.run(Run.shell("true").mount(mount)));
  }

  private static String expected(String mountOptions) {
    return "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN --mount=" + mountOptions + " true\n";
  }

  // bind

  @Test
  void bindTarget() {
    assertThat(runWith(Mount.bind("/src"))).isEqualTo(expected("type=bind,target=/src"));
  }

  @Test
  void bindSource() {
    assertThat(runWith(Mount.bind("/src/go.sum").withSource("go.sum")))
        .isEqualTo(expected("type=bind,target=/src/go.sum,source=go.sum"));
  }

  @Test
  void bindFromStage() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.stage("build", "golang:1.23.4-bookworm").run("go build -o /out/app .");
    file.from("alpine:3.20").run(Run.shell("cp /mnt/app /usr/local/bin/").mountFrom(build, "/out", "/mnt"));

    assertThat(file.render()).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM golang:1.23.4-bookworm AS build
        RUN go build -o /out/app .

        FROM alpine:3.20
        RUN --mount=type=bind,target=/mnt,source=/out,from=build cp /mnt/app /usr/local/bin/
        """);
  }

  @Test
  void bindFromImage() {
    assertThat(runWith(Mount.bind("/mnt").withFrom(ImageRef.of("busybox:1.37"), "/bin")))
        .isEqualTo(expected("type=bind,target=/mnt,source=/bin,from=busybox:1.37"));
  }

  @Test
  void bindReadWrite() {
    assertThat(runWith(Mount.bind("/src").withReadWrite(true))).isEqualTo(expected("type=bind,target=/src,rw"));
  }

  // cache

  @Test
  void cacheTarget() {
    assertThat(runWith(Mount.cache("/root/.npm"))).isEqualTo(expected("type=cache,target=/root/.npm"));
  }

  @Test
  void cacheId() {
    assertThat(runWith(Mount.cache("/root/.npm").withId("npm")))
        .isEqualTo(expected("type=cache,target=/root/.npm,id=npm"));
  }

  @Test
  void cacheReadOnly() {
    assertThat(runWith(Mount.cache("/root/.npm").withReadOnly(true)))
        .isEqualTo(expected("type=cache,target=/root/.npm,ro"));
  }

  @Test
  void cacheSharingShared() {
    assertThat(runWith(Mount.cache("/var/cache/apt").withSharing(CacheMount.Sharing.SHARED)))
        .isEqualTo(expected("type=cache,target=/var/cache/apt,sharing=shared"));
  }

  @Test
  void cacheSharingPrivate() {
    assertThat(runWith(Mount.cache("/var/cache/apt").withSharing(CacheMount.Sharing.PRIVATE)))
        .isEqualTo(expected("type=cache,target=/var/cache/apt,sharing=private"));
  }

  @Test
  void cacheSharingLocked() {
    assertThat(runWith(Mount.cache("/var/cache/apt").withSharing(CacheMount.Sharing.LOCKED)))
        .isEqualTo(expected("type=cache,target=/var/cache/apt,sharing=locked"));
  }

  @Test
  void cacheFromAndSource() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder seed = file.stage("seed", "node:22.12.0-bookworm-slim").run("npm cache verify");
    file.from("node:22.12.0-bookworm-slim")
        .run(Run.shell("npm ci").mount(Mount.cache("/root/.npm").withFrom(seed.ref(), "/root/.npm")));

    assertThat(file.render()).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM node:22.12.0-bookworm-slim AS seed
        RUN npm cache verify

        FROM node:22.12.0-bookworm-slim
        RUN --mount=type=cache,target=/root/.npm,from=seed,source=/root/.npm npm ci
        """);
  }

  @Test
  void cacheModeUidGid() {
    assertThat(runWith(Mount.cache("/home/app/.cache").withOwner(FileMode.octal(0700), 1000, 1001)))
        .isEqualTo(expected("type=cache,target=/home/app/.cache,mode=0700,uid=1000,gid=1001"));
  }

  @Test
  void cacheEveryOption() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder seed = file.stage("seed", "alpine:3.20").run("mkdir /c");
    file.from("alpine:3.20").run(Run.shell("true").mount(Mount.cache("/c")
        .withId("c1")
        .withReadOnly(true)
        .withSharing(CacheMount.Sharing.PRIVATE)
        .withFrom(seed.ref(), "/c")
        .withOwner(FileMode.octal(0755), 0, 0)));

    assertThat(file.render()).endsWith(
        "RUN --mount=type=cache,target=/c,id=c1,ro,sharing=private,from=seed,source=/c,mode=0755,uid=0,gid=0 true\n");
  }

  // tmpfs

  @Test
  void tmpfsTarget() {
    assertThat(runWith(Mount.tmpfs("/tmp"))).isEqualTo(expected("type=tmpfs,target=/tmp"));
  }

  @Test
  void tmpfsSize() {
    assertThat(runWith(Mount.tmpfs("/tmp").withSize("64m"))).isEqualTo(expected("type=tmpfs,target=/tmp,size=64m"));
  }

  // secret

  @Test
  void secretId() {
    assertThat(runWith(Mount.secret("npm_token"))).isEqualTo(expected("type=secret,id=npm_token"));
  }

  @Test
  void secretTarget() {
    assertThat(runWith(Mount.secret("npm_token").withTarget("/root/.npmrc")))
        .isEqualTo(expected("type=secret,id=npm_token,target=/root/.npmrc"));
  }

  @Test
  void secretTargetWithoutId() {
    assertThat(runWith(new dev.dockwright.model.SecretMount(null, "/run/secrets/token", null, false, null, null, null)))
        .isEqualTo(expected("type=secret,target=/run/secrets/token"));
  }

  @Test
  void secretEnv() {
    assertThat(runWith(Mount.secret("npm_token").withEnv("NPM_TOKEN")))
        .isEqualTo(expected("type=secret,id=npm_token,env=NPM_TOKEN"));
  }

  @Test
  void secretRequired() {
    assertThat(runWith(Mount.secret("npm_token").withRequired(true)))
        .isEqualTo(expected("type=secret,id=npm_token,required=true"));
  }

  @Test
  void secretModeUidGid() {
    assertThat(runWith(Mount.secret("npm_token").withOwner(FileMode.octal(0440), 1000, 1000)))
        .isEqualTo(expected("type=secret,id=npm_token,mode=0440,uid=1000,gid=1000"));
  }

  // ssh

  @Test
  void sshDefault() {
    assertThat(runWith(Mount.ssh())).isEqualTo(expected("type=ssh"));
  }

  @Test
  void sshId() {
    assertThat(runWith(Mount.ssh().withId("github"))).isEqualTo(expected("type=ssh,id=github"));
  }

  @Test
  void sshTarget() {
    assertThat(runWith(Mount.ssh().withTarget("/run/ssh.sock"))).isEqualTo(expected("type=ssh,target=/run/ssh.sock"));
  }

  @Test
  void sshRequired() {
    assertThat(runWith(Mount.ssh().withRequired(true))).isEqualTo(expected("type=ssh,required=true"));
  }

  @Test
  void sshModeUidGid() {
    // SshMount has no wither for these; the record constructor is the only way.
    assertThat(runWith(new SshMount(null, null, false, FileMode.octal(0600), 1000, 1000)))
        .isEqualTo(expected("type=ssh,mode=0600,uid=1000,gid=1000"));
  }

  // several

  @Test
  void severalMountsKeepTheirOrder() {
    assertThat(stage(s -> s.run(Run.shell("pip install -r requirements.txt")
            .mount(Mount.cache("/root/.cache/pip"))
            .mount(Mount.bind("/src/requirements.txt").withSource("requirements.txt"))
            .mount(Mount.secret("pip_conf").withTarget("/etc/pip.conf")))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            RUN --mount=type=cache,target=/root/.cache/pip \
            --mount=type=bind,target=/src/requirements.txt,source=requirements.txt \
            --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt
            """);
  }
}
