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
 */
public record SecretMount(
    String id, String target, String env, boolean required, FileMode mode, Integer uid, Integer gid)
    implements Mount {
  public SecretMount {
    if (id == null && target == null) {
      throw new IllegalArgumentException("secret mount needs an id or a target");
    }
    Mount.option(id, "id");
    Mount.option(target, "target");
    Mount.option(env, "env");
    Mount.id(uid, "uid");
    Mount.id(gid, "gid");
  }

  @Override
  public String type() {
    return "secret";
  }

  /** As a file at the given path. */
  public SecretMount withTarget(String target) {
    return new SecretMount(id, target, env, required, mode, uid, gid);
  }

  /** As the environment variable {@code env}. */
  public SecretMount withEnv(String env) {
    return new SecretMount(id, target, env, required, mode, uid, gid);
  }

  /** Whether the build fails when the secret is not given. */
  public SecretMount withRequired(boolean required) {
    return new SecretMount(id, target, env, required, mode, uid, gid);
  }

  /** With the file's mode, uid and gid. */
  public SecretMount withOwner(FileMode mode, Integer uid, Integer gid) {
    return new SecretMount(id, target, env, required, mode, uid, gid);
  }
}
