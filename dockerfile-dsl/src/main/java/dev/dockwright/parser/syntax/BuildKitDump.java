package dev.dockwright.parser.syntax;

import java.util.List;

/**
 * Prints a {@link SyntaxTree} the way BuildKit's parser dumps its AST ({@code Node.Dump()}, used by its
 * {@code testfiles/<case>/result} files): one S-expression per instruction, lower-case keyword, flags as a
 * bracketed list, every value as a Go-quoted string, an ONBUILD trigger nested in parentheses.
 *
 * <pre>{@code
 * BuildKitDump.dump(SyntaxParser.parse("FROM ubuntu\nCOPY --user=me foo /tmp/\nONBUILD RUN [\"echo\"]\n"));
 * // (from "ubuntu")
 * // (copy ["--user=me"] "foo" "/tmp/")
 * // (onbuild (run "echo"))
 * }</pre>
 *
 * <p>Heredocs are not part of BuildKit's dump, so they are not printed. The result has no final newline;
 * BuildKit's result files are this text followed by one.
 */
public final class BuildKitDump {

    private BuildKitDump() {
    }

    /**
     * The dump of all instructions, one per line, without a final newline.
     *
     * @param tree a parsed tree; its problems do not stop the dump
     * @return one {@code (keyword ...)} line per instruction, as in the class example; {@code ""} when the tree has no
     *     instruction
     */
    public static String dump(SyntaxTree tree) {
        StringBuilder out = new StringBuilder();
        for (Instruction instruction : tree.instructions()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append('(').append(dump(instruction)).append(')');
        }
        return out.toString();
    }

    /**
     * The S-expression body of one instruction, without its outer parentheses: {@code run "echo hi"}.
     *
     * @param instruction an instruction of a tree, or an ONBUILD trigger
     * @return {@code copy ["--chown=app"] "src/" "/app/"} for {@code COPY --chown=app src/ /app/}; an ONBUILD trigger
     *     nested as {@code onbuild (run "echo")}
     */
    public static String dump(Instruction instruction) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Instruction level = instruction; level != null; level = level.onbuildTrigger().orElse(null)) {
            if (depth > 0) {
                out.append(" (");
            }
            out.append(GoText.toLower(level.keyword()));
            List<Flag> flags = level.flags();
            if (!flags.isEmpty()) {
                out.append(" [");
                for (int i = 0; i < flags.size(); i++) {
                    if (i > 0) {
                        out.append(' ');
                    }
                    GoText.appendQuoted(out, flags.get(i).text());
                }
                out.append(']');
            }
            if (!level.isKnownKeyword()) {
                out.append(" \"\""); // BuildKit gives an unknown instruction one empty value
            }
            for (String argument : level.arguments()) {
                out.append(' ');
                GoText.appendQuoted(out, argument);
            }
            depth++;
        }
        out.append(")".repeat(depth - 1));
        // BuildKit trims each node's dump; only an empty keyword leaves a leading blank here
        return GoText.trimSpace(out.toString());
    }
}
