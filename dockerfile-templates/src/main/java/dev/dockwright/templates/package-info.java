/**
 * Best-practice multi-stage Dockerfiles for Node, Python and Go, and the project detection that feeds them.
 *
 * <pre>{@code
 * GeneratedDockerfile generated = Templates.forProject(Path.of("shop"),
 *     TemplateOptions.builder().port(3000).runTests(true).build());
 * System.err.print(generated.project().summary());   // what was detected, file by file
 * Files.writeString(Path.of("shop/Dockerfile"), generated.render());
 * Files.writeString(Path.of("shop/.dockerignore"), generated.dockerignore());
 * }</pre>
 *
 * <p>{@link dev.dockwright.templates.ProjectDetector} reads a directory into a
 * {@link dev.dockwright.templates.DetectedProject} ({@link dev.dockwright.templates.NodeProject},
 * {@link dev.dockwright.templates.PythonProject} or {@link dev.dockwright.templates.GoProject}) with the
 * {@link dev.dockwright.templates.Evidence} for each finding. {@link dev.dockwright.templates.NodeTemplate},
 * {@link dev.dockwright.templates.PythonTemplate} and {@link dev.dockwright.templates.GoTemplate} turn a project
 * and {@link dev.dockwright.templates.TemplateOptions} into the {@link dev.dockwright.model.Dockerfile} model,
 * or write their stages into a {@link dev.dockwright.dsl.DockerfileBuilder} for the caller to go on with.
 *
 * <p>What every output keeps: {@code # syntax=docker/dockerfile:1}; base images pinned to a patch release
 * (digests by option); manifests copied before sources; package manager caches in cache mounts (BuildKit,
 * buildah) or cleaned in the same layer (legacy builder); nothing of the build tools in the final stage;
 * application files owned by root and a numeric non-root USER; exec-form ENTRYPOINT and CMD; OCI labels;
 * build secrets through secret mounts only; no heredocs, {@code --link}, {@code --parents} or
 * {@code --exclude}, so that the BuildKit output differs from the buildah one only where it must.
 */
package dev.dockwright.templates;
