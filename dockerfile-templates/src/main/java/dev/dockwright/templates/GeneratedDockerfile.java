package dev.dockwright.templates;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.render.DockerfileRenderer;
import java.util.Objects;

/**
 * What {@link Templates#forProject} returns: the project as detected, the Dockerfile model (to customise or
 * render) and the matching {@code .dockerignore} text.
 *
 * <pre>{@code
 * GeneratedDockerfile generated = Templates.forProject(Path.of("."), TemplateOptions.defaults());
 * System.err.print(generated.project().summary());
 * Files.writeString(Path.of("Dockerfile"), generated.render());
 * Files.writeString(Path.of(".dockerignore"), generated.dockerignore());
 * }</pre>
 */
public record GeneratedDockerfile(DetectedProject project, Dockerfile dockerfile, String dockerignore) {
  /**
   * Checks the parts.
   *
   * @param project the project it is for
   * @param dockerfile the Dockerfile model
   * @param dockerignore the {@code .dockerignore} text that goes with it
   * @throws NullPointerException if a part is null
   */
  public GeneratedDockerfile {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(dockerfile, "dockerfile");
    Objects.requireNonNull(dockerignore, "dockerignore");
  }

  /**
   * The Dockerfile as text.
   *
   * @return the rendered Dockerfile, ending with a line break
   */
  public String render() {
    return DockerfileRenderer.defaults().render(dockerfile);
  }
}
