package dev.dockwright.parser.syntax;

/**
 * A heredoc attached to a RUN, COPY or ADD instruction (or to an ONBUILD that wraps one): its marker's
 * properties and its body as BuildKit's parser collects it.
 *
 * <pre>{@code
 * // RUN <<-EOT bash
 * // \techo hi
 * // EOT
 * Heredoc h = instruction.heredocs().get(0);
 * h.name();            // "EOT"
 * h.chomp();           // true
 * h.content();         // "\techo hi\n"  (raw, as BuildKit's parser keeps it)
 * h.chompedContent();  // "echo hi\n"    (what the build uses)
 * }</pre>
 *
 * @param name           the terminator word, quotes removed
 * @param fileDescriptor the digits before {@code <<}, 0 when none
 * @param expand         false when the marker was (partly) quoted: no variable expansion in the body
 * @param chomp          true for {@code <<-}
 * @param content        the body lines exactly as written, each with its own line terminator, without the
 *                       terminator line; leading tabs are not removed here (see {@link #chompedContent()})
 * @param span           the body and terminator lines in the source
 */
public record Heredoc(String name, int fileDescriptor, boolean expand, boolean chomp, String content,
                      SourceSpan span) {

    /**
     * The content with leading tabs removed from every line when {@link #chomp()} is set, else the content.
     *
     * @return {@code "echo hi\n"} for the content {@code "\techo hi\n"} of {@code <<-EOT}; the {@link #content()}
     *     itself for {@code <<EOT}
     */
    public String chompedContent() {
        if (!chomp) {
            return content;
        }
        StringBuilder out = new StringBuilder(content.length());
        boolean lineStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (lineStart && c == '\t') {
                continue;
            }
            lineStart = c == '\n';
            out.append(c);
        }
        return out.toString();
    }
}
