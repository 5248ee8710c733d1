package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A continued shell-form RUN is read from the pieces of its lines without joining them: everything it gives
 * must be what reading the joined line gives.
 */
class ContinuedRunTest {

    /** What the line parsers give for an instruction's joined line, as text to compare. */
    private static String fromJoinedLine(Instruction in, char escape) {
        String line = in.logicalLine();
        LineParsers.Node node = LineParsers.parse(line, 0, line.length(), escape);
        List<String> arguments = new ArrayList<>(node.arguments);
        if (node.shellFrom >= 0) {
            arguments.add(line.substring(node.shellFrom, node.shellTo));
        }
        List<String> flags = node.flags.stream().map(LineParsers.FlagWord::text).toList();
        return describe(node.keyword, flags, node.json,
                node.argumentsStart, line.substring(node.argumentsStart, node.argumentsEnd), arguments, node.error);
    }

    private static String fromInstruction(Instruction in) {
        return describe(in.keyword(), in.flagTexts(), in.jsonForm(),
                in.argumentsStart(), in.argumentsText(), in.arguments(), null);
    }

    private static String describe(String keyword, List<String> flags, boolean json,
                                   int argumentsStart, String argumentsText, List<String> arguments, String error) {
        return keyword + " flags=" + flags + " json=" + json + " args@" + argumentsStart
                + " [" + argumentsText + "] " + arguments + " error=" + error;
    }

    private static int compare(SyntaxTree tree, List<String> differences) {
        int continuedShellRuns = 0;
        for (Instruction in : tree.instructions()) {
            if (!in.isOneLine() && in.keyword().equals("RUN") && in.flagTexts().isEmpty() && !in.jsonForm()) {
                continuedShellRuns++;
            }
            String expected = fromJoinedLine(in, tree.escapeCharacter());
            String actual = fromInstruction(in);
            if (!actual.equals(expected)) {
                differences.add(tree.fileName() + ":" + in.span().startLine() + ": " + actual + " <> " + expected);
            }
        }
        return continuedShellRuns;
    }

    @Test
    void everyCorpusInstructionReadsAsItsJoinedLine() {
        List<String> differences = new ArrayList<>();
        int continuedShellRuns = 0;
        List<Path> files = new ArrayList<>(Corpus.list(Corpus.dir("real")));
        Corpus.list(Corpus.dir("buildkit-parser")).forEach(dir -> files.add(dir.resolve("Dockerfile")));
        for (Path file : files) {
            if (file.toFile().isFile()) {
                continuedShellRuns += compare(SyntaxParser.parse(Corpus.read(file), file.toString()), differences);
            }
        }
        assertThat(differences).isEmpty();
        assertThat(continuedShellRuns).isEqualTo(246);
    }

    @Test
    void linesTheShortcutLeavesToTheJoinedLineReadTheSame() {
        List<String> differences = new ArrayList<>();
        String text = String.join("\n",
                "FROM a",
                "RUN \\",
                "  echo first-on-second-line",
                "RU\\",
                "N echo keyword-split",
                "RUN --mount=type=cache,target=/c \\",
                "  make",
                "RUN [\"sh\", \\",
                "  \"-c\", \"true\"]",
                "run echo lower \\",
                "  case",
                "RUN\techo tab \\",
                "  done   ",
                "RUN echo a \\",
                "# a comment inside",
                "",
                "  b",
                "RUN echo blanks-piece-at-the-end \\",
                "    \\");
        SyntaxTree tree = SyntaxParser.parse(text, "Dockerfile");
        compare(tree, differences);
        assertThat(differences).isEmpty();
        assertThat(tree.instructions()).extracting(Instruction::argumentsText).containsExactly(
                "a",
                "echo first-on-second-line",
                "echo keyword-split",
                "make",
                "[\"sh\",   \"-c\", \"true\"]",
                "echo lower   case",
                "echo tab   done",
                "echo a   b",
                "echo blanks-piece-at-the-end");
    }

    /** Pieces that make continued RUNs with every kind of edge the shortcut must leave alone or get right. */
    private static final List<String> PIECES = List.of("RUN ", "RUN", "run ", "RU", "N ", "\\\n", "\\ \n",
            "\\\t\r\n", "\n", "\r\n", "\r", " ", "\t", "\u000b", "\u00a0", "\u2028", "# c\n", "#", "<", "<<EOF",
            "\nEOF\n", "[", "[\"a\"]", "\"", "-", "--mount=type=cache,target=/x ", "--", "a", "b && c", "é",
            "`\n", "# escape=`\n", "ONBUILD ");

    @Provide
    Arbitrary<String> continuedRuns() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void anyInstructionReadsAsItsJoinedLine(@ForAll("continuedRuns") String text) {
        List<String> differences = new ArrayList<>();
        compare(SyntaxParser.parse(text, "Dockerfile"), differences);
        assertThat(differences).isEmpty();
    }

    @Test
    void heredocMarkersAreFoundAcrossTheJoinOfTwoLines() {
        SyntaxTree tree = SyntaxParser.parse("FROM a\nRUN cat <\\\n<EOF\nhi\nEOF\nRUN cat < \\\n<x\n", "Dockerfile");
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.instructions().get(1).heredocs()).extracting(Heredoc::name, Heredoc::content)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EOF", "hi\n"));
        assertThat(tree.instructions().get(2).heredocs()).isEmpty();
        assertThat(BuildKitDump.dump(tree)).isEqualTo("""
                (from "a")
                (run "cat <<EOF")
                (run "cat < <x")""");
    }
}
