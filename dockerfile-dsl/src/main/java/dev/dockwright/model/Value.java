package dev.dockwright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value in an instruction that BuildKit expands (ENV, LABEL, ARG defaults, COPY/ADD paths, WORKDIR, USER,
 * VOLUME, EXPOSE, STOPSIGNAL): a sequence of literal text and variable references.
 *
 * <p>The caller says which dollars are meant: {@link #of(String)} reads {@code $NAME}, {@code ${NAME}} and
 * {@code ${NAME:-default}} (every BuildKit form) as references that BuildKit expands at build time, while
 * {@link #literal(String)} keeps every character as it is, dollars included. The renderer quotes literal text
 * so that BuildKit reads back exactly that text, and writes references so that BuildKit expands them.
 *
 * <pre>{@code
 * Value.of("/app/bin:$PATH")      // expands PATH at build time
 * Value.literal("price: $5")      // a literal dollar
 * Value.literal("a$").concat(Value.reference("HOME"))
 * Value.of("/app/bin:$PATH").referencedNames()   // [PATH]
 * }</pre>
 */
public final class Value {
  private static final Value EMPTY = new Value(List.of());

  // A value of one literal keeps just its text: most values read from a Dockerfile are such, and their parts
  // list (two more objects) is made only if asked for. Both fields are final, so a value is safely shared
  // like any immutable object; only the list made on demand is cached in a plain field (benign race: equal
  // immutable lists).
  private final String literal; // the text when the value is one literal, else null
  private final List<Part> parts; // the parts; null for one literal until asked for
  private List<Part> madeParts;

  private Value(String literal, List<Part> parts) {
    this.literal = literal;
    this.parts = parts;
  }

  private Value(List<Part> parts) {
    this(null, parts);
  }

  // A value of merged, non-empty parts in an immutable list; one literal keeps its text as well.
  private static Value ofCopied(List<Part> parts) {
    if (parts.size() == 1 && parts.get(0) instanceof Literal l) {
      return new Value(l.text(), parts);
    }
    return new Value(parts);
  }

  /**
   * One piece of a value: literal text or a variable reference.
   *
   * <pre>{@code
   * for (Value.Part part : value.parts()) {
   *   if (part instanceof Value.Reference ref) {
   *     System.out.println("expands " + ref.name());
   *   }
   * }
   * }</pre>
   */
  public sealed interface Part permits Literal, Reference {}

  /**
   * Text that BuildKit must read exactly as it is.
   *
   * <pre>{@code
   * new Value.Literal("price: $5")
   * }</pre>
   *
   * @param text the text, dollars and quotes included; may be empty (ignored when parts are joined)
   */
  public record Literal(String text) implements Part {
    /**
     * Checks the text.
     *
     * @param text the text, dollars and quotes included; may be empty (ignored when parts are joined)
     * @throws NullPointerException when the text is null
     */
    public Literal {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A variable reference as written in a Dockerfile: {@code $NAME}, {@code ${NAME}} or a {@code ${NAME...}}
   * form with a modifier such as {@code :-default}.
   *
   * <pre>{@code
   * new Value.Reference("${NODE_ENV:-production}").name()   // "NODE_ENV"
   * }</pre>
   *
   * @param expression the whole reference, dollar and braces included, on one line
   */
  public record Reference(String expression) implements Part {
    /**
     * Checks the expression.
     *
     * @param expression the whole reference, dollar and braces included, on one line
     * @throws NullPointerException when the expression is null
     * @throws IllegalArgumentException with {@code not a variable reference: "..."} when the expression is not
     *     exactly one reference with a name, or holds a line break
     */
    public Reference {
      Objects.requireNonNull(expression, "expression");
      if (!isPlainReference(expression)) { // $NAME or ${NAME} is well formed: nothing to lex
        checkReference(expression);
      }
    }

    private static void checkReference(String expression) {
      int end = scanReference(expression, 0);
      if (end != expression.length()) {
        throw new IllegalArgumentException("not a variable reference: " + Quoted.of(expression));
      }
      Values.requireSingleLine(expression, "variable reference");
      if (nameOf(expression).isEmpty() || !ShellLines.lexes(expression)) {
        throw new IllegalArgumentException("not a variable reference: " + Quoted.of(expression));
      }
    }

    /**
     * The name of the referenced variable.
     *
     * @return {@code "HOME"} for {@code $HOME}, {@code ${HOME}} or {@code ${HOME:-/root}}
     */
    public String name() {
      return nameOf(expression);
    }
  }

  /**
   * The empty value.
   *
   * @return the value with no parts, as {@code ENV A=} writes it
   */
  public static Value empty() {
    return EMPTY;
  }

  /**
   * A value made of literal text only: no character, not even {@code $}, has a special meaning.
   *
   * @param text the text, such as {@code "price: $5"}
   * @return the value; {@link #empty()} for empty text
   * @throws NullPointerException when the text is null
   */
  public static Value literal(String text) {
    Objects.requireNonNull(text, "text");
    return text.isEmpty() ? EMPTY : new Value(text, null);
  }

  /**
   * A reference to one variable, written {@code ${name}}.
   *
   * @param name a variable name: a letter or {@code _}, then letters, digits or {@code _}
   * @return the value {@code ${name}}
   * @throws NullPointerException when the name is null
   * @throws IllegalArgumentException with {@code not a valid variable name: "..."} for any other name
   */
  public static Value reference(String name) {
    Objects.requireNonNull(name, "name");
    if (!isName(name)) {
      throw new IllegalArgumentException("not a valid variable name: " + Quoted.of(name));
    }
    return new Value(List.of(new Reference("${" + name + "}")));
  }

  /**
   * Reads a value in which {@code $NAME} and {@code ${...}} are variable references, as BuildKit reads them;
   * a {@code $} not followed by a name or a brace is a literal dollar.
   *
   * @param template such as {@code "/app/bin:$PATH"} or {@code "${NODE_ENV:-production}"}
   * @return the value; {@link #empty()} for empty text
   * @throws NullPointerException when the template is null
   * @throws IllegalArgumentException when a <code>${</code> is not closed, or is not a form BuildKit can expand
   */
  public static Value of(String template) {
    Objects.requireNonNull(template, "template");
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '$') {
        int end = scanReference(template, i);
        if (end == -2) {
          throw new IllegalArgumentException(
              "unterminated variable reference in " + Quoted.of(template));
        }
        if (end > i) {
          if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
          }
          parts.add(new Reference(template.substring(i, end)));
          i = end;
          continue;
        }
      }
      literal.append(c);
      i++;
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return parts.isEmpty() ? EMPTY : ofCopied(List.copyOf(parts));
  }

  /**
   * A value of the given parts; adjacent literals are merged and empty ones dropped.
   *
   * @param parts the literals and references, in order
   * @return the value; {@link #empty()} when nothing is left
   * @throws NullPointerException when the list or one of its parts is null
   */
  public static Value ofParts(List<? extends Part> parts) {
    if (isMerged(parts)) {
      // already what the loop below makes (a parser's parts usually are): one copy, no rebuilding
      return parts.isEmpty() ? EMPTY : ofCopied(List.copyOf(parts));
    }
    List<Part> merged = new ArrayList<>();
    for (Part p : parts) {
      Objects.requireNonNull(p, "part");
      if (p instanceof Literal l) {
        if (l.text().isEmpty()) {
          continue;
        }
        if (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof Literal prev) {
          merged.set(merged.size() - 1, new Literal(prev.text() + l.text()));
          continue;
        }
      }
      merged.add(p);
    }
    return merged.isEmpty() ? EMPTY : ofCopied(List.copyOf(merged));
  }

  // No null, no empty literal, no two literals in a row.
  private static boolean isMerged(List<? extends Part> parts) {
    boolean previousLiteral = false;
    for (int i = 0, n = parts.size(); i < n; i++) {
      Part p = Objects.requireNonNull(parts.get(i), "part");
      if (p instanceof Literal l) {
        if (previousLiteral || l.text().isEmpty()) {
          return false;
        }
        previousLiteral = true;
      } else {
        previousLiteral = false;
      }
    }
    return true;
  }

  /**
   * This value followed by another; the literal at the seam is merged.
   *
   * @param other the value to append
   * @return a new value; this one is unchanged
   */
  public Value concat(Value other) {
    List<Part> all = new ArrayList<>(parts());
    all.addAll(other.parts());
    return ofParts(all);
  }

  /**
   * The parts, literal and reference, in order; adjacent literals are always merged.
   *
   * @return an unmodifiable list, empty for the empty value
   */
  public List<Part> parts() {
    if (parts != null) {
      return parts;
    }
    List<Part> result = madeParts;
    if (result == null) {
      result = List.of(new Literal(literal));
      madeParts = result;
    }
    return result;
  }

  /**
   * Whether the value has no variable reference.
   *
   * @return true for a literal or empty value
   */
  public boolean isLiteral() {
    if (literal != null) {
      return true;
    }
    for (int i = 0; i < parts.size(); i++) { // indexed: no iterator on this frequent path
      if (!(parts.get(i) instanceof Literal)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the value is the empty string.
   *
   * @return true when the value has no parts
   */
  public boolean isEmpty() {
    return literal == null && parts.isEmpty();
  }

  /**
   * The text of a value that has no reference.
   *
   * @return the literal text, {@code ""} for the empty value
   * @throws IllegalStateException when the value references a variable
   */
  public String literalText() {
    if (literal != null) {
      return literal;
    }
    if (!isLiteral()) {
      throw new IllegalStateException("value references a variable: " + this);
    }
    return parts.isEmpty() ? "" : ((Literal) parts.get(0)).text();
  }

  /**
   * The names of the variables referenced, in order of appearance.
   *
   * @return such as {@code [HOME, PATH]}, repeated names included; empty for a literal value
   */
  public List<String> referencedNames() {
    List<String> names = new ArrayList<>();
    if (literal != null) {
      return names;
    }
    for (Part p : parts) {
      if (p instanceof Reference r) {
        names.add(r.name());
      }
    }
    return names;
  }

  /**
   * The value as written with {@link #of(String)}: references as they are, literal text as it is. Two values
   * can have the same text (a literal {@code $HOME} and a reference), so this is for people, not for
   * round trips.
   *
   * @return the text, such as {@code /app/bin:$PATH}
   */
  @Override
  public String toString() {
    if (literal != null) {
      return literal;
    }
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      sb.append(p instanceof Literal l ? l.text() : ((Reference) p).expression());
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Value v)) {
      return false;
    }
    if (literal != null && v.literal != null) {
      return literal.equals(v.literal);
    }
    return v.parts().equals(parts());
  }

  @Override
  public int hashCode() {
    return parts().hashCode();
  }

  static boolean isName(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!isNameChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String nameOf(String expression) {
    int start = expression.startsWith("${") ? 2 : 1;
    int end = start;
    while (end < expression.length() && isNameChar(expression.charAt(end))) {
      end++;
    }
    return expression.substring(start, end);
  }

  // $NAME or ${NAME}, the name starting with a letter or '_'
  private static boolean isPlainReference(String e) {
    boolean braced = e.startsWith("${");
    int start = braced ? 2 : 1;
    int end = braced ? e.length() - 1 : e.length();
    if (e.isEmpty() || e.charAt(0) != '$' || end <= start || (braced && e.charAt(end) != '}')) {
      return false;
    }
    char first = e.charAt(start);
    if (first != '_' && !(first < 128 && Character.isLetter(first))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!isNameChar(e.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameChar(char c) {
    return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
  }

  /**
   * Scans a reference starting at the {@code $} at {@code start}: returns the index after it, {@code start}
   * when the dollar starts no reference, or -2 when a brace is not closed.
   */
  static int scanReference(String s, int start) {
    if (start >= s.length() || s.charAt(start) != '$') {
      return start;
    }
    int i = start + 1;
    if (i >= s.length()) {
      return start;
    }
    char c = s.charAt(i);
    if (c == '{') {
      // A brace reference ends at the matching brace; nested ${...} in a default count.
      int depth = 1;
      int j = i + 1;
      while (j < s.length()) {
        char d = s.charAt(j);
        if (d == '\\' && j + 1 < s.length()) {
          j += 2;
          continue;
        }
        if (d == '\'' || d == '"') {
          // a quoted default such as ${A:-"x}"} does not end the reference
          int close = s.indexOf(d, j + 1);
          if (close < 0) {
            return -2;
          }
          j = close + 1;
          continue;
        }
        if (d == '{') {
          depth++;
          j++;
          continue;
        }
        if (d == '}') {
          depth--;
          if (depth == 0) {
            return j + 1;
          }
        }
        j++;
      }
      return -2;
    }
    if (c == '_' || (c < 128 && Character.isLetter(c))) {
      int j = i + 1;
      while (j < s.length() && isNameChar(s.charAt(j))) {
        j++;
      }
      return j;
    }
    return start;
  }
}
