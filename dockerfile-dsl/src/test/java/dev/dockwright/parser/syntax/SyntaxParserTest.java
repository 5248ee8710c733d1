package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines, items, continuations, line ends, byte order mark, spans. */
class SyntaxParserTest {

    private static SyntaxTree parse(String text) {
        SyntaxTree tree = SyntaxParser.parse(text, "Dockerfile");
        assertThat(tree.source()).isEqualTo(text);
        RoundTripTest.assertContiguous(tree);
        return tree;
    }

    @Test
    void itemsCoverTheSourceInOrder() {
        SyntaxTree tree = parse("""
                # syntax=docker/dockerfile:1
                # escape=\\

                # a comment
                FROM alpine AS base
                RUN echo hi
                """);
        assertThat(Describe.items(tree)).isEqualTo("""
                ParserDirective 1:1-1:29 [0,29) "# syntax=docker/dockerfile:1\\n"
                ParserDirective 2:1-2:11 [29,40) "# escape=\\\\\\n"
                BlankLine 3:1-3:1 [40,41) "\\n"
                Comment 4:1-4:12 [41,53) "# a comment\\n"
                Instruction 5:1-5:20 [53,73) "FROM alpine AS base\\n"
                Instruction 6:1-6:12 [73,85) "RUN echo hi\\n\"""");
        assertThat(tree.directive("SYNTAX").map(ParserDirective::value)).contains("docker/dockerfile:1");
        assertThat(((Comment) tree.items().get(3)).content()).isEqualTo("a comment");
        assertThat(tree.isValid()).isTrue();
    }

    @Test
    void commentAndBlankLinesInsideContinuationBelongToTheInstruction() {
        SyntaxTree tree = parse("""
                RUN apt-get update \\
                    # install curl
                    && apt-get install -y curl \\

                    && rm -rf /var/lib/apt/lists/*
                FROM x
                """);
        assertThat(Describe.items(tree)).isEqualTo("""
                Instruction 1:1-5:35 [0,109) "RUN apt-get update \\\\\\n    # install curl\\n    && apt-get install -y curl \\\\\\n\\n    && rm -rf /var/lib/apt/lists/*\\n"
                Instruction 6:1-6:7 [109,116) "FROM x\\n\"""");
        Instruction run = tree.instructions().get(0);
        assertThat(run.logicalLine())
                .isEqualTo("RUN apt-get update     && apt-get install -y curl     && rm -rf /var/lib/apt/lists/*");
        assertThat(run.emptyContinuationLines()).containsExactly(4);
    }

    @Test
    void blanksAfterTheEscapeCharacterStillContinue() {
        SyntaxTree tree = parse("RUN a \\ \t\n  b\n");
        assertThat(tree.instructions()).hasSize(1);
        assertThat(tree.instructions().get(0).logicalLine()).isEqualTo("RUN a   b");
    }

    @Test
    void anEscapedEscapeCharacterDoesNotContinue() {
        SyntaxTree tree = parse("ENV A a\\\\\nENV B b\n");
        assertThat(BuildKitDump.dump(tree)).isEqualTo("""
                (env "A" "a\\\\\\\\" "")
                (env "B" "b" "")""");
    }

    @Test
    void continuationAtEndOfFile() {
        SyntaxTree tree = parse("FROM a\nRUN b \\");
        assertThat(BuildKitDump.dump(tree)).isEqualTo("(from \"a\")\n(run \"b\")");
        SyntaxTree trailing = parse("FROM a\nRUN b \\\n\n# c\n");
        Instruction run = trailing.instructions().get(1);
        assertThat(run.text()).isEqualTo("RUN b \\\n\n# c\n");
        assertThat(run.span().endLine()).isEqualTo(4);
    }

    @Test
    void lineWithOnlyTheEscapeCharacterStartsAnInstruction() {
        SyntaxTree joined = parse("\\\nFROM a\n");
        assertThat(joined.instructions()).hasSize(1);
        Instruction from = joined.instructions().get(0);
        assertThat(from.keyword()).isEqualTo("FROM");
        assertThat(from.keywordSpan().startLine()).isEqualTo(2);
        SyntaxTree alone = parse("FROM a\n\\\n");
        assertThat(alone.instructions().get(1).keyword()).isEmpty();
        assertThat(BuildKitDump.dump(alone)).isEqualTo("(from \"a\")\n(\"\")");
    }

    @Test
    void backtickEscapeDirectiveForWindowsPaths() {
        SyntaxTree tree = parse("""
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                SHELL ["powershell", "-Command"]
                RUN Write-Host 'a'; `
                    Copy-Item C:\\src\\* C:\\dst\\
                COPY --chown=a`:b x\\y C:\\app\\
                """);
        assertThat(tree.escapeCharacter()).isEqualTo('`');
        assertThat(BuildKitDump.dump(tree)).isEqualTo("""
                (from "mcr.microsoft.com/windows/servercore:ltsc2022")
                (shell "powershell" "-Command")
                (run "Write-Host 'a';     Copy-Item C:\\\\src\\\\* C:\\\\dst\\\\")
                (copy ["--chown=a:b"] "x\\\\y" "C:\\\\app\\\\")""");
    }

    @Test
    void commentAndBlankLineMadeByHandEqualTheParsedOnes() {
        SyntaxTree tree = parse("FROM a\n  # note\n\t\n");
        Comment parsed = (Comment) tree.items().get(1);
        BlankLine parsedBlank = (BlankLine) tree.items().get(2);
        Comment made = new Comment("  # note\n", new SourceSpan(7, 16, 2, 1, 2, 9));
        BlankLine madeBlank = new BlankLine("\t\n", new SourceSpan(16, 18, 3, 1, 3, 2));
        assertThat(made).isEqualTo(parsed).hasSameHashCodeAs(parsed);
        assertThat(parsed).isEqualTo(made);
        assertThat(madeBlank).isEqualTo(parsedBlank).hasSameHashCodeAs(parsedBlank);
        assertThat(made.text()).isEqualTo(parsed.text()).isEqualTo("  # note\n");
        assertThat(made.span()).isEqualTo(parsed.span());
        assertThat(made.content()).isEqualTo("note");
        assertThat(new int[] {made.startOffset(), made.endOffset(), madeBlank.startOffset(), madeBlank.endOffset()})
                .containsExactly(parsed.startOffset(), parsed.endOffset(), 16, 18);
        assertThat(made.toString()).isEqualTo("Comment[text=  # note\n, span=2:1-2:9 [7,16)]");
        assertThat(made).isNotEqualTo(new Comment("  # note\n", new SourceSpan(7, 16, 2, 1, 2, 8)))
                .isNotEqualTo(madeBlank);
    }

    @Test
    void crlfLineEnds() {
        String text = "FROM a\r\nRUN b \\\r\n    c\r\n\r\n# d\r\n";
        SyntaxTree tree = parse(text);
        assertThat(Describe.items(tree)).isEqualTo("""
                Instruction 1:1-1:7 [0,8) "FROM a\\r\\n"
                Instruction 2:1-3:6 [8,24) "RUN b \\\\\\r\\n    c\\r\\n"
                BlankLine 4:1-4:1 [24,26) "\\r\\n"
                Comment 5:1-5:4 [26,31) "# d\\r\\n\"""");
        assertThat(tree.instructions().get(1).logicalLine()).isEqualTo("RUN b     c");
        assertThat(BuildKitDump.dump(tree)).isEqualTo("(from \"a\")\n(run \"b     c\")");
        assertThat(tree.lineEnding()).isEqualTo("\r\n");
        assertThat(parse("FROM a\nRUN b\r\n").lineEnding()).isEqualTo("\r\n");
        assertThat(parse("\r\n").lineEnding()).isEqualTo("\r\n");
        assertThat(parse("FROM a\n").lineEnding()).isEqualTo("\n");
        assertThat(parse("FROM a\r").lineEnding()).isEqualTo("\n");
        assertThat(parse("").lineEnding()).isEqualTo("\n");
    }

    @Test
    void carriageReturnAloneIsNoLineEnd() {
        // BuildKit splits lines on \n only; a lone \r is a blank inside the line
        SyntaxTree tree = parse("FROM a\rRUN b\r");
        assertThat(BuildKitDump.dump(tree)).isEqualTo("(from \"a\" \"RUN\" \"b\")");
        assertThat(parse("FROM a\r\rRUN b\n").lineEnding()).isEqualTo("\n");
    }

    @Test
    void byteOrderMarkIsKeptAndTakesNoColumn() {
        SyntaxTree tree = parse("\uFEFF# escape=`\nFROM a\nRUN b `\n  c\n");
        assertThat(tree.hasByteOrderMark()).isTrue();
        assertThat(tree.items().get(0).text()).isEqualTo("\uFEFF# escape=`\n");
        assertThat(tree.escapeCharacter()).isEqualTo('`');
        assertThat(tree.items().get(0).span()).isEqualTo(new SourceSpan(0, 12, 1, 1, 1, 11));
        assertThat(BuildKitDump.dump(tree)).isEqualTo("(from \"a\")\n(run \"b   c\")");

        SyntaxTree plain = parse("\uFEFFFROM a");
        Instruction from = plain.instructions().get(0);
        assertThat(from.text()).isEqualTo("\uFEFFFROM a");
        assertThat(from.keyword()).isEqualTo("FROM");
        assertThat(from.keywordSpan()).isEqualTo(new SourceSpan(1, 5, 1, 1, 1, 5));
    }

    @Test
    void missingFinalNewline() {
        SyntaxTree tree = parse("FROM a\nRUN b");
        assertThat(tree.items().get(1).text()).isEqualTo("RUN b");
        assertThat(tree.items().get(1).span()).isEqualTo(new SourceSpan(7, 12, 2, 1, 2, 6));
    }

    @Test
    void lowerCaseInstructions() {
        SyntaxTree tree = parse("from alpine\nrun echo hi\nCoPy a b\n");
        assertThat(tree.instructions()).extracting(Instruction::keyword).containsExactly("from", "run", "CoPy");
        assertThat(tree.instructions()).extracting(Instruction::lowerCaseKeyword)
                .containsExactly("from", "run", "copy");
    }

    @Test
    void spansOfKeywordFlagsAndArgumentsAcrossContinuation() {
        SyntaxTree tree = parse("""
                COPY --from=build \\
                     --chown=app:app src/ /app/
                """);
        Instruction copy = tree.instructions().get(0);
        assertThat(copy.keywordSpan()).isEqualTo(new SourceSpan(0, 4, 1, 1, 1, 5));
        assertThat(copy.flags()).extracting(f -> f.span().toString())
                .containsExactly("1:6-1:18 [5,17)", "2:6-2:21 [25,40)");
        assertThat(copy.argumentsText()).isEqualTo("src/ /app/");
        assertThat(copy.argumentsSpan().toString()).isEqualTo("2:22-2:32 [41,51)");
        int start = copy.argumentsStart();
        assertThat(copy.spanOf(start, start + 4).toString()).isEqualTo("2:22-2:26 [41,45)");
        assertThat(copy.spanOf(0, copy.logicalLine().length()).toString()).isEqualTo("1:1-2:32 [0,51)");
        assertThat(copy.span().toString()).isEqualTo("1:1-2:32 [0,52)");
    }

    @Test
    void indentedInstructionAndTrailingBlanks() {
        SyntaxTree tree = parse("  \tRUN   echo   hi   \n");
        Instruction run = tree.instructions().get(0);
        assertThat(run.logicalLine()).isEqualTo("RUN   echo   hi   ");
        assertThat(run.arguments()).containsExactly("echo   hi");
        assertThat(run.keywordSpan().startColumn()).isEqualTo(4);
        assertThat(run.span().startColumn()).isEqualTo(1);
    }

    @Test
    void precedingCommentsFollowBuildKit() {
        SyntaxTree tree = parse("""
                # first
                #
                # stage base
                  # indented

                FROM a AS base
                # other
                RUN x
                RUN y
                """);
        assertThat(tree.instructions()).extracting(Instruction::precedingComments).containsExactly(
                List.of("stage base", "# indented"), List.of("other"), List.of());
    }

    @Test
    void hashInsideALineIsNotAComment() {
        SyntaxTree tree = parse("RUN echo a # not a comment\n");
        assertThat(tree.instructions().get(0).arguments()).containsExactly("echo a # not a comment");
    }

    @Test
    void emptyInput() {
        SyntaxTree tree = parse("");
        assertThat(tree.items()).isEmpty();
        assertThat(tree.problems()).extracting(SyntaxProblem::format)
                .containsExactly("Dockerfile:1:1: file with no instructions");
    }
}
