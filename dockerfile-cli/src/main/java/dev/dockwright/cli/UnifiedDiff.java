package dev.dockwright.cli;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line, with three lines of context (like {@code diff -u}). */
final class UnifiedDiff {
  private UnifiedDiff() {}

  private record Op(char kind, String line, int a, int b) {}

  static String diff(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    // Longest common subsequence table; Dockerfiles are small.
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Op> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        ops.add(new Op(' ', a.get(i), i++, j++));
      } else if (j < b.size() && (i >= a.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
        ops.add(new Op('+', b.get(j), i, j++));
      } else {
        ops.add(new Op('-', a.get(i), i++, j));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(name).append('\n').append("+++ ").append(name).append(" (optimized)\n");
    int k = 0;
    while (k < ops.size()) {
      if (ops.get(k).kind() == ' ') {
        k++;
        continue;
      }
      int start = Math.max(0, k - 3);
      int end = k;
      // extend the hunk while changes are within 6 lines of each other
      int lastChange = k;
      while (end < ops.size() && end - lastChange <= 6) {
        if (ops.get(end).kind() != ' ') {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + 4);
      int aStart = ops.get(start).a();
      int bStart = ops.get(start).b();
      int aCount = 0;
      int bCount = 0;
      for (int x = start; x < end; x++) {
        if (ops.get(x).kind() != '+') {
          aCount++;
        }
        if (ops.get(x).kind() != '-') {
          bCount++;
        }
      }
      out.append("@@ -").append(aStart + 1).append(',').append(aCount)
          .append(" +").append(bStart + 1).append(',').append(bCount).append(" @@\n");
      for (int x = start; x < end; x++) {
        out.append(ops.get(x).kind()).append(ops.get(x).line()).append('\n');
      }
      k = end;
    }
    return out.toString();
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
