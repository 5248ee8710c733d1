package dev.dockwright.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code COPY [--from=...] [--chown=...] [--chmod=...] [--link] [--parents] [--exclude=...]... <src>... <dest>}.
 *
 * <pre>{@code
 * CopyInstruction.of(List.of(CopySource.path("package.json")), Value.literal("./"))
 * }</pre>
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
  public CopyInstruction {
    excludes = Values.copy(excludes, "excludes");
    excludes.forEach(e -> Values.requireFlagValue(Values.requireToken(e, "exclude pattern"), "exclude pattern"));
    Values.requireFlagValue(from == null ? null : from.text(), "COPY --from");
    Values.requireFlagValue(chown == null ? null : chown.text(), "COPY --chown");
    Values.requireFlagValue(chmod == null ? null : chmod.text(), "COPY --chmod");
    sources = Values.copy(sources, "sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("COPY needs at least one source");
    }
    Values.requireDistinctDelimiters(Values.heredocsOf(sources));
    Objects.requireNonNull(destination, "destination");
    if (destination.isEmpty()) {
      throw new IllegalArgumentException("COPY needs a destination");
    }
    Values.requireSingleLine(destination.toString(), "COPY destination");
  }

  /** A COPY with no flags. */
  public static CopyInstruction of(List<CopySource> sources, Value destination) {
    return new CopyInstruction(null, null, null, false, false, List.of(), sources, destination);
  }

  /** Copying from a stage or image. */
  public CopyInstruction withFrom(BuildSource from) {
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }

  /** With {@code --chown}. */
  public CopyInstruction withChown(UserSpec chown) {
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }

  /** With {@code --chmod}. */
  public CopyInstruction withChmod(FileMode chmod) {
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }

  /** With these sources. */
  public CopyInstruction withSources(List<CopySource> sources) {
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }

  @Override
  public String keyword() {
    return "COPY";
  }
}
