package dev.dockwright.shell;

import java.util.Objects;

/**
 * The body of a shell here-document ({@code <<EOF}), which the reader skips rather than reading as commands.
 *
 * <pre>{@code
 * ShellScript script = ShellScript.parse("cat <<-'EOF' > /etc/motd\n\tHello\n\tEOF\necho done\n");
 * HereDocument motd = script.commands().get(0).redirections().get(0).hereDocument().orElseThrow();
 * motd.delimiter();  // EOF
 * motd.quoted();     // true: no expansion happens in the body
 * motd.body();       // "\tHello\n"
 * motd.content();    // "Hello\n"
 * }</pre>
 *
 * @param delimiter the word that ends the body, with its quotes removed
 * @param quoted whether the delimiter was quoted, in which case nothing in the body is expanded
 * @param stripsTabs whether the operator was {@code <<-}, which strips leading tabs from each body line
 * @param bodyStart offset of the first body character: just after the line that holds the operator
 * @param bodyEnd offset just after the body: the start of the delimiter line, or the end of the text
 * @param body the body as written, leading tabs included
 * @param terminated whether a delimiter line was found; if not, the body runs to the end of the text
 */
public record HereDocument(String delimiter, boolean quoted, boolean stripsTabs, int bodyStart, int bodyEnd,
    String body, boolean terminated) {

  /**
   * Checks that the span fits the body.
   *
   * @param delimiter the word that ends the body, with its quotes removed: {@code EOF}
   * @param quoted whether the delimiter was quoted ({@code 'EOF'}, {@code "EOF"}, {@code \EOF})
   * @param stripsTabs whether the operator was {@code <<-}
   * @param bodyStart offset of the first body character, 0 or more
   * @param bodyEnd offset just after the body, {@code bodyStart + body.length()}
   * @param body the body as written, leading tabs included; empty when the delimiter line comes right away
   * @param terminated whether a delimiter line was found
   * @throws NullPointerException if {@code delimiter} or {@code body} is null
   * @throws IllegalArgumentException if {@code bodyStart} is negative or {@code bodyEnd - bodyStart} is not the
   *     length of {@code body}
   */
  public HereDocument {
    Objects.requireNonNull(delimiter, "delimiter");
    Objects.requireNonNull(body, "body");
    if (bodyStart < 0 || bodyEnd - bodyStart != body.length()) {
      throw new IllegalArgumentException("span " + bodyStart + ".." + bodyEnd + " does not fit the body");
    }
  }

  /**
   * The body as the command reads it: with {@code <<-}, leading tabs are stripped from every line.
   *
   * @return {@code "Hello\n"} for the body {@code "\tHello\n"} of a {@code <<-} here-document; the {@link #body()}
   *     itself for {@code <<}; expansions are left as written even when the delimiter is unquoted
   */
  public String content() {
    if (!stripsTabs) {
      return body;
    }
    StringBuilder content = new StringBuilder(body.length());
    boolean lineStart = true;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!(lineStart && c == '\t')) {
        content.append(c);
        lineStart = c == '\n';
      }
    }
    return content.toString();
  }
}
