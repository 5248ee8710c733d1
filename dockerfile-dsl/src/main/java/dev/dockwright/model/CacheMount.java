package dev.dockwright.model;

import java.util.Locale;

/**
 * {@code --mount=type=cache}: a directory that persists across builds, such as a package manager's download
 * cache. Null options are not written and take BuildKit's defaults (id: the target; sharing: shared).
 *
 * <pre>{@code
 * Mount.cache("/var/cache/apt").withSharing(CacheMount.Sharing.LOCKED)
 * // --mount=type=cache,target=/var/cache/apt,sharing=locked
 * }</pre>
 *
 * @param target the directory inside the RUN; null for the working directory
 * @param id the cache's id; null for the target path
 * @param readOnly whether the RUN cannot write to the cache
 * @param sharing how concurrent builds share the cache; null for shared
 * @param from a stage or image to seed the cache from; null for an empty cache
 * @param source the path in {@code from}; null for its root
 * @param mode the mode of the cache directory; null for 0755
 * @param uid the owner's user id, 0 or more; null for 0
 * @param gid the owner's group id, 0 or more; null for 0
 */
public record CacheMount(
    String target,
    String id,
    boolean readOnly,
    Sharing sharing,
    BuildSource from,
    String source,
    FileMode mode,
    Integer uid,
    Integer gid)
    implements Mount {

  /**
   * How concurrent builds share a cache.
   *
   * <pre>{@code
   * CacheMount.Sharing.LOCKED.text()   // "locked"
   * }</pre>
   */
  public enum Sharing {
    /** Builds use the cache at the same time (BuildKit's default). */
    SHARED,
    /** A build that finds the cache in use gets a new one. */
    PRIVATE,
    /** A build waits until no other build uses the cache; right for apt. */
    LOCKED;

    /**
     * The value as written after {@code sharing=}.
     *
     * @return the name in lower case, such as {@code "locked"}
     */
    public String text() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the options.
   *
   * @param target the directory inside the RUN; null for the working directory
   * @param id the cache's id; null for the target path
   * @param readOnly whether the RUN cannot write to the cache
   * @param sharing how concurrent builds share the cache; null for shared
   * @param from a stage or image to seed the cache from; null for an empty cache
   * @param source the path in {@code from}; null for its root
   * @param mode the mode of the cache directory; null for 0755
   * @param uid the owner's user id, 0 or more; null for 0
   * @param gid the owner's group id, 0 or more; null for 0
   * @throws IllegalArgumentException when a path or the id is empty or holds a comma, a blank or a quote, or
   *     an id is negative
   */
  public CacheMount {
    Values.requireMountOption(target, "target");
    Values.requireMountOption(id, "id");
    Values.requireMountOption(source, "source");
    Values.requireFlagValue(from == null ? null : from.text(), "mount from");
    Values.requireMountId(uid, "uid");
    Values.requireMountId(gid, "gid");
  }

  @Override
  public String type() {
    return "cache";
  }

  /**
   * This mount with a cache id other than the target path.
   *
   * @param id such as {@code npm}; null for the target path
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when the id is empty or holds a comma, a blank or a quote
   */
  public CacheMount withId(String id) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }

  /**
   * This mount read-only or not.
   *
   * @param readOnly true for {@code ro}
   * @return a new mount; this one is unchanged
   */
  public CacheMount withReadOnly(boolean readOnly) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }

  /**
   * This mount with another sharing mode.
   *
   * @param sharing the mode; null for BuildKit's default (shared)
   * @return a new mount; this one is unchanged
   */
  public CacheMount withSharing(Sharing sharing) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }

  /**
   * This mount seeded from a path of a stage or image.
   *
   * @param from the stage or image
   * @param source the path in it; null for its root
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when the path is empty or holds a comma, a blank or a quote
   */
  public CacheMount withFrom(BuildSource from, String source) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }

  /**
   * This mount with the mode and owner of the cache directory.
   *
   * @param mode such as {@code FileMode.octal(0755)}; null for the default
   * @param uid the user id, 0 or more; null for the default
   * @param gid the group id, 0 or more; null for the default
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when an id is negative
   */
  public CacheMount withOwner(FileMode mode, Integer uid, Integer gid) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }
}
