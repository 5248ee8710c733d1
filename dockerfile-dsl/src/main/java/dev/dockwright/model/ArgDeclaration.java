package dev.dockwright.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One build argument of an ARG: a name and an optional default.
 *
 * <pre>{@code
 * new ArgDeclaration("NODE_VERSION", Value.literal("22"))   // ARG NODE_VERSION=22
 * new ArgDeclaration("TARGETARCH", null)                    // ARG TARGETARCH
 * }</pre>
 */
public record ArgDeclaration(String name, Value defaultValue) {
  public ArgDeclaration {
    Objects.requireNonNull(name, "name");
    Values.requireToken(name, "argument name");
    if (name.indexOf('=') >= 0 || ShellLines.readsAsFlag(name)) {
      throw new IllegalArgumentException("not a valid argument name: " + Quoted.of(name));
    }
    if (defaultValue != null) {
      Values.requireSingleLine(defaultValue, "default of ", name);
    }
  }

  /** The default value, if one is given. */
  public Optional<Value> optionalDefault() {
    return Optional.ofNullable(defaultValue);
  }
}
