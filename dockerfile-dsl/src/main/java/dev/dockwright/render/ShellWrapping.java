package dev.dockwright.render;

/** Wraps a long one-line shell command before its top-level {@code &&} operators. */
final class ShellWrapping {
  private ShellWrapping() {}

  /**
   * The script with {@code \n} (a continuation) and the indent before each top-level {@code &&} that lies
   * past the width; quoted text, {@code $(...)} and backquotes are never split.
   */
  static String wrap(String script, int width, String indent) {
    if (script.length() + 4 <= width) {
      return script;
    }
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    int depth = 0;
    char quote = 0;
    int lastBreak = 0;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '\\') {
        i++;
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && c == ' ' && script.startsWith(" && ", i) && i > lineStart) {
        out.append(script, lastBreak, i).append(" \n").append(indent);
        lastBreak = i + 1;
        lineStart = i;
      }
    }
    out.append(script, lastBreak, script.length());
    return out.toString();
  }
}
