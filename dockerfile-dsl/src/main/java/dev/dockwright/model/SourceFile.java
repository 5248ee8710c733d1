package dev.dockwright.model;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a parsed Dockerfile remembers of its file: its name, whether it began with a UTF-8 byte order mark,
 * its line end, and the exact source of each element read from it. Elements are looked up by identity, so
 * an element that a pass replaces has no source and is rendered canonically, while the untouched ones keep
 * their text.
 *
 * <pre>{@code
 * Optional<SourceSpan> span = dockerfile.source().flatMap(src -> src.spanOf(instruction));
 * boolean crlf = dockerfile.source().map(src -> src.lineEnding().equals("\r\n")).orElse(false);
 * }</pre>
 */
public final class SourceFile {
  private final String name;
  private final boolean byteOrderMark;
  private final String lineEnding;
  // The elements in the order they were added, each with its span: made beforehand (the public
  // constructor), or described by SPAN_INTS ints of spanData over the text and made when first asked for.
  private final Object[] elements;
  private final SourceSpan[] spans;
  private final String text;
  private final int[] spanData;
  private final int count;
  // Identity hash index into elements, built on the first lookup: a parse that is never rendered or
  // linted pays for no hashing (identity hash codes are costly to install on fresh objects).
  private volatile int[] index;
  private volatile int[] lineStarts; // for positions, found when a span is first asked for

  /** Per span in {@link Builder}: start and end offset. */
  private static final int SPAN_INTS = 2;

  /**
   * @param name the file name used in messages
   * @param byteOrderMark whether the text began with U+FEFF
   * @param lineEnding {@code "\n"} or {@code "\r\n"}, used for elements rendered anew
   * @param spans each element (or directive) read, by identity, with its source; copied
   * @throws NullPointerException when the name, line ending or map is null, or the map holds a null element or
   *     span
   * @throws IllegalArgumentException when the line ending is neither {@code "\n"} nor {@code "\r\n"}
   */
  public SourceFile(String name, boolean byteOrderMark, String lineEnding, IdentityHashMap<Object, SourceSpan> spans) {
    this.name = Objects.requireNonNull(name, "name");
    this.byteOrderMark = byteOrderMark;
    this.lineEnding = checkLineEnding(lineEnding);
    this.count = spans.size();
    this.elements = new Object[count];
    this.spans = new SourceSpan[count];
    int i = 0;
    for (Map.Entry<Object, SourceSpan> e : spans.entrySet()) {
      elements[i] = Objects.requireNonNull(e.getKey(), "element");
      this.spans[i] = Objects.requireNonNull(e.getValue(), "span");
      i++;
    }
    this.text = null;
    this.spanData = null;
  }

  private SourceFile(Builder b) {
    this.name = b.name;
    this.byteOrderMark = b.byteOrderMark;
    this.lineEnding = b.lineEnding;
    this.count = b.count;
    this.elements = b.elements; // handed over: the builder takes no more elements
    this.spans = new SourceSpan[b.count];
    this.text = b.text;
    this.spanData = b.data;
  }

  private static String checkLineEnding(String lineEnding) {
    if (!lineEnding.equals("\n") && !lineEnding.equals("\r\n")) {
      throw new IllegalArgumentException("not a line ending: " + Quoted.of(lineEnding));
    }
    return lineEnding;
  }

  /**
   * Starts a source file over the whole text of a file, to which elements are added with their offsets: what
   * a parser uses. Spans, with their lines and columns, are made from the text only when asked for.
   *
   * <pre>{@code
   * SourceFile.Builder b = SourceFile.builder("Dockerfile", false, "\n", text);
   * b.add(from, 0, 12);   // "FROM alpine\n": line 1, columns 1 to 12
   * SourceFile source = b.build();
   * }</pre>
   *
   * @param name the file name used in messages
   * @param byteOrderMark whether the text began with U+FEFF
   * @param lineEnding {@code "\n"} or {@code "\r\n"}, used for elements rendered anew
   * @param text the whole text of the file, byte order mark included
   * @return a new builder
   * @throws NullPointerException when the name, line ending or text is null
   * @throws IllegalArgumentException when the line ending is neither {@code "\n"} nor {@code "\r\n"}
   */
  public static Builder builder(String name, boolean byteOrderMark, String lineEnding, String text) {
    // an element (a line, or an instruction with its continuation lines) averages some 60 chars
    return builder(name, byteOrderMark, lineEnding, text, 8 + text.length() / 48);
  }

  /**
   * As {@link #builder(String, boolean, String, String)}, sized for a number of elements known beforehand
   * (a parser knows how many items it read): no array is regrown or larger than needed.
   *
   * @param name the file name used in messages
   * @param byteOrderMark whether the text began with U+FEFF
   * @param lineEnding {@code "\n"} or {@code "\r\n"}, used for elements rendered anew
   * @param text the whole text of the file, byte order mark included
   * @param expectedElements how many elements will be added (more may be, at some cost)
   * @return a new builder
   * @throws NullPointerException when the name, line ending or text is null
   * @throws IllegalArgumentException when the line ending is neither {@code "\n"} nor {@code "\r\n"}, or the
   *     expected number is negative
   */
  public static Builder builder(
      String name, boolean byteOrderMark, String lineEnding, String text, int expectedElements) {
    if (expectedElements < 0) {
      throw new IllegalArgumentException("expected elements: " + expectedElements);
    }
    return new Builder(name, byteOrderMark, lineEnding, text, Math.max(1, expectedElements));
  }

  /**
   * Collects the elements of a file with where each was read. Not thread-safe; a builder is used once.
   *
   * <pre>{@code
   * SourceFile.Builder b = SourceFile.builder("Dockerfile", false, "\n", "FROM alpine\n");
   * b.add(from, 0, 12);
   * b.build().spanOf(from).orElseThrow().text();   // "FROM alpine\n"
   * }</pre>
   */
  public static final class Builder {
    private final String name;
    private final boolean byteOrderMark;
    private final String lineEnding;
    private final String text;
    private Object[] elements;
    private int[] data;
    private int count;
    private boolean built;

    private Builder(String name, boolean byteOrderMark, String lineEnding, String text, int capacity) {
      this.name = Objects.requireNonNull(name, "name");
      this.byteOrderMark = byteOrderMark;
      this.lineEnding = checkLineEnding(lineEnding);
      this.text = Objects.requireNonNull(text, "text");
      this.elements = new Object[capacity];
      this.data = new int[capacity * SPAN_INTS];
    }

    /**
     * Adds an element and the range of the text it was read from. Its span's text is that range, without a
     * byte order mark at offset 0 (the renderer writes the mark itself); its positions are worked out from the
     * text when first asked for: 1-based lines, and 1-based columns counted in chars, the byte order mark not
     * counted; the end position is just after the last character before the range's final line end.
     *
     * @param element the element (or directive), looked up later by identity
     * @param startOffset the char index of its first character in the text
     * @param endOffset the char index just after its text, final line end included
     * @return this builder
     * @throws IllegalStateException when {@link #build()} was called
     * @throws NullPointerException when the element is null
     * @throws IllegalArgumentException when the offsets are not {@code 0 <= startOffset <= endOffset <=
     *     text.length()}
     */
    public Builder add(Object element, int startOffset, int endOffset) {
      Objects.requireNonNull(element, "element");
      if (built) {
        throw new IllegalStateException("the source file is already built");
      }
      if (startOffset < 0 || endOffset < startOffset || endOffset > text.length()) {
        throw new IllegalArgumentException("not a valid span: " + startOffset + ".." + endOffset);
      }
      if (count == elements.length) {
        elements = Arrays.copyOf(elements, count * 2);
        data = Arrays.copyOf(data, count * 2 * SPAN_INTS);
      }
      elements[count] = element;
      int at = count * SPAN_INTS;
      data[at] = startOffset;
      data[at + 1] = endOffset;
      count++;
      return this;
    }

    /**
     * The source file.
     *
     * @return a new, immutable source file
     * @throws IllegalStateException when called a second time
     */
    public SourceFile build() {
      if (built) {
        throw new IllegalStateException("the source file is already built");
      }
      built = true;
      return new SourceFile(this);
    }
  }

  /**
   * The file name used in messages.
   *
   * @return the name given when the file was read, such as {@code "Dockerfile"}
   */
  public String name() {
    return name;
  }

  /**
   * Whether the text began with a UTF-8 byte order mark, which rendering writes back.
   *
   * @return true when the first char was U+FEFF
   */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  /**
   * The line end of the file, used for the elements rendered anew.
   *
   * @return {@code "\n"} or {@code "\r\n"}
   */
  public String lineEnding() {
    return lineEnding;
  }

  /**
   * The source of an element (or directive) read from the file, looked up by identity.
   *
   * @param element an element or {@link ParserDirective} of the parsed Dockerfile
   * @return its span; empty for an element made or changed since, or an equal but different object
   */
  public Optional<SourceSpan> spanOf(Object element) {
    int i = indexOf(element);
    return i < 0 ? Optional.empty() : Optional.of(span(i));
  }

  private SourceSpan span(int i) {
    SourceSpan span = spans[i];
    if (span == null) {
      // a record of final fields: a span made twice by racing threads is equal, and safely published
      int at = i * SPAN_INTS;
      int start = spanData[at];
      int end = spanData[at + 1];
      boolean bom = text.startsWith("\uFEFF");
      int visibleEnd = end;
      if (visibleEnd > start && text.charAt(visibleEnd - 1) == '\n') {
        visibleEnd--;
      }
      while (visibleEnd > start && text.charAt(visibleEnd - 1) == '\r') {
        visibleEnd--;
      }
      span = new SourceSpan(
          text.substring(start == 0 && bom ? Math.min(1, end) : start, end),
          position(start, bom),
          position(visibleEnd, bom),
          start,
          end);
      spans[i] = span;
    }
    return span;
  }

  // Line and column of a char index of the text; the line starts are found on the first call. The same rule
  // as the parser's syntax spans (which the model cannot depend on): CorpusRoundTripTest holds them together.
  private SourcePosition position(int offset, boolean bom) {
    int[] starts = lineStarts;
    if (starts == null) {
      starts = lineStarts(text);
      lineStarts = starts;
    }
    int line = Arrays.binarySearch(starts, offset);
    line = line >= 0 ? line : -line - 2;
    int column = offset - starts[line] + 1;
    if (line == 0 && bom && offset > 0) {
      column--; // the byte order mark takes no column
    }
    return new SourcePosition(line + 1, Math.max(1, column));
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1; // line 1 starts at 0
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = nl + 1;
    }
    return Arrays.copyOf(starts, count);
  }

  private int indexOf(Object element) {
    if (element == null || count == 0) {
      return -1;
    }
    int[] table = index;
    if (table == null) {
      table = buildIndex();
      index = table;
    }
    int mask = table.length - 1;
    for (int slot = hash(element) & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if (elements[entry - 1] == element) {
        return entry - 1;
      }
    }
  }

  /** Open addressing over element index + 1 (0: empty), at most half full. */
  private int[] buildIndex() {
    int size = Integer.highestOneBit(Math.max(count, 1) * 2) << 1;
    int[] table = new int[size];
    int mask = size - 1;
    for (int i = 0; i < count; i++) {
      int slot = hash(elements[i]) & mask;
      while (table[slot] != 0) {
        if (elements[table[slot] - 1] == elements[i]) {
          break; // the same element twice: the later one wins, as a map's later put does
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
    return table;
  }

  private static int hash(Object element) {
    int h = System.identityHashCode(element);
    return h ^ (h >>> 16);
  }
}
