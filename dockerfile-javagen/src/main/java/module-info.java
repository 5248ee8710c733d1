/**
 * Dockwright's Java generation: turns a Dockerfile model into Java source that builds it with the DSL.
 *
 * <pre>{@code
 * module com.example.codegen {
 *   requires dev.dockwright.javagen;
 * }
 * }</pre>
 */
module dev.dockwright.javagen {
  requires transitive dev.dockwright;
  requires java.compiler;
  requires com.palantir.javapoet;

  exports dev.dockwright.javagen;
}
