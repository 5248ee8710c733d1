package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Heredoc markers and bodies, as BuildKit's parser finds and collects them. */
class HeredocTest {

    private static String heredocs(SyntaxTree tree) {
        return tree.instructions().stream().flatMap(i -> i.heredocs().stream())
                .map(h -> h.name() + " fd=" + h.fileDescriptor() + " expand=" + h.expand() + " chomp=" + h.chomp()
                        + " lines=" + h.span().startLine() + "-" + h.span().endLine() + " " + GoText.quote(h.content()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void markersAreLookedForWithinEachInstructionOnly() {
        // single '<'s before, between and after heredocs, in instructions that may and may not have heredocs,
        // on one line and continued: each instruction sees only its own "<<"
        SyntaxTree tree = SyntaxParser.parseStrict("""
                FROM alpine
                LABEL note="a <b> c"
                RUN cat < in.txt
                RUN <<A
                a
                A
                ENV X=<
                RUN echo <\\
                  <B
                COPY <<C /c
                c
                C
                RUN sort < x > y
                """, "Dockerfile");
        assertThat(heredocs(tree)).isEqualTo("""
                A fd=0 expand=true chomp=false lines=5-6 "a\\n"
                C fd=0 expand=true chomp=false lines=11-12 "c\\n\"""");
        assertThat(tree.instructions()).extracting(i -> i.span().startLine() + "-" + i.span().endLine())
                .containsExactly("1-1", "2-2", "3-3", "4-6", "7-7", "8-9", "10-12", "13-13");
    }

    @Test
    void markersAndBodies() {
        SyntaxTree tree = SyntaxParser.parseStrict("""
                FROM alpine
                RUN <<EOF
                echo hello
                EOF
                RUN <<-EOT bash
                \techo tabbed
                \tEOT
                COPY <<"EOF" /a
                $HOME
                EOF
                COPY <<'A' <<B /dest/
                a
                A
                b
                B
                RUN 3<<EOF cat /dev/fd/3
                x
                EOF
                RUN <<EMPTY
                EMPTY
                """, "Dockerfile");
        assertThat(heredocs(tree)).isEqualTo("""
                EOF fd=0 expand=true chomp=false lines=3-4 "echo hello\\n"
                EOT fd=0 expand=true chomp=true lines=6-7 "\\techo tabbed\\n"
                EOF fd=0 expand=false chomp=false lines=9-10 "$HOME\\n"
                A fd=0 expand=false chomp=false lines=12-13 "a\\n"
                B fd=0 expand=true chomp=false lines=14-15 "b\\n"
                EOF fd=3 expand=true chomp=false lines=17-18 "x\\n"
                EMPTY fd=0 expand=true chomp=false lines=20-20 \"\"""");
        assertThat(tree.instructions()).extracting(i -> i.span().startLine() + "-" + i.span().endLine())
                .containsExactly("1-1", "2-4", "5-7", "8-10", "11-15", "16-18", "19-20");
        // the dump, like BuildKit's, shows the marker line only
        assertThat(BuildKitDump.dump(tree)).isEqualTo("""
                (from "alpine")
                (run "<<EOF")
                (run "<<-EOT bash")
                (copy "<<\\"EOF\\"" "/a")
                (copy "<<'A'" "<<B" "/dest/")
                (run "3<<EOF cat /dev/fd/3")
                (run "<<EMPTY")""");
    }

    @Test
    void chompKeepsRawContentAndOffersTheStrippedOne() {
        Heredoc h = SyntaxParser.parse("RUN <<-EOT\n\t\techo a\n\tb\n\tEOT\n").instructions().get(0).heredocs().get(0);
        assertThat(h.content()).isEqualTo("\t\techo a\n\tb\n");
        assertThat(h.chompedContent()).isEqualTo("echo a\nb\n");
        Heredoc plain = SyntaxParser.parse("RUN <<EOT\n\tx\nEOT\n").instructions().get(0).heredocs().get(0);
        assertThat(plain.chompedContent()).isEqualTo("\tx\n");
    }

    @Test
    void markerAfterContinuedFlags() {
        SyntaxTree tree = SyntaxParser.parseStrict("""
                RUN --mount=type=cache,target=/var/cache/apt \\
                    --mount=type=bind,source=x,target=/x <<EOF
                apt-get update
                EOF
                FROM a
                """, "Dockerfile");
        Instruction run = tree.instructions().get(0);
        assertThat(run.flags()).extracting(Flag::text).containsExactly(
                "--mount=type=cache,target=/var/cache/apt", "--mount=type=bind,source=x,target=/x");
        assertThat(run.arguments()).containsExactly("<<EOF");
        assertThat(run.heredocs()).extracting(Heredoc::content).containsExactly("apt-get update\n");
        assertThat(run.span().endLine()).isEqualTo(4);
    }

    @Test
    void nestedShellHeredocStaysInTheBody() {
        SyntaxTree tree = SyntaxParser.parseStrict("""
                RUN <<OUTER
                cat <<INNER > /etc/x.conf
                key=value
                INNER
                OUTER
                FROM a
                """, "Dockerfile");
        assertThat(tree.instructions()).hasSize(2);
        assertThat(tree.instructions().get(0).heredocs()).extracting(Heredoc::content)
                .containsExactly("cat <<INNER > /etc/x.conf\nkey=value\nINNER\n");
    }

    @Test
    void terminatorMustMatchExactly() {
        // " EOF" and "EOF " are body lines; only "EOF" ends the heredoc (with <<- also "\tEOF")
        SyntaxTree tree = SyntaxParser.parseStrict("RUN <<EOF\n EOF\nEOF \nEOF\n", "Dockerfile");
        assertThat(tree.instructions().get(0).heredocs().get(0).content()).isEqualTo(" EOF\nEOF \n");
    }

    @Test
    void crlfBodiesKeepTheirLineEnds() {
        SyntaxTree tree = SyntaxParser.parseStrict("RUN <<EOF\r\nx\r\nEOF\r\nFROM a\r\n", "Dockerfile");
        assertThat(tree.instructions().get(0).heredocs().get(0).content()).isEqualTo("x\r\n");
        assertThat(tree.source()).isEqualTo("RUN <<EOF\r\nx\r\nEOF\r\nFROM a\r\n");
    }

    @Test
    void onlyShellFormRunCopyAddAndTheirOnbuildCarryHeredocs() {
        SyntaxTree tree = SyntaxParser.parse("""
                RUN ["<<EOF"]
                USER <<X
                RUN echo '<<NOT' "<<NEITHER"
                ONBUILD RUN <<EOF
                body
                EOF
                """);
        assertThat(tree.problems()).isEmpty();
        List<Instruction> instructions = tree.instructions();
        assertThat(instructions).extracting(i -> i.heredocs().size()).containsExactly(0, 0, 0, 1);
        assertThat(instructions.get(3).onbuildTrigger().orElseThrow().heredocs()).isEmpty();
    }

    @Test
    void unterminatedHeredocRunsToEndOfFile() {
        SyntaxTree tree = SyntaxParser.parse("FROM a\nRUN <<EOF\nx\n");
        assertThat(tree.problems()).extracting(SyntaxProblem::format).containsExactly(
                "Dockerfile:2:1: unterminated heredoc \"EOF\": no terminator line before the end of the file");
        assertThat(tree.instructions().get(1).text()).isEqualTo("RUN <<EOF\nx\n");
        assertThat(tree.instructions().get(1).heredocs().get(0).content()).isEqualTo("x\n");
    }

    @Test
    void markerWordRules() {
        for (String valid : List.of("<<EOF", "<<'EOF'", "<<\"EOF\"", "<<-EOF", "<<-'EOF'", "<<-\"EOF\"",
                "<<EO\"F\"", "<< EOF", "<<- EOF")) {
            assertThat(HeredocMarker.parse(valid)).as(valid).map(HeredocMarker::name).contains("EOF");
        }
        for (String not : List.of("", "EOF", "<<", "<<-", "<EOF", "<<<EOF", "<<EOF sh", "<<'EOF", "<<\"EOF",
                "<<EOF'", "<<EOF\"")) {
            assertThat(HeredocMarker.parse(not)).as(not).isEmpty();
        }
        assertThat(HeredocMarker.parse("<<eo'f'")).contains(new HeredocMarker("eof", 0, false, false));
        assertThat(HeredocMarker.parse("<<eo\\'f")).contains(new HeredocMarker("eo'f", 0, true, false));
        assertThat(HeredocMarker.parse("<<'one two'")).contains(new HeredocMarker("one two", 0, false, false));
        assertThat(HeredocMarker.parse("12<<-$EOF")).contains(new HeredocMarker("$EOF", 12, true, true));
        assertThat(HeredocMarker.parse("<< -EOF")).contains(new HeredocMarker("-EOF", 0, true, false));
    }

    @Test
    void blanksBetweenOperatorAndNameBelongToTheMarker() {
        SyntaxTree tree = SyntaxParser.parseStrict("RUN <<  EOF  > foo\nEOF\n", "Dockerfile");
        assertThat(tree.instructions().get(0).heredocs()).extracting(Heredoc::name).containsExactly("EOF");
    }
}
