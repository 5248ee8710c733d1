package dev.dockwright.model;

import java.util.Locale;

/**
 * {@code --mount=type=cache}: a directory that persists across builds, such as a package manager's download
 * cache. Null options are not written and take BuildKit's defaults (id: the target; sharing: shared).
 *
 * <pre>{@code
 * Mount.cache("/var/cache/apt").withSharing(CacheMount.Sharing.LOCKED)
 * }</pre>
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

  /** How concurrent builds share a cache. */
  public enum Sharing {
    SHARED,
    PRIVATE,
    LOCKED;

    /** As written after {@code sharing=}. */
    public String text() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public CacheMount {
    Mount.option(target, "target");
    Mount.option(id, "id");
    Mount.option(source, "source");
    Values.requireFlagValue(from == null ? null : from.text(), "mount from");
    Mount.id(uid, "uid");
    Mount.id(gid, "gid");
  }

  @Override
  public String type() {
    return "cache";
  }

  /** With a cache id other than the target path. */
  public CacheMount withId(String id) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }

  /** Read-only or not. */
  public CacheMount withReadOnly(boolean readOnly) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }

  /** With the given sharing mode. */
  public CacheMount withSharing(Sharing sharing) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }

  /** Seeded from a path of a stage or image. */
  public CacheMount withFrom(BuildSource from, String source) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }

  /** With the mode, uid and gid of the cache directory. */
  public CacheMount withOwner(FileMode mode, Integer uid, Integer gid) {
    return new CacheMount(target, id, readOnly, sharing, from, source, mode, uid, gid);
  }
}
