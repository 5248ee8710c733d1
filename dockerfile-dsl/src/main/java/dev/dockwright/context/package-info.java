/**
 * The build context: a directory and its {@code .dockerignore} ({@link dev.dockwright.context.BuildContext}),
 * Docker's ignore-file semantics ({@link dev.dockwright.context.DockerIgnore}), and which files a COPY, ADD or bind
 * mount source takes ({@link dev.dockwright.context.SourcePath}).
 */
package dev.dockwright.context;
