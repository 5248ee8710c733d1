package dev.dockwright.model;

/**
 * A 1-based line and column in a Dockerfile's text; positions order by line, then column, and print as
 * {@code line:column}.
 *
 * <pre>{@code
 * new SourcePosition(3, 1).toString()   // "3:1"
 * }</pre>
 *
 * @param line the line number, from 1
 * @param column the column, counted in UTF-16 chars from 1
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {
  /**
   * Checks the position.
   *
   * @param line the line number, from 1
   * @param column the column, counted in UTF-16 chars from 1
   * @throws IllegalArgumentException when the line or the column is below 1
   */
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
