/**
 * The fluent DSL: {@link dev.dockwright.dsl.DockerfileBuilder} and {@link dev.dockwright.dsl.StageBuilder}
 * write a Dockerfile stage by stage, with {@link dev.dockwright.dsl.Run}, {@link dev.dockwright.dsl.Copy} and
 * {@link dev.dockwright.dsl.Add} for instructions that take flags. The result is the immutable model.
 *
 * <p><b>Strings and variables.</b> Strings passed for values that BuildKit expands (ENV, LABEL, ARG
 * defaults, paths, WORKDIR, VOLUME) are read by {@link dev.dockwright.model.Value#of(String)}: {@code $NAME}
 * and {@code ${NAME...}} are references, expanded at build time, so {@code env("PATH", "/app/bin:$PATH")}
 * works as in a Dockerfile. For a literal dollar, pass {@link dev.dockwright.model.Value#literal(String)}
 * to the {@code Value} overloads. Shell commands (RUN, CMD, ENTRYPOINT) are handed to the shell as they are.
 */
package dev.dockwright.dsl;
