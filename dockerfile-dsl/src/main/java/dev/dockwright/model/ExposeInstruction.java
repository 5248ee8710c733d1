package dev.dockwright.model;

import java.util.List;

/**
 * {@code EXPOSE <port>[/<protocol>] ...}: documents the ports the container listens on.
 *
 * <pre>{@code
 * new ExposeInstruction(List.of(Port.tcp(8080), Port.udp(53)))   // EXPOSE 8080 53/udp
 * }</pre>
 *
 * @param ports the ports, at least one, in the order written
 */
public record ExposeInstruction(List<Port> ports) implements Instruction {
  /**
   * Checks and copies the ports.
   *
   * @param ports the ports, at least one, in the order written
   * @throws NullPointerException when the list or one of its items is null
   * @throws IllegalArgumentException when the list is empty
   */
  public ExposeInstruction {
    ports = Values.copy(ports, "ports");
    if (ports.isEmpty()) {
      throw new IllegalArgumentException("EXPOSE needs at least one port");
    }
  }

  @Override
  public String keyword() {
    return "EXPOSE";
  }
}
