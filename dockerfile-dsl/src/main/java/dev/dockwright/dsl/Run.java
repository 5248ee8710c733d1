package dev.dockwright.dsl;

import dev.dockwright.model.Command;
import dev.dockwright.model.ExecCommand;
import dev.dockwright.model.Mount;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A RUN with its flags: mounts, network, security.
 *
 * <pre>{@code
 * stage.run(Run.shell("npm ci --omit=dev")
 *     .mount(Mount.cache("/root/.npm"))
 *     .mount(Mount.secret("npm_token").withTarget("/root/.npmrc")));
 * stage.run(Run.lines("apt-get update", "&& apt-get install -y --no-install-recommends curl"));
 * }</pre>
 */
public final class Run {
  private final Command command;
  private final List<Mount> mounts = new ArrayList<>();
  private final List<String> devices = new ArrayList<>();
  private RunInstruction.Network network;
  private RunInstruction.Security security;
  private final List<StageBuilder> pendingStages = new ArrayList<>();

  private Run(Command command) {
    this.command = Objects.requireNonNull(command, "command");
  }

  /**
   * A shell-form command. One line stays one line; several lines become a heredoc script
   * ({@code RUN <<EOF}), as does a command that ends with a backslash, which on one line would continue
   * into the next instruction.
   *
   * @param command the command, such as {@code "npm ci --omit=dev"}
   * @return a new RUN with no flags
   * @throws NullPointerException when the command is null
   */
  public static Run shell(String command) {
    Objects.requireNonNull(command, "command");
    String trimmed = command.stripTrailing();
    if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0 || trimmed.endsWith("\\")) {
      return new Run(ShellCommand.script(command.replace("\r\n", "\n").replace('\r', '\n')));
    }
    return new Run(ShellCommand.of(command));
  }

  /**
   * A shell-form command written over several physical lines joined by continuations; see
   * {@link ShellCommand#lines(String...)}.
   *
   * @param lines the physical lines, such as {@code "apt-get update", "&& apt-get install -y curl"}
   * @return a new RUN with no flags
   * @throws IllegalArgumentException when a line holds a line break
   */
  public static Run lines(String... lines) {
    return new Run(ShellCommand.lines(lines));
  }

  /**
   * An exec-form command: {@code RUN ["program", "arg"...]}, run without a shell.
   *
   * @param arguments the program and its arguments
   * @return a new RUN with no flags
   * @throws NullPointerException when an argument is null
   */
  public static Run exec(String... arguments) {
    return new Run(new ExecCommand(Arrays.asList(arguments)));
  }

  /**
   * A RUN of a command of the model.
   *
   * @param command a shell or exec command
   * @return a new RUN with no flags
   * @throws NullPointerException when the command is null
   */
  public static Run of(Command command) {
    return new Run(command);
  }

  /**
   * Adds a {@code --mount}.
   *
   * @param mount such as {@code Mount.cache("/root/.npm")}
   * @return this RUN
   * @throws NullPointerException when the mount is null
   */
  public Run mount(Mount mount) {
    mounts.add(Objects.requireNonNull(mount, "mount"));
    return this;
  }

  /**
   * Adds a bind mount of a path of another stage: {@code --mount=type=bind,from=<stage>,...}.
   *
   * @param stage an earlier stage of the same builder
   * @param source the path in that stage, such as {@code /out}
   * @param target where it appears during the RUN, such as {@code /mnt/out}
   * @return this RUN
   * @throws IllegalArgumentException when a path is empty or holds a comma, a blank or a quote
   */
  public Run mountFrom(StageBuilder stage, String source, String target) {
    mounts.add(Mount.bind(target).withFrom(stage.ref(), source));
    pendingStages.add(stage);
    return this;
  }

  /**
   * Sets {@code --network=none|host|default}.
   *
   * @param network the network; null for none written
   * @return this RUN
   */
  public Run network(RunInstruction.Network network) {
    this.network = network;
    return this;
  }

  /**
   * Sets {@code --security=insecure|sandbox}.
   *
   * @param security the mode; null for none written
   * @return this RUN
   */
  public Run security(RunInstruction.Security security) {
    this.security = security;
    return this;
  }

  /**
   * Adds {@code --device=<device>}: a CDI device for the command.
   *
   * @param device such as {@code vendor.com/gpu=all}
   * @return this RUN
   */
  public Run device(String device) {
    devices.add(device);
    return this;
  }

  RunInstruction build(DockerfileBuilder owner) {
    for (StageBuilder s : pendingStages) {
      owner.checkOwned(s);
    }
    return new RunInstruction(mounts, network, security, devices, command);
  }

  /**
   * The model instruction, for use outside a {@link DockerfileBuilder}.
   *
   * @return the instruction
   * @throws NullPointerException when a device is null
   * @throws IllegalArgumentException when a device name is not valid
   */
  public RunInstruction build() {
    return new RunInstruction(mounts, network, security, devices, command);
  }
}
