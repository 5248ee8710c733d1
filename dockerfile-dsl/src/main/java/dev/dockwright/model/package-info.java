/**
 * The immutable Dockerfile model: a {@link dev.dockwright.model.Dockerfile} of parser directives, a header
 * of global ARGs and {@link dev.dockwright.model.Stage stages}, each a FROM and a body of
 * {@link dev.dockwright.model.Element elements}; the sealed {@link dev.dockwright.model.Instruction} family
 * and the value types that validate themselves.
 *
 * <p>The model checks only what would make an element malformed (a value that cannot be written, an invalid
 * image reference); whether a Dockerfile is wise is the linter's business.
 */
package dev.dockwright.model;
