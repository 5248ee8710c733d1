package dev.dockwright.model;

/**
 * One item of a Dockerfile body, in source order: an instruction, a comment line or a blank line.
 *
 * <pre>{@code
 * for (Element e : stage.body()) {
 *   if (e instanceof RunInstruction run) { ... }
 * }
 * }</pre>
 */
public sealed interface Element permits Instruction, Comment, BlankLine {}
