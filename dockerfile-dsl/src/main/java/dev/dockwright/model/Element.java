package dev.dockwright.model;

/**
 * One item of a Dockerfile body, in source order: an instruction, a comment line or a blank line. The
 * family is sealed, so these three cases are all there are.
 *
 * <pre>{@code
 * for (Element e : stage.body()) {
 *   if (e instanceof RunInstruction run) {
 *     System.out.println("RUN " + run.command());
 *   }
 * }
 * }</pre>
 */
public sealed interface Element permits Instruction, Comment, BlankLine {}
