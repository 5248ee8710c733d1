package dev.dockwright.shell;

import java.util.Objects;
import java.util.Optional;

/**
 * One word of a shell command: its text as written, and its value with the quotes removed.
 *
 * <pre>{@code
 * Word word = ShellScript.parse("echo 'a b'\"c\" $HOME").commands().get(0).arguments().get(0);
 * word.raw();      // 'a b'"c"
 * word.text();     // a bc
 * word.literal();  // Optional[a bc]
 * }</pre>
 *
 * <p>{@link #text()} is the word after quote removal, with every expansion ({@code $var}, {@code ${var}},
 * {@code $(...)}, backquotes, {@code $((...))}, a leading {@code ~}) left as written: {@code "$HOME/bin"} has the
 * text {@code $HOME/bin}. When the word has no expansion, that text is exactly the value the program receives, and
 * {@link #literal()} returns it. Globs stay in the text; {@link #hasGlob()} says whether an unquoted {@code *},
 * {@code ?} or {@code [...]} would make the shell try pathname expansion there.
 *
 * @param raw the word exactly as it stands in the script, quotes and line continuations included
 * @param start offset of the first character of the word in the script text
 * @param end offset just after the word
 * @param text the word with quotes, escapes and line continuations removed, expansions kept as written
 * @param hasExpansion whether the shell would expand something in the word, so that its value is not known
 * @param hasGlob whether the word holds an unquoted glob character
 */
public record Word(String raw, int start, int end, String text, boolean hasExpansion, boolean hasGlob) {

  /**
   * Checks that the span fits the raw text.
   *
   * @param raw the word as written: {@code 'a b'"c"}; never empty in a parsed script, but empty for the value of
   *     {@code NAME=}
   * @param start offset of the first character of the word, 0 or more
   * @param end offset just after the word, {@code start + raw.length()}
   * @param text the word after quote removal: {@code a bc}
   * @param hasExpansion whether the shell would expand something in the word ({@code $HOME}, {@code $(date)})
   * @param hasGlob whether the word holds an unquoted {@code *}, {@code ?} or {@code [...]}
   * @throws NullPointerException if {@code raw} or {@code text} is null
   * @throws IllegalArgumentException if {@code start} is negative or {@code end - start} is not the length of
   *     {@code raw}
   */
  public Word {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != raw.length()) {
      throw new IllegalArgumentException("span " + start + ".." + end + " does not fit the raw word: " + raw);
    }
  }

  /**
   * Whether the word's value is known without running anything: it has no expansion.
   *
   * @return true for {@code 'a b'} and {@code *.deb} (a glob is no expansion here); false for {@code $HOME/bin} and
   *     {@code "$(uname -m)"}
   */
  public boolean isLiteral() {
    return !hasExpansion;
  }

  /**
   * The value the program receives, when the word has no expansion.
   *
   * @return the {@link #text()}, {@code Optional[a bc]} for {@code 'a b'"c"}; empty when the word has an expansion
   */
  public Optional<String> literal() {
    return hasExpansion ? Optional.empty() : Optional.of(text);
  }

  /**
   * Whether the word is literally {@code value}: {@code "install"}, {@code 'install'} and {@code install} all are.
   *
   * @param value the value to compare with, quotes removed: {@code install}
   * @return true when the word has no expansion and its text equals {@code value}; false for {@code $CMD} even when
   *     {@code value} is {@code $CMD}
   */
  public boolean is(String value) {
    return !hasExpansion && text.equals(value);
  }

  @Override
  public String toString() {
    return raw;
  }
}
