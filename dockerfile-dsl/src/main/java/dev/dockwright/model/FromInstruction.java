package dev.dockwright.model;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code FROM [--platform=<platform>] <image|stage> [AS <name>]}: starts a stage.
 *
 * <pre>{@code
 * FromInstruction.of(ImageRef.of("golang:1.23.4-bookworm")).as("build")
 *     .withPlatform("$BUILDPLATFORM")   // FROM --platform=$BUILDPLATFORM golang:1.23.4-bookworm AS build
 * }</pre>
 *
 * @param platform the {@code --platform} value, such as {@code linux/amd64}; null when not written
 * @param image the image or earlier stage the stage starts from
 * @param name the stage name given with {@code AS}; null for none
 */
public record FromInstruction(String platform, BuildSource image, StageName name) implements Instruction {
  /**
   * Checks the parts.
   *
   * @param platform the {@code --platform} value, such as {@code linux/amd64}; null when not written
   * @param image the image or earlier stage the stage starts from
   * @param name the stage name given with {@code AS}; null for none
   * @throws NullPointerException when the image is null
   * @throws IllegalArgumentException when the platform is empty, holds a blank or a quote, or text BuildKit
   *     would misread
   */
  public FromInstruction {
    Objects.requireNonNull(image, "image");
    if (platform != null) {
      Values.requireToken(platform, "platform");
      Values.requireFlagValue(platform, "platform");
    }
  }

  /**
   * {@code FROM image}, unnamed and with no platform.
   *
   * @param image an image, such as {@code ImageRef.of("alpine:3.20")}, or an earlier stage
   * @return the instruction
   * @throws NullPointerException when the image is null
   */
  public static FromInstruction of(BuildSource image) {
    return new FromInstruction(null, image, null);
  }

  /**
   * This FROM with the stage name {@code AS name}.
   *
   * @param name such as {@code build}
   * @return a new instruction; this one is unchanged
   * @throws IllegalArgumentException when the name is not a valid stage name
   */
  public FromInstruction as(String name) {
    return new FromInstruction(platform, image, StageName.of(name));
  }

  /**
   * This FROM with {@code --platform}.
   *
   * @param platform such as {@code $BUILDPLATFORM} or {@code linux/arm64}; null for none
   * @return a new instruction; this one is unchanged
   * @throws IllegalArgumentException when the platform holds a blank or a quote
   */
  public FromInstruction withPlatform(String platform) {
    return new FromInstruction(platform, image, name);
  }

  /**
   * The stage name, if given.
   *
   * @return the name after {@code AS}; empty for an unnamed stage
   */
  public Optional<StageName> optionalName() {
    return Optional.ofNullable(name);
  }

  @Override
  public String keyword() {
    return "FROM";
  }
}
