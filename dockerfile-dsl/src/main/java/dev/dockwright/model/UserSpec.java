package dev.dockwright.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A user and an optional group, each a name or a numeric id, as USER and {@code --chown} take them. Build
 * arguments are allowed ({@code ${UID}:${GID}}).
 *
 * <pre>{@code
 * UserSpec.of(10001)            // USER 10001
 * UserSpec.of(10001, 10001)     // USER 10001:10001
 * UserSpec.parse("app:app")     // USER app:app
 * }</pre>
 */
public record UserSpec(String user, String group) {
  public UserSpec {
    Objects.requireNonNull(user, "user");
    checkPart(user, "user");
    if (group != null) {
      checkPart(group, "group");
    }
  }

  private static void checkPart(String part, String what) {
    if (part.isEmpty() || part.indexOf(':') >= 0 || ShellLines.readsAsFlag(part)) {
      throw new IllegalArgumentException("not a valid " + what + ": " + Quoted.of(part));
    }
    Values.requireToken(part, what);
  }

  /** A numeric user id with no group. */
  public static UserSpec of(int uid) {
    return new UserSpec(id(uid, "uid"), null);
  }

  /** A numeric user id and group id. */
  public static UserSpec of(int uid, int gid) {
    return new UserSpec(id(uid, "uid"), id(gid, "gid"));
  }

  /** A user name or id with no group. */
  public static UserSpec of(String user) {
    return new UserSpec(user, null);
  }

  /** A user and a group, names or ids. */
  public static UserSpec of(String user, String group) {
    return new UserSpec(user, Objects.requireNonNull(group, "group"));
  }

  /** Reads {@code user} or {@code user:group}. */
  public static UserSpec parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    try {
      return colon < 0
          ? new UserSpec(text, null)
          : new UserSpec(text.substring(0, colon), text.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid user: " + Quoted.of(text), e);
    }
  }

  private static String id(int id, String what) {
    if (id < 0) {
      throw new IllegalArgumentException("not a valid " + what + ": " + id);
    }
    return Integer.toString(id);
  }

  /** The group, if one is given. */
  public Optional<String> optionalGroup() {
    return Optional.ofNullable(group);
  }

  /** Whether the user is given as a number. */
  public boolean isNumericUser() {
    return user.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whether this names the root user (name {@code root} or uid 0). */
  public boolean isRoot() {
    return user.equals("root") || (isNumericUser() && Long.parseLong(user) == 0);
  }

  /** {@code user} or {@code user:group}. */
  public String text() {
    return group == null ? user : user + ":" + group;
  }

  @Override
  public String toString() {
    return text();
  }
}
