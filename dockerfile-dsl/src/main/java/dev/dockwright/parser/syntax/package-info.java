/**
 * The first level of Dockwright's Dockerfile parser: the equivalent of BuildKit's
 * {@code frontend/dockerfile/parser} package, lossless.
 *
 * <pre>{@code
 * SyntaxTree tree = SyntaxParser.parse(text, "Dockerfile");
 * for (Instruction i : tree.instructions()) {
 *     System.out.println(i.lowerCaseKeyword() + " " + i.flags() + " " + i.arguments());
 * }
 * tree.source().equals(text);            // true, always
 * BuildKitDump.dump(tree);               // BuildKit's AST dump, for conformance checks
 * }</pre>
 *
 * <p>{@link dev.dockwright.parser.syntax.SyntaxParser} turns text into a
 * {@link dev.dockwright.parser.syntax.SyntaxTree} of {@link dev.dockwright.parser.syntax.SyntaxItem}s (parser
 * directives, comments, blank lines, instructions) that cover the text exactly once, and collects
 * {@link dev.dockwright.parser.syntax.SyntaxProblem}s for what BuildKit's parser refuses. Unknown instructions and
 * unknown flags are accepted here, as in BuildKit's parser; the typed level refuses them.
 *
 * <p>Known, deliberate differences from BuildKit (all on input BuildKit itself corrupts or cannot hold):
 * <ul>
 * <li>BuildKit splits flags and HEALTHCHECK's type word byte by byte and re-encodes each byte of a non-ASCII
 *     character as a separate character (so {@code --chown=é} becomes {@code --chown=Ã©}); here characters stay
 *     whole. Likewise for a comment line indented with a non-ASCII blank in
 *     {@link dev.dockwright.parser.syntax.Instruction#precedingComments()}.</li>
 * <li>Errors do not stop the parse: every problem is reported, and the items still cover the whole text.
 *     Positions are exact 1-based lines and columns (BuildKit reports some errors one line early). The message
 *     for an unterminated heredoc names the heredoc.</li>
 * <li>Heredoc detection gives up on a line with more than
 *     256 nested {@code ${...}} substitutions (BuildKit recurses without limit).</li>
 * </ul>
 */
package dev.dockwright.parser.syntax;
