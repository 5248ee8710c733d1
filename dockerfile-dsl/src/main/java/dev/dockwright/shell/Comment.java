package dev.dockwright.shell;

import java.util.Objects;

/**
 * A shell comment: a {@code #} that starts a word, to the end of its line.
 *
 * <pre>{@code
 * ShellScript script = ShellScript.parse("make install # as root\n");
 * script.comments().get(0).text();  // # as root
 * }</pre>
 *
 * <p>A rewrite that appends to a line must know about them: {@code make # x && rm -rf /tmp} runs no {@code rm}.
 *
 * @param start offset of the {@code #}
 * @param end offset of the end of the line (before {@code \r\n} or {@code \n}), or of the text
 * @param text the comment, {@code #} included
 */
public record Comment(int start, int end, String text) {

  /**
   * Checks that the span fits the text.
   *
   * @param start offset of the {@code #}, 0 or more
   * @param end offset of the end of the line, {@code start + text.length()}
   * @param text the comment, {@code #} included: {@code # as root}
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code start} is negative or {@code end - start} is not the length of
   *     {@code text}
   */
  public Comment {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("span " + start + ".." + end + " does not fit the comment: " + text);
    }
  }
}
