/**
 * Dockwright's templates: best-practice multi-stage Dockerfiles for Node, Python and Go projects, with project
 * detection.
 *
 * <pre>{@code
 * module com.example.scaffold {
 *   requires dev.dockwright.templates;
 * }
 * }</pre>
 */
module dev.dockwright.templates {
  requires transitive dev.dockwright;

  exports dev.dockwright.templates;
}
