/**
 * Renders the model as Dockerfile text, quoting exactly as BuildKit reads it. One renderer
 * ({@link dev.dockwright.render.DockerfileRenderer}), its {@link dev.dockwright.render.RenderOptions}, and one
 * package-private quoting class that follows BuildKit's lexer.
 */
package dev.dockwright.render;
