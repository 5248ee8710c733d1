package dev.dockwright.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code ADD [--chown=...] [--chmod=...] [--link] [--exclude=...]... [--keep-git-dir] [--checksum=...]
 * [--unpack=...] <src>... <dest>}: like COPY, and also fetches URLs and git repositories and unpacks local
 * archives.
 *
 * <pre>{@code
 * AddInstruction.of(List.of(CopySource.path("https://example.com/a.tgz")), Value.literal("/opt/"))
 *     .withChecksum("sha256:" + "0".repeat(64))
 * }</pre>
 *
 * @param chown the owner of the added files ({@code --chown}); null for root
 * @param chmod the mode of the added files ({@code --chmod}); null to keep the source's
 * @param link whether the files go into a layer of their own ({@code --link})
 * @param excludes the {@code --exclude} patterns, in order; may be empty
 * @param keepGitDir whether a git source keeps its {@code .git} directory ({@code --keep-git-dir})
 * @param checksum the expected digest of a URL or git source ({@code --checksum}); null for none
 * @param unpack whether an archive is unpacked ({@code --unpack}); null when not written
 * @param sources the paths, URLs, git repositories or heredocs to add, at least one
 * @param destination the target path, not empty
 */
public record AddInstruction(
    UserSpec chown,
    FileMode chmod,
    boolean link,
    List<String> excludes,
    boolean keepGitDir,
    String checksum,
    Boolean unpack,
    List<CopySource> sources,
    Value destination)
    implements Instruction {
  /**
   * Checks and copies the flags and sources.
   *
   * @param chown the owner of the added files ({@code --chown}); null for root
   * @param chmod the mode of the added files ({@code --chmod}); null to keep the source's
   * @param link whether the files go into a layer of their own ({@code --link})
   * @param excludes the {@code --exclude} patterns, in order; may be empty
   * @param keepGitDir whether a git source keeps its {@code .git} directory ({@code --keep-git-dir})
   * @param checksum the expected digest of a URL or git source ({@code --checksum}); null for none
   * @param unpack whether an archive is unpacked ({@code --unpack}); null when not written
   * @param sources the paths, URLs, git repositories or heredocs to add, at least one
   * @param destination the target path, not empty
   * @throws NullPointerException when a list, one of its items, or the destination is null
   * @throws IllegalArgumentException when there is no source, the destination is empty or holds a line break,
   *     two heredocs share a delimiter, or a flag value holds a blank, a quote or text BuildKit would misread
   */
  public AddInstruction {
    excludes = Values.copy(excludes, "excludes");
    Values.requireFlagTokens(excludes, "exclude pattern");
    if (checksum != null) {
      Values.requireFlagValue(Values.requireToken(checksum, "checksum"), "checksum");
    }
    Values.requireFlagValue(chown == null ? null : chown.text(), "ADD --chown");
    Values.requireFlagValue(chmod == null ? null : chmod.text(), "ADD --chmod");
    sources = Values.copy(sources, "sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("ADD needs at least one source");
    }
    if (Values.hasHeredoc(sources)) {
      Values.requireDistinctDelimiters(Values.heredocsOf(sources));
    }
    Objects.requireNonNull(destination, "destination");
    if (destination.isEmpty()) {
      throw new IllegalArgumentException("ADD needs a destination");
    }
    Values.requireSingleLine(destination.toString(), "ADD destination");
  }

  /**
   * An ADD with no flags.
   *
   * @param sources the paths, URLs or heredocs to add, at least one
   * @param destination the target path, such as {@code /opt/}
   * @return {@code ADD sources... destination}
   * @throws IllegalArgumentException when there is no source or the destination is empty
   */
  public static AddInstruction of(List<CopySource> sources, Value destination) {
    return new AddInstruction(null, null, false, List.of(), false, null, null, sources, destination);
  }

  /**
   * This ADD with {@code --checksum}.
   *
   * @param checksum such as {@code sha256:<64 hex digits>}; null for none
   * @return a new instruction; this one is unchanged
   * @throws IllegalArgumentException when the checksum holds a blank or a quote
   */
  public AddInstruction withChecksum(String checksum) {
    return new AddInstruction(chown, chmod, link, excludes, keepGitDir, checksum, unpack, sources, destination);
  }

  @Override
  public String keyword() {
    return "ADD";
  }
}
