package dev.dockwright.templates;

import java.util.List;
import java.util.Objects;

/**
 * A Python project as the Python template needs it. Usually made by {@link ProjectDetector}; {@link #of}
 * makes one by hand.
 *
 * <pre>{@code
 * PythonProject project = PythonProject.of(PackageManager.PIP, List.of("python", "-m", "app"));
 * Dockerfile file = PythonTemplate.of(project, TemplateOptions.defaults()).dockerfile();
 * }</pre>
 *
 * @param packageManager pip, poetry, uv or pipenv
 * @param pythonVersion the Python version of the images, such as {@code 3.12.8}
 * @param requiresPython the project's version constraint ({@code >=3.11}), or null
 * @param manifests files copied before the dependencies are installed (lock files, requirements files)
 * @param requirementsFile for pip: the requirements file to install; null when there is none
 * @param command the start command in exec form; a program that is not an absolute path runs from the
 *     virtualenv ({@code python}, {@code uvicorn}, a console script); null if none was found
 * @param installProject whether the project itself is installed into the virtualenv (for console scripts)
 * @param sourceRoot the directory the code imports from, relative to the project ({@code src}), or null for
 *     the project root
 * @param testRunner how the tests run
 * @param testRequirements where the test tools come from: for pip a requirements file, for poetry a
 *     dependency group, for uv and pipenv the dev dependencies; null to install pytest alone
 * @param testDirectory where unittest starts discovering ({@code tests}), or null for the project root;
 *     a test directory without {@code __init__.py} is not found from the root since Python 3.11
 * @param metadata for the labels
 * @param evidence what told detection what
 */
public record PythonProject(
    PackageManager packageManager,
    String pythonVersion,
    String requiresPython,
    List<String> manifests,
    String requirementsFile,
    List<String> command,
    boolean installProject,
    String sourceRoot,
    TestRunner testRunner,
    String testRequirements,
    String testDirectory,
    ProjectMetadata metadata,
    List<Evidence> evidence)
    implements DetectedProject {

  /**
   * How a Python project's tests run.
   *
   * <pre>{@code
   * if (project.testRunner() == PythonProject.TestRunner.PYTEST) { ... }
   * }</pre>
   */
  public enum TestRunner {
    /** {@code python -m pytest}, with pytest installed outside the virtualenv that ships. */
    PYTEST,
    /** {@code python -m unittest discover}: the standard library alone. */
    UNITTEST
  }

  /**
   * Checks the parts.
   *
   * @param packageManager pip, poetry, uv or pipenv
   * @param pythonVersion the Python version of the images, such as {@code 3.12.8}
   * @param requiresPython the project's version constraint ({@code >=3.11}), or null
   * @param manifests files copied before the dependencies are installed (lock files, requirements files)
   * @param requirementsFile for pip: the requirements file to install; null when there is none
   * @param command the start command in exec form; a program that is not an absolute path runs from the
   *     virtualenv ({@code python}, {@code uvicorn}, a console script); null if none was found
   * @param installProject whether the project itself is installed into the virtualenv (for console scripts)
   * @param sourceRoot the directory the code imports from, relative to the project ({@code src}), or null for
   *     the project root
   * @param testRunner how the tests run
   * @param testRequirements where the test tools come from: for pip a requirements file, for poetry a
   *     dependency group, for uv and pipenv the dev dependencies; null to install pytest alone
   * @param testDirectory where unittest starts discovering ({@code tests}), or null for the project root;
   *     a test directory without {@code __init__.py} is not found from the root since Python 3.11
   * @param metadata for the labels
   * @param evidence what told detection what
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a part is not valid (the message says which)
   */
  public PythonProject {
    Objects.requireNonNull(packageManager, "packageManager");
    if (packageManager.language() != Language.PYTHON) {
      throw new IllegalArgumentException("not a Python package manager: " + packageManager.text());
    }
    Objects.requireNonNull(pythonVersion, "pythonVersion");
    manifests = List.copyOf(manifests);
    command = command == null ? null : List.copyOf(command);
    Objects.requireNonNull(testRunner, "testRunner");
    Objects.requireNonNull(metadata, "metadata");
    evidence = List.copyOf(evidence);
  }

  /**
   * A project with the package manager's usual files, Python 3.12.8, and the command.
   *
   * @param packageManager pip, poetry, uv or pipenv
   * @param command the start command in exec form
   * @return the project
   */
  public static PythonProject of(PackageManager packageManager, List<String> command) {
    List<String> manifests = switch (packageManager) {
      case PIP -> List.of("requirements.txt");
      case POETRY -> List.of("pyproject.toml", "poetry.lock");
      case UV -> List.of("pyproject.toml", "uv.lock");
      case PIPENV -> List.of("Pipfile", "Pipfile.lock");
      default -> throw new IllegalArgumentException("not a Python package manager: " + packageManager.text());
    };
    return new PythonProject(packageManager, BaseImages.PYTHON_DEFAULT, null, manifests,
        packageManager == PackageManager.PIP ? "requirements.txt" : null, command, false, null,
        TestRunner.UNITTEST, null, null, ProjectMetadata.empty(), List.of());
  }

  @Override
  public Language language() {
    return Language.PYTHON;
  }

  @Override
  public String languageVersion() {
    return pythonVersion;
  }
}
