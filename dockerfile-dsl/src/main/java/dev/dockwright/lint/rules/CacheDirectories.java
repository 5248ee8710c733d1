package dev.dockwright.lint.rules;

import dev.dockwright.model.CacheMount;
import dev.dockwright.model.Mount;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.TmpfsMount;
import java.util.List;

/**
 * Where package managers keep the caches that the cleanup rules ask to delete, and whether a RUN keeps such a
 * cache out of the image by mounting a {@code type=cache} (or {@code type=tmpfs}) directory over it. A RUN that
 * does must not be told to clean the cache: what is written there never reaches the layer.
 *
 * <p>A directory is named either absolutely ({@code /var/lib/apt/lists}) or relative to a home directory
 * ({@code .cache/pip}, which is {@code /root/.cache/pip} for root and {@code /home/app/.cache/pip} for a user).
 * A mount covers a directory when its target is that directory or one of its parents (below {@code /}), so
 * {@code target=/var/lib/apt} covers the apt lists and {@code target=/root/.cache} covers pip's cache.
 *
 * <pre>{@code
 * CacheDirectories.APT_LISTS.isMountedIn(run)   // RUN --mount=type=cache,target=/var/lib/apt/lists ...
 * CacheDirectories.PIP.covers("/root/.cache")   // true
 * }</pre>
 */
record CacheDirectories(String manager, List<String> absolute, List<String> homeRelative) {

  /**
   * apt's package lists, written by {@code apt-get update}: {@code /var/lib/apt/lists} (a mount of
   * {@code /var/lib/apt} covers it; one of {@code /var/cache/apt}, which holds downloaded {@code .deb} files,
   * does not).
   */
  static final CacheDirectories APT_LISTS = new CacheDirectories("apt", List.of("/var/lib/apt/lists"), List.of());

  /** apk's index and package cache: {@code /var/cache/apk}, and {@code /etc/apk/cache} when caching is on. */
  static final CacheDirectories APK = new CacheDirectories("apk", List.of("/var/cache/apk", "/etc/apk/cache"),
      List.of());

  /** pip's HTTP and wheel cache: {@code ~/.cache/pip} ({@code /root/.cache/pip} for root). */
  static final CacheDirectories PIP = new CacheDirectories("pip", List.of(), List.of(".cache/pip"));

  /**
   * yarn's package cache: {@code /usr/local/share/.cache/yarn} (yarn 1 as root in the node images),
   * {@code ~/.cache/yarn} (yarn 1 as a user), {@code ~/.yarn/berry/cache} (yarn 2 and later, global), and the
   * older {@code ~/.yarn-cache} and {@code ~/.yarn/cache}.
   */
  static final CacheDirectories YARN = new CacheDirectories("yarn", List.of("/usr/local/share/.cache/yarn"),
      List.of(".cache/yarn", ".yarn/berry/cache", ".yarn/cache", ".yarn-cache"));

  CacheDirectories {
    absolute = List.copyOf(absolute);
    homeRelative = List.copyOf(homeRelative);
  }

  /**
   * Whether a directory (a mount target, a {@code --cache-dir} value) is one of the manager's cache
   * directories or a parent of one: writing the cache there, or below it, writes it inside {@code path}.
   */
  boolean covers(String path) {
    String dir = normalize(path);
    if (dir == null) {
      return false;
    }
    for (String cache : absolute) {
      if (isSameOrParent(dir, cache)) {
        return true;
      }
    }
    for (String relative : homeRelative) {
      // "/root/.cache" covers ".cache/pip": some suffix of the relative path's parents ends the directory.
      String prefix = relative;
      while (!prefix.isEmpty()) {
        if (dir.endsWith("/" + prefix)) {
          return true;
        }
        int slash = prefix.lastIndexOf('/');
        prefix = slash < 0 ? "" : prefix.substring(0, slash);
      }
    }
    return false;
  }

  /** Whether the RUN mounts a cache or a tmpfs over one of the manager's cache directories. */
  boolean isMountedIn(RunInstruction run) {
    return run.mounts().stream().anyMatch(this::coversMount);
  }

  /**
   * Whether the RUN mounts a cache or a tmpfs over {@code directory}: a directory that a command was told to
   * use as its cache ({@code pip install --cache-dir=/cache}), or a parent of it.
   */
  static boolean isMountedOver(RunInstruction run, String directory) {
    String dir = normalize(directory);
    if (dir == null) {
      return false;
    }
    for (Mount m : run.mounts()) {
      if ((m instanceof CacheMount || m instanceof TmpfsMount) && m.target() != null) {
        String target = normalize(m.target());
        if (target != null && isSameOrParent(target, dir)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean coversMount(Mount mount) {
    return (mount instanceof CacheMount || mount instanceof TmpfsMount) && mount.target() != null
        && covers(mount.target());
  }

  private static boolean isSameOrParent(String dir, String of) {
    return of.equals(dir) || of.startsWith(dir + "/");
  }

  // An absolute path without trailing slashes; null for a relative path, "/" or one with a variable.
  private static String normalize(String path) {
    if (path == null || !path.startsWith("/") || path.indexOf('$') >= 0) {
      return null;
    }
    String dir = path;
    while (dir.endsWith("/")) {
      dir = dir.substring(0, dir.length() - 1);
    }
    dir = dir.replaceAll("/+", "/");
    return dir.isEmpty() ? null : dir;
  }
}
