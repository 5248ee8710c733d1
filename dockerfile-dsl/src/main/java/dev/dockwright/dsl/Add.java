package dev.dockwright.dsl;

import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.FileMode;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * An ADD with its flags: for URLs, git repositories and local archives to unpack. For plain local files,
 * {@link Copy} says more plainly what happens.
 *
 * <pre>{@code
 * stage.add(Add.sources("https://example.com/tool.tar.gz").to("/opt/").checksum("sha256:..."));
 * stage.add(Add.sources("https://github.com/acme/lib.git#v1.2.0").to("/src/lib").keepGitDir());
 * }</pre>
 */
public final class Add {
  private final List<CopySource> sources = new ArrayList<>();
  private UserSpec chown;
  private FileMode chmod;
  private boolean link;
  private final List<String> excludes = new ArrayList<>();
  private boolean keepGitDir;
  private String checksum;
  private Boolean unpack;
  private Value destination;

  private Add() {}

  /** Adding the given sources. */
  public static Add sources(String... sources) {
    Add a = new Add();
    for (String s : sources) {
      a.sources.add(CopySource.path(s));
    }
    return a;
  }

  /** The destination. */
  public Add to(String destination) {
    this.destination = Value.of(destination);
    return this;
  }

  /** {@code --chown}. */
  public Add chown(UserSpec owner) {
    this.chown = owner;
    return this;
  }

  /** {@code --chmod}. */
  public Add chmod(FileMode mode) {
    this.chmod = mode;
    return this;
  }

  /** {@code --link}. */
  public Add link() {
    this.link = true;
    return this;
  }

  /** Adds {@code --exclude=<pattern>}. */
  public Add exclude(String pattern) {
    excludes.add(pattern);
    return this;
  }

  /** {@code --keep-git-dir}: keep the {@code .git} directory of a git source. */
  public Add keepGitDir() {
    this.keepGitDir = true;
    return this;
  }

  /** {@code --checksum=<digest>}: verify a remote source. */
  public Add checksum(String checksum) {
    this.checksum = checksum;
    return this;
  }

  /** {@code --unpack=<bool>}: whether to unpack an archive. */
  public Add unpack(boolean unpack) {
    this.unpack = unpack;
    return this;
  }

  /** The model instruction. */
  public AddInstruction build() {
    if (destination == null) {
      throw new IllegalArgumentException("ADD needs a destination: call to(...)");
    }
    return new AddInstruction(chown, chmod, link, excludes, keepGitDir, checksum, unpack, sources, destination);
  }
}
