package dev.dockwright.javagen;

import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BindMount;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.Comment;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExecCommand;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.FileMode;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Heredoc;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.MaintainerInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.OpaqueInstruction;
import dev.dockwright.model.ParserDirective;
import dev.dockwright.model.Port;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SecretMount;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.SshMount;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageName;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.StopSignalInstruction;
import dev.dockwright.model.TmpfsMount;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import dev.dockwright.model.WorkdirInstruction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random Dockerfile models, made with the model's constructors (not the DSL), so that they take shapes the
 * DSL was not written for: every instruction with random flags, values with literal and referenced dollars,
 * strings with quotes, backslashes, tabs, control and non-ASCII characters, stages referring to earlier ones
 * by name or index. Parts the model refuses are drawn again. Deterministic for a seed.
 *
 * <pre>{@code
 * Dockerfile d = new RandomModels(42).dockerfile();
 * }</pre>
 */
final class RandomModels {
  private static final String[] WORDS = {
    "a", "/app", "./", "src/", "*.go", "$HOME", "${HOME}", "${X:-def}", "$5", "$", "a$", "$$", "x y", "é",
    "\"q\"", "'s'", "back\\slash", "tab\there", "C:\\dir", "${A}${B}", "$A$B", "100%", "{brace}", "~user",
    "\u0001ctl", "end\\", "--flag", "#hash", "C:\\users\\u0041", "emoji\uD83D\uDE00"
  };
  private static final String[] IMAGES = {
    "alpine:3.20", "golang:1.23.4-bookworm", "node:22", "scratch", "ghcr.io/acme/app@sha256:" + "ab".repeat(32),
    "${BASE_IMAGE}", "registry:5000/x/y:tag", "$IMG"
  };
  private static final String[] STAGE_NAMES = {
    "build", "runtime", "final", "deps", "build-env", "Builder", "file", "base_1", "x.y", "STAGE", "new"
  };

  private final Random random;

  RandomModels(long seed) {
    this.random = new Random(seed);
  }

  /** A random model; tries again until the model accepts one. */
  Dockerfile dockerfile() {
    while (true) {
      try {
        return tryDockerfile();
      } catch (IllegalArgumentException e) {
        // refused by the model: draw again
      }
    }
  }

  private Dockerfile tryDockerfile() {
    List<ParserDirective> directives = new ArrayList<>();
    if (chance(3)) {
      directives.add(ParserDirective.syntax(pick("docker/dockerfile:1", "docker/dockerfile:1.7-labs")));
    }
    if (chance(4)) {
      directives.add(ParserDirective.escape(random.nextBoolean() ? '`' : '\\'));
    }
    if (chance(6)) {
      directives.add(ParserDirective.check("skip=" + pick("all", "JSONArgsRecommended")));
    }
    if (chance(6)) {
      directives.add(new ParserDirective(pick("Syntax", "CHECK", "foo", "x-y_z"), pick("1", "a=b", "docker/dockerfile:1")));
    }
    List<Element> header = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      header.add(oneOf(
          () -> ArgInstruction.of(pick("BASE_IMAGE", "GO_VERSION", "IMG")),
          () -> new ArgInstruction(List.of(new ArgDeclaration(pick("BASE_IMAGE", "V"), Value.of(word())))),
          () -> new ArgInstruction(List.of(new ArgDeclaration("A", value()), new ArgDeclaration("B", null))),
          () -> new ArgInstruction(List.of(new ArgDeclaration("L", Value.literal(word())))),
          this::comment,
          () -> BlankLine.INSTANCE));
    }
    List<Stage> stages = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      List<Element> leading = new ArrayList<>();
      // Mostly one blank line above a later stage, as DockerfileBuilder.stage puts it; sometimes none or more.
      if (i > 0 && !chance(5)) {
        leading.add(BlankLine.INSTANCE);
      }
      for (int c = random.nextInt(3); c > 0; c--) {
        leading.add(chance(4) ? BlankLine.INSTANCE : comment());
      }
      String name = chance(4) ? null : pick(STAGE_NAMES);
      if (name != null && names.stream().anyMatch(name::equalsIgnoreCase)) {
        name = null;
      }
      BuildSource image = i > 0 && chance(3) ? earlierStage(names, i) : ImageRef.of(pick(IMAGES));
      FromInstruction from = new FromInstruction(chance(4) ? pick("$BUILDPLATFORM", "linux/amd64") : null,
          image, name == null ? null : StageName.of(name));
      // Now and then a stage without instructions: an alias when a later stage names it, else refused.
      List<Element> body = new ArrayList<>();
      boolean empty = chance(12);
      if (!empty) {
        body.add(instruction(names, i));
      }
      for (int e = empty ? random.nextInt(2) : random.nextInt(8); e > 0; e--) {
        int kind = random.nextInt(5);
        body.add(kind < 3 && !empty ? instruction(names, i) : kind == 3 ? comment() : BlankLine.INSTANCE);
      }
      stages.add(new Stage(leading, from, body));
      names.add(name);
    }
    return Dockerfile.of(directives, header, stages);
  }

  private Instruction instruction(List<String> names, int stage) {
    while (true) {
      try {
        return tryInstruction(names, stage, true);
      } catch (IllegalArgumentException e) {
        // refused by the model: draw again
      }
    }
  }

  private Instruction tryInstruction(List<String> names, int stage, boolean onBuildAllowed) {
    switch (random.nextInt(onBuildAllowed ? 19 : 18)) {
      case 0:
      case 1:
        return run(names, stage);
      case 2:
      case 3:
        return copy(names, stage);
      case 4:
        return new AddInstruction(chance(3) ? user() : null, chance(3) ? mode() : null, chance(3),
            excludes(), chance(4), chance(4) ? "sha256:" + "cd".repeat(32) : null,
            chance(4) ? random.nextBoolean() : null, sources(false), value());
      case 5: {
        List<ArgDeclaration> args = new ArrayList<>();
        for (int i = 1 + (chance(4) ? 1 : 0); i > 0; i--) {
          args.add(new ArgDeclaration(pick("A", "B_1", "VERSION"), chance(2) ? null : value()));
        }
        return new ArgInstruction(args);
      }
      case 6:
        return new EnvInstruction(pairs());
      case 7:
        return new LabelInstruction(pairs());
      case 8: {
        List<Port> ports = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          ports.add(pick(List.of(Port.tcp(1 + random.nextInt(65535)), Port.udp(53), Port.range(8000, 8100),
              Port.parse("${PORT}"), Port.parse("80/TCP"), Port.parse("0"), Port.parse("007"))));
        }
        return new ExposeInstruction(ports);
      }
      case 9:
        return new UserInstruction(user());
      case 10:
        return new WorkdirInstruction(value());
      case 11: {
        List<Value> paths = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
          paths.add(value());
        }
        return new VolumeInstruction(paths);
      }
      case 12:
        return new CmdInstruction(command(false));
      case 13:
        return new EntrypointInstruction(command(false));
      case 14:
        return new ShellInstruction(List.of(pick("/bin/bash", "cmd"), word(), "-c"));
      case 15:
        if (chance(4)) {
          return HealthcheckInstruction.none();
        }
        return new HealthcheckInstruction(duration(), duration(), duration(), duration(),
            chance(2) ? random.nextInt(10) : null, command(false));
      case 16:
        return oneOf(() -> new StopSignalInstruction(pick("SIGTERM", "9", "$SIG", "SIGRTMIN+3")),
            () -> new MaintainerInstruction(word() + " <" + word() + ">"));
      case 17:
        return new OpaqueInstruction(pick("FROB", "COPY", "RUN"), word() + " " + word());
      default:
        return new OnBuildInstruction(tryInstruction(List.of(), 0, false));
    }
  }

  private RunInstruction run(List<String> names, int stage) {
    List<Mount> mounts = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      mounts.add(mount(names, stage));
    }
    List<String> devices = chance(6) ? List.of("/dev/fuse") : List.of();
    return new RunInstruction(mounts,
        chance(5) ? pick(List.of(RunInstruction.Network.values())) : null,
        chance(6) ? pick(List.of(RunInstruction.Security.values())) : null,
        devices, command(true));
  }

  private CopyInstruction copy(List<String> names, int stage) {
    BuildSource from = chance(2) ? null : chance(2) && stage > 0 ? earlierStage(names, stage) : ImageRef.of("nginx:1");
    return new CopyInstruction(from, chance(3) ? user() : null, chance(3) ? mode() : null, chance(4), chance(6),
        excludes(), sources(from == null), value());
  }

  private Mount mount(List<String> names, int stage) {
    String target = pick("/cache", "/root/.npm", "/src", "/run/x");
    Integer uid = chance(3) ? random.nextInt(2000) : null;
    switch (random.nextInt(5)) {
      case 0:
        return new CacheMount(target, chance(3) ? "id1" : null, chance(4),
            chance(3) ? pick(List.of(CacheMount.Sharing.values())) : null,
            chance(4) && stage > 0 ? earlierStage(names, stage) : null, chance(4) ? "/seed" : null,
            chance(4) ? mode() : null, uid, chance(3) ? 7 : null);
      case 1:
        return new BindMount(target, chance(2) ? "sub" : null,
            chance(2) && stage > 0 ? earlierStage(names, stage) : chance(5) ? ImageRef.of("busybox:1") : null,
            chance(4));
      case 2:
        return new TmpfsMount(target, chance(2) ? pick("64m", "1024", "1.5g") : null);
      case 3:
        return new SecretMount(chance(5) ? null : "token", chance(2) ? target : null, chance(3) ? "TOKEN" : null,
            chance(3), chance(4) ? mode() : null, uid, chance(4) ? 0 : null);
      default:
        return new SshMount(chance(3) ? "gh" : null, chance(3) ? "/ssh" : null, chance(3),
            chance(5) ? mode() : null, chance(5) ? uid : null, null);
    }
  }

  private Command command(boolean run) {
    switch (random.nextInt(run ? 5 : 3)) {
      case 0: {
        List<String> args = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          args.add(word());
        }
        return new ExecCommand(args);
      }
      case 1:
        return ShellCommand.of(script());
      case 2:
        return chance(2)
            ? ShellCommand.lines(script(), "&& " + script(), "|| " + script())
            : Command.shell(script() + "\n" + pick("    ", "  ", "\t", "") + script());
      case 3: {
        String body = script() + "\n" + script() + "\n";
        return chance(2) ? ShellCommand.script(body)
            : new ShellCommand("<<EOT", List.of(Heredoc.of("EOT", body)));
      }
      default:
        return new ShellCommand("cat <<" + (chance(2) ? "-" : "") + "X > /f",
            List.of(new Heredoc("X", random.nextBoolean(), random.nextBoolean(), "\t" + script() + "\n")));
    }
  }

  private List<CopySource> sources(boolean heredocAllowed) {
    List<CopySource> sources = new ArrayList<>();
    if (heredocAllowed && chance(5)) {
      sources.add(CopySource.heredoc(chance(2)
          ? Heredoc.literal(chance(2) ? "EOF" : "END", script() + "\n")
          : Heredoc.of("EOF", script() + "\n")));
      return sources;
    }
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      sources.add(new CopySource.Path(value()));
    }
    return sources;
  }

  private List<KeyValue> pairs() {
    List<KeyValue> pairs = new ArrayList<>();
    for (int i = 1 + (chance(3) ? 1 + random.nextInt(2) : 0); i > 0; i--) {
      pairs.add(new KeyValue(pick("A", "PATH", "org.opencontainers.image.title", "K_" + i), value()));
    }
    return pairs;
  }

  private List<String> excludes() {
    return chance(4) ? List.of("*.md", "tmp/") : List.of();
  }

  private UserSpec user() {
    return pick(List.of(UserSpec.of(1000), UserSpec.of(0, 0), UserSpec.of("app"), UserSpec.of("app", "staff"),
        UserSpec.parse("${UID}:${GID}"), UserSpec.parse("007")));
  }

  private FileMode mode() {
    return pick(List.of(FileMode.octal(0755), FileMode.octal(0), FileMode.parse("644"),
        FileMode.parse("u=rwx,go=rx"), FileMode.parse("04755")));
  }

  private Duration duration() {
    return chance(2) ? null : pick(List.of(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMillis(250),
        Duration.ofNanos(17), Duration.ofHours(1), Duration.ZERO, Duration.ofSeconds(90)));
  }

  private BuildSource earlierStage(List<String> names, int stage) {
    int index = random.nextInt(stage);
    String name = names.get(index);
    if (name == null || chance(4)) {
      return StageRef.index(index);
    }
    return new StageRef(chance(6) ? name.toUpperCase(java.util.Locale.ROOT) : name);
  }

  private Comment comment() {
    return chance(8) ? new Comment(pick("", "no space", " ")) : Comment.of(word().replace("\n", ""));
  }

  // A value of literal text, references, or both.
  private Value value() {
    Value v = Value.empty();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String w = word();
      v = v.concat(chance(3) ? Value.literal(w) : Value.of(w));
    }
    return v.isEmpty() ? Value.of("x") : v;
  }

  private String script() {
    return word() + " " + word();
  }

  private String word() {
    return pick(WORDS);
  }

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  @SafeVarargs
  private <T> T pick(T... items) {
    return items[random.nextInt(items.length)];
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  private <T> T oneOf(Supplier<? extends T>... makers) {
    return makers[random.nextInt(makers.length)].get();
  }
}
