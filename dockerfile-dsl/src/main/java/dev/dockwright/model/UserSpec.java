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
 *
 * @param user a user name or numeric id: no blanks, quotes or {@code :}, not read as a flag
 * @param group a group name or numeric id under the same rules; null for none
 */
public record UserSpec(String user, String group) {
  /**
   * Checks the user and group.
   *
   * @param user a user name or numeric id: no blanks, quotes or {@code :}, not read as a flag
   * @param group a group name or numeric id under the same rules; null for none
   * @throws NullPointerException when the user is null
   * @throws IllegalArgumentException when the user or group is empty, holds a blank, a quote or {@code :}, or
   *     starts like a flag
   */
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

  /**
   * A numeric user id with no group.
   *
   * @param uid the user id, 0 or more
   * @return such as {@code 10001}
   * @throws IllegalArgumentException when the id is negative
   */
  public static UserSpec of(int uid) {
    return new UserSpec(id(uid, "uid"), null);
  }

  /**
   * A numeric user id and group id.
   *
   * @param uid the user id, 0 or more
   * @param gid the group id, 0 or more
   * @return such as {@code 10001:10001}
   * @throws IllegalArgumentException when an id is negative
   */
  public static UserSpec of(int uid, int gid) {
    return new UserSpec(id(uid, "uid"), id(gid, "gid"));
  }

  /**
   * A user name or id with no group.
   *
   * @param user such as {@code app}, {@code 1000} or {@code ${UID}}
   * @return the user
   * @throws IllegalArgumentException when the user is not valid (see the record's rules)
   */
  public static UserSpec of(String user) {
    return new UserSpec(user, null);
  }

  /**
   * A user and a group, names or ids.
   *
   * @param user such as {@code app}
   * @param group such as {@code app}, not null
   * @return {@code user:group}
   * @throws NullPointerException when the group is null
   * @throws IllegalArgumentException when the user or group is not valid
   */
  public static UserSpec of(String user, String group) {
    return new UserSpec(user, Objects.requireNonNull(group, "group"));
  }

  /**
   * Reads {@code user} or {@code user:group}; the first colon separates them.
   *
   * @param text such as {@code app}, {@code 10001:10001} or {@code ${UID}:${GID}}
   * @return the user and group
   * @throws IllegalArgumentException with {@code not a valid user: "..."} when either part is not valid
   */
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

  /**
   * The group, if one is given.
   *
   * @return the group; empty for a user alone
   */
  public Optional<String> optionalGroup() {
    return Optional.ofNullable(group);
  }

  /**
   * Whether the user is given as a number.
   *
   * @return true for {@code 10001}, false for {@code app} or {@code ${UID}}
   */
  public boolean isNumericUser() {
    return user.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Whether this names the root user: the name {@code root} or the uid 0 (in any number of digits).
   *
   * @return true for {@code root}, {@code 0} or {@code 0:0}
   */
  public boolean isRoot() {
    return user.equals("root") || (isNumericUser() && Long.parseLong(user) == 0);
  }

  /**
   * The text as USER and {@code --chown} write it.
   *
   * @return {@code user} or {@code user:group}
   */
  public String text() {
    return group == null ? user : user + ":" + group;
  }

  @Override
  public String toString() {
    return text();
  }
}
