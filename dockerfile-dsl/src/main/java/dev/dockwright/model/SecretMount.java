package dev.dockwright.model;

/**
 * {@code --mount=type=secret}: a build secret, as a file (default {@code /run/secrets/<id>}) or, with
 * {@code env}, as an environment variable of the RUN. Never stored in the image; the way to pass a token,
 * instead of ARG or ENV.
 *
 * <pre>{@code
 * Mount.secret("npm_token").withTarget("/root/.npmrc")
 * Mount.secret("npm_token").withEnv("NPM_TOKEN").withRequired(true)
 * }</pre>
 *
 * @param id the secret's id; null to take the target's file name
 * @param target the file path; null for {@code /run/secrets/<id>}
 * @param env an environment variable to set to the secret; null for none
 * @param required whether the build fails when the secret is not given
 * @param mode the file's mode; null for 0400
 * @param uid the file owner's user id, 0 or more; null for 0
 * @param gid the file owner's group id, 0 or more; null for 0
 */
public record SecretMount(
    String id, String target, String env, boolean required, FileMode mode, Integer uid, Integer gid)
    implements Mount {
  /**
   * Checks the options.
   *
   * @param id the secret's id; null to take the target's file name
   * @param target the file path; null for {@code /run/secrets/<id>}
   * @param env an environment variable to set to the secret; null for none
   * @param required whether the build fails when the secret is not given
   * @param mode the file's mode; null for 0400
   * @param uid the file owner's user id, 0 or more; null for 0
   * @param gid the file owner's group id, 0 or more; null for 0
   * @throws IllegalArgumentException when both id and target are null, an option is empty or holds a comma,
   *     a blank or a quote, or an id is negative
   */
  public SecretMount {
    if (id == null && target == null) {
      throw new IllegalArgumentException("secret mount needs an id or a target");
    }
    Values.requireMountOption(id, "id");
    Values.requireMountOption(target, "target");
    Values.requireMountOption(env, "env");
    Values.requireMountId(uid, "uid");
    Values.requireMountId(gid, "gid");
  }

  @Override
  public String type() {
    return "secret";
  }

  /**
   * This secret as a file at the given path.
   *
   * @param target such as {@code /root/.npmrc}
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when the path is empty or holds a comma, a blank or a quote
   */
  public SecretMount withTarget(String target) {
    return new SecretMount(id, target, env, required, mode, uid, gid);
  }

  /**
   * This secret as the environment variable {@code env} of the RUN (and as a file only if a target is
   * given).
   *
   * @param env such as {@code NPM_TOKEN}
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when the name is empty or holds a comma, a blank or a quote
   */
  public SecretMount withEnv(String env) {
    return new SecretMount(id, target, env, required, mode, uid, gid);
  }

  /**
   * This secret required or not.
   *
   * @param required true to fail the build when the secret is not given
   * @return a new mount; this one is unchanged
   */
  public SecretMount withRequired(boolean required) {
    return new SecretMount(id, target, env, required, mode, uid, gid);
  }

  /**
   * This secret with the file's mode and owner.
   *
   * @param mode such as {@code FileMode.octal(0440)}; null for the default
   * @param uid the user id, 0 or more; null for the default
   * @param gid the group id, 0 or more; null for the default
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when an id is negative
   */
  public SecretMount withOwner(FileMode mode, Integer uid, Integer gid) {
    return new SecretMount(id, target, env, required, mode, uid, gid);
  }
}
