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
  /**
   * The mount type as written after {@code type=}.
   *
   * @return {@code "bind"}, {@code "cache"}, {@code "tmpfs"}, {@code "secret"} or {@code "ssh"}
   */
  String type();

  /**
   * The path the mount appears at.
   *
   * @return the target; {@code null} when not given, which means the working directory for bind, cache and
   *     tmpfs mounts and a default path for secrets and SSH
   */
  String target();

  /**
   * A cache mount at {@code target}: persists across builds, never part of the image.
   *
   * @param target the directory, such as {@code /root/.npm}
   * @return the mount with BuildKit's defaults for every option
   * @throws IllegalArgumentException when the target is null, empty, or holds a comma, a blank or a quote
   */
  static CacheMount cache(String target) {
    if (target == null) {
      throw new IllegalArgumentException("cache mount needs a target");
    }
    return new CacheMount(target, null, false, null, null, null, null, null, null);
  }

  /**
   * A read-only bind mount of the whole build context at {@code target}.
   *
   * @param target the path, such as {@code /src}
   * @return the mount; narrow it with {@link BindMount#withSource(String)}
   * @throws IllegalArgumentException when the target is null, empty, or holds a comma, a blank or a quote
   */
  static BindMount bind(String target) {
    if (target == null) {
      throw new IllegalArgumentException("bind mount needs a target");
    }
    return new BindMount(target, null, null, false);
  }

  /**
   * A tmpfs at {@code target}, with no size limit.
   *
   * @param target the path, such as {@code /tmp}
   * @return the mount
   * @throws IllegalArgumentException when the target is null, empty, or holds a comma, a blank or a quote
   */
  static TmpfsMount tmpfs(String target) {
    if (target == null) {
      throw new IllegalArgumentException("tmpfs mount needs a target");
    }
    return new TmpfsMount(target, null);
  }

  /**
   * The build secret {@code id}, as a file under {@code /run/secrets/}, not required.
   *
   * @param id the secret's id as the build passes it, such as {@code npm_token}
   * @return the mount
   * @throws IllegalArgumentException when the id is null, empty, or holds a comma, a blank or a quote
   */
  static SecretMount secret(String id) {
    return new SecretMount(id, null, null, false, null, null, null);
  }

  /**
   * The default SSH agent socket, not required.
   *
   * @return {@code --mount=type=ssh}
   */
  static SshMount ssh() {
    return new SshMount(null, null, false, null, null, null);
  }
}
