/**
 * The Dockwright Maven plugin: {@code dockwright:dockerfile} writes a Dockerfile and its {@code .dockerignore}
 * during the build, {@code dockwright:lint} lints the project's Dockerfiles and fails the build on findings.
 */
package dev.dockwright.maven;
