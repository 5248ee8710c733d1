package dev.dockwright.parser.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A heredoc marker word such as {@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"} or {@code 3<<'EOF'}, read the
 * way BuildKit's {@code ParseHeredoc} reads it.
 *
 * <pre>{@code
 * HeredocMarker.parse("<<-'EOT'")   // Optional[HeredocMarker[name=EOT, fileDescriptor=0, expand=false, chomp=true]]
 * HeredocMarker.parse("<<EOF sh")   // Optional.empty: not a single word
 * }</pre>
 *
 * @param name           the terminator, quotes removed ({@code <<eo'f'} gives {@code eof})
 * @param fileDescriptor the digits before {@code <<}, 0 when none (saturates at {@link Integer#MAX_VALUE})
 * @param expand         false when any part of the name was quoted: the body then undergoes no expansion
 * @param chomp          true for {@code <<-}: leading tabs are stripped from the body lines and the terminator
 */
public record HeredocMarker(String name, int fileDescriptor, boolean expand, boolean chomp) {

    /**
     * Reads one word as a heredoc marker, like BuildKit's {@code MustParseHeredoc}: empty when the word is not a
     * marker, or is a malformed one ({@code <<'EOF}).
     *
     * @param word one shell word as written, quotes included: {@code <<-'EOT'}, {@code 3<<EOF}
     * @return the marker, {@code name=EOF, fileDescriptor=3} for {@code 3<<EOF}; empty for {@code EOF},
     *     {@code <<EOF sh} (two words) and {@code <<'EOF}
     */
    public static Optional<HeredocMarker> parse(String word) {
        try {
            return Optional.ofNullable(parseWord(word));
        } catch (ShellWordLexer.LexException e) {
            return Optional.empty();
        }
    }

    /** All heredoc markers among the shell words of {@code line} (BuildKit's {@code heredocsFromLine}). */
    static List<HeredocMarker> inLine(String line) throws ShellWordLexer.LexException {
        List<String> words;
        try {
            words = new ShellWordLexer(true, true).words(line);
        } catch (ShellWordLexer.LexException e) {
            return List.of(); // BuildKit ignores a line it cannot split: it has no heredoc
        }
        List<HeredocMarker> markers = new ArrayList<>();
        for (String word : words) {
            HeredocMarker marker = parseWord(word);
            if (marker != null) {
                markers.add(marker);
            }
        }
        return markers;
    }

    /** The regular expression {@code ^(\d*)<<(-?)\s*([^<]*)$}, then the quote analysis; null if not a marker. */
    static HeredocMarker parseWord(String word) throws ShellWordLexer.LexException {
        int i = 0;
        while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
            i++;
        }
        String digits = word.substring(0, i);
        if (!word.startsWith("<<", i)) {
            return null;
        }
        int j = i + 2;
        boolean chomp = j < word.length() && word.charAt(j) == '-';
        if (chomp) {
            j++;
        }
        while (j < word.length() && GoText.isRegexSpace(word.charAt(j))) {
            j++;
        }
        String rest = word.substring(j);
        if (rest.indexOf('<') >= 0 || rest.isEmpty()) {
            return null;
        }
        List<String> words = new ShellWordLexer(false, false).words(rest);
        if (words.size() != 1) {
            return null;
        }
        List<String> rawWords = new ShellWordLexer(true, false).words(rest);
        if (rawWords.size() != words.size()) {
            throw new ShellWordLexer.LexException(
                    "internal lexing of heredoc produced inconsistent results: " + rest);
        }
        String name = words.get(0);
        boolean expand = quoteCount(name) == quoteCount(rawWords.get(0));
        return new HeredocMarker(name, fileDescriptor(digits), expand, chomp);
    }

    private static int quoteCount(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\'' || c == '"') {
                n++;
            }
        }
        return n;
    }

    private static int fileDescriptor(String digits) {
        long value = 0;
        for (int k = 0; k < digits.length(); k++) {
            value = value * 10 + (digits.charAt(k) - '0');
            if (value > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return (int) value;
    }
}
