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
 * stage.add(Add.sources("https://example.com/tool.tar.gz").to("/opt/").checksum("sha256:" + "0".repeat(64)));
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

  /**
   * Adding the given sources; call {@link #to(String)} next.
   *
   * @param sources paths, patterns, URLs or git URLs; {@code $} references in them expand
   * @return a new ADD
   * @throws IllegalArgumentException when a source is empty, holds a line break or an unclosed reference
   */
  public static Add sources(String... sources) {
    Add a = new Add();
    for (String s : sources) {
      a.sources.add(CopySource.path(s));
    }
    return a;
  }

  /**
   * Sets the destination.
   *
   * @param destination such as {@code /opt/}; {@code $} references expand
   * @return this ADD
   * @throws IllegalArgumentException when the destination has an unclosed reference
   */
  public Add to(String destination) {
    this.destination = Value.of(destination);
    return this;
  }

  /**
   * Sets {@code --chown}: the owner of the added files.
   *
   * @param owner such as {@code UserSpec.of(10001)}; null for none
   * @return this ADD
   */
  public Add chown(UserSpec owner) {
    this.chown = owner;
    return this;
  }

  /**
   * Sets {@code --chmod}: the mode of the added files.
   *
   * @param mode such as {@code FileMode.octal(0755)}; null for none
   * @return this ADD
   */
  public Add chmod(FileMode mode) {
    this.chmod = mode;
    return this;
  }

  /**
   * Sets {@code --link}: the files go into a layer of their own.
   *
   * @return this ADD
   */
  public Add link() {
    this.link = true;
    return this;
  }

  /**
   * Adds {@code --exclude=<pattern>}: files matching it are not added.
   *
   * @param pattern such as {@code *.md}
   * @return this ADD
   */
  public Add exclude(String pattern) {
    excludes.add(pattern);
    return this;
  }

  /**
   * Sets {@code --keep-git-dir}: keep the {@code .git} directory of a git source.
   *
   * @return this ADD
   */
  public Add keepGitDir() {
    this.keepGitDir = true;
    return this;
  }

  /**
   * Sets {@code --checksum=<digest>}: the build fails when a remote source has another digest.
   *
   * @param checksum such as {@code sha256:<64 hex digits>}
   * @return this ADD
   */
  public Add checksum(String checksum) {
    this.checksum = checksum;
    return this;
  }

  /**
   * Sets {@code --unpack=<bool>}: whether to unpack an archive, instead of the default (local archives are
   * unpacked, remote ones are not).
   *
   * @param unpack true to unpack
   * @return this ADD
   */
  public Add unpack(boolean unpack) {
    this.unpack = unpack;
    return this;
  }

  /**
   * The model instruction, for use outside a stage ({@link StageBuilder#add(Add)} calls it).
   *
   * @return the instruction
   * @throws IllegalArgumentException when no destination is set ({@code ADD needs a destination: call to(...)}),
   *     there is no source, or a flag value is not valid
   */
  public AddInstruction build() {
    if (destination == null) {
      throw new IllegalArgumentException("ADD needs a destination: call to(...)");
    }
    return new AddInstruction(chown, chmod, link, excludes, keepGitDir, checksum, unpack, sources, destination);
  }
}
