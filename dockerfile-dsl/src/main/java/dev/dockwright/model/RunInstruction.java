package dev.dockwright.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code RUN [--mount=...]... [--network=...] [--security=...] [--device=...] <command>}: runs a command in
 * a new layer.
 *
 * <pre>{@code
 * RunInstruction.of(Command.shell("npm ci")).withMounts(List.of(Mount.cache("/root/.npm")))
 * // RUN --mount=type=cache,target=/root/.npm npm ci
 * }</pre>
 *
 * @param mounts the {@code --mount} flags, in order; may be empty
 * @param network the {@code --network} flag; null when not written
 * @param security the {@code --security} flag; null when not written
 * @param devices the {@code --device} flags (CDI device names), in order; may be empty
 * @param command the command, shell form (possibly with heredocs) or exec form
 */
public record RunInstruction(
    List<Mount> mounts, Network network, Security security, List<String> devices, Command command)
    implements Instruction {

  /**
   * {@code --network}: the network the command runs in.
   *
   * <pre>{@code
   * RunInstruction.Network.NONE.text()   // "none"
   * }</pre>
   */
  public enum Network {
    /** The build's default network. */
    DEFAULT,
    /** No network: the command cannot reach anything. */
    NONE,
    /** The host's network; the builder must allow the {@code network.host} entitlement. */
    HOST;

    /**
     * The value as written after {@code --network=}.
     *
     * @return the name in lower case, such as {@code "none"}
     */
    public String text() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * {@code --security}: whether the command runs sandboxed.
   *
   * <pre>{@code
   * RunInstruction.Security.INSECURE.text()   // "insecure"
   * }</pre>
   */
  public enum Security {
    /** The default sandbox. */
    SANDBOX,
    /** Privileged; the builder must allow the {@code security.insecure} entitlement. */
    INSECURE;

    /**
     * The value as written after {@code --security=}.
     *
     * @return the name in lower case, such as {@code "insecure"}
     */
    public String text() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks and copies the flags.
   *
   * @param mounts the {@code --mount} flags, in order; may be empty
   * @param network the {@code --network} flag; null when not written
   * @param security the {@code --security} flag; null when not written
   * @param devices the {@code --device} flags (CDI device names), in order; may be empty
   * @param command the command, shell form (possibly with heredocs) or exec form
   * @throws NullPointerException when a list, one of its items, or the command is null
   * @throws IllegalArgumentException when a device name holds a blank, a quote or text BuildKit would misread
   */
  public RunInstruction {
    mounts = Values.copy(mounts, "mounts");
    devices = Values.copy(devices, "devices");
    Values.requireFlagTokens(devices, "device");
    Objects.requireNonNull(command, "command");
  }

  /**
   * A RUN of the command with no flags.
   *
   * @param command the command to run
   * @return {@code RUN command}
   * @throws NullPointerException when the command is null
   */
  public static RunInstruction of(Command command) {
    return new RunInstruction(List.of(), null, null, List.of(), command);
  }

  /**
   * This RUN with other mounts.
   *
   * @param mounts the {@code --mount} flags, replacing the current ones; may be empty
   * @return a new instruction; this one is unchanged
   */
  public RunInstruction withMounts(List<Mount> mounts) {
    return new RunInstruction(mounts, network, security, devices, command);
  }

  /**
   * This RUN with another command, flags kept.
   *
   * @param command the new command
   * @return a new instruction; this one is unchanged
   */
  public RunInstruction withCommand(Command command) {
    return new RunInstruction(mounts, network, security, devices, command);
  }

  @Override
  public String keyword() {
    return "RUN";
  }
}
