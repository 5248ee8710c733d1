package dev.dockwright.model;

/**
 * {@code --mount=type=ssh}: the SSH agent socket (or keys) forwarded from the client, for cloning private
 * repositories. {@code id} defaults to {@code default}.
 *
 * <pre>{@code
 * Mount.ssh().withRequired(true)
 * }</pre>
 */
public record SshMount(String id, String target, boolean required, FileMode mode, Integer uid, Integer gid)
    implements Mount {
  public SshMount {
    Mount.option(id, "id");
    Mount.option(target, "target");
    Mount.id(uid, "uid");
    Mount.id(gid, "gid");
  }

  @Override
  public String type() {
    return "ssh";
  }

  /** With an SSH id other than {@code default}. */
  public SshMount withId(String id) {
    return new SshMount(id, target, required, mode, uid, gid);
  }

  /** With a socket path other than the default. */
  public SshMount withTarget(String target) {
    return new SshMount(id, target, required, mode, uid, gid);
  }

  /** Whether the build fails when no agent is forwarded. */
  public SshMount withRequired(boolean required) {
    return new SshMount(id, target, required, mode, uid, gid);
  }
}
