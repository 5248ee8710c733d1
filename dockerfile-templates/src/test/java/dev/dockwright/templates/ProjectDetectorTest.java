package dev.dockwright.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDetectorTest {

  private static DetectedProject detect(String fixture) {
    return ProjectDetector.detect(Fixtures.project(fixture));
  }

  private static DetectedProject detect(String fixture, TemplateOptions options) {
    return ProjectDetector.detect(Fixtures.project(fixture), options);
  }

  @Test
  void npmWithTypeScriptBuild() {
    NodeProject p = (NodeProject) detect("node-npm");
    assertThat(p.summary()).isEqualTo("""
        detected: node, npm, node 22.12.0
          package-lock.json: lock file: npm
          .npmrc: registry configuration: copied only with an npm token secret on BuildKit
          package.json: engines.node ">=20": Node 22.12.0
          tsconfig.json: compilerOptions.outDir: the build writes build
          package.json: scripts.build "tsc -p .": a build stage, build ships
          package.json: scripts.test "node --test build/"
          package.json: scripts.start "node build/server.js": runs node build/server.js
        """);
    assertThat(p.manifests()).containsExactly("package.json", "package-lock.json");
    assertThat(p.command()).containsExactly("node", "build/server.js");
    assertThat(p.buildScript()).isTrue();
    assertThat(p.testScript()).isTrue();
    assertThat(p.buildOutput()).isEqualTo("build");
    assertThat(p.npmrc()).isTrue();
    assertThat(p.metadata()).isEqualTo(new ProjectMetadata("shop-api", "1.4.0", "The shop's HTTP API", "MIT",
        "https://github.com/acme/shop-api"));
  }

  @Test
  void yarnClassicFromTheLockFileWithNodeFromNvmrc() {
    assertThat(detect("node-yarn-classic").summary()).isEqualTo("""
        detected: node, yarn classic, node 20.18.1
          yarn.lock: lock file: yarn classic
          .nvmrc: Node v20: 20.18.1
          package.json: scripts.test "node --test"
          package.json: scripts.start "NODE_ENV=production node server.js": runs node server.js
        """);
  }

  @Test
  void yarnBerryFromThePackageManagerFieldWithoutNodeModulesLinker() {
    NodeProject p = (NodeProject) detect("node-yarn-berry");
    assertThat(p.summary()).isEqualTo("""
        detected: node, yarn berry, node 22.12.0
          package.json: packageManager "yarn@4.5.3": yarn berry
          yarn.lock: lock file
          .yarnrc.yml: no nodeLinker: node-modules: installs with YARN_NODE_LINKER=node-modules so that the runtime gets a node_modules directory
          package.json: no engines.node and no .nvmrc: Node 22.12.0
          package.json: main "index.js": runs node index.js
        """);
    assertThat(p.packageManagerVersion()).isEqualTo("4.5.3");
    assertThat(p.manifests()).containsExactly("package.json", "yarn.lock", ".yarnrc.yml");
    assertThat(p.testScript()).as("npm's placeholder test script is no test").isFalse();
    assertThat(p.yarnNodeModules()).isTrue();
  }

  @Test
  void pnpmWithEnginesRange() {
    assertThat(detect("node-pnpm").summary()).isEqualTo("""
        detected: node, pnpm, node 22.12.0
          package.json: packageManager "pnpm@9.15.0": pnpm
          pnpm-lock.yaml: lock file
          package.json: engines.node "^22.0.0": Node 22.12.0
          package.json: scripts.build "tsc": a build stage, dist ships
          package.json: scripts.test "vitest run"
          package.json: scripts.start "node --enable-source-maps dist/index.js": runs node --enable-source-maps dist/index.js
        """);
  }

  @Test
  void bunFromItsBinaryLockFile() {
    assertThat(detect("node-bun").summary()).isEqualTo("""
        detected: node, bun, node 22.12.0
          bun.lockb: lock file: bun
          package.json: no engines.node and no .nvmrc: Node 22.12.0
          package.json: scripts.start "node index.js": runs node index.js
        """);
  }

  @Test
  void npmWorkspaceChosenByName() {
    NodeProject p = (NodeProject) detect("node-workspaces-npm", TemplateOptions.builder().workspace("@acme/api").build());
    assertThat(p.summary()).isEqualTo("""
        detected: node, npm, node 22.12.0
          package-lock.json: lock file: npm
          package.json: workspaces: packages/api, packages/shared
          packages/api/package.json: the workspace to build: @acme/api
          package.json: no engines.node and no .nvmrc: Node 22.12.0
          packages/api/package.json: scripts.build "tsc": a build stage, dist ships
          packages/api/package.json: scripts.start "node dist/main.js": runs node dist/main.js
        """);
    assertThat(p.workspace()).isEqualTo(new NodeWorkspace("@acme/api", "packages/api"));
    assertThat(p.manifests())
        .containsExactly("package.json", "package-lock.json", "packages/api/package.json", "packages/shared/package.json");
  }

  @Test
  void pnpmWorkspaceChosenByDirectory() {
    NodeProject p = (NodeProject) detect("node-workspaces-pnpm", TemplateOptions.builder().workspace("./apps/web/").build());
    assertThat(p.workspace()).isEqualTo(new NodeWorkspace("web", "apps/web"));
    assertThat(p.manifests()).containsExactly("package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml",
        "apps/web/package.json", "libs/ui/package.json");
  }

  @Test
  void monorepoRootWithoutAWorkspaceSaysHowToChooseOne() {
    assertThat(detect("node-workspaces-pnpm").summary()).isEqualTo("""
        detected: node, pnpm, node 22.12.0
          package.json: packageManager "pnpm@9.15.0": pnpm
          pnpm-lock.yaml: lock file
          package.json: workspaces: apps/web, libs/ui
          package.json: the monorepo root is built; TemplateOptions.workspace chooses a package
          package.json: no engines.node and no .nvmrc: Node 22.12.0
          package.json: no start command found
        """);
  }

  @Test
  void pipWithIncludedRequirementsAndAFlaskAppBehindGunicorn() {
    PythonProject p = (PythonProject) detect("python-pip");
    assertThat(p.summary()).isEqualTo("""
        detected: python, pip, python 3.11.11
          requirements.txt: requirements file: pip
          .python-version: Python 3.11: 3.11.11
          app.py: Flask WSGI app app:app: runs gunicorn
          requirements-dev.txt: tests run with pytest, installed from requirements-dev.txt
        """);
    assertThat(p.manifests()).containsExactly("requirements.txt", "requirements/base.txt");
    assertThat(p.command()).containsExactly("gunicorn", "--bind", "0.0.0.0:8000", "app:app");
  }

  @Test
  void asgiServerBindsThePortOfTheOptions() {
    PythonProject p = (PythonProject) detect("python-uv", TemplateOptions.builder().port(9000).build());
    assertThat(p.command()).containsExactly("uvicorn", "main:app", "--host", "0.0.0.0", "--port", "9000");
  }

  @Test
  void poetryConsoleScriptInstallsTheProject() {
    PythonProject p = (PythonProject) detect("python-poetry");
    assertThat(p.summary()).isEqualTo("""
        detected: python, poetry, python 3.12.8
          poetry.lock: lock file: poetry
          pyproject.toml: Python "^3.11": 3.12.8
          pyproject.toml: script ledger = "ledger.cli:main": the project is installed into the virtualenv and runs ledger
          pyproject.toml: tests run with pytest, installed from the dev dependencies
        """);
    assertThat(p.installProject()).isTrue();
    assertThat(p.metadata()).isEqualTo(new ProjectMetadata("ledger", "0.5.2", "Ledger service", "Apache-2.0",
        "https://github.com/acme/ledger"));
  }

  @Test
  void uvWithFastApi() {
    assertThat(detect("python-uv").summary()).isEqualTo("""
        detected: python, uv, python 3.12.8
          uv.lock: lock file: uv
          pyproject.toml: Python ">=3.11": 3.12.8
          main.py: FastAPI ASGI app main:app: runs uvicorn
          pyproject.toml: tests run with pytest, installed from the dev dependencies
        """);
  }

  @Test
  void pipenvWithASourceLayoutPackage() {
    PythonProject p = (PythonProject) detect("python-pipenv");
    assertThat(p.summary()).isEqualTo("""
        detected: python, pipenv, python 3.11.11
          Pipfile.lock: lock file: pipenv
          Pipfile: Python "==3.11.*": 3.11.11
          src/worker/__main__.py: runs python -m worker
          Pipfile: tests run with pytest, installed from the dev dependencies
        """);
    assertThat(p.sourceRoot()).isEqualTo("src");
  }

  @Test
  void standardLibraryAppRunsItsScriptsPackageAsAModule() {
    PythonProject p = (PythonProject) detect("python-stdlib");
    assertThat(p.summary()).isEqualTo("""
        detected: python, pip, python 3.12.8
          pyproject.toml: no lock or requirements file: pip
          pyproject.toml: Python ">=3.11": 3.12.8
          pyproject.toml: script python-app = "app.__main__:main"; app/__main__.py exists: runs python -m app, so the project itself needs no build
          tests: no pytest found: tests run with python -m unittest discover -s tests
        """);
    assertThat(p.installProject()).isFalse();
    assertThat(p.manifests()).isEmpty();
  }

  @Test
  void goWithCmdServer() {
    GoProject p = (GoProject) detect("go-cmd");
    assertThat(p.summary()).isEqualTo("""
        detected: go, go modules, go 1.23.4
          go.mod: module github.com/acme/inventory
          go.mod: go 1.22.5: Go 1.23.4
          cmd/server: main package ./cmd/server
        """);
    assertThat(p.binaryName()).isEqualTo("server");
    assertThat(p.metadata().source()).isEqualTo("https://github.com/acme/inventory");
  }

  @Test
  void goWithMainAtTheRootAndNoDependencies() {
    GoProject p = (GoProject) detect("go-root");
    assertThat(p.summary()).isEqualTo("""
        detected: go, go modules, go 1.23.4
          go.mod: module example.com/hello
          go.mod: go 1.23: Go 1.23.4
          go.mod: no go.sum: no dependencies
          main.go: main package .
        """);
    assertThat(p.goSum()).isFalse();
    assertThat(p.binaryName()).isEqualTo("hello");
  }

  @Test
  void goMainPackageChosenByOption() {
    GoProject p = (GoProject) detect("go-two-mains", TemplateOptions.builder().mainPackage("cmd/worker").build());
    assertThat(p.mainPackage()).isEqualTo("./cmd/worker");
    assertThat(p.binaryName()).isEqualTo("worker");
  }

  // Errors: each names what was looked for or what to do.

  @Test
  void emptyDirectory(@TempDir Path dir) {
    assertThatThrownBy(() -> ProjectDetector.detect(dir))
        .isInstanceOf(ProjectNotRecognizedException.class)
        .hasMessage("no Node, Python or Go project in " + dir + ": looked for package.json (Node);"
            + " pyproject.toml, requirements*.txt, Pipfile, Pipfile.lock, poetry.lock or uv.lock (Python); go.mod (Go)")
        .satisfies(e -> {
          ProjectNotRecognizedException p = (ProjectNotRecognizedException) e;
          assertThat(p.directory()).isEqualTo(dir);
          assertThat(p.lookedFor()).hasSize(3);
        });
  }

  @Test
  void notADirectory(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    assertThatThrownBy(() -> ProjectDetector.detect(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a directory: " + file);
  }

  @Test
  void requirementsWithAnotherNameAreEnough(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("requirements-prod.txt"), "flask==3.1.0\n");
    Files.writeString(dir.resolve("main.py"), "print('hi')\n");
    assertThat(ProjectDetector.detect(dir).language()).isEqualTo(Language.PYTHON);
  }

  @Test
  void nodeWithoutLockFile() {
    assertThatThrownBy(() -> detect("node-no-lock"))
        .hasMessage("package.json has no lock file (package-lock.json, yarn.lock, pnpm-lock.yaml, bun.lock or"
            + " bun.lockb) beside it: install once to create one, so that image builds install exactly the locked versions");
  }

  @Test
  void packageManagerFieldWithoutItsLockFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("package.json"), "{\"packageManager\": \"pnpm@9.15.0\"}");
    Files.writeString(dir.resolve("package-lock.json"), "{}");
    assertThatThrownBy(() -> ProjectDetector.detect(dir))
        .hasMessage("package.json names pnpm as its package manager, but its lock file is missing");
  }

  @Test
  void unknownWorkspace() {
    assertThatThrownBy(() -> detect("node-workspaces-npm", TemplateOptions.builder().workspace("web").build()))
        .hasMessage("no workspace \"web\" (workspaces: @acme/api, @acme/shared)");
    assertThatThrownBy(() -> detect("node-npm", TemplateOptions.builder().workspace("web").build()))
        .hasMessage("no workspace \"web\": package.json declares no workspaces");
  }

  @Test
  void enginesRangeWithoutPinnedRelease(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("package.json"), "{\"engines\": {\"node\": \"<16\"}, \"main\": \"a.js\"}");
    Files.writeString(dir.resolve("package-lock.json"), "{}");
    assertThatThrownBy(() -> ProjectDetector.detect(dir))
        .hasMessageStartingWith("package.json engines.node \"<16\" allows none of the Node releases with pinned images (")
        .hasMessageEndingWith("): set TemplateOptions.languageVersion");
  }

  @Test
  void malformedPackageJson(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("package.json"), "{\n  \"name\": \"x\",\n  \"main\" \"a.js\"\n}");
    assertThatThrownBy(() -> ProjectDetector.detect(dir))
        .hasMessage("package.json:3: not valid JSON: expected ':'");
  }

  @Test
  void pipfileWithoutLock() {
    assertThatThrownBy(() -> detect("python-pipfile-no-lock"))
        .hasMessage("Pipfile has no Pipfile.lock beside it: run pipenv lock, so that image builds install exactly"
            + " the locked versions");
  }

  @Test
  void asgiAppWithoutServer() {
    assertThatThrownBy(() -> detect("python-no-server"))
        .hasMessage("main.py: found the ASGI app main:app (Starlette) but no uvicorn or hypercorn among the"
            + " dependencies: add one, or set TemplateOptions.command");
  }

  @Test
  void goMainPackages() {
    assertThatThrownBy(() -> detect("go-two-mains"))
        .hasMessage("several main packages: ./cmd/api, ./cmd/worker; choose one (TemplateOptions.mainPackage,"
            + " dockwright init --main-package, the Maven plugin's mainPackage)");
    assertThatThrownBy(() -> detect("go-two-mains", TemplateOptions.builder().mainPackage("./cmd/cron").build()))
        .hasMessage("no main package in ./cmd/cron (main packages: ./cmd/api, ./cmd/worker)");
  }

  @Test
  void goNewerThanThePinnedImages() {
    assertThatThrownBy(() -> detect("go-too-new"))
        .hasMessage("go.mod needs Go 1.24.0, newer than golang:1.23.4-bookworm, the newest pinned image:"
            + " set TemplateOptions.languageVersion");
  }

  @Test
  void goWithoutMainPackage(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("go.mod"), "module example.com/lib\n\ngo 1.22\n");
    Files.writeString(dir.resolve("lib.go"), "package lib\n");
    assertThatThrownBy(() -> ProjectDetector.detect(dir))
        .hasMessage("no main package: looked for package main in the module root and in cmd/*/; name the one to"
            + " build (TemplateOptions.mainPackage, dockwright init --main-package, the Maven plugin's mainPackage)");
  }

  @Test
  void evidenceListIsPartOfTheValue() {
    assertThat(detect("go-root").evidence())
        .extracting(Evidence::file)
        .isEqualTo(List.of("go.mod", "go.mod", "go.mod", "main.go"));
  }
}
