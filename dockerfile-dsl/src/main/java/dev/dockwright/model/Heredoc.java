package dev.dockwright.model;

import java.util.Objects;

/**
 * A here-document of a RUN or COPY: {@code <<EOF} (or {@code <<-EOF}, which strips leading tabs, or a quoted
 * {@code <<"EOF"} whose body is not expanded) and its body.
 *
 * <pre>{@code
 * Heredoc.of("EOF", "set -eux\napt-get update\n")   // RUN <<EOF, the two lines, EOF
 * Heredoc.literal("EOF", "echo $HOME\n").marker()     // "<<\"EOF\""
 * }</pre>
 *
 * @param delimiter the word that ends the body: letters, digits, {@code _}, {@code -} or {@code .}
 * @param expand whether BuildKit expands variables in the body (an unquoted delimiter)
 * @param stripTabs whether leading tabs of the body lines are stripped ({@code <<-})
 * @param body the lines as written, each ending with {@code \n}; may be empty; no line may equal the
 *     delimiter
 */
public record Heredoc(String delimiter, boolean expand, boolean stripTabs, String body) {
  /**
   * Checks the delimiter and the body.
   *
   * @param delimiter the word that ends the body: letters, digits, {@code _}, {@code -} or {@code .}
   * @param expand whether BuildKit expands variables in the body (an unquoted delimiter)
   * @param stripTabs whether leading tabs of the body lines are stripped ({@code <<-})
   * @param body the lines as written, each ending with {@code \n}; may be empty; no line may equal the
   *     delimiter
   * @throws NullPointerException when the delimiter or the body is null
   * @throws IllegalArgumentException when the delimiter is empty or holds another character, the body does not
   *     end with a newline, holds a carriage return, or has a line equal to the delimiter
   */
  public Heredoc {
    Objects.requireNonNull(delimiter, "delimiter");
    Objects.requireNonNull(body, "body");
    if (delimiter.isEmpty() || !isDelimiter(delimiter)) {
      throw new IllegalArgumentException("not a valid heredoc delimiter: " + Quoted.of(delimiter));
    }
    if (!body.isEmpty() && !body.endsWith("\n")) {
      throw new IllegalArgumentException("heredoc body must end with a newline: " + Quoted.of(body));
    }
    if (body.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("heredoc body cannot hold a carriage return: " + Quoted.of(body));
    }
    // each line, without its leading tabs when they are stripped, must differ from the delimiter
    int lineStart = 0;
    while (true) {
      int lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = body.length();
      }
      int textStart = lineStart;
      while (stripTabs && textStart < lineEnd && body.charAt(textStart) == '\t') {
        textStart++;
      }
      if (lineEnd - textStart == delimiter.length() && body.startsWith(delimiter, textStart)) {
        throw new IllegalArgumentException("heredoc body contains its delimiter line: " + Quoted.of(delimiter));
      }
      if (lineEnd == body.length()) {
        break;
      }
      lineStart = lineEnd + 1;
    }
  }

  private static boolean isDelimiter(String delimiter) {
    for (int i = 0; i < delimiter.length(); i++) {
      char c = delimiter.charAt(i);
      if (!(c == '_' || c == '-' || c == '.' || (c < 128 && Character.isLetterOrDigit(c)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An expanding heredoc ({@code <<EOF}); a missing final newline is added.
   *
   * @param delimiter such as {@code EOF}
   * @param body the text, such as {@code "set -eux\napt-get update\n"}
   * @return the heredoc
   * @throws IllegalArgumentException when the delimiter is not valid or a body line equals it
   */
  public static Heredoc of(String delimiter, String body) {
    return new Heredoc(delimiter, true, false, withFinalNewline(body));
  }

  /**
   * A heredoc with a quoted delimiter ({@code <<"EOF"}): BuildKit does not expand its body. A missing final
   * newline is added.
   *
   * @param delimiter such as {@code EOF}
   * @param body the text, kept as it is, dollars included
   * @return the heredoc
   * @throws IllegalArgumentException when the delimiter is not valid or a body line equals it
   */
  public static Heredoc literal(String delimiter, String body) {
    return new Heredoc(delimiter, false, false, withFinalNewline(body));
  }

  /**
   * The body as the builder sees it: with leading tabs removed for {@code <<-}.
   *
   * @return the body, or the body with each line's leading tabs removed
   */
  public String content() {
    if (!stripTabs) {
      return body;
    }
    StringBuilder sb = new StringBuilder(body.length());
    for (String line : body.split("(?<=\n)")) {
      int i = 0;
      while (i < line.length() && line.charAt(i) == '\t') {
        i++;
      }
      sb.append(line, i, line.length());
    }
    return sb.toString();
  }

  /**
   * The marker as written in the instruction line.
   *
   * @return {@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"} or {@code <<-"EOF"}
   */
  public String marker() {
    return "<<" + (stripTabs ? "-" : "") + (expand ? delimiter : "\"" + delimiter + "\"");
  }

  private static String withFinalNewline(String body) {
    Objects.requireNonNull(body, "body");
    return body.isEmpty() || body.endsWith("\n") ? body : body + "\n";
  }
}
