package dev.dockwright.model;

import java.util.Objects;

/**
 * Where an element was read from: its exact text and its positions.
 *
 * <pre>{@code
 * SourceSpan span = dockerfile.sourceOf(run).orElseThrow();
 * System.out.println(span.start().line() + ": " + span.text());
 * }</pre>
 *
 * @param text the exact source: all physical lines, with their line ends, continuation lines, comments inside
 *     them and heredoc bodies
 * @param start the position of the element's first character
 * @param end the position just after the element's last character on its last line, line end excluded:
 *     {@code FROM x} on line 1 ends at {@code 1:7}
 * @param startOffset the char index of the first character in the file's text, from 0
 * @param endOffset the char index just after the element's text (its final line end included), not before
 *     {@code startOffset}
 */
public record SourceSpan(String text, SourcePosition start, SourcePosition end, int startOffset, int endOffset) {
  /**
   * Checks the span.
   *
   * @param text the exact source: all physical lines, with their line ends, continuation lines, comments inside
   *     them and heredoc bodies
   * @param start the position of the element's first character
   * @param end the position just after the element's last character on its last line, line end excluded:
   *     {@code FROM x} on line 1 ends at {@code 1:7}
   * @param startOffset the char index of the first character in the file's text, from 0
   * @param endOffset the char index just after the element's text (its final line end included), not before
   *     {@code startOffset}
   * @throws NullPointerException when the text or a position is null
   * @throws IllegalArgumentException when an offset is negative or the end offset is before the start
   */
  public SourceSpan {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException("not a valid span: " + startOffset + ".." + endOffset);
    }
  }
}
