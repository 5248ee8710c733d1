package dev.dockwright.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON text with two-space indentation. Keys are written in the order given, so output is
 * deterministic.
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("file").value("Dockerfile").endObject().toString();
 * }</pre>
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<int[]> counts = new ArrayDeque<>();
  private boolean afterName;

  /** Opens an object. */
  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    counts.push(new int[1]);
    return this;
  }

  /** Closes an object. */
  public JsonWriter endObject() {
    return close('}');
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    counts.push(new int[1]);
    return this;
  }

  /** Closes an array. */
  public JsonWriter endArray() {
    return close(']');
  }

  private JsonWriter close(char c) {
    int[] count = counts.pop();
    if (count[0] > 0) {
      newline();
    }
    out.append(c);
    return this;
  }

  /** Writes a member name; the next call writes its value. */
  public JsonWriter name(String name) {
    beforeValue();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /** Writes a string, or null. */
  public JsonWriter value(String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  /** Writes a number. */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes a boolean. */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes null. */
  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (!counts.isEmpty()) {
      if (counts.peek()[0]++ > 0) {
        out.append(',');
      }
      newline();
    }
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(counts.size()));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** The JSON text written so far. */
  @Override
  public String toString() {
    return out.toString();
  }
}
