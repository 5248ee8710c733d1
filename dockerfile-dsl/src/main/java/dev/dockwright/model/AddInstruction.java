package dev.dockwright.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code ADD [--chown=...] [--chmod=...] [--link] [--exclude=...]... [--keep-git-dir] [--checksum=...]
 * [--unpack=...] <src>... <dest>}: like COPY, and also fetches URLs and git repositories and unpacks local
 * archives. {@code unpack} is null when not written.
 *
 * <pre>{@code
 * AddInstruction.of(List.of(CopySource.path("https://example.com/a.tgz")), Value.literal("/opt/"))
 *     .withChecksum("sha256:...")
 * }</pre>
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
  public AddInstruction {
    excludes = Values.copy(excludes, "excludes");
    excludes.forEach(e -> Values.requireFlagValue(Values.requireToken(e, "exclude pattern"), "exclude pattern"));
    if (checksum != null) {
      Values.requireFlagValue(Values.requireToken(checksum, "checksum"), "checksum");
    }
    Values.requireFlagValue(chown == null ? null : chown.text(), "ADD --chown");
    Values.requireFlagValue(chmod == null ? null : chmod.text(), "ADD --chmod");
    sources = Values.copy(sources, "sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("ADD needs at least one source");
    }
    Values.requireDistinctDelimiters(Values.heredocsOf(sources));
    Objects.requireNonNull(destination, "destination");
    if (destination.isEmpty()) {
      throw new IllegalArgumentException("ADD needs a destination");
    }
    Values.requireSingleLine(destination.toString(), "ADD destination");
  }

  /** An ADD with no flags. */
  public static AddInstruction of(List<CopySource> sources, Value destination) {
    return new AddInstruction(null, null, false, List.of(), false, null, null, sources, destination);
  }

  /** With {@code --checksum}. */
  public AddInstruction withChecksum(String checksum) {
    return new AddInstruction(chown, chmod, link, excludes, keepGitDir, checksum, unpack, sources, destination);
  }

  @Override
  public String keyword() {
    return "ADD";
  }
}
