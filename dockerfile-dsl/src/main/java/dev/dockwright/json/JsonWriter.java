package dev.dockwright.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON text with two-space indentation. Keys are written in the order given, so output is
 * deterministic. The writer does not check the structure: the caller pairs each {@code begin} with its
 * {@code end} and gives each member a name, then a value. Strings are escaped as JSON requires, and
 * U+2028 and U+2029 as well, so that the text is also valid JavaScript.
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("file").value("Dockerfile").endObject().toString();
 * // {
 * //   "file": "Dockerfile"
 * // }
 * }</pre>
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<int[]> counts = new ArrayDeque<>();
  private boolean afterName;

  /** A writer with nothing written yet. */
  public JsonWriter() {}

  /**
   * Opens an object: writes <code>&#123;</code>.
   *
   * @return this writer
   */
  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    counts.push(new int[1]);
    return this;
  }

  /**
   * Closes an object: writes <code>&#125;</code>.
   *
   * @return this writer
   */
  public JsonWriter endObject() {
    return close('}');
  }

  /**
   * Opens an array: writes {@code [}.
   *
   * @return this writer
   */
  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    counts.push(new int[1]);
    return this;
  }

  /**
   * Closes an array: writes {@code ]}.
   *
   * @return this writer
   */
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

  /**
   * Writes a member name inside an object; the next call writes its value.
   *
   * @param name the name, escaped as a JSON string
   * @return this writer
   */
  public JsonWriter name(String name) {
    beforeValue();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /**
   * Writes a string, or null.
   *
   * @param value the string, escaped; null writes {@code null}
   * @return this writer
   */
  public JsonWriter value(String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  /**
   * Writes a number.
   *
   * @param value the number, in decimal
   * @return this writer
   */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * Writes a boolean.
   *
   * @param value {@code true} or {@code false}
   * @return this writer
   */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * Writes {@code null}.
   *
   * @return this writer
   */
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

  /**
   * The JSON text written so far, without a final newline.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return out.toString();
  }
}
