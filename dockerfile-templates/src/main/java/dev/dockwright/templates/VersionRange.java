package dev.dockwright.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks versions against the ranges projects write: npm's semver ranges ({@code ^20.1.0}, {@code >=18 <21},
 * {@code 20.x || 22.x}) and Python's specifiers ({@code >=3.10,<3.13}, {@code ~=3.11}, {@code ==3.12.*}) with
 * Poetry's caret and tilde. Versions are compared by their first three numbers.
 */
final class VersionRange {
  private VersionRange() {}

  /** Whether the version satisfies the npm semver range. */
  static boolean npmAllows(String range, String version) {
    int[] v = numbers(version);
    for (String alternative : range.split("\\|\\|")) {
      String alt = alternative.strip();
      if (alt.isEmpty() || alt.equals("*") || alt.equalsIgnoreCase("x")) {
        return true;
      }
      int hyphen = alt.indexOf(" - ");
      boolean ok;
      if (hyphen > 0) {
        ok = compare(v, numbers(alt.substring(0, hyphen).strip())) >= 0
            && upperBoundAllows(v, alt.substring(hyphen + 3).strip());
      } else {
        ok = true;
        for (String comparator : alt.replaceAll("(>=|<=|>|<|=|\\^|~)\\s+", "$1").split("\\s+")) {
          ok &= comparatorAllows(comparator, v, false);
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** Whether the version satisfies the PEP 440 specifiers (comma separated), or a Poetry constraint. */
  static boolean pythonAllows(String specifiers, String version) {
    int[] v = numbers(version);
    for (String alternative : specifiers.split("\\|\\|")) {
      boolean ok = true;
      for (String spec : alternative.split(",")) {
        String s = spec.strip();
        if (s.isEmpty() || s.equals("*")) {
          continue;
        }
        if (s.startsWith("~=")) {
          String base = s.substring(2).strip();
          int given = base.split("\\.").length;
          int[] low = numbers(base);
          int[] high = bump(low, Math.max(0, given - 2));
          ok &= compare(v, low) >= 0 && compare(v, high) < 0;
        } else if (s.startsWith("==") || s.startsWith("!=")) {
          boolean equal = matchesWildcard(v, s.substring(2).strip().replaceFirst("^=", ""));
          ok &= s.startsWith("==") == equal;
        } else {
          ok &= comparatorAllows(s, v, true);
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  private static boolean comparatorAllows(String comparator, int[] v, boolean python) {
    String c = comparator.strip();
    if (c.isEmpty()) {
      return true;
    }
    String op = "";
    for (String candidate : new String[] {">=", "<=", ">", "<", "=", "^", "~"}) {
      if (c.startsWith(candidate)) {
        op = candidate;
        break;
      }
    }
    String text = c.substring(op.length()).strip().replaceFirst("^[vV]", "");
    int given = givenParts(text);
    int[] base = numbers(text);
    switch (op) {
      case ">=":
        return compare(v, base) >= 0;
      case "<=":
        return given < 3 && !python ? compare(v, bump(base, given - 1)) < 0 : compare(v, base) <= 0;
      case ">":
        return given < 3 && !python ? compare(v, bump(base, given - 1)) >= 0 : compare(v, base) > 0;
      case "<":
        return compare(v, base) < 0;
      case "^": {
        int level = 0;
        while (level < 2 && base[level] == 0 && given > level + 1) {
          level++;
        }
        return compare(v, base) >= 0 && compare(v, bump(base, level)) < 0;
      }
      case "~":
        return compare(v, base) >= 0 && compare(v, bump(base, given >= 2 ? 1 : 0)) < 0;
      default:
        // A bare or "=" version: partial versions (20, 20.x, 3.11.*) are ranges.
        if (given == 0) {
          return true;
        }
        return given >= 3 ? compare(v, base) == 0 : compare(v, base) >= 0 && compare(v, bump(base, given - 1)) < 0;
    }
  }

  private static boolean upperBoundAllows(int[] v, String text) {
    int given = givenParts(text);
    int[] base = numbers(text);
    return given >= 3 ? compare(v, base) <= 0 : compare(v, bump(base, given - 1)) < 0;
  }

  private static boolean matchesWildcard(int[] v, String pattern) {
    String[] parts = pattern.split("\\.");
    for (int i = 0; i < parts.length && i < 3; i++) {
      if (parts[i].equals("*")) {
        return true;
      }
      if (numberOf(parts[i]) != v[i]) {
        return false;
      }
    }
    for (int i = parts.length; i < 3; i++) {
      if (v[i] != 0) {
        return false;
      }
    }
    return true;
  }

  // How many leading numeric parts are written: "20" 1, "20.x" 1, "3.11" 2, "1.2.3" 3.
  private static int givenParts(String text) {
    int n = 0;
    for (String part : text.split("\\.")) {
      if (part.isEmpty() || part.equals("*") || part.equalsIgnoreCase("x") || !Character.isDigit(part.charAt(0))) {
        break;
      }
      n++;
    }
    return Math.min(n, 3);
  }

  // The base with the part at `level` incremented and the parts after it zero.
  private static int[] bump(int[] base, int level) {
    int[] r = base.clone();
    int l = Math.max(0, level);
    r[l]++;
    for (int i = l + 1; i < 3; i++) {
      r[i] = 0;
    }
    return r;
  }

  static int[] numbers(String version) {
    int[] r = new int[3];
    String[] parts = version.strip().replaceFirst("^[vV]", "").split("[.+-]");
    for (int i = 0; i < 3 && i < parts.length; i++) {
      r[i] = numberOf(parts[i]);
    }
    return r;
  }

  private static int numberOf(String part) {
    int end = 0;
    while (end < part.length() && Character.isDigit(part.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(part.substring(0, Math.min(end, 9)));
  }

  static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  /** The first candidate the predicate allows, or null. */
  static String first(List<String> candidates, java.util.function.Predicate<String> allows) {
    List<String> list = new ArrayList<>(candidates);
    for (String c : list) {
      if (allows.test(c)) {
        return c;
      }
    }
    return null;
  }
}
