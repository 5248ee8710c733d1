package dev.dockwright.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code COPY [--from=...] [--chown=...] [--chmod=...] [--link] [--parents] [--exclude=...]... <src>... <dest>}.
 *
 * <pre>{@code
 * CopyInstruction.of(List.of(CopySource.path("package.json")), Value.literal("./"))
 *     .withChown(UserSpec.of(10001))   // COPY --chown=10001 package.json ./
 * }</pre>
 *
 * @param from the stage or image to copy from ({@code --from}); null for the build context
 * @param chown the owner of the copied files ({@code --chown}); null for root
 * @param chmod the mode of the copied files ({@code --chmod}); null to keep the source's
 * @param link whether the files go into a layer of their own ({@code --link})
 * @param parents whether parent directories of the sources are kept ({@code --parents})
 * @param excludes the {@code --exclude} patterns, in order; may be empty
 * @param sources the paths, patterns or heredocs to copy, at least one
 * @param destination the target path, not empty; a trailing {@code /} makes it a directory
 */
public record CopyInstruction(
    BuildSource from,
    UserSpec chown,
    FileMode chmod,
    boolean link,
    boolean parents,
    List<String> excludes,
    List<CopySource> sources,
    Value destination)
    implements Instruction {
  /**
   * Checks and copies the flags and sources.
   *
   * @param from the stage or image to copy from ({@code --from}); null for the build context
   * @param chown the owner of the copied files ({@code --chown}); null for root
   * @param chmod the mode of the copied files ({@code --chmod}); null to keep the source's
   * @param link whether the files go into a layer of their own ({@code --link})
   * @param parents whether parent directories of the sources are kept ({@code --parents})
   * @param excludes the {@code --exclude} patterns, in order; may be empty
   * @param sources the paths, patterns or heredocs to copy, at least one
   * @param destination the target path, not empty; a trailing {@code /} makes it a directory
   * @throws NullPointerException when a list, one of its items, or the destination is null
   * @throws IllegalArgumentException when there is no source, the destination is empty or holds a line break,
   *     two heredocs share a delimiter, or a flag value holds text BuildKit would misread
   */
  public CopyInstruction {
    excludes = Values.copy(excludes, "excludes");
    Values.requireFlagTokens(excludes, "exclude pattern");
    Values.requireFlagValue(from == null ? null : from.text(), "COPY --from");
    Values.requireFlagValue(chown == null ? null : chown.text(), "COPY --chown");
    Values.requireFlagValue(chmod == null ? null : chmod.text(), "COPY --chmod");
    sources = Values.copy(sources, "sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("COPY needs at least one source");
    }
    if (Values.hasHeredoc(sources)) {
      Values.requireDistinctDelimiters(Values.heredocsOf(sources));
    }
    Objects.requireNonNull(destination, "destination");
    if (destination.isEmpty()) {
      throw new IllegalArgumentException("COPY needs a destination");
    }
    Values.requireSingleLine(destination.toString(), "COPY destination");
  }

  /**
   * A COPY with no flags.
   *
   * @param sources the paths, patterns or heredocs to copy, at least one
   * @param destination the target path, such as {@code ./}
   * @return {@code COPY sources... destination}
   * @throws IllegalArgumentException when there is no source or the destination is empty
   */
  public static CopyInstruction of(List<CopySource> sources, Value destination) {
    return new CopyInstruction(null, null, null, false, false, List.of(), sources, destination);
  }

  /**
   * This COPY taking files from a stage or image.
   *
   * @param from such as {@code StageRef.named("build")}; null for the build context
   * @return a new instruction; this one is unchanged
   */
  public CopyInstruction withFrom(BuildSource from) {
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }

  /**
   * This COPY with {@code --chown}.
   *
   * @param chown the owner of the copied files; null for none
   * @return a new instruction; this one is unchanged
   */
  public CopyInstruction withChown(UserSpec chown) {
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }

  /**
   * This COPY with {@code --chmod}.
   *
   * @param chmod the mode of the copied files; null for none
   * @return a new instruction; this one is unchanged
   */
  public CopyInstruction withChmod(FileMode chmod) {
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }

  /**
   * This COPY with other sources.
   *
   * @param sources the paths, patterns or heredocs, at least one
   * @return a new instruction; this one is unchanged
   * @throws IllegalArgumentException when the list is empty
   */
  public CopyInstruction withSources(List<CopySource> sources) {
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }

  @Override
  public String keyword() {
    return "COPY";
  }
}
