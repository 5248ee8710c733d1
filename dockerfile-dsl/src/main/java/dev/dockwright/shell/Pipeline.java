package dev.dockwright.shell;

import java.util.Objects;

/**
 * A {@code |} chain of commands, and the shell options in effect when it starts.
 *
 * <pre>{@code
 * ShellScript script = ShellScript.parse("set -eo pipefail; curl -fsSL https://example.com/x.tgz | tar -xz");
 * Pipeline download = script.pipelines().get(0);
 * download.length();              // 2
 * download.options().pipefail();  // true
 * script.commands().get(2).pipelineIndex();  // 1: tar is the second command of the chain
 * }</pre>
 *
 * <p>Every simple command belongs to a pipeline, most of them to one of length 1. An element of a pipeline may be
 * a compound command ({@code while ...; done | sort}); the simple commands inside it belong to pipelines of their
 * own.
 *
 * @param start offset of the first character ({@code !} when negated)
 * @param end offset just after the last command
 * @param length how many commands the chain has
 * @param negated whether it starts with {@code !}
 * @param options the options in effect when the pipeline starts; {@code options().pipefail()} says whether a
 *     failure on the left of a {@code |} fails the chain
 */
public record Pipeline(int start, int end, int length, boolean negated, ShellOptions options) {

  /**
   * Checks the span and the length.
   *
   * @param start offset of the first character ({@code !} when negated), 0 or more
   * @param end offset just after the last command, not before {@code start}
   * @param length how many commands the chain has, 1 or more
   * @param negated whether it starts with {@code !}
   * @param options the options in effect when the pipeline starts
   * @throws NullPointerException if {@code options} is null
   * @throws IllegalArgumentException if the span is negative or reversed, or {@code length} is less than 1
   */
  public Pipeline {
    Objects.requireNonNull(options, "options");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: " + start + ".." + end);
    }
    if (length < 1) {
      throw new IllegalArgumentException("a pipeline has at least one command: " + length);
    }
  }
}
