package dev.dockwright.parser.syntax;

/**
 * A parser directive line at the top of a Dockerfile: {@code # syntax=...}, {@code # escape=...} or
 * {@code # check=...}. Only lines before the first comment, blank line or instruction are directives; later
 * ones are plain {@link Comment}s. A repeated directive, or an escape other than {@code \} and backtick, is
 * still a directive item but is reported as a problem and has no effect.
 *
 * <pre>{@code
 * // "# Escape = `\n"
 * ParserDirective d = tree.directives().get(0);
 * d.name();    // "escape" (lower case)
 * d.value();   // "`"
 * }</pre>
 *
 * @param name  the directive's key in lower case
 * @param value the value, surrounding blanks removed
 * @param text  the line as written, line terminator included
 * @param span  where the line is
 */
public record ParserDirective(String name, String value, String text, SourceSpan span) implements SyntaxItem {
}
