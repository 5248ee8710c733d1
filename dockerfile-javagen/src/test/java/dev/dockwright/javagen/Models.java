package dev.dockwright.javagen;

import dev.dockwright.dsl.Add;
import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.Run;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BindMount;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.FileMode;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Heredoc;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.OpaqueInstruction;
import dev.dockwright.model.Port;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SecretMount;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.SshMount;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import dev.dockwright.model.WorkdirInstruction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made input models for the round-trip test: together they use every instruction, every flag, every
 * mount type and option, comments, blank lines, global ARGs, the three directives, literal dollars, and the
 * cases where the generator must fall back to the model's records.
 *
 * <pre>{@code
 * Models.all().forEach((name, dockerfile) -> ...);
 * }</pre>
 */
final class Models {
  private Models() {}

  static Map<String, Dockerfile> all() {
    Map<String, Dockerfile> all = new LinkedHashMap<>();
    all.put("goService", goService());
    all.put("nodeService", nodeService());
    all.put("pythonService", pythonService());
    all.put("heredocs", heredocs());
    all.put("everyInstruction", everyInstruction());
    all.put("copyAndAddFlags", copyAndAddFlags());
    all.put("mounts", mounts());
    all.put("runFlags", runFlags());
    all.put("directivesAndHeader", directivesAndHeader());
    all.put("literalDollars", literalDollars());
    all.put("stageShapes", stageShapes());
    all.put("manyPairs", manyPairs());
    all.put("shellForms", shellForms());
    all.put("onBuild", onBuild());
    all.put("opaque", opaque());
    all.put("longLines", longLines());
    return all;
  }

  static Dockerfile goService() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.stage("build", "golang:1.23.4-bookworm")
        .workdir("/src")
        .env("CGO_ENABLED", "0")
        .copy("go.mod", "go.sum", "./")
        .run(Run.shell("go mod download").mount(Mount.cache("/go/pkg/mod")))
        .copy(".", ".")
        .run(Run.shell("go build -trimpath -ldflags=\"-s -w\" -o /out/server ./cmd/server")
            .mount(Mount.cache("/go/pkg/mod"))
            .mount(Mount.cache("/root/.cache/go-build")));
    file.stage("runtime", "gcr.io/distroless/static-debian12:nonroot")
        .copy(Copy.from(build).paths("/out/server").to("/server"))
        .user(UserSpec.of(65532, 65532))
        .expose(8080)
        .entrypoint("/server");
    return file.build();
  }

  static Dockerfile nodeService() {
    DockerfileBuilder file = DockerfileBuilder.create().syntax("docker/dockerfile:1.7");
    StageBuilder deps = file.stage("deps", "node:22.12.0-bookworm-slim")
        .leadingComment("Production dependencies, cached across builds.")
        .workdir("/app")
        .copy("package.json", "package-lock.json", "./")
        .run(Run.shell("npm ci --omit=dev --no-audit --no-fund")
            .mount(Mount.cache("/root/.npm").withId("npm").withSharing(CacheMount.Sharing.LOCKED))
            .mount(Mount.secret("npm_token").withTarget("/root/.npmrc").withRequired(true)));
    StageBuilder build = file.stage("build", "node:22.12.0-bookworm-slim")
        .workdir("/app")
        .copy("package.json", "package-lock.json", "./")
        .run(Run.shell("npm ci --no-audit --no-fund")
            .mount(Mount.cache("/root/.npm").withId("npm").withSharing(CacheMount.Sharing.LOCKED))
            .mount(Mount.secret("npm_token").withEnv("NPM_TOKEN")))
        .copy("tsconfig.json", "./")
        .copy("src/", "./src/")
        .run("npm run build");
    file.stage("runtime", "node:22.12.0-bookworm-slim")
        .leadingComment("Runtime: production dependencies, compiled output, an init process, no root.")
        .run(Run.lines(
            "apt-get update",
            "&& apt-get install -y --no-install-recommends tini=0.19.0-1",
            "&& rm -rf /var/lib/apt/lists/*"))
        .workdir("/app")
        .env("NODE_ENV", "production")
        .copy(Copy.from(deps).paths("/app/node_modules").to("./node_modules").chown(UserSpec.of("node")))
        .copy(Copy.from(build).paths("/app/dist").to("./dist").chown(UserSpec.of("node")).link())
        .copy("package.json", "./")
        .user(UserSpec.of("node"))
        .expose(3000)
        .healthcheck(HealthcheckInstruction.of(Command.exec("node", "dist/healthcheck.js"))
            .withInterval(Duration.ofSeconds(30))
            .withTimeout(Duration.ofSeconds(3))
            .withRetries(3))
        .entrypoint("/usr/bin/tini", "--")
        .cmd("node", "dist/server.js");
    return file.build();
  }

  static Dockerfile pythonService() {
    DockerfileBuilder file = DockerfileBuilder.create()
        .arg("PYTHON_VERSION", "3.12.8");
    StageBuilder builder = file.stage("builder", "python:${PYTHON_VERSION}-slim-bookworm")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
        .run("python -m venv /opt/venv")
        .env("PATH", "/opt/venv/bin:$PATH")
        .workdir("/src")
        .run(Run.shell("pip install -r requirements.txt")
            .mount(Mount.cache("/root/.cache/pip"))
            .mount(Mount.bind("requirements.txt").withSource("requirements.txt")))
        .copy(".", ".")
        .run(Run.shell("pip install --no-deps .").mount(Mount.cache("/root/.cache/pip")));
    file.stage("runtime", "python:${PYTHON_VERSION}-slim-bookworm")
        .env("PYTHONUNBUFFERED", "1")
        .env("PATH", "/opt/venv/bin:$PATH")
        .copy(Copy.from(builder).paths("/opt/venv").to("/opt/venv"))
        .user(UserSpec.of(10001, 10001))
        .expose(8000)
        .cmd("python", "-m", "app");
    return file.build();
  }

  static Dockerfile heredocs() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("base", "debian:bookworm-slim")
        .run("set -eux\napt-get update\napt-get install -y --no-install-recommends ca-certificates\n")
        .copy(Copy.heredoc("/etc/motd", "Welcome\nto the box\n").chmod(0644))
        .run("EOF\necho body holds the word EOF\n")
        .instruction(RunInstruction.of(new ShellCommand("cat <<CONF > /etc/app.conf",
            List.of(Heredoc.of("CONF", "port=8080\nhost=$HOSTNAME\n")))))
        .instruction(RunInstruction.of(new ShellCommand("python3 <<'PY'",
            List.of(Heredoc.literal("PY", "print('$HOME')\n")))))
        .instruction(RunInstruction.of(new ShellCommand("<<-EOT",
            List.of(new Heredoc("EOT", true, true, "\techo tabbed\n")))))
        .instruction(RunInstruction.of(new ShellCommand("cat <<A <<B > /both",
            List.of(Heredoc.of("A", "a\n"), Heredoc.of("B", "b\n")))))
        .run(Run.of(new ShellCommand("<<EOT", List.of(Heredoc.of("EOT", "echo other delimiter\n"))))
            .mount(Mount.cache("/var/cache/apt").withSharing(CacheMount.Sharing.LOCKED)))
        .instruction(CopyInstruction.of(
            List.of(CopySource.heredoc(Heredoc.of("EOF", "expanded $HOME\n"))), Value.of("/etc/expanded")))
        .instruction(CopyInstruction.of(
            List.of(CopySource.heredoc(Heredoc.literal("A", "one\n")),
                CopySource.heredoc(Heredoc.literal("B", "two\n"))),
            Value.of("/srv/")));
    return file.build();
  }

  static Dockerfile everyInstruction() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("all", "alpine:3.20")
        .arg("TARGETARCH")
        .arg("VERSION", "1.0.0")
        .arg("EMPTY", "")
        .env("HOME", "/home/app")
        .label("org.opencontainers.image.title", "shop")
        .label("description", Value.of("built for $TARGETARCH"))
        .expose(80, 443)
        .expose(Port.udp(53), Port.range(8000, 8010), Port.parse("${PORT}/tcp"), Port.parse("9090/sctp"))
        .expose(Port.parse("0"))
        .expose(Port.tcp(80), Port.udp(53))
        .user(1000)
        .user(UserSpec.of(1000, 1000))
        .user(UserSpec.of("app"))
        .user(UserSpec.of("app", "staff"))
        .user(UserSpec.parse("0100"))
        .user(UserSpec.parse("${UID}:${GID}"))
        .workdir("/app")
        .workdir("$HOME/work")
        .volume("/data", "/cache")
        .volume("/with space")
        .shell("/bin/bash", "-o", "pipefail", "-c")
        .run("echo hello")
        .runExec("/bin/true", "--verbose")
        .cmd("node", "server.js")
        .cmd()
        .cmdShell("exec node server.js")
        .entrypoint("/usr/bin/tini", "--")
        .entrypointShell("exec /app/run")
        .healthcheck(HealthcheckInstruction.of(Command.shell("curl -f http://localhost/ || exit 1"))
            .withInterval(Duration.ofMinutes(1))
            .withTimeout(Duration.ofMillis(1500))
            .withStartPeriod(Duration.ofSeconds(90))
            .withStartInterval(Duration.ofNanos(5))
            .withRetries(0))
        .healthcheck(HealthcheckInstruction.of(Command.exec("/hc")).withInterval(Duration.ofHours(2)))
        .healthcheck(HealthcheckInstruction.none())
        .stopSignal("SIGQUIT")
        .stopSignal("9")
        .maintainer("Jane <jane@example.com>")
        .add("https://example.com/tool.tar.gz", "/opt/")
        .copy("a", "b", "/dest/");
    return file.build();
  }

  static Dockerfile copyAndAddFlags() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.stage("build", "golang:1.23")
        .run("go build -o /out/app ./...");
    file.from("alpine:3.20")
        .copy(Copy.from(build).paths("/out/app", "/out/lib").to("/usr/local/bin/")
            .chown(UserSpec.of(1000)).chmod(0755).link().parents().exclude("*.md").exclude("tmp/"))
        .copy(Copy.from(ImageRef.of("nginx:1.27")).paths("/etc/nginx/nginx.conf").to("/etc/nginx/"))
        .copy(Copy.sources("a").to("/x").chmod(FileMode.parse("u=rwx,go=rx")))
        .copy(Copy.sources("b").to("/y").chmod(0))
        .copy(Copy.sources("c").to("/z").chmod(FileMode.parse("755")))
        .copy(Copy.sources("d").to("/w").chown(UserSpec.of("app", "app")))
        .instruction(CopyInstruction.of(List.of(CopySource.path("/out/app")), Value.of("/i"))
            .withFrom(StageRef.index(0)))
        .instruction(CopyInstruction.of(List.of(CopySource.path("/out/app")), Value.of("/k"))
            .withFrom(new StageRef("00")))
        .instruction(new CopyInstruction(StageRef.named("BUILD"), null, null, true, false, List.of(),
            List.of(CopySource.path("/out/app")), Value.of("/j")))
        .add(Add.sources("https://example.com/a.tgz").to("/opt/").checksum("sha256:" + "ab".repeat(32)))
        .add(Add.sources("https://github.com/acme/lib.git#v1.2.0").to("/src/lib").keepGitDir())
        .add(Add.sources("archive.tar").to("/opt/").unpack(false))
        .add(Add.sources("x", "y").to("/opt/").chown(UserSpec.of(1, 2)).chmod(FileMode.octal(0600)).link()
            .exclude("*.bak"))
        .instruction(new AddInstruction(null, null, false, List.of(), false, null, null,
            List.of(new CopySource.Path(Value.literal("price$5"))), Value.of("/opt/")))
        .instruction(new AddInstruction(null, null, false, List.of(), false, null, null,
            List.of(CopySource.heredoc(Heredoc.of("EOF", "inline\n"))), Value.of("/opt/inline")));
    return file.build();
  }

  static Dockerfile mounts() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder deps = file.stage("deps", "alpine:3.20").run("mkdir /deps");
    file.stage("use", "alpine:3.20")
        .run(Run.shell("ls /src").mount(Mount.bind("/src")))
        .run(Run.shell("ls /src").mount(Mount.bind("/src").withSource("sub").withReadWrite(true)))
        .run(Run.shell("ls /deps").mountFrom(deps, "/deps", "/mnt/deps"))
        .run(Run.shell("ls /deps").mount(Mount.bind("/mnt/deps").withFrom(deps.ref(), null)))
        .run(Run.shell("ls /deps").mount(Mount.bind("/mnt/deps").withFrom(deps.ref(), "/deps").withReadWrite(true)))
        .run(Run.shell("ls /img").mount(Mount.bind("/img").withFrom(ImageRef.of("busybox:1.36"), "/bin")))
        .run(Run.shell("ls /idx").mount(Mount.bind("/idx").withFrom(StageRef.index(0), "/")))
        .run(Run.shell("make").mount(Mount.cache("/cache")
            .withId("c1").withReadOnly(true).withSharing(CacheMount.Sharing.PRIVATE)
            .withFrom(deps.ref(), "/deps").withOwner(FileMode.octal(0700), 1000, 1000)))
        .run(Run.shell("make").mount(Mount.cache("/cache").withFrom(null, "seed")))
        .run(Run.shell("make").mount(Mount.cache("/cache").withOwner(null, null, 7)))
        .run(Run.shell("make").mount(Mount.cache("/cache").withSharing(CacheMount.Sharing.SHARED)))
        .run(Run.shell("make").mount(Mount.tmpfs("/tmp")).mount(Mount.tmpfs("/scratch").withSize("64m")))
        .run(Run.shell("cat /run/secrets/a").mount(Mount.secret("a")))
        .run(Run.shell("cat /s").mount(Mount.secret("b").withTarget("/s").withEnv("B").withRequired(true)
            .withOwner(FileMode.parse("0400"), 0, 0)))
        .run(Run.shell("cat /only-target").mount(new SecretMount(null, "/only-target", null, false, null, null, null)))
        .run(Run.shell("git clone git@github.com:acme/x").mount(Mount.ssh()))
        .run(Run.shell("ssh-add -l").mount(Mount.ssh().withId("gh").withTarget("/ssh").withRequired(true)))
        .run(Run.shell("ssh-add -l").mount(new SshMount(null, null, false, FileMode.octal(0600), 1, null)));
    return file.build();
  }

  static Dockerfile runFlags() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("flags", "alpine:3.20")
        .run(Run.shell("pip download x").network(RunInstruction.Network.HOST))
        .run(Run.shell("make test").network(RunInstruction.Network.NONE).security(RunInstruction.Security.INSECURE))
        .run(Run.shell("true").network(RunInstruction.Network.DEFAULT).security(RunInstruction.Security.SANDBOX))
        .run(Run.shell("nvidia-smi").device("nvidia.com/gpu=all").device("/dev/fuse"))
        .run(Run.exec("/bin/sh", "-c", "echo exec").mount(Mount.tmpfs("/tmp")))
        .run(Run.lines("apt-get update", "&& apt-get install -y curl").mount(Mount.cache("/var/cache/apt")));
    return file.build();
  }

  static Dockerfile directivesAndHeader() {
    DockerfileBuilder file = DockerfileBuilder.create()
        .syntax("docker/dockerfile:1")
        .escape('`')
        .check("skip=JSONArgsRecommended;error=true")
        .comment("Versions")
        .arg("GO_VERSION", "1.23.4")
        .arg("DISTROLESS")
        .blankLine()
        .comment("")
        .comment("  indented comment")
        .arg("BASE", "${DISTROLESS:-gcr.io/distroless/static}");
    file.stage("build", "golang:${GO_VERSION}")
        .comment("body comment")
        .blankLine()
        .run("go build ./...")
        .blankLine()
        .blankLine()
        .comment("trailing comment");
    file.stage("runtime", "$BASE")
        .leadingComment("first")
        .leadingComment("second")
        .run("C:\\path\\with\\backslash\\");
    return file.build();
  }

  static Dockerfile literalDollars() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("money", "alpine:3.20")
        .env("PRICE", Value.literal("$5"))
        .env("MIXED", Value.literal("cost: $").concat(Value.reference("AMOUNT")).concat(Value.of(" per ${UNIT}")))
        .env("REF_THEN_TEXT", Value.of("$A").concat(Value.literal("B")))
        .env("DEFAULTED", "${X:-fallback}")
        .env("TWO_DOLLARS", Value.literal("$$"))
        .label("price", Value.literal("$9.99"))
        .workdir(Value.literal("/srv/$weird"))
        .arg("LITERAL", "${NOT_EXPANDED}")
        .instruction(new ArgInstruction(List.of(new ArgDeclaration("PRICE", Value.literal("$5")))))
        .instruction(new VolumeInstruction(List.of(Value.literal("/v$1"), Value.of("/data"))))
        .copy(Copy.sources("a").literalPath("file$1").paths("b", "c").literalPath("$x").to("/dst/"))
        .copy(Copy.sources().literalPath("$only").to("/dst/"))
        .instruction(CopyInstruction.of(List.of(CopySource.path("x")), Value.literal("/dst$")))
        .instruction(CopyInstruction.of(
            List.of(new CopySource.Path(Value.literal("a$").concat(Value.reference("B")))), Value.of("/d/")))
        .instruction(new WorkdirInstruction(Value.ofParts(List.of(new Value.Reference("$HOME")))))
        .run("echo $HOME costs $5");
    return file.build();
  }

  static Dockerfile stageShapes() {
    DockerfileBuilder file = DockerfileBuilder.create();
    // FROM takes an earlier stage by name only (BuildKit reads "FROM 0" as an image), so the base is named
    StageBuilder first = file.stage("base", "alpine:3.20").run("echo base");
    StageBuilder buildEnv = file.stage("build-env", first).run("echo from base");
    file.stage("final", buildEnv).platform("$BUILDPLATFORM").run("echo keyword name");
    file.stage("file", "alpine:3.20").run("echo named like the builder variable");
    file.stage("BUILD", "alpine:3.20").platform("linux/arm64").run("echo upper case");
    file.stage(null, StageRef.named("final")).run("echo unnamed from named");
    file.stage("scratchy", "scratch").copy(Copy.from(first).paths("/bin/sh").to("/sh"));
    return file.build();
  }

  static Dockerfile manyPairs() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("pairs", "alpine:3.20")
        .instruction(new EnvInstruction(List.of(new KeyValue("A", Value.of("1")), new KeyValue("B", Value.of("$A")),
            new KeyValue("C", Value.literal("$")))))
        .instruction(new LabelInstruction(
            List.of(new KeyValue("a", Value.of("1")), new KeyValue("b c", Value.of("2")))))
        .instruction(new ArgInstruction(
            List.of(new ArgDeclaration("X", null), new ArgDeclaration("Y", Value.of("y")))));
    return file.build();
  }

  static Dockerfile shellForms() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("shells", "alpine:3.20")
        .run(Run.lines("./configure", "--prefix=/usr", "&& make"))
        .run(Run.lines("trailing space ", "  indented more"))
        .run(Run.of(Command.shell("odd \\\n  layout")))
        .run(Run.of(Command.shell("a\n    # a comment line\n    b")))
        .instruction(new CmdInstruction(ShellCommand.lines("exec node", "server.js")))
        .instruction(new EntrypointInstruction(Command.shell("exec \n  odd")))
        .healthcheck(HealthcheckInstruction.of(ShellCommand.lines("curl -f localhost", "|| exit 1")));
    return file.build();
  }

  static Dockerfile onBuild() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("base", "node:22")
        .onBuild(Copy.sources("package.json").to("./").build())
        .onBuild(Run.shell("npm ci").mount(Mount.cache("/root/.npm")).build())
        .onBuild(Add.sources("a").to("/b").build())
        .onBuild(EnvInstruction.of("NODE_ENV", Value.of("production")))
        .onBuild(new CopyInstruction(StageRef.named("builder"), null, null, false, false, List.of(),
            List.of(CopySource.path("/out")), Value.of("/app")))
        .onBuild(new LabelInstruction(List.of(new KeyValue("k", Value.literal("$v")))))
        .onBuild(new OpaqueInstruction("FOO", "bar"));
    return file.build();
  }

  static Dockerfile opaque() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("lenient", "alpine:3.20")
        .instruction(new OpaqueInstruction("COPY", "--doit=true foo /tmp/"))
        .instruction(new OpaqueInstruction("RUN", "--unknown <<EOF\nbody \"quoted\" \\\nEOF"))
        .instruction(new OpaqueInstruction("FROBNICATE", ""));
    return file.build();
  }

  static Dockerfile longLines() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.stage("a-very-long-stage-name-for-the-build", "registry.example.com:5000/team/images/builder:2024.12.01-bookworm")
        .run("apt-get update && apt-get install -y --no-install-recommends build-essential ca-certificates curl git && rm -rf /var/lib/apt/lists/*")
        .copy("first-long-source-file-name.txt", "second-long-source-file-name.txt", "third-source.txt", "/destination/")
        .cmd("java", "-XX:+UseContainerSupport", "-XX:MaxRAMPercentage=75", "-jar", "/app/application.jar", "--spring.profiles.active=prod");
    file.stage("runtime", "alpine:3.20")
        .copy(Copy.from(build).paths("/a/very/long/path/inside/the/build/stage/output").to("/and/a/long/destination/path")
            .chown(UserSpec.of(10001, 10001)).link())
        .run(Run.shell("make -j8 all").mount(Mount.cache("/root/.cache/some-very-long-cache-directory-name").withSharing(CacheMount.Sharing.LOCKED)));
    return file.build();
  }
}
