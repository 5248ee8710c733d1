package dev.dockwright.templates;

import java.util.List;
import java.util.Objects;

/**
 * A Go module as the Go template needs it. Usually made by {@link ProjectDetector}; {@link #of} makes one
 * by hand.
 *
 * <pre>{@code
 * GoProject project = GoProject.of("example.com/shop", "./cmd/server");
 * Dockerfile file = GoTemplate.of(project, TemplateOptions.defaults()).dockerfile();
 * }</pre>
 *
 * @param goVersion the Go version of the build image, such as {@code 1.23.4}
 * @param modulePath the module path from go.mod
 * @param goSum whether go.sum exists (a module with no dependencies has none)
 * @param vendored whether dependencies are vendored ({@code vendor/modules.txt}), so nothing is downloaded
 * @param mainPackage the main package to build: {@code .} or {@code ./cmd/<name>}
 * @param binaryName the name of the built binary
 * @param metadata for the labels
 * @param evidence what told detection what
 */
public record GoProject(
    String goVersion,
    String modulePath,
    boolean goSum,
    boolean vendored,
    String mainPackage,
    String binaryName,
    ProjectMetadata metadata,
    List<Evidence> evidence)
    implements DetectedProject {

  /**
   * Checks the parts.
   *
   * @param goVersion the Go version of the build image, such as {@code 1.23.4}
   * @param modulePath the module path from go.mod
   * @param goSum whether go.sum exists (a module with no dependencies has none)
   * @param vendored whether dependencies are vendored ({@code vendor/modules.txt}), so nothing is downloaded
   * @param mainPackage the main package to build: {@code .} or {@code ./cmd/<name>}
   * @param binaryName the name of the built binary
   * @param metadata for the labels
   * @param evidence what told detection what
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a part is not valid (the message says which)
   */
  public GoProject {
    Objects.requireNonNull(goVersion, "goVersion");
    Objects.requireNonNull(modulePath, "modulePath");
    Objects.requireNonNull(mainPackage, "mainPackage");
    if (!(mainPackage.equals(".") || mainPackage.startsWith("./")) || mainPackage.contains("..")) {
      throw new IllegalArgumentException("not a main package path: \"" + mainPackage + "\" (expected . or ./dir)");
    }
    Objects.requireNonNull(binaryName, "binaryName");
    if (!binaryName.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("not a binary name: \"" + binaryName + "\"");
    }
    Objects.requireNonNull(metadata, "metadata");
    evidence = List.copyOf(evidence);
  }

  /**
   * A module with go.sum, Go 1.23.4, building the given main package.
   *
   * @param modulePath the module path of go.mod, such as {@code example.com/api}
   * @param mainPackage the main package, such as {@code ./cmd/api}
   * @return the project
   */
  public static GoProject of(String modulePath, String mainPackage) {
    String base = mainPackage.equals(".") ? modulePath : mainPackage;
    String name = base.substring(base.lastIndexOf('/') + 1);
    return new GoProject(BaseImages.GO_DEFAULT, modulePath, true, false, mainPackage, name,
        ProjectMetadata.empty(), List.of());
  }

  @Override
  public Language language() {
    return Language.GO;
  }

  @Override
  public PackageManager packageManager() {
    return PackageManager.GO_MODULES;
  }

  @Override
  public String languageVersion() {
    return goVersion;
  }
}
