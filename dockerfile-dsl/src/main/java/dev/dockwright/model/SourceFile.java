package dev.dockwright.model;

import java.util.Collections;
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
  private final Map<Object, SourceSpan> spans;

  /**
   * @param name the file name used in messages
   * @param byteOrderMark whether the text began with U+FEFF
   * @param lineEnding {@code "\n"} or {@code "\r\n"}, used for elements rendered anew
   * @param spans each element (or directive) read, by identity, with its source; copied
   * @throws NullPointerException when the name, line ending or map is null
   * @throws IllegalArgumentException when the line ending is neither {@code "\n"} nor {@code "\r\n"}
   */
  public SourceFile(String name, boolean byteOrderMark, String lineEnding, IdentityHashMap<Object, SourceSpan> spans) {
    this.name = Objects.requireNonNull(name, "name");
    this.byteOrderMark = byteOrderMark;
    if (!lineEnding.equals("\n") && !lineEnding.equals("\r\n")) {
      throw new IllegalArgumentException("not a line ending: " + Quoted.of(lineEnding));
    }
    this.lineEnding = lineEnding;
    this.spans = Collections.unmodifiableMap(copy(spans));
  }

  // A private copy. A plain IdentityHashMap (what the parser passes) is cloned: one array copy instead of
  // re-inserting every entry; a subclass, which may change how it maps, is copied entry by entry.
  @SuppressWarnings("unchecked")
  private static IdentityHashMap<Object, SourceSpan> copy(IdentityHashMap<Object, SourceSpan> spans) {
    if (spans.getClass() == IdentityHashMap.class) {
      return (IdentityHashMap<Object, SourceSpan>) spans.clone();
    }
    return new IdentityHashMap<>(spans);
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
    return Optional.ofNullable(spans.get(element));
  }
}
