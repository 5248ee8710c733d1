package dev.dockwright.model;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code FROM [--platform=<platform>] <image|stage> [AS <name>]}: starts a stage.
 *
 * <pre>{@code
 * FromInstruction.of(ImageRef.of("golang:1.23.4-bookworm")).as("build")
 * }</pre>
 */
public record FromInstruction(String platform, BuildSource image, StageName name) implements Instruction {
  public FromInstruction {
    Objects.requireNonNull(image, "image");
    if (platform != null) {
      Values.requireToken(platform, "platform");
      Values.requireFlagValue(platform, "platform");
    }
  }

  /** {@code FROM image}. */
  public static FromInstruction of(BuildSource image) {
    return new FromInstruction(null, image, null);
  }

  /** With the stage name {@code AS name}. */
  public FromInstruction as(String name) {
    return new FromInstruction(platform, image, StageName.of(name));
  }

  /** With {@code --platform}, such as {@code $BUILDPLATFORM}. */
  public FromInstruction withPlatform(String platform) {
    return new FromInstruction(platform, image, name);
  }

  /** The stage name, if given. */
  public Optional<StageName> optionalName() {
    return Optional.ofNullable(name);
  }

  @Override
  public String keyword() {
    return "FROM";
  }
}
