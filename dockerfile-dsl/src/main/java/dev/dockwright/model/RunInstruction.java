package dev.dockwright.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code RUN [--mount=...]... [--network=...] [--security=...] [--device=...] <command>}.
 *
 * <pre>{@code
 * RunInstruction.of(Command.shell("npm ci")).withMounts(List.of(Mount.cache("/root/.npm")))
 * }</pre>
 */
public record RunInstruction(
    List<Mount> mounts, Network network, Security security, List<String> devices, Command command)
    implements Instruction {

  /** {@code --network}. */
  public enum Network {
    DEFAULT,
    NONE,
    HOST;

    /** As written after {@code --network=}. */
    public String text() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code --security}. */
  public enum Security {
    SANDBOX,
    INSECURE;

    /** As written after {@code --security=}. */
    public String text() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public RunInstruction {
    mounts = Values.copy(mounts, "mounts");
    devices = Values.copy(devices, "devices");
    devices.forEach(d -> Values.requireFlagValue(Values.requireToken(d, "device"), "device"));
    Objects.requireNonNull(command, "command");
  }

  /** A RUN of the command with no flags. */
  public static RunInstruction of(Command command) {
    return new RunInstruction(List.of(), null, null, List.of(), command);
  }

  /** With these mounts instead. */
  public RunInstruction withMounts(List<Mount> mounts) {
    return new RunInstruction(mounts, network, security, devices, command);
  }

  /** With this command instead. */
  public RunInstruction withCommand(Command command) {
    return new RunInstruction(mounts, network, security, devices, command);
  }

  @Override
  public String keyword() {
    return "RUN";
  }
}
