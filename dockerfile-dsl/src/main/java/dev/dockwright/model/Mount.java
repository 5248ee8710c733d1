package dev.dockwright.model;

/**
 * A {@code RUN --mount}: a cache, a bind mount of the context or another stage, a tmpfs, a build secret or an
 * SSH agent socket. Each kind is a record with the options BuildKit accepts for it.
 *
 * <pre>{@code
 * Mount.cache("/root/.npm")
 * Mount.cache("/var/cache/apt").withSharing(CacheMount.Sharing.LOCKED)
 * Mount.bind("/src").withSource("go.sum")
 * Mount.secret("npm_token").withEnv("NPM_TOKEN")
 * Mount.ssh()
 * Mount.tmpfs("/tmp")
 * }</pre>
 */
public sealed interface Mount permits BindMount, CacheMount, TmpfsMount, SecretMount, SshMount {
  /** The mount type as written after {@code type=}. */
  String type();

  /**
   * The path the mount appears at, or {@code null} when not given: the working directory for bind, cache and
   * tmpfs mounts, a default path for secrets and SSH.
   */
  String target();

  /** A cache mount at {@code target}: persists across builds, never part of the image. */
  static CacheMount cache(String target) {
    if (target == null) {
      throw new IllegalArgumentException("cache mount needs a target");
    }
    return new CacheMount(target, null, false, null, null, null, null, null, null);
  }

  /** A read-only bind mount of the build context at {@code target}. */
  static BindMount bind(String target) {
    if (target == null) {
      throw new IllegalArgumentException("bind mount needs a target");
    }
    return new BindMount(target, null, null, false);
  }

  /** A tmpfs at {@code target}. */
  static TmpfsMount tmpfs(String target) {
    if (target == null) {
      throw new IllegalArgumentException("tmpfs mount needs a target");
    }
    return new TmpfsMount(target, null);
  }

  /** The build secret {@code id}, as a file under {@code /run/secrets/}. */
  static SecretMount secret(String id) {
    return new SecretMount(id, null, null, false, null, null, null);
  }

  /** The default SSH agent socket. */
  static SshMount ssh() {
    return new SshMount(null, null, false, null, null, null);
  }

  /** Checks an option value: written inside a comma-separated list, so no comma, quote or space. */
  static String option(String value, String what) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty() || value.indexOf(',') >= 0) {
      throw new IllegalArgumentException("not a valid mount " + what + ": " + Quoted.of(value));
    }
    Values.requireToken(value, "mount " + what);
    return Values.requireFlagValue(value, "mount " + what);
  }

  /** Checks a uid or gid. */
  static Integer id(Integer value, String what) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException("not a valid mount " + what + ": " + value);
    }
    return value;
  }
}
