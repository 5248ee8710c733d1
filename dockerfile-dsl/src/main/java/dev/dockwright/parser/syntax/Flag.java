package dev.dockwright.parser.syntax;

import java.util.Optional;

/**
 * One {@code --name=value} or {@code --name} word before an instruction's arguments, as BuildKit's parser splits
 * it: quotes removed and escapes resolved ({@code --a="b c"} gives {@code --a=b c}). Unknown names are kept;
 * refusing them is the typed level's job.
 *
 * <pre>{@code
 * Flag f = instruction.flags().get(0);   // from COPY --chown=app:app src/ /app/
 * f.text();    // "--chown=app:app"
 * f.name();    // "chown"
 * f.value();   // Optional[app:app]
 * }</pre>
 *
 * @param text the flag as BuildKit gives it, starting with {@code --}
 * @param span where the flag is written in the source (quotes and escapes included)
 */
public record Flag(String text, SourceSpan span) {

    /**
     * The name between {@code --} and the first {@code =} (or the end).
     *
     * @return {@code "chown"} for {@code --chown=app:app}, {@code "link"} for {@code --link}
     */
    public String name() {
        int eq = text.indexOf('=');
        return eq < 0 ? text.substring(2) : text.substring(2, eq);
    }

    /**
     * The text after the first {@code =}, or empty for a bare {@code --name}.
     *
     * @return {@code Optional[app:app]} for {@code --chown=app:app}, {@code Optional[]} (an empty string) for
     *     {@code --chown=}, empty for {@code --link}
     */
    public Optional<String> value() {
        int eq = text.indexOf('=');
        return eq < 0 ? Optional.empty() : Optional.of(text.substring(eq + 1));
    }
}
