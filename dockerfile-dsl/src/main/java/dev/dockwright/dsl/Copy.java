package dev.dockwright.dsl;

import dev.dockwright.model.BuildSource;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.FileMode;
import dev.dockwright.model.Heredoc;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A COPY with its flags. Sources and destination expand {@code $} references (see the package doc).
 *
 * <pre>{@code
 * stage.copy(Copy.sources("package.json", "package-lock.json").to("./"));
 * stage.copy(Copy.from(build).paths("/app/dist").to("./dist").chown(UserSpec.of(1000)).link());
 * stage.copy(Copy.heredoc("/etc/motd", "Welcome\n"));
 * }</pre>
 */
public final class Copy {
  private final List<CopySource> sources = new ArrayList<>();
  private BuildSource from;
  private StageBuilder fromStage;
  private UserSpec chown;
  private FileMode chmod;
  private boolean link;
  private boolean parents;
  private final List<String> excludes = new ArrayList<>();
  private Value destination;

  private Copy() {}

  /** Copying the given sources from the build context. */
  public static Copy sources(String... sources) {
    return new Copy().andPaths(sources);
  }

  /** Copying from an earlier stage of the same Dockerfile. */
  public static Copy from(StageBuilder stage) {
    Copy c = new Copy();
    c.fromStage = Objects.requireNonNull(stage, "stage");
    c.from = stage.ref();
    return c;
  }

  /** Copying from an image. */
  public static Copy from(ImageRef image) {
    Copy c = new Copy();
    c.from = Objects.requireNonNull(image, "image");
    return c;
  }

  /** A file with inline content: {@code COPY <<EOF <destination>}. */
  public static Copy heredoc(String destination, String content) {
    Copy c = new Copy();
    String delimiter = "EOF";
    for (int n = 2; content.lines().anyMatch(delimiter::equals); n++) {
      delimiter = "EOF" + n;
    }
    c.sources.add(CopySource.heredoc(Heredoc.literal(delimiter, content)));
    return c.to(destination);
  }

  /** Adds sources. */
  public Copy paths(String... sources) {
    return andPaths(sources);
  }

  private Copy andPaths(String... paths) {
    for (String s : paths) {
      sources.add(CopySource.path(s));
    }
    return this;
  }

  /** Adds a source with literal text (no {@code $} expansion). */
  public Copy literalPath(String source) {
    sources.add(new CopySource.Path(Value.literal(source)));
    return this;
  }

  /** The destination. */
  public Copy to(String destination) {
    this.destination = Value.of(destination);
    return this;
  }

  /** {@code --chown}. */
  public Copy chown(UserSpec owner) {
    this.chown = owner;
    return this;
  }

  /** {@code --chmod}. */
  public Copy chmod(FileMode mode) {
    this.chmod = mode;
    return this;
  }

  /** {@code --chmod} in octal. */
  public Copy chmod(int octalMode) {
    return chmod(FileMode.octal(octalMode));
  }

  /** {@code --link}: the copy becomes an independent layer. */
  public Copy link() {
    this.link = true;
    return this;
  }

  /** {@code --parents}: keep the source's parent directories. */
  public Copy parents() {
    this.parents = true;
    return this;
  }

  /** Adds {@code --exclude=<pattern>}. */
  public Copy exclude(String pattern) {
    excludes.add(pattern);
    return this;
  }

  CopyInstruction build(DockerfileBuilder owner) {
    if (fromStage != null) {
      owner.checkOwned(fromStage);
    }
    return build();
  }

  /** The model instruction. */
  public CopyInstruction build() {
    if (destination == null) {
      throw new IllegalArgumentException("COPY needs a destination: call to(...)");
    }
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }
}
