package dev.dockwright.model;

/**
 * {@code --mount=type=ssh}: the SSH agent socket (or keys) forwarded from the client, for cloning private
 * repositories. {@code id} defaults to {@code default}.
 *
 * <pre>{@code
 * Mount.ssh().withRequired(true)   // --mount=type=ssh,required=true
 * }</pre>
 *
 * @param id the SSH id the build forwards; null for {@code default}
 * @param target the socket path; null for BuildKit's default
 * @param required whether the build fails when no agent is forwarded
 * @param mode the socket's mode; null for 0600
 * @param uid the socket owner's user id, 0 or more; null for 0
 * @param gid the socket owner's group id, 0 or more; null for 0
 */
public record SshMount(String id, String target, boolean required, FileMode mode, Integer uid, Integer gid)
    implements Mount {
  /**
   * Checks the options.
   *
   * @param id the SSH id the build forwards; null for {@code default}
   * @param target the socket path; null for BuildKit's default
   * @param required whether the build fails when no agent is forwarded
   * @param mode the socket's mode; null for 0600
   * @param uid the socket owner's user id, 0 or more; null for 0
   * @param gid the socket owner's group id, 0 or more; null for 0
   * @throws IllegalArgumentException when an option is empty or holds a comma, a blank or a quote, or an id is
   *     negative
   */
  public SshMount {
    Values.requireMountOption(id, "id");
    Values.requireMountOption(target, "target");
    Values.requireMountId(uid, "uid");
    Values.requireMountId(gid, "gid");
  }

  @Override
  public String type() {
    return "ssh";
  }

  /**
   * This mount with an SSH id other than {@code default}.
   *
   * @param id such as {@code github}
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when the id is empty or holds a comma, a blank or a quote
   */
  public SshMount withId(String id) {
    return new SshMount(id, target, required, mode, uid, gid);
  }

  /**
   * This mount with a socket path other than the default.
   *
   * @param target such as {@code /run/ssh.sock}
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when the path is empty or holds a comma, a blank or a quote
   */
  public SshMount withTarget(String target) {
    return new SshMount(id, target, required, mode, uid, gid);
  }

  /**
   * This mount required or not.
   *
   * @param required true to fail the build when no agent is forwarded
   * @return a new mount; this one is unchanged
   */
  public SshMount withRequired(boolean required) {
    return new SshMount(id, target, required, mode, uid, gid);
  }
}
