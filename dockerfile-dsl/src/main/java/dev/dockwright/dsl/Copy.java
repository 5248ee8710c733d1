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

  /**
   * Copying the given sources from the build context; call {@link #to(String)} next.
   *
   * @param sources paths or patterns, such as {@code package.json}; {@code $} references expand
   * @return a new COPY
   * @throws IllegalArgumentException when a source is empty, holds a line break or an unclosed reference
   */
  public static Copy sources(String... sources) {
    return new Copy().andPaths(sources);
  }

  /**
   * Copying from an earlier stage of the same Dockerfile; add {@link #paths(String...)} and
   * {@link #to(String)}.
   *
   * @param stage the stage; it must belong to the builder this COPY is added to
   * @return a new COPY with {@code --from=<stage>}
   * @throws NullPointerException when the stage is null
   */
  public static Copy from(StageBuilder stage) {
    Copy c = new Copy();
    c.fromStage = Objects.requireNonNull(stage, "stage");
    c.from = stage.ref();
    return c;
  }

  /**
   * Copying from an image; add {@link #paths(String...)} and {@link #to(String)}.
   *
   * @param image such as {@code ImageRef.of("busybox:1.36")}
   * @return a new COPY with {@code --from=<image>}
   * @throws NullPointerException when the image is null
   */
  public static Copy from(ImageRef image) {
    Copy c = new Copy();
    c.from = Objects.requireNonNull(image, "image");
    return c;
  }

  /**
   * A file with inline content: {@code COPY <<"EOF" <destination>}. The body is not expanded; the delimiter is
   * {@code EOF}, or {@code EOF2} and so on when the content has such a line.
   *
   * @param destination the file path, such as {@code /etc/motd}
   * @param content the text; a missing final newline is added
   * @return a new COPY with its destination set
   * @throws IllegalArgumentException when the destination has an unclosed reference
   */
  public static Copy heredoc(String destination, String content) {
    Copy c = new Copy();
    String delimiter = "EOF";
    for (int n = 2; content.lines().anyMatch(delimiter::equals); n++) {
      delimiter = "EOF" + n;
    }
    c.sources.add(CopySource.heredoc(Heredoc.literal(delimiter, content)));
    return c.to(destination);
  }

  /**
   * Adds sources.
   *
   * @param sources paths or patterns; {@code $} references expand
   * @return this COPY
   * @throws IllegalArgumentException when a source is empty, holds a line break or an unclosed reference
   */
  public Copy paths(String... sources) {
    return andPaths(sources);
  }

  private Copy andPaths(String... paths) {
    for (String s : paths) {
      sources.add(CopySource.path(s));
    }
    return this;
  }

  /**
   * Adds a source with literal text (no {@code $} expansion).
   *
   * @param source such as {@code price$list.txt}
   * @return this COPY
   * @throws IllegalArgumentException when the source is empty or holds a line break
   */
  public Copy literalPath(String source) {
    sources.add(new CopySource.Path(Value.literal(source)));
    return this;
  }

  /**
   * Sets the destination; a trailing {@code /} makes it a directory.
   *
   * @param destination such as {@code ./}; {@code $} references expand
   * @return this COPY
   * @throws IllegalArgumentException when the destination has an unclosed reference
   */
  public Copy to(String destination) {
    this.destination = Value.of(destination);
    return this;
  }

  /**
   * Sets {@code --chown}: the owner of the copied files.
   *
   * @param owner such as {@code UserSpec.of(10001)}; null for none
   * @return this COPY
   */
  public Copy chown(UserSpec owner) {
    this.chown = owner;
    return this;
  }

  /**
   * Sets {@code --chmod}: the mode of the copied files.
   *
   * @param mode such as {@code FileMode.parse("u=rwx,go=rx")}; null for none
   * @return this COPY
   */
  public Copy chmod(FileMode mode) {
    this.chmod = mode;
    return this;
  }

  /**
   * Sets {@code --chmod} in octal.
   *
   * @param octalMode such as {@code 0755} (an octal literal), from 0 to 07777
   * @return this COPY
   * @throws IllegalArgumentException when the mode is out of range
   */
  public Copy chmod(int octalMode) {
    return chmod(FileMode.octal(octalMode));
  }

  /**
   * Sets {@code --link}: the copy becomes an independent layer, reused even when earlier layers change.
   *
   * @return this COPY
   */
  public Copy link() {
    this.link = true;
    return this;
  }

  /**
   * Sets {@code --parents}: keep the source's parent directories.
   *
   * @return this COPY
   */
  public Copy parents() {
    this.parents = true;
    return this;
  }

  /**
   * Adds {@code --exclude=<pattern>}: files matching it are not copied.
   *
   * @param pattern such as {@code *.test.js}
   * @return this COPY
   */
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

  /**
   * The model instruction, for use outside a stage ({@link StageBuilder#copy(Copy)} calls it).
   *
   * @return the instruction
   * @throws IllegalArgumentException when no destination is set ({@code COPY needs a destination: call to(...)}),
   *     there is no source, or a flag value is not valid
   */
  public CopyInstruction build() {
    if (destination == null) {
      throw new IllegalArgumentException("COPY needs a destination: call to(...)");
    }
    return new CopyInstruction(from, chown, chmod, link, parents, excludes, sources, destination);
  }
}
