package dev.dockwright.templates;

import java.util.List;
import java.util.Objects;

/**
 * A Node project as the Node template needs it. Usually made by {@link ProjectDetector}; {@link #of} makes one
 * by hand.
 *
 * <pre>{@code
 * NodeProject project = NodeProject.of(PackageManager.NPM, List.of("node", "server.js"));
 * Dockerfile file = NodeTemplate.of(project, TemplateOptions.defaults()).dockerfile();
 * }</pre>
 *
 * @param packageManager npm, yarn, pnpm or bun
 * @param packageManagerVersion the version from package.json's {@code packageManager} field, or null
 * @param nodeVersion the Node version of the images, such as {@code 22.12.0}
 * @param manifests files and directories (ending in {@code /}) copied before the install, from the root
 * @param npmrc whether the project has an {@code .npmrc} (copied only for a BuildKit registry secret)
 * @param buildScript whether the package has {@code scripts.build}
 * @param testScript whether the package has a real {@code scripts.test}
 * @param buildOutput the directory the build writes, relative to the package ({@code dist})
 * @param command the start command in exec form, relative to the package directory; null if none was found
 * @param workspace the monorepo package to build, or null for the root package
 * @param yarnNodeModules for yarn berry: whether to switch Plug'n'Play off so that node_modules exists
 * @param yarnPath for yarn berry: whether the project ships its yarn release ({@code yarnPath}), so no corepack
 * @param metadata for the labels
 * @param evidence what told detection what
 */
public record NodeProject(
    PackageManager packageManager,
    String packageManagerVersion,
    String nodeVersion,
    List<String> manifests,
    boolean npmrc,
    boolean buildScript,
    boolean testScript,
    String buildOutput,
    List<String> command,
    NodeWorkspace workspace,
    boolean yarnNodeModules,
    boolean yarnPath,
    ProjectMetadata metadata,
    List<Evidence> evidence)
    implements DetectedProject {

  /**
   * Checks the parts.
   *
   * @param packageManager npm, yarn, pnpm or bun
   * @param packageManagerVersion the version from package.json's {@code packageManager} field, or null
   * @param nodeVersion the Node version of the images, such as {@code 22.12.0}
   * @param manifests files and directories (ending in {@code /}) copied before the install, from the root
   * @param npmrc whether the project has an {@code .npmrc} (copied only for a BuildKit registry secret)
   * @param buildScript whether the package has {@code scripts.build}
   * @param testScript whether the package has a real {@code scripts.test}
   * @param buildOutput the directory the build writes, relative to the package ({@code dist})
   * @param command the start command in exec form, relative to the package directory; null if none was found
   * @param workspace the monorepo package to build, or null for the root package
   * @param yarnNodeModules for yarn berry: whether to switch Plug'n'Play off so that node_modules exists
   * @param yarnPath for yarn berry: whether the project ships its yarn release ({@code yarnPath}), so no corepack
   * @param metadata for the labels
   * @param evidence what told detection what
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a part is not valid (the message says which)
   */
  public NodeProject {
    Objects.requireNonNull(packageManager, "packageManager");
    if (packageManager.language() != Language.NODE) {
      throw new IllegalArgumentException("not a Node package manager: " + packageManager.text());
    }
    Objects.requireNonNull(nodeVersion, "nodeVersion");
    manifests = List.copyOf(manifests);
    if (manifests.isEmpty()) {
      throw new IllegalArgumentException("a Node project needs at least package.json among its manifests");
    }
    Objects.requireNonNull(buildOutput, "buildOutput");
    command = command == null ? null : List.copyOf(command);
    Objects.requireNonNull(metadata, "metadata");
    evidence = List.copyOf(evidence);
  }

  /**
   * A project with the package manager's usual lock file, Node 22.12.0, no build or
   * test script, and the given start command.
   *
   * @param packageManager npm, yarn, pnpm or bun
   * @param command the start command in exec form, such as {@code "node", "server.js"}
   * @return the project
   */
  public static NodeProject of(PackageManager packageManager, List<String> command) {
    String lock = switch (packageManager) {
      case NPM -> "package-lock.json";
      case YARN_CLASSIC, YARN_BERRY -> "yarn.lock";
      case PNPM -> "pnpm-lock.yaml";
      case BUN -> "bun.lockb";
      default -> throw new IllegalArgumentException("not a Node package manager: " + packageManager.text());
    };
    return new NodeProject(packageManager, null, BaseImages.NODE_DEFAULT, List.of("package.json", lock), false,
        false, false, "dist", command, null, false, false, ProjectMetadata.empty(), List.of());
  }

  /**
   * This project with a build script that writes {@code output}.
   *
   * @param output the directory the build writes, such as {@code dist}
   * @return a copy with the build script
   */
  public NodeProject withBuildScript(String output) {
    return new NodeProject(packageManager, packageManagerVersion, nodeVersion, manifests, npmrc, true, testScript,
        output, command, workspace, yarnNodeModules, yarnPath, metadata, evidence);
  }

  /**
   * This project with a test script.
   *
   * @return a copy with the test script
   */
  public NodeProject withTestScript() {
    return new NodeProject(packageManager, packageManagerVersion, nodeVersion, manifests, npmrc, buildScript, true,
        buildOutput, command, workspace, yarnNodeModules, yarnPath, metadata, evidence);
  }

  /**
   * This project with other metadata.
   *
   * @param metadata the name, version and so on for the labels
   * @return a copy with the metadata
   */
  public NodeProject withMetadata(ProjectMetadata metadata) {
    return new NodeProject(packageManager, packageManagerVersion, nodeVersion, manifests, npmrc, buildScript,
        testScript, buildOutput, command, workspace, yarnNodeModules, yarnPath, metadata, evidence);
  }

  @Override
  public Language language() {
    return Language.NODE;
  }

  @Override
  public String languageVersion() {
    return nodeVersion;
  }
}
