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
 * mount, and the reference is checked when the file is built.
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

  /** An empty Dockerfile. */
  public static DockerfileBuilder create() {
    return new DockerfileBuilder();
  }

  /** Adds {@code # syntax=<frontend>}; without it the renderer adds {@code docker/dockerfile:1} when needed. */
  public DockerfileBuilder syntax(String frontend) {
    directives.add(ParserDirective.syntax(frontend));
    return this;
  }

  /** Adds {@code # escape=<c>}: {@code \} (the default) or a backtick. */
  public DockerfileBuilder escape(char escape) {
    directives.add(ParserDirective.escape(escape));
    return this;
  }

  /** Adds {@code # check=<value>}, such as {@code skip=JSONArgsRecommended}. */
  public DockerfileBuilder check(String value) {
    directives.add(ParserDirective.check(value));
    return this;
  }

  /** Any parser directive, {@code # name=value}. */
  public DockerfileBuilder directive(String name, String value) {
    directives.add(new ParserDirective(name, value));
    return this;
  }

  /** Any element among the global arguments: an ARG instruction, a comment or a blank line. */
  public DockerfileBuilder header(Element element) {
    Objects.requireNonNull(element, "element");
    if (element instanceof dev.dockwright.model.Instruction i && !(i instanceof ArgInstruction)) {
      throw new IllegalArgumentException(i.keyword() + " cannot come before the first FROM: only ARG can");
    }
    header.add(element);
    return this;
  }

  /** A global build argument without default, usable in FROM lines. */
  public DockerfileBuilder arg(String name) {
    header.add(ArgInstruction.of(name));
    return this;
  }

  /** A global build argument with a default, usable in FROM lines. */
  public DockerfileBuilder arg(String name, String defaultValue) {
    header.add(new ArgInstruction(List.of(new ArgDeclaration(name, Value.of(defaultValue)))));
    return this;
  }

  /** A comment among the global arguments. */
  public DockerfileBuilder comment(String text) {
    header.add(Comment.of(text));
    return this;
  }

  /** A blank line among the global arguments. */
  public DockerfileBuilder blankLine() {
    header.add(new BlankLine());
    return this;
  }

  /** A new stage {@code FROM image AS name}. */
  public StageBuilder stage(String name, String image) {
    return stage(name, ImageRef.of(image));
  }

  /**
   * A new stage {@code FROM image AS name}; {@code name} may be null for an unnamed stage. Every stage but
   * the first starts with a blank line, so stages stand apart in the rendered file.
   */
  public StageBuilder stage(String name, BuildSource image) {
    StageBuilder stage = new StageBuilder(this, stages.size(), name, image);
    if (!stages.isEmpty()) {
      stage.leadingBlankLine();
    }
    stages.add(stage);
    return stage;
  }

  /** A new stage that continues from an earlier one: {@code FROM parent AS name}. */
  public StageBuilder stage(String name, StageBuilder parent) {
    return stage(name, checkOwned(parent).ref());
  }

  /** A new unnamed stage, {@code FROM image}. */
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
   * The immutable Dockerfile.
   *
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

  /** The rendered Dockerfile, with default options. */
  public String render() {
    return DockerfileRenderer.defaults().render(build());
  }

  /** The rendered Dockerfile, with the given options. */
  public String render(RenderOptions options) {
    return new DockerfileRenderer(options).render(build());
  }
}
