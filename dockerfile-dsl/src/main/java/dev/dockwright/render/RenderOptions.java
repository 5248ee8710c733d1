package dev.dockwright.render;

import java.util.Objects;

/**
 * How the renderer lays out a Dockerfile. The defaults keep every parsed element's source text, write
 * {@code # syntax=docker/dockerfile:1} when BuildKit-only features are used, and wrap nothing.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.defaults().withWrapWidth(100).withIndent("  ");
 * String text = new DockerfileRenderer(options).render(dockerfile);
 * }</pre>
 *
 * @param indent the indentation of continuation lines the renderer writes: spaces or tabs, possibly none
 * @param wrapWidth when above zero, a one-line RUN longer than this is wrapped before top-level {@code &&}
 *     with continuation lines (this changes the layout the parser reads back, not the commands)
 * @param syntaxDirective when to write {@code # syntax=docker/dockerfile:1} in a file that has none
 * @param preserveSource whether elements read by the parser keep their exact source text
 */
public record RenderOptions(String indent, int wrapWidth, SyntaxDirective syntaxDirective, boolean preserveSource) {

  /**
   * When the renderer adds a {@code # syntax=docker/dockerfile:1} directive to a file that has none. A file
   * rendered with its source never gets one.
   *
   * <pre>{@code
   * RenderOptions.defaults().withSyntaxDirective(RenderOptions.SyntaxDirective.ALWAYS)
   * }</pre>
   */
  public enum SyntaxDirective {
    /**
     * When the file uses a feature only BuildKit accepts: RUN flags, heredocs, {@code COPY --link},
     * {@code --parents}, {@code --exclude}, {@code --chmod}, the ADD flags of BuildKit,
     * {@code HEALTHCHECK --start-interval}.
     */
    WHEN_NEEDED,
    /** Always. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  /**
   * The frontend the renderer's syntax directive names: {@value}.
   */
  public static final String SYNTAX = "docker/dockerfile:1";

  /**
   * The frontend the renderer names instead when the file uses a feature of the labs channel only
   * ({@code RUN --device}): {@value}.
   */
  public static final String SYNTAX_LABS = "docker/dockerfile:1-labs";

  /**
   * Checks the options.
   *
   * @param indent the indentation of continuation lines: spaces or tabs, possibly none
   * @param wrapWidth the width past which one-line RUN commands are wrapped; 0 for never
   * @param syntaxDirective when to add a syntax directive
   * @param preserveSource whether parsed elements keep their source text
   * @throws NullPointerException when the indent or the policy is null
   * @throws IllegalArgumentException when the indent holds another character or the width is negative
   */
  public RenderOptions {
    Objects.requireNonNull(indent, "indent");
    if (!indent.chars().allMatch(c -> c == ' ' || c == '\t')) {
      throw new IllegalArgumentException("indent must be spaces or tabs");
    }
    if (wrapWidth < 0) {
      throw new IllegalArgumentException("not a valid wrap width: " + wrapWidth);
    }
    Objects.requireNonNull(syntaxDirective, "syntaxDirective");
  }

  /**
   * The defaults: four-space indent, no wrapping, syntax directive when needed, sources preserved.
   *
   * @return the default options
   */
  public static RenderOptions defaults() {
    return new RenderOptions("    ", 0, SyntaxDirective.WHEN_NEEDED, true);
  }

  /**
   * What {@code dockwright fmt} uses: every element rendered canonically, and nothing added that the file
   * does not have (no syntax directive).
   *
   * @return four-space indent, no wrapping, no syntax directive added, sources not preserved
   */
  public static RenderOptions canonical() {
    return new RenderOptions("    ", 0, SyntaxDirective.NEVER, false);
  }

  /**
   * These options with another indentation for continuation lines.
   *
   * @param indent spaces or tabs, such as {@code "  "}
   * @return new options
   * @throws IllegalArgumentException when the indent holds another character
   */
  public RenderOptions withIndent(String indent) {
    return new RenderOptions(indent, wrapWidth, syntaxDirective, preserveSource);
  }

  /**
   * These options wrapping long one-line RUN commands at this width.
   *
   * @param wrapWidth in chars, such as {@code 100}; 0 for never
   * @return new options
   * @throws IllegalArgumentException when the width is negative
   */
  public RenderOptions withWrapWidth(int wrapWidth) {
    return new RenderOptions(indent, wrapWidth, syntaxDirective, preserveSource);
  }

  /**
   * These options with another syntax directive policy.
   *
   * @param syntaxDirective such as {@code SyntaxDirective.NEVER}
   * @return new options
   * @throws NullPointerException when the policy is null
   */
  public RenderOptions withSyntaxDirective(SyntaxDirective syntaxDirective) {
    return new RenderOptions(indent, wrapWidth, syntaxDirective, preserveSource);
  }

  /**
   * These options keeping parsed elements' source text, or rendering everything canonically.
   *
   * @param preserveSource true to keep source text
   * @return new options
   */
  public RenderOptions withPreserveSource(boolean preserveSource) {
    return new RenderOptions(indent, wrapWidth, syntaxDirective, preserveSource);
  }
}
