package dev.dockwright.model;

import java.util.Objects;

/**
 * Where an element was read from: its exact text (all physical lines, with their line ends, continuation
 * lines, comments inside them and heredoc bodies) and its positions. {@code end} is the position of the
 * last character of the element, line end excluded.
 *
 * <pre>{@code
 * SourceSpan span = dockerfile.sourceOf(run).orElseThrow();
 * System.out.println(span.start().line() + ": " + span.text());
 * }</pre>
 */
public record SourceSpan(String text, SourcePosition start, SourcePosition end, int startOffset, int endOffset) {
  public SourceSpan {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException("not a valid span: " + startOffset + ".." + endOffset);
    }
  }
}
