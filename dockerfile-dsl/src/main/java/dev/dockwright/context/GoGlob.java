package dev.dockwright.context;

/**
 * Go's {@code path.Match}, the glob syntax of COPY and ADD sources, and {@code filepath.Match}, which Docker's
 * pattern matcher calls to check every {@code .dockerignore} pattern. They match alike on Linux but check
 * differently: {@code path.Match} reports a malformed pattern even where the text fails to match before the
 * malformed part, {@code filepath.Match} (as of Go 1.22) only when matching reaches it.
 *
 * <pre>{@code
 * GoGlob.match("src/*.js", "src/app.js");   // true
 * GoGlob.match("*.js", "src/app.js");       // false: * never crosses a /
 * GoGlob.match("[", "x");                   // IllegalArgumentException: syntax error in pattern
 * }</pre>
 *
 * <p>{@code *} matches any run of characters but {@code /}, {@code ?} one character but {@code /},
 * {@code [a-z]} and {@code [^a-z]} one character in (or not in) the ranges, and {@code \} makes the next
 * character literal. Characters are compared as Unicode code points; Go compares UTF-8 bytes, which
 * gives the same answers for well-formed text.
 */
final class GoGlob {
  private GoGlob() {}

  /** Go's {@code ErrBadPattern}, with its message. */
  static final String BAD_PATTERN = "syntax error in pattern";

  /**
   * Whether {@code name} matches {@code pattern} as a whole.
   *
   * @throws IllegalArgumentException when the pattern is malformed
   */
  static boolean match(String pattern, String name) {
    return match(pattern, name, true);
  }

  /**
   * Go's {@code filepath.Match(pattern, ".")}, which Docker's pattern matcher runs on each {@code .dockerignore}
   * pattern: malformed parts that matching does not reach go unreported.
   *
   * @throws IllegalArgumentException when matching reaches a malformed part
   */
  static void checkAsFilepath(String pattern) {
    match(pattern, ".", false);
  }

  private static boolean match(String pattern, String name, boolean checkRest) {
    int[] p = pattern.codePoints().toArray();
    int[] s = name.codePoints().toArray();
    int pi = 0;
    int si = 0;
    chunks:
    while (pi < p.length) {
      boolean star = false;
      while (pi < p.length && p[pi] == '*') {
        pi++;
        star = true;
      }
      int chunkEnd = chunkEnd(p, pi);
      if (star && chunkEnd == pi) {
        // a trailing * matches the rest of the name unless it holds a /
        for (int i = si; i < s.length; i++) {
          if (s[i] == '/') {
            return false;
          }
        }
        return true;
      }
      boolean last = chunkEnd == p.length;
      int rest = matchChunk(p, pi, chunkEnd, s, si);
      if (rest >= 0 && (rest == s.length || !last)) {
        si = rest;
        pi = chunkEnd;
        continue;
      }
      if (star) {
        for (int i = si; i < s.length && s[i] != '/'; i++) {
          int t = matchChunk(p, pi, chunkEnd, s, i + 1);
          if (t >= 0) {
            if (last && t < s.length) {
              continue;
            }
            si = t;
            pi = chunkEnd;
            continue chunks;
          }
        }
      }
      // Before answering no, path.Match checks that the rest of the pattern is well formed.
      int q = checkRest ? chunkEnd : p.length;
      while (q < p.length) {
        while (q < p.length && p[q] == '*') {
          q++;
        }
        int end = chunkEnd(p, q);
        matchChunk(p, q, end, new int[0], 0);
        q = end;
      }
      return false;
    }
    return si == s.length;
  }

  /** Checks that a pattern is well formed, as {@code path.Match(pattern, ".")} does. */
  static void check(String pattern) {
    match(pattern, ".");
  }

  /** Whether the text holds an unescaped {@code *}, {@code ?} or {@code [}: BuildKit copies it as a glob. */
  static boolean hasWildcards(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '?' || c == '[') {
        return true;
      }
      if (c == '\\') {
        i++;
      }
    }
    return false;
  }

  // The end of the chunk starting at from: up to the next * outside brackets.
  private static int chunkEnd(int[] p, int from) {
    boolean inRange = false;
    int i = from;
    for (; i < p.length; i++) {
      int c = p[i];
      if (c == '\\') {
        if (i + 1 < p.length) {
          i++;
        }
      } else if (c == '[') {
        inRange = true;
      } else if (c == ']') {
        inRange = false;
      } else if (c == '*' && !inRange) {
        break;
      }
    }
    return i;
  }

  /**
   * Matches the chunk p[from, to) at s[si...]: the index in s after the match, or -1. Keeps reading the chunk
   * after a failure so that a malformed chunk is always reported.
   */
  private static int matchChunk(int[] p, int from, int to, int[] s, int si) {
    boolean failed = false;
    int i = from;
    while (i < to) {
      if (!failed && si >= s.length) {
        failed = true;
      }
      int c = p[i];
      if (c == '[') {
        int r = -1;
        if (!failed) {
          r = s[si++];
        }
        i++;
        boolean negated = false;
        if (i < to && p[i] == '^') {
          negated = true;
          i++;
        }
        boolean matched = false;
        int ranges = 0;
        while (true) {
          if (i < to && p[i] == ']' && ranges > 0) {
            i++;
            break;
          }
          int[] lo = escaped(p, i, to);
          i = lo[1];
          int hi = lo[0];
          if (p[i] == '-') {
            int[] h = escaped(p, i + 1, to);
            hi = h[0];
            i = h[1];
          }
          if (lo[0] <= r && r <= hi) {
            matched = true;
          }
          ranges++;
        }
        if (matched == negated) {
          failed = true;
        }
      } else if (c == '?') {
        if (!failed) {
          if (s[si] == '/') {
            failed = true;
          }
          si++;
        }
        i++;
      } else {
        if (c == '\\') {
          i++;
          if (i >= to) {
            throw new IllegalArgumentException(BAD_PATTERN);
          }
          c = p[i];
        }
        if (!failed) {
          if (c != s[si]) {
            failed = true;
          }
          si++;
        }
        i++;
      }
    }
    return failed ? -1 : si;
  }

  // One character of a bracket expression, maybe escaped: {the character, the index after it}.
  private static int[] escaped(int[] p, int i, int to) {
    if (i >= to || p[i] == '-' || p[i] == ']') {
      throw new IllegalArgumentException(BAD_PATTERN);
    }
    if (p[i] == '\\') {
      i++;
      if (i >= to) {
        throw new IllegalArgumentException(BAD_PATTERN);
      }
    }
    int c = p[i];
    i++;
    if (i >= to) {
      throw new IllegalArgumentException(BAD_PATTERN);
    }
    return new int[] {c, i};
  }
}
