package dev.dockwright.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An image reference, {@code [registry[:port]/]path[:tag][@digest]}, checked against the grammar of the
 * distribution reference library that BuildKit uses. A reference that uses build arguments
 * ({@code ${BASE_IMAGE}:22}) is accepted as written and checked once expanded, by the builder.
 *
 * <pre>{@code
 * ImageRef.of("node:22.12.0-bookworm-slim")
 * ImageRef.of("ghcr.io/acme/app@sha256:" + "ab".repeat(32))
 * ImageRef.of("node::22")   // IllegalArgumentException: not a valid image reference: "node::22"
 * }</pre>
 *
 * @param text the reference as written
 */
public record ImageRef(String text) implements BuildSource {
  /**
   * {@code scratch}, the empty image that a final stage of static binaries starts from.
   */
  public static final ImageRef SCRATCH = new ImageRef("scratch");

  /**
   * Checks the reference.
   *
   * @param text the reference as written
   * @throws NullPointerException when the text is null
   * @throws IllegalArgumentException with {@code not a valid image reference: "..."} when the text is not a
   *     valid reference, or, with build arguments, holds a blank or a quote
   */
  public ImageRef {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('$') >= 0) {
      Values.requireToken(text, "image reference");
    } else if (!isValid(text)) {
      throw new IllegalArgumentException("not a valid image reference: " + Quoted.of(text));
    }
  }

  /**
   * Checks and wraps an image reference.
   *
   * @param text such as {@code node:22.12.0-bookworm-slim} or {@code ${BASE_IMAGE}}
   * @return the reference
   * @throws IllegalArgumentException when the text is not a valid reference
   */
  public static ImageRef of(String text) {
    return new ImageRef(text);
  }

  /**
   * Whether this reference uses build arguments, so that it is only known once they are expanded.
   *
   * @return true for {@code ${BASE_IMAGE}:22}
   */
  public boolean hasVariables() {
    return text.indexOf('$') >= 0;
  }

  /**
   * The name without tag and digest, including any registry.
   *
   * @return {@code ghcr.io/acme/app} for {@code ghcr.io/acme/app:1.2@sha256:...}, {@code node} for
   *     {@code node:22}
   */
  public String name() {
    int at = text.indexOf('@');
    String beforeDigest = at >= 0 ? text.substring(0, at) : text;
    int colon = tagColon(beforeDigest);
    return colon >= 0 ? beforeDigest.substring(0, colon) : beforeDigest;
  }

  /**
   * The tag, if one is written.
   *
   * @return {@code 22} for {@code node:22}; empty for {@code node} or {@code localhost:5000/app}
   */
  public Optional<String> tag() {
    int at = text.indexOf('@');
    String beforeDigest = at >= 0 ? text.substring(0, at) : text;
    int colon = tagColon(beforeDigest);
    return colon >= 0 ? Optional.of(beforeDigest.substring(colon + 1)) : Optional.empty();
  }

  /**
   * The digest, if one is written.
   *
   * @return the text after {@code @}, such as {@code sha256:...}; empty when there is none
   */
  public Optional<String> digest() {
    int at = text.indexOf('@');
    return at >= 0 ? Optional.of(text.substring(at + 1)) : Optional.empty();
  }

  /**
   * Whether this is {@code scratch}, the empty image.
   *
   * @return true for exactly {@code scratch}
   */
  public boolean isScratch() {
    return text.equals("scratch");
  }

  /**
   * This reference with another tag and no digest.
   *
   * @param tag such as {@code 22.12.0}
   * @return {@code name:tag}
   * @throws IllegalArgumentException when the tag is not valid
   */
  public ImageRef withTag(String tag) {
    return new ImageRef(name() + ":" + tag);
  }

  @Override
  public String toString() {
    return text;
  }

  // The colon of a tag comes after the last slash; a colon before it belongs to a registry port.
  private static int tagColon(String nameAndTag) {
    int slash = nameAndTag.lastIndexOf('/');
    int colon = nameAndTag.lastIndexOf(':');
    return colon > slash ? colon : -1;
  }

  /**
   * Whether the text is a valid image reference, without build arguments.
   *
   * @param text the text, not null
   * @return true for {@code node:22} or {@code ghcr.io/acme/app}; false for {@code node::22} or {@code Node}
   */
  public static boolean isValid(String text) {
    if (text.isEmpty() || text.length() > 512) {
      return false;
    }
    // the name is text[0, end): the digest and the tag are cut off by moving end (no substrings)
    int end = text.length();
    int at = text.indexOf('@');
    if (at >= 0) {
      if (!isDigest(text.substring(at + 1))) {
        return false;
      }
      end = at;
    }
    int slash = text.lastIndexOf('/', end - 1);
    int colon = text.lastIndexOf(':', end - 1);
    if (colon > slash) { // as tagColon: a colon after the last slash starts the tag
      if (!isTag(text, colon + 1, end)) {
        return false;
      }
      end = colon;
    }
    if (end == 0 || end > 255) {
      return false;
    }
    // the components are the pieces between slashes; a first one that looks like a registry is checked as one
    int first = text.indexOf('/');
    int componentStart = 0;
    if (first >= 0 && first < end) {
      String registry = text.substring(0, first);
      if (looksLikeRegistry(registry)) {
        if (!isRegistry(registry)) {
          return false;
        }
        componentStart = first + 1;
      }
    }
    while (true) {
      int componentEnd = text.indexOf('/', componentStart);
      if (componentEnd < 0 || componentEnd > end) {
        componentEnd = end;
      }
      if (!isPathComponent(text, componentStart, componentEnd)) {
        return false;
      }
      if (componentEnd == end) {
        return true;
      }
      componentStart = componentEnd + 1;
    }
  }

  private static boolean looksLikeRegistry(String c) {
    return c.indexOf('.') >= 0 || c.indexOf(':') >= 0 || c.equals("localhost") || !c.equals(c.toLowerCase());
  }

  private static boolean isRegistry(String c) {
    String host = c;
    int colon = c.lastIndexOf(':');
    if (c.startsWith("[")) {
      int close = c.indexOf(']');
      if (close < 0) {
        return false;
      }
      host = c.substring(0, close + 1);
      String after = c.substring(close + 1);
      return host.length() > 2 && (after.isEmpty() || (after.startsWith(":") && isPort(after.substring(1))));
    }
    if (colon >= 0) {
      if (!isPort(c.substring(colon + 1))) {
        return false;
      }
      host = c.substring(0, colon);
    }
    if (host.isEmpty()) {
      return false;
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || !isAlnum(label.charAt(0)) || !isAlnum(label.charAt(label.length() - 1))) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char ch = label.charAt(i);
        if (!(isAlnum(ch) || (ch >= 'A' && ch <= 'Z') || ch == '-')) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isPort(String s) {
    return !s.isEmpty() && s.length() <= 5 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  // c[from, to) is [a-z0-9]+ joined by ".", "_", "__" or one or more "-": written out to avoid regex backtracking.
  private static boolean isPathComponent(String c, int from, int to) {
    if (from == to || !isAlnum(c.charAt(from)) || !isAlnum(c.charAt(to - 1))) {
      return false;
    }
    int i = from;
    while (i < to) {
      char ch = c.charAt(i);
      if (isAlnum(ch)) {
        i++;
        continue;
      }
      int start = i;
      if (ch == '.') {
        i++;
      } else if (ch == '_') {
        i++;
        if (i < to && c.charAt(i) == '_') {
          i++;
        }
      } else if (ch == '-') {
        while (i < to && c.charAt(i) == '-') {
          i++;
        }
      } else {
        return false;
      }
      if (i == start || i >= to || !isAlnum(c.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // t[from, to) is a tag: [\w][\w.-]{0,127}
  private static boolean isTag(String t, int from, int to) {
    if (from == to || to - from > 128) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char ch = t.charAt(i);
      boolean word = isAlnum(ch) || (ch >= 'A' && ch <= 'Z') || ch == '_';
      if (!(word || (i > from && (ch == '.' || ch == '-')))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigest(String d) {
    int colon = d.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String algorithm = d.substring(0, colon);
    String hex = d.substring(colon + 1);
    if (!Character.isLetter(algorithm.charAt(0))) {
      return false;
    }
    for (int i = 0; i < algorithm.length(); i++) {
      char ch = algorithm.charAt(i);
      if (!(Character.isLetterOrDigit(ch) && ch < 128) && "-_+.".indexOf(ch) < 0) {
        return false;
      }
    }
    if (hex.length() < 32) {
      return false;
    }
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
  }
}
