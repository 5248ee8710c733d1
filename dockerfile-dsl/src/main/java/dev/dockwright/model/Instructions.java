package dev.dockwright.model;

import java.util.Objects;

/** Checks that several instruction records share. */
final class Instructions {
  private Instructions() {}

  static void requireNoHeredoc(Command command, String keyword) {
    Objects.requireNonNull(command, "command");
    if (command instanceof ShellCommand shell && !shell.heredocs().isEmpty()) {
      throw new IllegalArgumentException(keyword + " cannot take a heredoc");
    }
  }
}
