/**
 * Java source from a Dockerfile model: {@link dev.dockwright.javagen.JavaGenerator} writes a class whose
 * static method builds the same model with the DSL, as a person would write it, and
 * {@link dev.dockwright.javagen.GeneratedJava} holds the source or, when the DSL cannot write some part
 * exactly, the {@link dev.dockwright.javagen.UnsupportedElement}s instead. JavaPoet is used inside only: the
 * public types take and give JDK and Dockwright types.
 */
package dev.dockwright.javagen;
