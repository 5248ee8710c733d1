package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parser directives: only at the top, once each, case-insensitive keys. */
class DirectiveTest {

    @Test
    void allThreeDirectivesWithAnyKeyCase() {
        SyntaxTree tree = SyntaxParser.parse("# Syntax = docker/dockerfile:1\n#ESCAPE=`\n"
                + "  # check=skip=JSONArgsRecommended;error=true  \nFROM a\n");
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.directives()).extracting(d -> d.name() + "|" + d.value()).containsExactly(
                "syntax|docker/dockerfile:1", "escape|`", "check|skip=JSONArgsRecommended;error=true");
        assertThat(tree.escapeCharacter()).isEqualTo('`');
        assertThat(tree.directive("check").orElseThrow().span().startLine()).isEqualTo(3);
    }

    @Test
    void directiveAfterCommentBlankLineOrInstructionIsAComment() {
        for (String text : new String[] {"# hello\n# escape=`\nFROM a\n", "\n# escape=`\nFROM a\n",
            "FROM a\n# escape=`\n", "# foo=bar\n# escape=`\nFROM a\n", "#!/bin/sh\n# escape=`\nFROM a\n"}) {
            SyntaxTree tree = SyntaxParser.parse(text);
            assertThat(tree.directives()).as(text).isEmpty();
            assertThat(tree.escapeCharacter()).as(text).isEqualTo('\\');
            assertThat(tree.items()).as(text).filteredOn(i -> i.text().equals("# escape=`\n"))
                    .singleElement().isInstanceOf(Comment.class);
        }
    }

    @Test
    void directiveWithoutValueIsAComment() {
        SyntaxTree tree = SyntaxParser.parse("# escape=\nFROM a\n");
        assertThat(tree.directives()).isEmpty();
        assertThat(tree.items().get(0)).isInstanceOf(Comment.class);
    }

    @Test
    void escapeChangesContinuationForTheRestOfTheFile() {
        SyntaxTree tree = SyntaxParser.parse("# escape=`\nFROM a\nRUN dir c:\\ `\n  /b\n");
        assertThat(tree.instructions().get(1).logicalLine()).isEqualTo("RUN dir c:\\   /b");
    }

    @Test
    void repeatedDirectiveIsRefusedAndIgnored() {
        SyntaxTree tree = SyntaxParser.parse("# escape=`\n# ESCAPE=\\\nFROM a\n");
        assertThat(tree.problems()).extracting(SyntaxProblem::format)
                .containsExactly("Dockerfile:2:1: only one escape parser directive can be used");
        assertThat(tree.escapeCharacter()).isEqualTo('`');
        assertThat(tree.directives()).hasSize(2);
    }

    @Test
    void escapeMustBeBackslashOrBacktick() {
        SyntaxTree tree = SyntaxParser.parse("# escape=x\nFROM a\n");
        assertThat(tree.problems()).extracting(SyntaxProblem::format)
                .containsExactly("Dockerfile:1:1: invalid escape token 'x' does not match ` or \\");
        assertThat(tree.escapeCharacter()).isEqualTo('\\');
    }
}
