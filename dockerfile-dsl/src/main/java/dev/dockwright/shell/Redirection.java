package dev.dockwright.shell;

import java.util.Objects;
import java.util.Optional;

/**
 * A redirection of a simple command, kept apart from its arguments.
 *
 * <pre>{@code
 * SimpleCommand mark = ShellScript.parse("apt-mark auto '.*' > /dev/null 2>&1").commands().get(0);
 * mark.arguments();                              // [auto, '.*']
 * mark.redirections().get(0).operator();         // >
 * mark.redirections().get(0).target().text();    // /dev/null
 * mark.redirections().get(1).fd();               // 2
 * mark.redirections().get(1).target().text();    // 1
 * }</pre>
 *
 * @param start offset of the first character (the descriptor number, when there is one)
 * @param end offset just after the target word
 * @param fd the descriptor redirected: the number written before the operator, else 0 for operators that start
 *     with {@code <} and 1 for the others (bash's {@code &>} and {@code &>>} redirect 1 and 2)
 * @param operator one of {@code < > >> >| <> <& >& << <<- <<< &> &>>}
 * @param target the word after the operator: a file, a descriptor for {@code <&} and {@code >&}, the delimiter of
 *     a here-document, the string of a here-string
 * @param hereDocument the body, for {@code <<} and {@code <<-}
 */
public record Redirection(int start, int end, int fd, String operator, Word target,
    Optional<HereDocument> hereDocument) {

  /**
   * Checks the span and that only here-document operators carry a body.
   *
   * @param start offset of the first character, 0 or more
   * @param end offset just after the target word, not before {@code start}
   * @param fd the descriptor redirected: 2 for {@code 2>&1}, 1 for {@code > log}, 0 for {@code < in}
   * @param operator the operator as written: {@code >}, {@code >>}, {@code <<-}, {@code &>}
   * @param target the word after the operator: {@code /dev/null}, {@code 1} for {@code 2>&1}
   * @param hereDocument the body for {@code <<} and {@code <<-}, else empty (never null)
   * @throws NullPointerException if {@code operator}, {@code target} or {@code hereDocument} is null
   * @throws IllegalArgumentException if the span is negative or reversed, or a body comes with an operator that
   *     does not start with {@code <<}
   */
  public Redirection {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(hereDocument, "hereDocument");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: " + start + ".." + end);
    }
    if (hereDocument.isPresent() && !operator.startsWith("<<")) {
      throw new IllegalArgumentException("not a here-document operator: " + operator);
    }
  }
}
