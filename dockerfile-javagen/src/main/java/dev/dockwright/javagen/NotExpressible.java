package dev.dockwright.javagen;

/**
 * Thrown inside the generator when the DSL cannot write an element exactly; the generator turns it into an
 * {@link UnsupportedElement} instead of emitting code that would build another model.
 *
 * <pre>{@code
 * throw new NotExpressible("DockerfileBuilder.header takes ARG instructions, comments and blank lines: ...");
 * }</pre>
 */
final class NotExpressible extends Exception {
  private static final long serialVersionUID = 1L;

  NotExpressible(String reason) {
    super(reason, null, false, false);
  }
}
