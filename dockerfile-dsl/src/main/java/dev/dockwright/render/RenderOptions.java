package dev.dockwright.render;

import java.util.Objects;

/**
 * How the renderer lays out a Dockerfile. The defaults keep every parsed element's source text, write
 * {@code # syntax=docker/dockerfile:1} when BuildKit-only features are used, and wrap nothing.
 *
 * <pre>{@code
 * RenderOptions.defaults().withWrapWidth(100).withIndent("  ")
 * }</pre>
 *
 * @param indent the indentation of continuation lines the renderer writes
 * @param wrapWidth when above zero, a one-line RUN longer than this is wrapped before top-level {@code &&}
 *     with continuation lines (this changes the layout the parser reads back, not the commands)
 * @param syntaxDirective when to write {@code # syntax=docker/dockerfile:1} in a file that has none
 * @param preserveSource whether elements read by the parser keep their exact source text
 */
public record RenderOptions(String indent, int wrapWidth, SyntaxDirective syntaxDirective, boolean preserveSource) {

  /** When the renderer adds a {@code # syntax=docker/dockerfile:1} directive to a file that has none. */
  public enum SyntaxDirective {
    /** When the file uses a feature only BuildKit accepts (mounts, heredocs, --link, ...). */
    WHEN_NEEDED,
    /** Always. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  /** The directive the renderer adds. */
  public static final String SYNTAX = "docker/dockerfile:1";

  /** The directive the renderer adds instead when the file uses a labs-only feature ({@code RUN --device}). */
  public static final String SYNTAX_LABS = "docker/dockerfile:1-labs";

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

  /** Four-space indent, no wrapping, syntax directive when needed, sources preserved. */
  public static RenderOptions defaults() {
    return new RenderOptions("    ", 0, SyntaxDirective.WHEN_NEEDED, true);
  }

  /**
   * What {@code dockwright fmt} uses: every element rendered canonically, and nothing added that the file
   * does not have (no syntax directive).
   */
  public static RenderOptions canonical() {
    return new RenderOptions("    ", 0, SyntaxDirective.NEVER, false);
  }

  /** With another indentation for continuation lines. */
  public RenderOptions withIndent(String indent) {
    return new RenderOptions(indent, wrapWidth, syntaxDirective, preserveSource);
  }

  /** Wrapping long one-line RUN commands at this width (0: never). */
  public RenderOptions withWrapWidth(int wrapWidth) {
    return new RenderOptions(indent, wrapWidth, syntaxDirective, preserveSource);
  }

  /** With another syntax directive policy. */
  public RenderOptions withSyntaxDirective(SyntaxDirective syntaxDirective) {
    return new RenderOptions(indent, wrapWidth, syntaxDirective, preserveSource);
  }

  /** Keeping parsed elements' source text, or rendering everything canonically. */
  public RenderOptions withPreserveSource(boolean preserveSource) {
    return new RenderOptions(indent, wrapWidth, syntaxDirective, preserveSource);
  }
}
