package dev.dockwright.optimize;

import dev.dockwright.model.ShellCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edits a shell command at offsets of its command line (the text the shell receives, where the shell
 * reader's offsets point), applied to its layout (with continuation lines and the comment lines inside
 * them), so that the layout survives.
 */
final class ScriptEdits {
  private record Edit(int start, int end, String text) {}

  private final ShellCommand command;
  private final List<Edit> edits = new ArrayList<>();

  ScriptEdits(ShellCommand command) {
    this.command = command;
  }

  /** Inserts text before the character at {@code offset} of the command line. */
  ScriptEdits insert(int offset, String text) {
    edits.add(new Edit(offset, offset, text));
    return this;
  }

  /** Replaces the command-line range [start, end) with text. */
  ScriptEdits replace(int start, int end, String text) {
    edits.add(new Edit(start, end, text));
    return this;
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /** The edited command. */
  ShellCommand apply() {
    String script = command.script();
    int[] layoutOffset = layoutOffsets(script, command.commandLine().length());
    StringBuilder sb = new StringBuilder(script);
    // From the end backwards; at one offset the later edit first, so that insertions keep their order.
    List<Edit> sorted = new ArrayList<>(edits);
    java.util.Collections.reverse(sorted);
    sorted.sort(Comparator.comparingInt(Edit::start).reversed());
    for (Edit e : sorted) {
      int start = layoutOffset[e.start()];
      int end = e.end() == e.start() ? start : layoutOffset[e.end() - 1] + 1;
      sb.replace(start, end, e.text());
    }
    // An edit at the end can leave lines of blanks there, which would continue the command.
    String edited = sb.toString().stripTrailing();
    return new ShellCommand(edited, command.heredocs());
  }

  // For each command-line offset (and one past the end), its offset in the layout script.
  private static int[] layoutOffsets(String script, int commandLineLength) {
    int[] map = new int[commandLineLength + 1];
    String[] lines = script.split("\n", -1);
    int layout = 0;
    int line = 0;
    int k = 0;
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].stripLeading();
      // as ShellCommand.commandLine(): comment lines inside the continuation, and a last line of blanks
      boolean dropped = i > 0 && (trimmed.startsWith("#") || (i == lines.length - 1 && trimmed.isEmpty()));
      if (!dropped) {
        for (int j = 0; j < lines[i].length() && k < commandLineLength; j++) {
          map[k++] = layout + j;
        }
      }
      layout += lines[i].length() + 1;
      line++;
    }
    map[commandLineLength] = script.length();
    return map;
  }
}
