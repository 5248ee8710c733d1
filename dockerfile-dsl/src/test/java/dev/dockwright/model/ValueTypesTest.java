package dev.dockwright.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The value types: what they accept, what they refuse, and the exact messages. */
class ValueTypesTest {

  // Value

  @Test
  void aLiteralValueIsTheSameHoweverItWasMade() {
    Value literal = Value.literal("/app/bin");
    Value template = Value.of("/app/bin");
    Value parts = Value.ofParts(java.util.List.of(new Value.Literal("/app/"), new Value.Literal("bin")));
    for (Value v : java.util.List.of(template, parts)) {
      assertThat(v).isEqualTo(literal);
      assertThat(literal).isEqualTo(v);
      assertThat(v.hashCode()).isEqualTo(literal.hashCode());
      assertThat(v.parts()).isEqualTo(literal.parts());
    }
    assertThat(literal.parts()).containsExactly(new Value.Literal("/app/bin")).isSameAs(literal.parts());
    assertThat(literal.isLiteral()).isTrue();
    assertThat(literal.isEmpty()).isFalse();
    assertThat(literal.literalText()).isEqualTo("/app/bin");
    assertThat(literal.referencedNames()).isEmpty();
    assertThat(literal.toString()).isEqualTo("/app/bin");
    assertThat(literal.concat(Value.of("/$NAME")).parts()).containsExactly(
        new Value.Literal("/app/bin/"), new Value.Reference("$NAME"));
    assertThat(literal).isNotEqualTo(Value.of("/app/$BIN")).isNotEqualTo(Value.empty()).isNotEqualTo("/app/bin");
    assertThat(Value.literal("")).isSameAs(Value.empty());
  }

  // ImageRef

  @Test
  void imageRefParts() {
    ImageRef ref = ImageRef.of("registry.example.com:5000/acme/app:1.2@sha256:" + "ab".repeat(32));
    assertThat(ref.name()).isEqualTo("registry.example.com:5000/acme/app");
    assertThat(ref.tag()).contains("1.2");
    assertThat(ref.digest()).contains("sha256:" + "ab".repeat(32));
  }

  @Test
  void imageRefDoubleColon() {
    assertThatThrownBy(() -> ImageRef.of("node::22"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid image reference: \"node::22\"");
  }

  @Test
  void imageRefUpperCasePath() {
    assertThatThrownBy(() -> ImageRef.of("acme/App"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid image reference: \"acme/App\"");
  }

  @Test
  void imageRefShortDigest() {
    assertThatThrownBy(() -> ImageRef.of("alpine@sha256:abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid image reference: \"alpine@sha256:abc\"");
  }

  @Test
  void imageRefWithVariableAndSpace() {
    assertThatThrownBy(() -> ImageRef.of("${BASE} x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid image reference: \"${BASE} x\"");
  }

  // StageName and StageRef

  @Test
  void stageNameStartingWithADigit() {
    assertThatThrownBy(() -> StageName.of("1build"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid stage name: \"1build\"");
  }

  @Test
  void stageNameWithSpace() {
    assertThatThrownBy(() -> StageName.of("my stage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid stage name: \"my stage\"");
  }

  @Test
  void negativeStageIndex() {
    assertThatThrownBy(() -> StageRef.index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid stage index: -1");
  }

  // Port

  @Test
  void portZero() {
    assertThatThrownBy(() -> Port.tcp(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid port: 0");
  }

  @Test
  void portTooLarge() {
    assertThatThrownBy(() -> Port.udp(65536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid port: 65536");
  }

  @Test
  void portRangeBackwards() {
    assertThatThrownBy(() -> Port.range(9000, 8000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid port range: 9000-8000");
  }

  @Test
  void portUnknownProtocol() {
    assertThatThrownBy(() -> Port.parse("80/icmp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid port: \"80/icmp\"");
  }

  @Test
  void portParseRangeAndProtocol() {
    assertThat(Port.parse("8000-8010/udp").isRange()).isTrue();
    assertThat(Port.parse("53/udp").isRange()).isFalse();
  }

  // DurationFormat

  @Test
  void durationRoundTrip() {
    assertThat(DurationFormat.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationFormat.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(DurationFormat.parse("300ms")).isEqualTo(Duration.ofMillis(300));
    assertThat(DurationFormat.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(DurationFormat.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
    assertThat(DurationFormat.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(DurationFormat.format(Duration.ofNanos(1500))).isEqualTo("1500ns");
  }

  @Test
  void durationUnknownUnit() {
    assertThatThrownBy(() -> DurationFormat.parse("5x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid duration: \"5x\"");
  }

  @Test
  void durationWithoutUnit() {
    assertThatThrownBy(() -> DurationFormat.parse("30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid duration: \"30\"");
  }

  @Test
  void durationNegative() {
    assertThatThrownBy(() -> DurationFormat.parse("-1s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid duration: \"-1s\"");
  }

  @Test
  void formatNegativeDuration() {
    assertThatThrownBy(() -> DurationFormat.format(Duration.ofSeconds(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid duration: PT-5S");
  }

  // FileMode

  @Test
  void fileModes() {
    assertThat(FileMode.octal(0755).text()).isEqualTo("0755");
    assertThat(FileMode.parse("644").isOctal()).isTrue();
    assertThat(FileMode.parse("u+x,go-w").isOctal()).isFalse();
  }

  @Test
  void fileModeOutOfRange() {
    assertThatThrownBy(() -> FileMode.octal(010000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid file mode: 10000");
  }

  @Test
  void fileModeNotOctalNorSymbolic() {
    assertThatThrownBy(() -> FileMode.parse("rwx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid file mode: \"rwx\"");
  }

  @Test
  void fileModeWithDigitEight() {
    assertThatThrownBy(() -> FileMode.parse("0788"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid file mode: \"0788\"");
  }

  // UserSpec

  @Test
  void userSpecs() {
    assertThat(UserSpec.parse("app:staff").optionalGroup()).contains("staff");
    assertThat(UserSpec.of(0).isRoot()).isTrue();
    assertThat(UserSpec.of("root").isRoot()).isTrue();
    assertThat(UserSpec.of("${UID}", "${GID}").text()).isEqualTo("${UID}:${GID}");
  }

  @Test
  void negativeUid() {
    assertThatThrownBy(() -> UserSpec.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid uid: -1");
  }

  @Test
  void negativeGid() {
    assertThatThrownBy(() -> UserSpec.of(1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid gid: -2");
  }

  @Test
  void userWithSpace() {
    assertThatThrownBy(() -> UserSpec.parse("app user"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid user: \"app user\"");
  }

  @Test
  void userWithTwoColons() {
    assertThatThrownBy(() -> UserSpec.parse("a:b:c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid user: \"a:b:c\"");
  }

  @Test
  void userNameWithColon() {
    assertThatThrownBy(() -> UserSpec.of("a:b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid user: \"a:b\"");
  }

  @Test
  void emptyGroup() {
    assertThatThrownBy(() -> UserSpec.of("app", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid group: \"\"");
  }

  // Value

  @Test
  void valueOfSplitsReferencesAndLiterals() {
    Value v = Value.of("/app/bin:$PATH:${HOME:-/root}$");
    assertThat(v.parts()).containsExactly(
        new Value.Literal("/app/bin:"),
        new Value.Reference("$PATH"),
        new Value.Literal(":"),
        new Value.Reference("${HOME:-/root}"),
        new Value.Literal("$"));
    assertThat(v.referencedNames()).containsExactly("PATH", "HOME");
  }

  @Test
  void valueLiteralKeepsDollars() {
    assertThat(Value.literal("a$HOME").isLiteral()).isTrue();
    assertThat(Value.literal("a$HOME").literalText()).isEqualTo("a$HOME");
  }

  @Test
  void valueUnterminatedReference() {
    assertThatThrownBy(() -> Value.of("${HOME"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unterminated variable reference in \"${HOME\"");
  }

  @Test
  void valueReferenceToABadName() {
    assertThatThrownBy(() -> Value.reference("1A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid variable name: \"1A\"");
  }

  @Test
  void valueReferenceThatIsNotOne() {
    assertThatThrownBy(() -> new Value.Reference("$HOME/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a variable reference: \"$HOME/x\"");
  }

  @Test
  void valueReferenceWithAModifierBuildKitDoesNotKnow() {
    // lex.go: "unsupported modifier (=) in substitution"
    assertThatThrownBy(() -> Value.of("${A=x}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a variable reference: \"${A=x}\"");
  }

  @Test
  void valueReferenceWithUnclosedQuoteInsideIsRefused() {
    assertThatThrownBy(() -> Value.of("${A:-\"x}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unterminated variable reference in \"${A:-\\\"x}\"");
  }

  @Test
  void valueReferencesBuildKitKnows() {
    assertThat(Value.of("${A:-x y}${B+z}${C:?}${D#p}${E%%s}${F/a/b}${G//a/b}").referencedNames())
        .containsExactly("A", "B", "C", "D", "E", "F", "G");
  }

  @Test
  void tokenWithAMalformedReference() {
    // A lexing error on a RUN, COPY or ADD line makes BuildKit find none of its heredocs.
    assertThatThrownBy(() -> Mount.cache("/c").withId("${id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid mount id: \"${id\"");
  }

  @Test
  void tokenWithAWellFormedReference() {
    assertThat(Mount.cache("/c").withId("${ID:-npm}").id()).isEqualTo("${ID:-npm}");
  }

  @Test
  void flagValueWithAByteBuildKitTakesForABlank() {
    // "à" is C3 A0 in UTF-8; BuildKit's extractBuilderFlags would end the flag at A0.
    assertThatThrownBy(() -> Mount.cache("/voilà"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid mount target: \"/voilà\" (BuildKit splits flags at the bytes 0x85 and 0xA0 of its"
            + " UTF-8 form)");
  }

  @Test
  void flagValueWithOtherNonAsciiCharacters() {
    assertThat(Mount.cache("/données/✓").target()).isEqualTo("/données/✓");
  }

  @Test
  void literalTextOfAReference() {
    assertThatThrownBy(() -> Value.of("$HOME").literalText())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("value references a variable: $HOME");
  }

  // KeyValue

  @Test
  void keyValueWithNewlineInValue() {
    assertThatThrownBy(() -> new KeyValue("A", Value.literal("x\ny")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of A cannot hold a line break: \"x\\ny\"");
  }

  @Test
  void keyValueWithEmptyKey() {
    assertThatThrownBy(() -> new KeyValue("", Value.literal("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key is empty");
  }

  // Heredoc

  @Test
  void heredocMarkers() {
    assertThat(Heredoc.of("EOF", "x").marker()).isEqualTo("<<EOF");
    assertThat(Heredoc.literal("EOF", "x").marker()).isEqualTo("<<\"EOF\"");
    assertThat(new Heredoc("END", true, true, "\tx\n").marker()).isEqualTo("<<-END");
    assertThat(new Heredoc("END", true, true, "\tx\n").content()).isEqualTo("x\n");
  }

  @Test
  void heredocBadDelimiter() {
    assertThatThrownBy(() -> Heredoc.of("E OF", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid heredoc delimiter: \"E OF\"");
  }

  @Test
  void heredocBodyHoldingItsDelimiter() {
    assertThatThrownBy(() -> Heredoc.of("EOF", "a\nEOF\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc body contains its delimiter line: \"EOF\"");
  }

  @Test
  void heredocBodyHoldingItsDelimiterAfterTabsWhenStripping() {
    assertThatThrownBy(() -> new Heredoc("EOF", true, true, "\t\tEOF\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc body contains its delimiter line: \"EOF\"");
  }

  @Test
  void heredocBodyWithoutFinalNewline() {
    assertThatThrownBy(() -> new Heredoc("EOF", true, false, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc body must end with a newline: \"x\"");
  }

  @Test
  void heredocBodyWithCarriageReturn() {
    assertThatThrownBy(() -> Heredoc.of("EOF", "a\r\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc body cannot hold a carriage return: \"a\\r\\nb\\n\"");
  }

  // Mounts

  @Test
  void mountTargetWithComma() {
    assertThatThrownBy(() -> Mount.cache("/a,b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid mount target: \"/a,b\"");
  }

  @Test
  void mountTargetWithSpace() {
    assertThatThrownBy(() -> Mount.bind("/a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid mount target: \"/a b\"");
  }

  @Test
  void mountWithoutTarget() {
    assertThatThrownBy(() -> Mount.tmpfs(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tmpfs mount needs a target");
  }

  @Test
  void mountNegativeUid() {
    assertThatThrownBy(() -> Mount.cache("/c").withOwner(null, -1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid mount uid: -1");
  }

  @Test
  void tmpfsBadSize() {
    assertThatThrownBy(() -> Mount.tmpfs("/tmp").withSize("lots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid tmpfs size: \"lots\"");
  }

  @Test
  void secretWithoutIdOrTarget() {
    assertThatThrownBy(() -> Mount.secret(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret mount needs an id or a target");
  }

  // Signals, directives, comments

  @Test
  void lowerCaseSignal() {
    assertThatThrownBy(() -> new StopSignalInstruction("sigterm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid signal: \"sigterm\"");
  }

  @Test
  void directiveWithBadName() {
    assertThatThrownBy(() -> new ParserDirective("1x", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid directive name: \"1x\"");
  }

  @Test
  void unknownDirective() {
    // BuildKit would read "# foo=bar" as a comment and stop reading directives there.
    assertThatThrownBy(() -> new ParserDirective("foo", "bar"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a parser directive: \"foo\" (syntax, escape or check)");
  }

  @Test
  void directiveNamesAreCaseInsensitive() {
    assertThat(new ParserDirective("SYNTAX", "docker/dockerfile:1").normalizedName()).isEqualTo("syntax");
  }

  @Test
  void emptyDirectiveValue() {
    // "# syntax=" is a comment to BuildKit.
    assertThatThrownBy(() -> ParserDirective.syntax(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid directive value: \"\"");
  }

  @Test
  void directiveValueWithSurroundingSpace() {
    // BuildKit would drop the trailing space.
    assertThatThrownBy(() -> ParserDirective.check("skip=all "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid directive value: \"skip=all \"");
  }

  @Test
  void blankMaintainer() {
    assertThatThrownBy(() -> new MaintainerInstruction("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MAINTAINER needs a name");
  }

  @Test
  void argNameWithEquals() {
    assertThatThrownBy(() -> ArgInstruction.of("A=B", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid argument name: \"A=B\"");
  }

  @Test
  void argDefaultWithNewline() {
    assertThatThrownBy(() -> ArgInstruction.of("A", "1\n2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("default of A cannot hold a line break: \"1\\n2\"");
  }

  @Test
  void workdirWithNewline() {
    assertThatThrownBy(() -> new WorkdirInstruction(Value.literal("/a\n/b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WORKDIR path cannot hold a line break: \"/a\\n/b\"");
  }

  @Test
  void emptyWorkdir() {
    assertThatThrownBy(() -> new WorkdirInstruction(Value.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WORKDIR needs a path");
  }
}
