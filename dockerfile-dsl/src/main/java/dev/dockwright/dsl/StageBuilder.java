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

  /** A reference to this stage, for {@code --from} and mounts: by name, or by index if it has none. */
  public StageRef ref() {
    return from.optionalName().map(n -> new StageRef(n.value())).orElse(StageRef.index(index));
  }

  /** The stage name, or null for an unnamed stage. */
  public String name() {
    return from.optionalName().map(StageName::value).orElse(null);
  }

  /** Sets {@code --platform} on this stage's FROM, such as {@code $BUILDPLATFORM}. */
  public StageBuilder platform(String platform) {
    from = from.withPlatform(platform);
    return this;
  }

  /**
   * Removes the blank line that {@link DockerfileBuilder#stage} puts above every stage but the first, for
   * stages that follow the previous one directly.
   */
  public StageBuilder withoutLeadingBlankLine() {
    if (!leading.isEmpty() && leading.get(0) instanceof BlankLine) {
      leading.remove(0);
    }
    return this;
  }

  /** A comment or blank line above this stage's FROM, after those already there. */
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
   */
  public StageBuilder alias() {
    this.alias = true;
    return this;
  }

  /** A blank line above this stage's FROM, after the comments and blank lines already there. */
  public StageBuilder leadingBlankLine() {
    leading.add(new BlankLine());
    return this;
  }

  /** A comment line above this stage's FROM. */
  public StageBuilder leadingComment(String text) {
    leading.add(Comment.of(text));
    return this;
  }

  /** Any instruction of the model. */
  public StageBuilder instruction(Instruction instruction) {
    Objects.requireNonNull(instruction, "instruction");
    if (instruction instanceof FromInstruction) {
      throw new IllegalArgumentException("FROM starts a new stage: use DockerfileBuilder.stage");
    }
    body.add(instruction);
    return this;
  }

  /** A comment, blank line or instruction of the model, as it is. */
  public StageBuilder element(Element element) {
    if (element instanceof Instruction i) {
      return instruction(i);
    }
    body.add(java.util.Objects.requireNonNull(element, "element"));
    return this;
  }

  /** A comment line. */
  public StageBuilder comment(String text) {
    body.add(Comment.of(text));
    return this;
  }

  /** A blank line. */
  public StageBuilder blankLine() {
    body.add(new BlankLine());
    return this;
  }

  /**
   * {@code RUN <command>} in shell form. A command of several lines is written as a heredoc script, which
   * the shell runs line by line.
   */
  public StageBuilder run(String command) {
    return instruction(Run.shell(command).build(owner));
  }

  /** A RUN with flags, mounts or another form. */
  public StageBuilder run(Run run) {
    return instruction(run.build(owner));
  }

  /** {@code RUN ["program", "arg"...]}. */
  public StageBuilder runExec(String... arguments) {
    return instruction(Run.exec(arguments).build(owner));
  }

  /** {@code COPY <source>... <destination>}: all arguments but the last are sources. */
  public StageBuilder copy(String... sourcesThenDestination) {
    return instruction(Copy.sources(sources(sourcesThenDestination)).to(last(sourcesThenDestination)).build(owner));
  }

  /** A COPY with flags. */
  public StageBuilder copy(Copy copy) {
    return instruction(copy.build(owner));
  }

  /** {@code COPY --from=<stage> <source> <destination>}. */
  public StageBuilder copyFrom(StageBuilder stage, String source, String destination) {
    return instruction(Copy.from(stage).paths(source).to(destination).build(owner));
  }

  /** {@code ADD <source>... <destination>}: all arguments but the last are sources. */
  public StageBuilder add(String... sourcesThenDestination) {
    return instruction(Add.sources(sources(sourcesThenDestination)).to(last(sourcesThenDestination)).build());
  }

  /** An ADD with flags. */
  public StageBuilder add(Add add) {
    return instruction(add.build());
  }

  /** {@code ARG name} inside this stage (brings a global argument into scope). */
  public StageBuilder arg(String name) {
    return instruction(ArgInstruction.of(name));
  }

  /** {@code ARG name=default}; {@code $} references in the default expand. */
  public StageBuilder arg(String name, String defaultValue) {
    return instruction(new ArgInstruction(List.of(new ArgDeclaration(name, Value.of(defaultValue)))));
  }

  /** {@code ENV name=value}; {@code $} references in the value expand. */
  public StageBuilder env(String name, String value) {
    return env(name, Value.of(value));
  }

  /** {@code ENV name=value} with a value whose literal parts are kept as they are. */
  public StageBuilder env(String name, Value value) {
    return instruction(new EnvInstruction(List.of(new KeyValue(name, value))));
  }

  /** {@code LABEL key=value}; {@code $} references in the value expand. */
  public StageBuilder label(String key, String value) {
    return label(key, Value.of(value));
  }

  /** {@code LABEL key=value} with the given value. */
  public StageBuilder label(String key, Value value) {
    return instruction(new LabelInstruction(List.of(new KeyValue(key, value))));
  }

  /** {@code EXPOSE} TCP ports. */
  public StageBuilder expose(int... ports) {
    List<Port> list = new ArrayList<>();
    for (int p : ports) {
      list.add(Port.tcp(p));
    }
    return instruction(new ExposeInstruction(list));
  }

  /** {@code EXPOSE} ports with protocols or ranges. */
  public StageBuilder expose(Port... ports) {
    return instruction(new ExposeInstruction(Arrays.asList(ports)));
  }

  /** {@code USER <uid>}. */
  public StageBuilder user(int uid) {
    return user(UserSpec.of(uid));
  }

  /** {@code USER <user>[:<group>]}. */
  public StageBuilder user(UserSpec user) {
    return instruction(new UserInstruction(user));
  }

  /** {@code WORKDIR <path>}; {@code $} references expand. */
  public StageBuilder workdir(String path) {
    return workdir(Value.of(path));
  }

  /** {@code WORKDIR <path>} with the given value. */
  public StageBuilder workdir(Value path) {
    return instruction(new WorkdirInstruction(path));
  }

  /** {@code VOLUME <path>...}; {@code $} references expand. */
  public StageBuilder volume(String... paths) {
    List<Value> values = new ArrayList<>();
    for (String p : paths) {
      values.add(Value.of(p));
    }
    return instruction(new VolumeInstruction(values));
  }

  /** {@code CMD ["program", "arg"...]}: exec form, run without a shell. */
  public StageBuilder cmd(String... arguments) {
    return instruction(new CmdInstruction(Command.exec(arguments)));
  }

  /** {@code CMD <command>} in shell form, run by {@code /bin/sh -c}. */
  public StageBuilder cmdShell(String command) {
    return instruction(new CmdInstruction(ShellCommand.of(command)));
  }

  /** {@code ENTRYPOINT ["program", "arg"...]}: exec form, so signals reach the program. */
  public StageBuilder entrypoint(String... arguments) {
    return instruction(new EntrypointInstruction(Command.exec(arguments)));
  }

  /** {@code ENTRYPOINT <command>} in shell form. */
  public StageBuilder entrypointShell(String command) {
    return instruction(new EntrypointInstruction(ShellCommand.of(command)));
  }

  /** {@code SHELL ["executable", "arg"...]}. */
  public StageBuilder shell(String... shell) {
    return instruction(new ShellInstruction(Arrays.asList(shell)));
  }

  /** {@code HEALTHCHECK ... CMD ...} or {@code HEALTHCHECK NONE}. */
  public StageBuilder healthcheck(HealthcheckInstruction healthcheck) {
    return instruction(healthcheck);
  }

  /** {@code STOPSIGNAL <signal>}. */
  public StageBuilder stopSignal(String signal) {
    return instruction(new StopSignalInstruction(signal));
  }

  /** {@code ONBUILD <instruction>}. */
  public StageBuilder onBuild(Instruction trigger) {
    return instruction(new OnBuildInstruction(trigger));
  }

  /** {@code MAINTAINER <name>}: deprecated, prefer {@code label("org.opencontainers.image.authors", ...)}. */
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
