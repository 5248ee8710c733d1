package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-instruction argument splitting, exec form and flags, as BuildKit's line parsers do them. */
class ArgumentsTest {

    private static Instruction only(String line) {
        SyntaxTree tree = SyntaxParser.parse(line + "\n");
        assertThat(tree.instructions()).hasSize(1);
        return tree.instructions().get(0);
    }

    @Test
    void everyInstructionKindDumpsLikeBuildKit() {
        String dockerfile = """
                FROM --platform=$BUILDPLATFORM golang:1.22 AS build
                RUN [ -f x ] && echo yes
                RUN ["echo", "a\\tb", "\\u00e9"]
                CMD []
                ENTRYPOINT ["a",]
                ARG A B C
                ARG A=1 "B=2 3" C=
                ENV k v w
                ENV a=1 b="x y" c=z\\ w
                LABEL version 1.0
                HEALTHCHECK NONE
                HEALTHCHECK --interval=5s CMD curl -f http://x/ || exit 1
                HEALTHCHECK CMD ["curl", "x"]
                ONBUILD --x RUN --mount=a echo hi
                ONBUILD
                ONBUILD ONBUILD FROM a
                FOO --bar=1 baz
                MAINTAINER Jane <j@x.org>
                COPY --chown="a b" --chmod=7\\55 -- --x /d/
                COPY ["a b", "/c/"]
                VOLUME /a /b
                EXPOSE 80/tcp\t443
                SHELL ["pwsh", "-c"]
                STOPSIGNAL SIGTERM
                USER app:app
                WORKDIR /a b
                ADD --checksum=sha256:abc https://x/y.tgz /
                """;
        assertThat(BuildKitDump.dump(SyntaxParser.parseStrict(dockerfile, "Dockerfile"))).isEqualTo("""
                (from ["--platform=$BUILDPLATFORM"] "golang:1.22" "AS" "build")
                (run "[ -f x ] && echo yes")
                (run "echo" "a\\tb" "é")
                (cmd)
                (entrypoint "[\\"a\\",]")
                (arg "A" "B" "C")
                (arg "A=1" "\\"B=2 3\\"" "C=")
                (env "k" "v w" "")
                (env "a" "1" "=" "b" "\\"x y\\"" "=" "c" "z\\\\ w" "=")
                (label "version" "1.0" "")
                (healthcheck "NONE")
                (healthcheck ["--interval=5s"] "CMD" "curl -f http://x/ || exit 1")
                (healthcheck "CMD" "curl" "x")
                (onbuild ["--x"] (run ["--mount=a"] "echo hi"))
                (onbuild)
                (onbuild (onbuild (from "a")))
                (foo ["--bar=1"] "")
                (maintainer "Jane <j@x.org>")
                (copy ["--chown=a b" "--chmod=755"] "--x" "/d/")
                (copy "a b" "/c/")
                (volume "/a" "/b")
                (expose "80/tcp" "443")
                (shell "pwsh" "-c")
                (stopsignal "SIGTERM")
                (user "app:app")
                (workdir "/a b")
                (add ["--checksum=sha256:abc"] "https://x/y.tgz" "/")""");
    }

    @Test
    void bracketThatIsNotJsonIsShellForm() {
        Instruction run = only("RUN [ -f /etc/os-release ] && cat /etc/os-release");
        assertThat(run.jsonForm()).isFalse();
        assertThat(run.arguments()).containsExactly("[ -f /etc/os-release ] && cat /etc/os-release");
    }

    @Test
    void execFormDecodesJsonStrings() {
        Instruction cmd = only("CMD [\"sh\", \"-c\", \"echo \\\"$HOME\\\" \\u00e9\\ud83d\\ude00\"]");
        assertThat(cmd.jsonForm()).isTrue();
        assertThat(cmd.arguments()).containsExactly("sh", "-c", "echo \"$HOME\" é\uD83D\uDE00");
    }

    @Test
    void malformedJsonFallsBackToShellForm() {
        for (String args : List.of("['single', 'quotes']", "[\"unterminated", "[\"a\" \"b\"]", "[\"a\"] trailing",
                "[\"tab\tinside\"]", "[01]", "[\"\\x41\"]")) {
            Instruction cmd = only("CMD " + args);
            assertThat(cmd.jsonForm()).as(args).isFalse();
            assertThat(cmd.arguments()).as(args).containsExactly(args);
        }
    }

    @Test
    void validJsonWithNonStringsIsAnError() {
        for (String args : List.of("[1]", "[\"a\", null]", "[true]", "[{\"a\": 1}]", "[\"a\", [\"b\"]]", "[1.5e3]")) {
            SyntaxTree tree = SyntaxParser.parse("RUN " + args + "\n");
            assertThat(tree.problems()).as(args).extracting(SyntaxProblem::format).containsExactly(
                    "Dockerfile:1:5: when using JSON array syntax, arrays must be comprised of strings only");
        }
    }

    @Test
    void argWithSeveralNames() {
        Instruction arg = only("ARG A B C");
        assertThat(arg.arguments()).containsExactly("A", "B", "C");
    }

    @Test
    void legacyEnvTakesTheRestOfTheLineAsValue() {
        Instruction env = only("ENV PATH /usr/local/bin:$PATH  and more");
        assertThat(env.arguments()).containsExactly("PATH", "/usr/local/bin:$PATH  and more", "");
    }

    @Test
    void envPairsKeepQuotesAndEscapes() {
        Instruction env = only("ENV A=\"x y\" B='z' C=a\\ b D=");
        assertThat(env.arguments()).containsExactly("A", "\"x y\"", "=", "B", "'z'", "=", "C", "a\\ b", "=",
                "D", "", "=");
    }

    @Test
    void envWithoutValueAndPairWithoutEqualsAreErrors() {
        assertThat(SyntaxParser.parse("ENV PATH\n").problems()).extracting(SyntaxProblem::format)
                .containsExactly("Dockerfile:1:5: ENV must have two arguments");
        assertThat(SyntaxParser.parse("LABEL a=1 b c\n").problems()).extracting(SyntaxProblem::format)
                .containsExactly("Dockerfile:1:7: Syntax error - can't find = in \"b\". Must be of the form: "
                        + "name=value");
        assertThat(SyntaxParser.parse("LABEL\n").problems()).isEmpty(); // BuildKit's parser accepts it
    }

    @Test
    void flagsAreSplitWithQuotesAndEscapesResolved() {
        Instruction copy = only("COPY --chown=\"app user\" --link --chmod='7''55' --exclude=\\*.md -- --x /d/");
        assertThat(copy.flags()).extracting(Flag::text)
                .containsExactly("--chown=app user", "--link", "--chmod=755", "--exclude=*.md");
        assertThat(copy.flags()).extracting(Flag::name).containsExactly("chown", "link", "chmod", "exclude");
        assertThat(copy.flags().get(1).value()).isEmpty();
        assertThat(copy.flags().get(0).value()).contains("app user");
        assertThat(copy.arguments()).containsExactly("--x", "/d/");
        assertThat(copy.argumentsText()).isEqualTo("--x /d/");
    }

    @Test
    void unknownInstructionsAndFlagsAreAccepted() {
        SyntaxTree tree = SyntaxParser.parse("FROM a\nCOPY --doit=true x /y\nFOOBAR --q baz\n");
        assertThat(tree.problems()).isEmpty();
        Instruction foo = tree.instructions().get(2);
        assertThat(foo.isKnownKeyword()).isFalse();
        assertThat(foo.flags()).extracting(Flag::text).containsExactly("--q");
        assertThat(foo.arguments()).isEmpty();
        assertThat(foo.argumentsText()).isEqualTo("baz");
        assertThat(tree.instructions().get(1).flags()).extracting(Flag::name).containsExactly("doit");
    }

    @Test
    void onbuildWrapsItsTrigger() {
        Instruction onbuild = only("ONBUILD --x COPY --from=a . /app");
        assertThat(onbuild.arguments()).isEmpty();
        Instruction trigger = onbuild.onbuildTrigger().orElseThrow();
        assertThat(trigger.keyword()).isEqualTo("COPY");
        assertThat(trigger.logicalLine()).isEqualTo("COPY --from=a . /app");
        assertThat(trigger.flags()).extracting(Flag::text).containsExactly("--from=a");
        assertThat(trigger.arguments()).containsExactly(".", "/app");
        assertThat(trigger.text()).isEqualTo("COPY --from=a . /app");
        assertThat(trigger.keywordSpan().startColumn()).isEqualTo(13);
        assertThat(only("ONBUILD").onbuildTrigger()).isEmpty();
    }

    @Test
    void onbuildTriggerErrorIsReported() {
        assertThat(SyntaxParser.parse("ONBUILD ENV x\n").problems()).extracting(SyntaxProblem::format)
                .containsExactly("Dockerfile:1:13: ENV must have two arguments");
    }

    @Test
    void healthcheckTypeAndCommand() {
        Instruction none = only("HEALTHCHECK NONE");
        assertThat(none.arguments()).containsExactly("NONE");
        Instruction cmd = only("HEALTHCHECK --retries=3 CMD [\"curl\", \"-f\", \"http://localhost/\"]");
        assertThat(cmd.flags()).extracting(Flag::text).containsExactly("--retries=3");
        assertThat(cmd.arguments()).containsExactly("CMD", "curl", "-f", "http://localhost/");
        assertThat(cmd.jsonForm()).isTrue();
    }

    @Test
    void keywordCaseIsKeptAndLowered() {
        Instruction run = only("rUn echo");
        assertThat(run.keyword()).isEqualTo("rUn");
        assertThat(run.lowerCaseKeyword()).isEqualTo("run");
        assertThat(run.isKnownKeyword()).isTrue();
    }
}
