package dev.dockwright.render;

import dev.dockwright.dsl.Run;
import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BindMount;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.Comment;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExecCommand;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.FileMode;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Heredoc;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.MaintainerInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.ParserDirective;
import dev.dockwright.model.Port;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SecretMount;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.SshMount;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.StopSignalInstruction;
import dev.dockwright.model.TmpfsMount;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import dev.dockwright.model.WorkdirInstruction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of whole Dockerfile models: directives, global ARGs, stages with every kind of instruction,
 * and values made of arbitrary text with a bias towards what Dockerfile syntax finds special (quotes,
 * backslashes, backticks, dollars, hashes, heredoc arrows, line breaks, tabs, unicode spaces and letters).
 * What the model refuses is skipped: each element is built in a try, and refused ones are filtered out.
 */
final class GeneratedModels {
  private final Arbitrary<String> shellText;

  private GeneratedModels(Arbitrary<String> shellText) {
    this.shellText = shellText;
  }

  /** Models whose shell commands are arbitrary text too. */
  static GeneratedModels anything() {
    return new GeneratedModels(text());
  }

  /**
   * Models whose shell commands (RUN, CMD, ENTRYPOINT, HEALTHCHECK) have balanced quotes: text that a shell
   * could run. For tools that tokenize shell commands, such as rewrite-docker; values stay arbitrary.
   */
  static GeneratedModels withShellLikeCommands() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("echo", "apt-get", "install", "-y", "&&", "||", "|", ";", ">", "2>&1", "$HOME", "${A:-b}",
            "\\$", "\\\"", "#", "é✓", "\t", "--flag", "-", "[", "]", "=", "a=b", "\"a b\"", "'c \" d'",
            "\"$X\"", "`date`", "$(id -u)", "*"),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8));
    Arbitrary<String> line = token.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
    return new GeneratedModels(line.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l)));
  }

  // Pieces that Dockerfile syntax, BuildKit's lexer or a shell treat specially.
  private static final List<String> NASTY = List.of(
      "\"", "'", "\\", "`", "$", "${", "}", "$HOME", "${A:-x y}", "$A", "#", "# ", "\t", " ", "  ", "\n", "\n\n",
      "\n#c\n", "\n   \n", "<<", "<<EOF", "<< EOF", "<<-EOF", "0<<X", "EOF", "\nEOF\n", "X", "[", "]", "[\"a\"]", "=", "--",
      "--mount=type=tmpfs,target=/t", ",", ":", "/", "é", "✓", "\u0085", "\u00a0", "\u2028", "\u3000", "RUN x",
      "\nRUN rm -rf /", "FROM y", "\\\n", "`\n", " \\", "&&", ";", "*", "a", "b", "1", "_");

  /** Text with a bias towards special pieces, or any text at all. */
  static Arbitrary<String> text() {
    Arbitrary<String> pieces = Arbitraries.of(NASTY).list().ofMaxSize(8).map(l -> String.join("", l));
    Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(12);
    Arbitrary<String> word = Arbitraries.strings().alpha().numeric().withChars("._-/").ofMinLength(1).ofMaxLength(10);
    return Arbitraries.frequencyOf(
        Tuple.of(5, pieces), Tuple.of(2, any), Tuple.of(3, word));
  }

  private static Arbitrary<String> word() {
    return Arbitraries.strings().alpha().numeric().withChars("._-/$:").ofMinLength(1).ofMaxLength(10);
  }

  private static Arbitrary<String> name() {
    return Arbitraries.strings().withCharRange('A', 'Z').withChars("_").ofMinLength(1).ofMaxLength(6);
  }

  /** A value: literal text, a template read by Value.of, or a reference glued to literal text. */
  static Arbitrary<Value> value() {
    return Arbitraries.oneOf(
        text().map(Value::literal),
        text().map(GeneratedModels::templateOrLiteral),
        Combinators.combine(name(), text()).as((n, t) -> Value.of("$" + n).concat(Value.literal(t))),
        Combinators.combine(text(), name(), text())
            .as((a, n, b) -> Value.literal(a).concat(Value.reference(n)).concat(Value.literal(b))));
  }

  private static Value templateOrLiteral(String text) {
    try {
      return Value.of(text);
    } catch (IllegalArgumentException e) {
      return Value.literal(text);
    }
  }

  /** A shell command in every form the model has. */
  Arbitrary<Supplier<Command>> command() {
    Arbitrary<String> t = shellText;
    return Arbitraries.oneOf(
        t.list().ofMaxSize(4).map(l -> () -> new ExecCommand(l)),
        t.map(s -> () -> Run.shell(s).build().command()),
        t.map(s -> () -> ShellCommand.of(s)),
        t.list().ofMinSize(1).ofMaxSize(4).map(l -> () -> ShellCommand.lines(l.toArray(new String[0]))),
        t.map(s -> () -> new ShellCommand(s, List.of())),
        t.map(s -> () -> ShellCommand.script(s)),
        Combinators.combine(t, Arbitraries.of("<<", "<<-", "<< ", "0<<"), Arbitraries.of("EOF", "X", "END"), t, t)
            .as((before, arrows, delimiter, after, body) -> () -> new ShellCommand(
                before + " " + arrows + delimiter + " " + after,
                List.of(new Heredoc(delimiter, true, arrows.equals("<<-"), withNewline(body))))));
  }

  private static String withNewline(String body) {
    return body.isEmpty() || body.endsWith("\n") ? body : body + "\n";
  }

  private Arbitrary<Supplier<Mount>> mount(boolean laterStage) {
    Arbitrary<String> option = word();
    Arbitrary<FileMode> mode = Arbitraries.integers().between(0, 07777).map(FileMode::octal).injectNull(0.5);
    Arbitrary<Integer> id = Arbitraries.integers().between(0, 70000).injectNull(0.5);
    Arbitrary<BuildSource> from = sources(laterStage).injectNull(0.5);
    return Arbitraries.oneOf(
        Combinators.combine(option, option.injectNull(0.5), from, Arbitraries.of(true, false))
            .as((target, source, f, rw) -> () -> new BindMount(target, source, f, rw)),
        Combinators.combine(option, option.injectNull(0.5), Arbitraries.of(true, false),
                Arbitraries.of(CacheMount.Sharing.class).injectNull(0.5), from, mode, id, id)
            .as((target, cacheId, ro, sharing, f, m, uid, gid) ->
                () -> new CacheMount(target, cacheId, ro, sharing, f, null, m, uid, gid)),
        Combinators.combine(option, Arbitraries.of("64m", "1g", "1024").injectNull(0.5))
            .as((target, size) -> () -> new TmpfsMount(target, size)),
        Combinators.combine(option.injectNull(0.3), option.injectNull(0.5), name().injectNull(0.7),
                Arbitraries.of(true, false), mode, id, id)
            .as((secretId, target, env, required, m, uid, gid) ->
                () -> new SecretMount(secretId, target == null && secretId == null ? "/s" : target, env, required, m,
                    uid, gid)),
        Combinators.combine(option.injectNull(0.5), option.injectNull(0.5), Arbitraries.of(true, false), mode, id, id)
            .as((sshId, target, required, m, uid, gid) -> () -> new SshMount(sshId, target, required, m, uid, gid)));
  }

  private Arbitrary<Supplier<CopySource>> copySource() {
    return Arbitraries.oneOf(
        value().map(v -> () -> new CopySource.Path(v)),
        text().map(t -> () -> CopySource.heredoc(Heredoc.literal("EOF", t))),
        text().map(t -> () -> CopySource.heredoc(Heredoc.of("DATA", t))));
  }

  private static <T> List<T> all(List<Supplier<T>> suppliers) {
    return suppliers.stream().map(Supplier::get).toList();
  }

  private static <T> T get(Supplier<T> supplier) {
    return supplier == null ? null : supplier.get();
  }

  private Arbitrary<Supplier<UserSpec>> user() {
    return Combinators.combine(text(), text().injectNull(0.5)).as((u, g) -> () -> new UserSpec(u, g));
  }

  private static Arbitrary<Duration> duration() {
    return Arbitraries.longs().between(0, 7_200_000).map(Duration::ofMillis).injectNull(0.6);
  }

  // Stage 0 can take files from images only; later stages also from stage 0.
  private static Arbitrary<BuildSource> sources(boolean laterStage) {
    return laterStage
        ? Arbitraries.<BuildSource>of(ImageRef.of("busybox:1.37"), StageRef.index(0))
        : Arbitraries.<BuildSource>just(ImageRef.of("busybox:1.37"));
  }

  /** One instruction of any kind but FROM, or nothing when the model refuses what was generated. */
  Arbitrary<Optional<Instruction>> instruction(boolean laterStage) {
    Arbitrary<String> t = text();
    Arbitrary<Value> v = value();
    List<Arbitrary<Supplier<Instruction>>> kinds = new ArrayList<>();
    kinds.add(Combinators.combine(mount(laterStage).list().ofMaxSize(3), Arbitraries.of(RunInstruction.Network.class).injectNull(0.7),
            Arbitraries.of(RunInstruction.Security.class).injectNull(0.8), word().list().ofMaxSize(1), command())
        .as((mounts, network, security, devices, command) ->
            () -> new RunInstruction(all(mounts), network, security, devices, command.get())));
    kinds.add(Combinators.combine(
            sources(laterStage).injectNull(0.6), user().injectNull(0.7),
            Arbitraries.of(FileMode.octal(0755), FileMode.parse("u=rw,go=r")).injectNull(0.7), Arbitraries.of(true, false),
            Arbitraries.of(true, false), t.list().ofMaxSize(2), copySource().list().ofMinSize(1).ofMaxSize(3), v)
        .as((from, chown, chmod, link, parents, excludes, sources, dest) ->
            () -> new CopyInstruction(from, get(chown), chmod, link, parents, excludes, all(sources), dest)));
    kinds.add(Combinators.combine(user().injectNull(0.7), Arbitraries.of(true, false), t.list().ofMaxSize(2),
            Arbitraries.of(true, false), t.injectNull(0.7), Arbitraries.of(true, false).injectNull(0.7),
            copySource().list().ofMinSize(1).ofMaxSize(3), v)
        .as((chown, link, excludes, keepGitDir, checksum, unpack, sources, dest) ->
            () -> new AddInstruction(get(chown), null, link, excludes, keepGitDir, checksum, unpack, all(sources), dest)));
    kinds.add(Combinators.combine(name(), v.injectNull(0.3)).as((n, d) -> (Supplier<ArgDeclaration>) () -> new ArgDeclaration(n, d))
        .list().ofMinSize(1).ofMaxSize(3)
        .map(args -> () -> new ArgInstruction(all(args))));
    kinds.add(Combinators.combine(name(), v).as((k, x) -> (Supplier<KeyValue>) () -> new KeyValue(k, x))
        .list().ofMinSize(1).ofMaxSize(3)
        .map(pairs -> () -> new EnvInstruction(all(pairs))));
    kinds.add(Combinators.combine(t, v).as((k, x) -> (Supplier<KeyValue>) () -> new KeyValue(k, x))
        .list().ofMinSize(1).ofMaxSize(3)
        .map(pairs -> () -> new LabelInstruction(all(pairs))));
    kinds.add(Arbitraries.of("80", "53/udp", "8000-8010", "${PORT}", "443/TCP").list().ofMinSize(1).ofMaxSize(3)
        .map(ports -> () -> new ExposeInstruction(ports.stream().map(Port::parse).toList())));
    kinds.add(user().map(u -> () -> new UserInstruction(u.get())));
    kinds.add(v.map(p -> () -> new WorkdirInstruction(p)));
    kinds.add(v.list().ofMinSize(1).ofMaxSize(3).map(paths -> () -> new VolumeInstruction(paths)));
    kinds.add(command().map(c -> () -> new CmdInstruction(c.get())));
    kinds.add(command().map(c -> () -> new EntrypointInstruction(c.get())));
    kinds.add(t.list().ofMinSize(1).ofMaxSize(3).map(shell -> () -> new ShellInstruction(shell)));
    kinds.add(Combinators.combine(duration(), duration(), duration(), duration(),
            Arbitraries.integers().between(0, 10).injectNull(0.6), command().injectNull(0.2))
        .as((interval, timeout, startPeriod, startInterval, retries, command) ->
            () -> command == null
                ? HealthcheckInstruction.none()
                : new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command.get())));
    kinds.add(Arbitraries.oneOf(Arbitraries.of("SIGTERM", "9", "SIGRTMIN+3", "$SIG"), t)
        .map(s -> () -> new StopSignalInstruction(s)));
    kinds.add(shellText.map(n -> () -> new MaintainerInstruction(n)));
    Arbitrary<Supplier<Instruction>> plain = Arbitraries.oneOf(kinds);
    Arbitrary<Supplier<Instruction>> onBuild = plain.map(trigger -> () -> new OnBuildInstruction(trigger.get()));
    return Arbitraries.frequencyOf(Tuple.of(12, plain), Tuple.of(1, onBuild))
        .map(GeneratedModels::attempt);
  }

  private static <T> Optional<T> attempt(Supplier<? extends T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A body element: mostly instructions, some comments and blank lines. */
  Arbitrary<Element> element(boolean laterStage) {
    Arbitrary<Optional<Element>> comment = text().map(s -> attempt(() -> Comment.of(s)));
    Arbitrary<Optional<Element>> rawComment = text().map(s -> attempt(() -> new Comment(s)));
    Arbitrary<Optional<Element>> blank = Arbitraries.just(Optional.of(BlankLine.INSTANCE));
    Arbitrary<Optional<Element>> instruction = instruction(laterStage).map(o -> o.map(Element.class::cast));
    return Arbitraries.frequencyOf(
            Tuple.of(10, instruction),
            Tuple.of(1, comment),
            Tuple.of(1, rawComment),
            Tuple.of(1, blank))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  private Arbitrary<List<ParserDirective>> directives() {
    Arbitrary<ParserDirective> directive = Arbitraries.oneOf(
        Arbitraries.of(ParserDirective.syntax("docker/dockerfile:1"), ParserDirective.escape('`'),
            ParserDirective.escape('\\'), ParserDirective.check("skip=all")),
        Combinators.combine(Arbitraries.of("syntax", "check", "foo", "my-directive"), text())
            .as((n, v) -> attempt(() -> new ParserDirective(n, v)))
            .filter(Optional::isPresent)
            .map(Optional::get));
    return directive.list().ofMaxSize(3);
  }

  private Arbitrary<List<Element>> header() {
    Arbitrary<Element> arg = Combinators.combine(name(), value().injectNull(0.4))
        .as((n, d) -> attempt(() -> (Element) new ArgInstruction(List.of(new ArgDeclaration(n, d)))))
        .filter(Optional::isPresent)
        .map(Optional::get);
    Arbitrary<Element> comment = text().map(s -> attempt(() -> (Element) Comment.of(s)))
        .filter(Optional::isPresent)
        .map(Optional::get);
    return Arbitraries.frequencyOf(Tuple.of(3, arg), Tuple.of(1, comment),
            Tuple.of(1, Arbitraries.just((Element) BlankLine.INSTANCE)))
        .list().ofMaxSize(3);
  }

  private Arbitrary<Stage> stage(int index) {
    Arbitrary<FromInstruction> from = Combinators.combine(
            Arbitraries.of("alpine:3.20", "node:22", "scratch", "${BASE}", "ghcr.io/acme/app:1"),
            Arbitraries.of("build", "Base", "app").injectNull(0.4),
            Arbitraries.of("$BUILDPLATFORM", "linux/amd64").injectNull(0.7))
        .as((image, name, platform) -> {
          FromInstruction f = new FromInstruction(platform, ImageRef.of(image), null);
          return name == null ? f : f.as(name + index);
        });
    Arbitrary<List<Element>> leading = Arbitraries.oneOf(
        Arbitraries.just(List.of()),
        text().map(s -> attempt(() -> (Element) Comment.of(s))).filter(Optional::isPresent).map(Optional::get).list()
            .ofMaxSize(2));
    return Combinators.combine(leading, from, element(index > 0).list().ofMinSize(1).ofMaxSize(8))
        .as((l, f, body) -> new Stage(l, f, body));
  }

  /** Whole Dockerfiles the model accepts. */
  Arbitrary<Dockerfile> dockerfiles() {
    Arbitrary<List<Stage>> later = Arbitraries.oneOf(
        Arbitraries.just(List.of()),
        stage(1).map(List::of),
        Combinators.combine(stage(1), stage(2)).as(List::of));
    return Combinators.combine(directives(), header(), stage(0), later)
        .as((directives, header, first, more) -> {
          List<Stage> stages = new ArrayList<>();
          stages.add(first);
          stages.addAll(more);
          return attempt(() -> Dockerfile.of(directives, header, stages));
        })
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  /** Whole Dockerfiles without an escape directive, for tools that do not know {@code # escape=}. */
  Arbitrary<Dockerfile> dockerfilesWithDefaultEscape() {
    return dockerfiles()
        .map(f -> attempt(() -> f.withDirectives(
            f.directives().stream().filter(d -> !d.normalizedName().equals("escape")).toList())))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }
}
