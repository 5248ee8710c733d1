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
 */
public record ImageRef(String text) implements BuildSource {
  /** The empty image that a final stage of static binaries starts from. */
  public static final ImageRef SCRATCH = new ImageRef("scratch");

  public ImageRef {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('$') >= 0) {
      Values.requireToken(text, "image reference");
    } else if (!isValid(text)) {
      throw new IllegalArgumentException("not a valid image reference: " + Quoted.of(text));
    }
  }

  /** Checks and wraps an image reference. */
  public static ImageRef of(String text) {
    return new ImageRef(text);
  }

  /** Whether this reference uses build arguments, so that it is only known once they are expanded. */
  public boolean hasVariables() {
    return text.indexOf('$') >= 0;
  }

  /** The name without tag and digest, including any registry: {@code ghcr.io/acme/app}. */
  public String name() {
    int at = text.indexOf('@');
    String beforeDigest = at >= 0 ? text.substring(0, at) : text;
    int colon = tagColon(beforeDigest);
    return colon >= 0 ? beforeDigest.substring(0, colon) : beforeDigest;
  }

  /** The tag, if one is written. */
  public Optional<String> tag() {
    int at = text.indexOf('@');
    String beforeDigest = at >= 0 ? text.substring(0, at) : text;
    int colon = tagColon(beforeDigest);
    return colon >= 0 ? Optional.of(beforeDigest.substring(colon + 1)) : Optional.empty();
  }

  /** The digest ({@code sha256:...}), if one is written. */
  public Optional<String> digest() {
    int at = text.indexOf('@');
    return at >= 0 ? Optional.of(text.substring(at + 1)) : Optional.empty();
  }

  /** Whether this is {@code scratch}, the empty image. */
  public boolean isScratch() {
    return text.equals("scratch");
  }

  /** This reference with another tag (and no digest). */
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

  /** Whether the text is a valid image reference (without variables). */
  public static boolean isValid(String text) {
    if (text.isEmpty() || text.length() > 512) {
      return false;
    }
    String rest = text;
    int at = rest.indexOf('@');
    if (at >= 0) {
      if (!isDigest(rest.substring(at + 1))) {
        return false;
      }
      rest = rest.substring(0, at);
    }
    int colon = tagColon(rest);
    if (colon >= 0) {
      if (!isTag(rest.substring(colon + 1))) {
        return false;
      }
      rest = rest.substring(0, colon);
    }
    if (rest.isEmpty() || rest.length() > 255) {
      return false;
    }
    String[] components = rest.split("/", -1);
    int first = 0;
    if (components.length > 1 && looksLikeRegistry(components[0])) {
      if (!isRegistry(components[0])) {
        return false;
      }
      first = 1;
    }
    for (int i = first; i < components.length; i++) {
      if (!isPathComponent(components[i])) {
        return false;
      }
    }
    return true;
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

  // [a-z0-9]+ joined by ".", "_", "__" or one or more "-": written out to avoid regex backtracking.
  private static boolean isPathComponent(String c) {
    if (c.isEmpty() || !isAlnum(c.charAt(0)) || !isAlnum(c.charAt(c.length() - 1))) {
      return false;
    }
    int i = 0;
    while (i < c.length()) {
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
        if (i < c.length() && c.charAt(i) == '_') {
          i++;
        }
      } else if (ch == '-') {
        while (i < c.length() && c.charAt(i) == '-') {
          i++;
        }
      } else {
        return false;
      }
      if (i == start || i >= c.length() || !isAlnum(c.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTag(String t) {
    if (t.isEmpty() || t.length() > 128) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      boolean word = isAlnum(ch) || (ch >= 'A' && ch <= 'Z') || ch == '_';
      if (!(word || (i > 0 && (ch == '.' || ch == '-')))) {
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
