package dev.dockwright.lint.rules;

import java.util.List;

/**
 * File names of the archives that {@code ADD} unpacks when they come from the build context: tar, plain or
 * compressed (gzip, bzip2, xz, lzip, lzma, compress, zstd), by their usual extensions.
 *
 * <pre>{@code
 * Archives.isArchive("dist/app-1.2.tar.gz")   // true
 * Archives.isArchive("app.zip")               // false: ADD copies a zip as it is
 * }</pre>
 */
final class Archives {
  private Archives() {}

  private static final List<String> EXTENSIONS = List.of(".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".tb2",
      ".xz", ".txz", ".lz", ".tlz", ".lzma", ".Z", ".tZ", ".tpz", ".zst", ".tzst");

  /** Whether a path names an archive that ADD would unpack. */
  static boolean isArchive(String path) {
    return EXTENSIONS.stream().anyMatch(path::endsWith);
  }

  /** The last component of a path ({@code app.tar.gz} for {@code /tmp/app.tar.gz}). */
  static String baseName(String path) {
    String p = path;
    while (p.length() > 1 && (p.endsWith("/") || p.endsWith("\\"))) {
      p = p.substring(0, p.length() - 1);
    }
    return p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
  }

  /**
   * Whether an ADD source is fetched rather than copied: an http(s) URL, or a git repository
   * ({@code git@host:repo}, {@code ssh://}, {@code git://}).
   */
  static boolean isRemote(String source) {
    return source.startsWith("http://") || source.startsWith("https://") || source.startsWith("git@")
        || source.startsWith("ssh://") || source.startsWith("git://");
  }
}
