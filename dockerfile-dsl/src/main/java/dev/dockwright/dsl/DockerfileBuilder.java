package dev.dockwright.dsl;

import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.Comment;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.ParserDirective;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Value;
import dev.dockwright.render.DockerfileRenderer;
import dev.dockwright.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a Dockerfile stage by stage. Stages are objects: pass them to {@code copyFrom}, {@code from} or a
 * mount, and the reference is checked when the file is built. A builder is mutable and not thread-safe;
 * {@link #build()} takes a snapshot, so it can be called again after more changes.
 *
 * <pre>{@code
 * DockerfileBuilder file = DockerfileBuilder.create();
 * StageBuilder build = file.stage("build", "golang:1.23.4-bookworm")
 *     .workdir("/src")
 *     .copy("go.mod", "go.sum", "./")
 *     .run(Run.shell("go mod download").mount(Mount.cache("/go/pkg/mod")))
 *     .copy(".", ".")
 *     .run("CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/app ./cmd/server");
 * file.stage("runtime", "gcr.io/distroless/static-debian12:nonroot")
 *     .copyFrom(build, "/out/app", "/app")
 *     .user(65532)
 *     .entrypoint("/app");
 * String text = file.render();
 * }</pre>
 */
public final class DockerfileBuilder {
  private final List<ParserDirective> directives = new ArrayList<>();
  private final List<Element> header = new ArrayList<>();
  private final List<StageBuilder> stages = new ArrayList<>();

  private DockerfileBuilder() {}

  /**
   * An empty Dockerfile: no directive, no global argument, no stage.
   *
   * @return a new builder
   */
  public static DockerfileBuilder create() {
    return new DockerfileBuilder();
  }

  /**
   * Adds {@code # syntax=<frontend>}; without it the renderer adds {@code docker/dockerfile:1} when the file
   * uses syntax that needs it (and {@link RenderOptions} allow it).
   *
   * @param frontend the frontend image, such as {@code docker/dockerfile:1.7}
   * @return this builder
   * @throws IllegalArgumentException when the image is empty or not on one line
   */
  public DockerfileBuilder syntax(String frontend) {
    directives.add(ParserDirective.syntax(frontend));
    return this;
  }

  /**
   * Adds {@code # escape=<c>}; a backtick suits Windows paths.
   *
   * @param escape {@code '\\'} (the default) or {@code '`'}
   * @return this builder
   * @throws IllegalArgumentException for any other character
   */
  public DockerfileBuilder escape(char escape) {
    directives.add(ParserDirective.escape(escape));
    return this;
  }

  /**
   * Adds {@code # check=<value>}: which of BuildKit's build checks to skip or make errors.
   *
   * @param value such as {@code skip=JSONArgsRecommended}
   * @return this builder
   * @throws IllegalArgumentException when the value is empty or not on one line
   */
  public DockerfileBuilder check(String value) {
    directives.add(ParserDirective.check(value));
    return this;
  }

  /**
   * Adds any parser directive, {@code # name=value}.
   *
   * @param name {@code syntax}, {@code escape} or {@code check}, in any case
   * @param value the value, as {@link ParserDirective} takes it
   * @return this builder
   * @throws IllegalArgumentException when the name is not a known directive or the value is not valid
   */
  public DockerfileBuilder directive(String name, String value) {
    directives.add(new ParserDirective(name, value));
    return this;
  }

  /**
   * Adds any element among the global arguments, before the first FROM.
   *
   * @param element an ARG instruction, a comment or a blank line
   * @return this builder
   * @throws NullPointerException when the element is null
   * @throws IllegalArgumentException when the element is an instruction other than ARG
   */
  public DockerfileBuilder header(Element element) {
    Objects.requireNonNull(element, "element");
    if (element instanceof dev.dockwright.model.Instruction i && !(i instanceof ArgInstruction)) {
      throw new IllegalArgumentException(i.keyword() + " cannot come before the first FROM: only ARG can");
    }
    header.add(element);
    return this;
  }

  /**
   * Adds a global build argument without default, usable in FROM lines: {@code ARG name}.
   *
   * @param name such as {@code BASE_IMAGE}
   * @return this builder
   * @throws IllegalArgumentException when the name is not a valid argument name
   */
  public DockerfileBuilder arg(String name) {
    header.add(ArgInstruction.of(name));
    return this;
  }

  /**
   * Adds a global build argument with a default, usable in FROM lines: {@code ARG name=default}.
   *
   * @param name such as {@code NODE_VERSION}
   * @param defaultValue such as {@code 22}; {@code $} references in it expand (see {@link Value#of(String)})
   * @return this builder
   * @throws IllegalArgumentException when the name is not valid or the default has an unclosed reference
   */
  public DockerfileBuilder arg(String name, String defaultValue) {
    header.add(new ArgInstruction(List.of(new ArgDeclaration(name, Value.of(defaultValue)))));
    return this;
  }

  /**
   * Adds a comment among the global arguments, rendered as {@code # text}.
   *
   * @param text the comment, on one line
   * @return this builder
   * @throws IllegalArgumentException when the text holds a line break
   */
  public DockerfileBuilder comment(String text) {
    header.add(Comment.of(text));
    return this;
  }

  /**
   * Adds a blank line among the global arguments.
   *
   * @return this builder
   */
  public DockerfileBuilder blankLine() {
    header.add(new BlankLine());
    return this;
  }

  /**
   * Starts a new stage {@code FROM image AS name}; every stage but the first gets a blank line above it.
   *
   * @param name the stage name, such as {@code build}; null for an unnamed stage
   * @param image the image reference, such as {@code golang:1.23.4-bookworm}
   * @return the new stage, to which instructions are added
   * @throws IllegalArgumentException when the name is not a valid stage name or the image reference is not
   *     valid
   */
  public StageBuilder stage(String name, String image) {
    return stage(name, ImageRef.of(image));
  }

  /**
   * Starts a new stage {@code FROM image AS name}. Every stage but the first starts with a blank line, so
   * stages stand apart in the rendered file.
   *
   * @param name the stage name, such as {@code build}; null for an unnamed stage
   * @param image an image, such as {@code ImageRef.SCRATCH}, or a stage of this file by reference
   * @return the new stage, to which instructions are added
   * @throws NullPointerException when the image is null
   * @throws IllegalArgumentException when the name is not a valid stage name
   */
  public StageBuilder stage(String name, BuildSource image) {
    StageBuilder stage = new StageBuilder(this, stages.size(), name, image);
    if (!stages.isEmpty()) {
      stage.leadingBlankLine();
    }
    stages.add(stage);
    return stage;
  }

  /**
   * Starts a new stage that continues from an earlier one: {@code FROM parent AS name}.
   *
   * @param name the stage name; null for an unnamed stage
   * @param parent an earlier stage of this builder
   * @return the new stage
   * @throws NullPointerException when the parent is null
   * @throws IllegalArgumentException when the parent belongs to another builder or the name is not valid
   */
  public StageBuilder stage(String name, StageBuilder parent) {
    return stage(name, checkOwned(parent).ref());
  }

  /**
   * Starts a new unnamed stage, {@code FROM image}.
   *
   * @param image the image reference, such as {@code alpine:3.20}
   * @return the new stage
   * @throws IllegalArgumentException when the image reference is not valid
   */
  public StageBuilder from(String image) {
    return stage(null, ImageRef.of(image));
  }

  StageBuilder checkOwned(StageBuilder stage) {
    Objects.requireNonNull(stage, "stage");
    if (stage.owner() != this) {
      throw new IllegalArgumentException("stage " + stage.describe() + " belongs to another Dockerfile");
    }
    return stage;
  }

  /**
   * The immutable Dockerfile, as the stages stand now.
   *
   * @return the model; later changes to this builder do not affect it
   * @throws IllegalArgumentException when it cannot be written: no stage, an empty stage that no later stage
   *     builds on or copies from and that is not marked {@link StageBuilder#alias()}, two stages with one
   *     name, a reference to a stage that is not defined earlier
   */
  public Dockerfile build() {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a Dockerfile needs at least one stage");
    }
    List<Stage> built = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      built.add(stages.get(i).toStage(isReferencedLater(i)));
    }
    return Dockerfile.of(directives, header, built);
  }

  // An empty stage is an alias when a later stage builds on it or copies from it (FROM x AS base).
  private boolean isReferencedLater(int index) {
    StageBuilder stage = stages.get(index);
    String ref = stage.ref().name();
    for (int j = index + 1; j < stages.size(); j++) {
      if (stages.get(j).references(ref)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rendered Dockerfile, with default options.
   *
   * @return the Dockerfile's text, ending with a newline
   * @throws IllegalArgumentException when the file cannot be built (see {@link #build()})
   */
  public String render() {
    return DockerfileRenderer.defaults().render(build());
  }

  /**
   * The rendered Dockerfile, with the given options.
   *
   * @param options such as {@code RenderOptions.defaults().withWrapWidth(100)}
   * @return the Dockerfile's text
   * @throws IllegalArgumentException when the file cannot be built (see {@link #build()})
   */
  public String render(RenderOptions options) {
    return new DockerfileRenderer(options).render(build());
  }
}
