package dev.dockwright.model;

/**
 * A 1-based line and column in a Dockerfile's text. Columns count UTF-16 chars from 1.
 *
 * <pre>{@code
 * new SourcePosition(3, 1)
 * }</pre>
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("not a valid position: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(SourcePosition o) {
    return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
