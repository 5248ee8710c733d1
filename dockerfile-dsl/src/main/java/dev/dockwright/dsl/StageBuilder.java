package dev.dockwright.dsl;

import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.Comment;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.MaintainerInstruction;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.Port;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageName;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.StopSignalInstruction;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import dev.dockwright.model.WorkdirInstruction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One stage of a {@link DockerfileBuilder}: its FROM, then instructions in the order they are added. Each
 * method returns this stage, so a stage reads top to bottom like the Dockerfile it writes.
 *
 * <pre>{@code
 * DockerfileBuilder file = DockerfileBuilder.create();
 * StageBuilder deps = file.stage("deps", "node:22.12.0-bookworm-slim")
 *     .workdir("/app")
 *     .copy("package.json", "package-lock.json", "./")
 *     .run("npm ci --omit=dev");
 * StageBuilder app = file.stage("app", "node:22.12.0-bookworm-slim")
 *     .workdir("/app")
 *     .env("NODE_ENV", "production")
 *     .copy(Copy.from(deps).paths("/app/node_modules").to("./node_modules"))
 *     .copy("dist/", "./dist/")
 *     .user(1000)
 *     .expose(8080)
 *     .cmd("node", "dist/server.js");
 * }</pre>
 */
public final class StageBuilder {
  private final DockerfileBuilder owner;
  private final int index;
  private FromInstruction from;
  private boolean alias;
  private final List<Element> leading = new ArrayList<>();
  private final List<Element> body = new ArrayList<>();

  StageBuilder(DockerfileBuilder owner, int index, String name, BuildSource image) {
    this.owner = owner;
    this.index = index;
    FromInstruction f = FromInstruction.of(image);
    this.from = name == null ? f : f.as(StageName.of(name).value());
  }

  DockerfileBuilder owner() {
    return owner;
  }

  String describe() {
    return from.optionalName().map(n -> "\"" + n.value() + "\"").orElse(Integer.toString(index));
  }

  /**
   * A reference to this stage, for {@code --from} and mounts.
   *
   * @return by name, or by 0-based index when the stage has no name
   */
  public StageRef ref() {
    return from.optionalName().map(n -> new StageRef(n.value())).orElse(StageRef.index(index));
  }

  /**
   * The stage name.
   *
   * @return the name given to {@link DockerfileBuilder#stage(String, String)}, or null for an unnamed stage
   */
  public String name() {
    return from.optionalName().map(StageName::value).orElse(null);
  }

  /**
   * Sets {@code --platform} on this stage's FROM.
   *
   * @param platform such as {@code $BUILDPLATFORM} or {@code linux/amd64}
   * @return this stage
   * @throws IllegalArgumentException when the platform is empty or holds a blank or a quote
   */
  public StageBuilder platform(String platform) {
    from = from.withPlatform(platform);
    return this;
  }

  /**
   * Removes the blank line that {@link DockerfileBuilder#stage} puts above every stage but the first, for
   * stages that follow the previous one directly.
   *
   * @return this stage
   */
  public StageBuilder withoutLeadingBlankLine() {
    if (!leading.isEmpty() && leading.get(0) instanceof BlankLine) {
      leading.remove(0);
    }
    return this;
  }

  /**
   * Adds a comment or blank line above this stage's FROM, after those already there.
   *
   * @param element a {@link Comment} or {@link BlankLine}
   * @return this stage
   * @throws NullPointerException when the element is null
   * @throws IllegalArgumentException when the element is an instruction
   */
  public StageBuilder leading(Element element) {
    if (element instanceof Instruction) {
      throw new IllegalArgumentException("only comments and blank lines can come before FROM");
    }
    leading.add(java.util.Objects.requireNonNull(element, "element"));
    return this;
  }

  /**
   * Marks the stage as an alias of its base image: it may have no instruction, as in
   * {@code FROM alpine:3.20 AS base} or a stage that a later {@code FROM binaries-$TARGETOS} picks. Without
   * this, a stage with no instruction that no later stage names is refused as a mistake.
   *
   * @return this stage
   */
  public StageBuilder alias() {
    this.alias = true;
    return this;
  }

  /**
   * Adds a blank line above this stage's FROM, after the comments and blank lines already there.
   *
   * @return this stage
   */
  public StageBuilder leadingBlankLine() {
    leading.add(new BlankLine());
    return this;
  }

  /**
   * Adds a comment line above this stage's FROM, rendered as {@code # text}.
   *
   * @param text the comment, on one line
   * @return this stage
   * @throws IllegalArgumentException when the text holds a line break
   */
  public StageBuilder leadingComment(String text) {
    leading.add(Comment.of(text));
    return this;
  }

  /**
   * Adds any instruction of the model, as it is.
   *
   * @param instruction such as {@code RunInstruction.of(Command.shell("make"))}
   * @return this stage
   * @throws NullPointerException when the instruction is null
   * @throws IllegalArgumentException when it is a FROM: a FROM starts a new stage
   */
  public StageBuilder instruction(Instruction instruction) {
    Objects.requireNonNull(instruction, "instruction");
    if (instruction instanceof FromInstruction) {
      throw new IllegalArgumentException("FROM starts a new stage: use DockerfileBuilder.stage");
    }
    body.add(instruction);
    return this;
  }

  /**
   * Adds a comment, blank line or instruction of the model, as it is.
   *
   * @param element the element
   * @return this stage
   * @throws NullPointerException when the element is null
   * @throws IllegalArgumentException when it is a FROM
   */
  public StageBuilder element(Element element) {
    if (element instanceof Instruction i) {
      return instruction(i);
    }
    body.add(java.util.Objects.requireNonNull(element, "element"));
    return this;
  }

  /**
   * Adds a comment line, rendered as {@code # text}.
   *
   * @param text the comment, on one line
   * @return this stage
   * @throws IllegalArgumentException when the text holds a line break
   */
  public StageBuilder comment(String text) {
    body.add(Comment.of(text));
    return this;
  }

  /**
   * Adds a blank line.
   *
   * @return this stage
   */
  public StageBuilder blankLine() {
    body.add(new BlankLine());
    return this;
  }

  /**
   * {@code RUN <command>} in shell form. A command of several lines is written as a heredoc script, which
   * the shell runs line by line.
   *
   * @param command such as {@code "npm ci"}; see {@link Run#shell(String)}
   * @return this stage
   * @throws NullPointerException when the command is null
   */
  public StageBuilder run(String command) {
    return instruction(Run.shell(command).build(owner));
  }

  /**
   * Adds a RUN with flags, mounts or another form.
   *
   * @param run such as {@code Run.shell("go build ./...").mount(Mount.cache("/root/.cache/go-build"))}
   * @return this stage
   * @throws IllegalArgumentException when a stage it mounts belongs to another builder, or a flag is not valid
   */
  public StageBuilder run(Run run) {
    return instruction(run.build(owner));
  }

  /**
   * Adds {@code RUN ["program", "arg"...]}, run without a shell.
   *
   * @param arguments the program and its arguments
   * @return this stage
   * @throws NullPointerException when an argument is null
   */
  public StageBuilder runExec(String... arguments) {
    return instruction(Run.exec(arguments).build(owner));
  }

  /**
   * Adds {@code COPY <source>... <destination>}: all arguments but the last are sources, and {@code $}
   * references in them expand.
   *
   * @param sourcesThenDestination such as {@code "package.json", "package-lock.json", "./"}
   * @return this stage
   * @throws IllegalArgumentException when there are fewer than two arguments, or a path is empty or holds an
   *     unclosed reference
   */
  public StageBuilder copy(String... sourcesThenDestination) {
    return instruction(Copy.sources(sources(sourcesThenDestination)).to(last(sourcesThenDestination)).build(owner));
  }

  /**
   * Adds a COPY with flags.
   *
   * @param copy such as {@code Copy.sources("src/").to("./src/").link()}
   * @return this stage
   * @throws IllegalArgumentException when the COPY has no destination, or takes from a stage of another
   *     builder
   */
  public StageBuilder copy(Copy copy) {
    return instruction(copy.build(owner));
  }

  /**
   * Adds {@code COPY --from=<stage> <source> <destination>}.
   *
   * @param stage an earlier stage of the same builder
   * @param source the path in that stage, such as {@code /out/app}
   * @param destination such as {@code /app}
   * @return this stage
   * @throws NullPointerException when the stage is null
   * @throws IllegalArgumentException when the stage belongs to another builder or a path is not valid
   */
  public StageBuilder copyFrom(StageBuilder stage, String source, String destination) {
    return instruction(Copy.from(stage).paths(source).to(destination).build(owner));
  }

  /**
   * Adds {@code ADD <source>... <destination>}: all arguments but the last are sources.
   *
   * @param sourcesThenDestination such as {@code "https://example.com/a.tar.gz", "/opt/"}
   * @return this stage
   * @throws IllegalArgumentException when there are fewer than two arguments or a path is not valid
   */
  public StageBuilder add(String... sourcesThenDestination) {
    return instruction(Add.sources(sources(sourcesThenDestination)).to(last(sourcesThenDestination)).build());
  }

  /**
   * Adds an ADD with flags.
   *
   * @param add such as {@code Add.sources("https://example.com/a.tar.gz").to("/opt/").checksum(digest)}
   * @return this stage
   * @throws IllegalArgumentException when the ADD has no destination or a flag is not valid
   */
  public StageBuilder add(Add add) {
    return instruction(add.build());
  }

  /**
   * Adds {@code ARG name} inside this stage, which brings a global argument of that name into scope.
   *
   * @param name such as {@code TARGETARCH}
   * @return this stage
   * @throws IllegalArgumentException when the name is not a valid argument name
   */
  public StageBuilder arg(String name) {
    return instruction(ArgInstruction.of(name));
  }

  /**
   * Adds {@code ARG name=default}; {@code $} references in the default expand.
   *
   * @param name such as {@code APP_VERSION}
   * @param defaultValue such as {@code 1.0.0}
   * @return this stage
   * @throws IllegalArgumentException when the name is not valid or the default has an unclosed reference
   */
  public StageBuilder arg(String name, String defaultValue) {
    return instruction(new ArgInstruction(List.of(new ArgDeclaration(name, Value.of(defaultValue)))));
  }

  /**
   * Adds {@code ENV name=value}; {@code $} references in the value expand.
   *
   * @param name such as {@code PATH}
   * @param value such as {@code /app/bin:$PATH}
   * @return this stage
   * @throws IllegalArgumentException when the name is not a valid variable name or the value has an unclosed
   *     reference
   */
  public StageBuilder env(String name, String value) {
    return env(name, Value.of(value));
  }

  /**
   * Adds {@code ENV name=value} with a value whose literal parts are kept as they are.
   *
   * @param name such as {@code GREETING}
   * @param value such as {@code Value.literal("costs $5")}
   * @return this stage
   * @throws IllegalArgumentException when the name is not a valid variable name
   */
  public StageBuilder env(String name, Value value) {
    return instruction(new EnvInstruction(List.of(new KeyValue(name, value))));
  }

  /**
   * Adds {@code LABEL key=value}; {@code $} references in the value expand.
   *
   * @param key such as {@code org.opencontainers.image.version}
   * @param value such as {@code $APP_VERSION}
   * @return this stage
   * @throws IllegalArgumentException when the key is empty or holds {@code =}, or the value has an unclosed
   *     reference
   */
  public StageBuilder label(String key, String value) {
    return label(key, Value.of(value));
  }

  /**
   * Adds {@code LABEL key=value} with the given value.
   *
   * @param key such as {@code org.opencontainers.image.title}
   * @param value such as {@code Value.literal("shop")}
   * @return this stage
   * @throws IllegalArgumentException when the key is empty or holds {@code =}
   */
  public StageBuilder label(String key, Value value) {
    return instruction(new LabelInstruction(List.of(new KeyValue(key, value))));
  }

  /**
   * Adds {@code EXPOSE} with TCP ports.
   *
   * @param ports at least one, each from 1 to 65535
   * @return this stage
   * @throws IllegalArgumentException when there is no port or one is out of range
   */
  public StageBuilder expose(int... ports) {
    List<Port> list = new ArrayList<>();
    for (int p : ports) {
      list.add(Port.tcp(p));
    }
    return instruction(new ExposeInstruction(list));
  }

  /**
   * Adds {@code EXPOSE} with ports that have protocols or ranges.
   *
   * @param ports at least one, such as {@code Port.udp(53)} or {@code Port.range(8000, 8010)}
   * @return this stage
   * @throws NullPointerException when a port is null
   * @throws IllegalArgumentException when there is no port
   */
  public StageBuilder expose(Port... ports) {
    return instruction(new ExposeInstruction(Arrays.asList(ports)));
  }

  /**
   * Adds {@code USER <uid>}.
   *
   * @param uid the numeric user id, such as {@code 10001}
   * @return this stage
   * @throws IllegalArgumentException when the id is negative
   */
  public StageBuilder user(int uid) {
    return user(UserSpec.of(uid));
  }

  /**
   * Adds {@code USER <user>[:<group>]}.
   *
   * @param user such as {@code UserSpec.of("app", "app")}
   * @return this stage
   * @throws NullPointerException when the user is null
   */
  public StageBuilder user(UserSpec user) {
    return instruction(new UserInstruction(user));
  }

  /**
   * Adds {@code WORKDIR <path>}; {@code $} references expand.
   *
   * @param path such as {@code /app}
   * @return this stage
   * @throws IllegalArgumentException when the path is empty, holds a line break or an unclosed reference
   */
  public StageBuilder workdir(String path) {
    return workdir(Value.of(path));
  }

  /**
   * Adds {@code WORKDIR <path>} with the given value.
   *
   * @param path such as {@code Value.literal("/srv/$app")}
   * @return this stage
   * @throws IllegalArgumentException when the path is empty or holds a line break
   */
  public StageBuilder workdir(Value path) {
    return instruction(new WorkdirInstruction(path));
  }

  /**
   * Adds {@code VOLUME <path>...}; {@code $} references expand.
   *
   * @param paths at least one, such as {@code /data}
   * @return this stage
   * @throws IllegalArgumentException when there is no path, or one is empty or holds a line break
   */
  public StageBuilder volume(String... paths) {
    List<Value> values = new ArrayList<>();
    for (String p : paths) {
      values.add(Value.of(p));
    }
    return instruction(new VolumeInstruction(values));
  }

  /**
   * Adds {@code CMD ["program", "arg"...]}: exec form, run without a shell.
   *
   * @param arguments such as {@code "node", "dist/server.js"}
   * @return this stage
   * @throws NullPointerException when an argument is null
   */
  public StageBuilder cmd(String... arguments) {
    return instruction(new CmdInstruction(Command.exec(arguments)));
  }

  /**
   * Adds {@code CMD <command>} in shell form, run by the SHELL ({@code /bin/sh -c} by default).
   *
   * @param command the command line, such as {@code "exec node server.js"}
   * @return this stage
   * @throws IllegalArgumentException when the command holds a line break
   */
  public StageBuilder cmdShell(String command) {
    return instruction(new CmdInstruction(ShellCommand.of(command)));
  }

  /**
   * Adds {@code ENTRYPOINT ["program", "arg"...]}: exec form, so signals reach the program.
   *
   * @param arguments such as {@code "/usr/bin/tini", "--"}
   * @return this stage
   * @throws NullPointerException when an argument is null
   */
  public StageBuilder entrypoint(String... arguments) {
    return instruction(new EntrypointInstruction(Command.exec(arguments)));
  }

  /**
   * Adds {@code ENTRYPOINT <command>} in shell form; the program runs under a shell and gets no signals.
   *
   * @param command the command line
   * @return this stage
   * @throws IllegalArgumentException when the command holds a line break
   */
  public StageBuilder entrypointShell(String command) {
    return instruction(new EntrypointInstruction(ShellCommand.of(command)));
  }

  /**
   * Adds {@code SHELL ["executable", "arg"...]}: the shell for later shell-form commands.
   *
   * @param shell at least one item, such as {@code "/bin/bash", "-o", "pipefail", "-c"}
   * @return this stage
   * @throws IllegalArgumentException when there is no item
   */
  public StageBuilder shell(String... shell) {
    return instruction(new ShellInstruction(Arrays.asList(shell)));
  }

  /**
   * Adds {@code HEALTHCHECK ... CMD ...} or {@code HEALTHCHECK NONE}.
   *
   * @param healthcheck such as {@code HealthcheckInstruction.of(Command.exec("/app/health"))}
   * @return this stage
   * @throws NullPointerException when the healthcheck is null
   */
  public StageBuilder healthcheck(HealthcheckInstruction healthcheck) {
    return instruction(healthcheck);
  }

  /**
   * Adds {@code STOPSIGNAL <signal>}.
   *
   * @param signal such as {@code SIGQUIT}
   * @return this stage
   * @throws IllegalArgumentException when the text is not a signal name or number
   */
  public StageBuilder stopSignal(String signal) {
    return instruction(new StopSignalInstruction(signal));
  }

  /**
   * Adds {@code ONBUILD <instruction>}, run when another image builds FROM this one.
   *
   * @param trigger such as {@code CopyInstruction.of(List.of(CopySource.path(".")), Value.literal("/app/"))}
   * @return this stage
   * @throws IllegalArgumentException when the trigger is ONBUILD, FROM or MAINTAINER
   */
  public StageBuilder onBuild(Instruction trigger) {
    return instruction(new OnBuildInstruction(trigger));
  }

  /**
   * Adds {@code MAINTAINER <name>}: deprecated, prefer {@code label("org.opencontainers.image.authors", name)}.
   *
   * @param name such as {@code Jane Doe}
   * @return this stage
   * @throws IllegalArgumentException when the name is blank or holds a line break
   */
  public StageBuilder maintainer(String name) {
    return instruction(new MaintainerInstruction(name));
  }

  Stage toStage(boolean mayBeEmpty) {
    if (!mayBeEmpty && !alias && body.stream().noneMatch(Instruction.class::isInstance)) {
      throw new IllegalArgumentException(
          "stage " + describe() + " is empty: add an instruction, remove it, or mark it alias()");
    }
    return new Stage(leading, from, body);
  }

  // Whether this stage builds on, copies from or mounts the stage with the given reference.
  boolean references(String ref) {
    if (from.image() instanceof StageRef r && r.name().equalsIgnoreCase(ref)) {
      return true;
    }
    for (Element e : body) {
      for (BuildSource s : dev.dockwright.model.Dockerfile.sourcesOf(e)) {
        if (s instanceof StageRef r && r.name().equalsIgnoreCase(ref)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String[] sources(String[] sourcesThenDestination) {
    if (sourcesThenDestination.length < 2) {
      throw new IllegalArgumentException("need at least one source and a destination");
    }
    return Arrays.copyOf(sourcesThenDestination, sourcesThenDestination.length - 1);
  }

  private static String last(String[] args) {
    return args[args.length - 1];
  }
}
