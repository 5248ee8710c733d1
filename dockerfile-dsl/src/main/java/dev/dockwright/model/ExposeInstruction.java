package dev.dockwright.model;

import java.util.List;

/**
 * {@code EXPOSE <port>[/<protocol>] ...}: documents the ports the container listens on.
 *
 * <pre>{@code
 * new ExposeInstruction(List.of(Port.tcp(8080)))
 * }</pre>
 */
public record ExposeInstruction(List<Port> ports) implements Instruction {
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
