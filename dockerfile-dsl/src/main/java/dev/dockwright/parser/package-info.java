/**
 * Reads Dockerfile text into the {@link dev.dockwright.model model}: {@link dev.dockwright.parser.DockerfileParser}
 * turns the lossless syntax tree of {@link dev.dockwright.parser.syntax} into typed instructions, flags and values,
 * refusing what BuildKit refuses (strict) or keeping it as opaque instructions (lenient).
 *
 * <pre>{@code
 * try {
 *   Dockerfile file = DockerfileParser.strict().parse(Path.of("Dockerfile"));
 * } catch (DockerfileParseException e) {
 *   e.problems().forEach(System.err::println);   // Dockerfile:2:1: unknown instruction: COPPY (did you mean COPY?)
 * }
 * }</pre>
 *
 * <p>Every element of the model read remembers its source, so rendering an unchanged file gives back the input
 * byte for byte.
 */
package dev.dockwright.parser;
