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
 *
 * @param name the argument name: no blanks, quotes or {@code =}, not read as a flag
 * @param defaultValue the default, on one line; null when the ARG gives none (an empty value is a default:
 *     {@code ARG A=})
 */
public record ArgDeclaration(String name, Value defaultValue) {
  /**
   * Checks the declaration.
   *
   * @param name the argument name: no blanks, quotes or {@code =}, not read as a flag
   * @param defaultValue the default, on one line; null when the ARG gives none (an empty value is a default:
   *     {@code ARG A=})
   * @throws NullPointerException when the name is null
   * @throws IllegalArgumentException when the name is empty, holds a blank, a quote or {@code =}, starts like a
   *     flag, or the default holds a line break
   */
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

  /**
   * The default value, if one is given.
   *
   * @return the default; empty for {@code ARG NAME} without {@code =}
   */
  public Optional<Value> optionalDefault() {
    return Optional.ofNullable(defaultValue);
  }
}
