package dev.dockwright.parser;

import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.DurationFormat;
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
import dev.dockwright.model.Port;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.StageName;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.StopSignalInstruction;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import dev.dockwright.model.WorkdirInstruction;
import dev.dockwright.parser.syntax.Flag;
import dev.dockwright.parser.syntax.SourceSpan;
import dev.dockwright.text.Suggestions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The second level: turns one instruction of the syntax tree into a typed instruction, refusing unknown
 * instructions, flags and values with BuildKit's messages.
 */
final class InstructionReader {
  static final List<String> INSTRUCTIONS = List.of(
      "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
      "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");

  /** A refused instruction: the message, and where (null: the whole instruction). */
  static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourceSpan where;

    Refusal(String message, SourceSpan where) {
      super(message, null, false, false);
      this.where = where;
    }

    SourceSpan where() {
      return where;
    }
  }

  private final char escape;
  private final String source;
  // where the next escape character and \r are in the source, remembered across instructions (see find)
  private final NextChar nextEscapeChar;
  private final NextChar nextCarriageReturn;
  // stages before the current one, by lower-case name, for --from=<stage>
  private final Map<String, String> stageNames = new HashMap<>();
  private int stagesDefined;
  private String currentStage;
  private String currentStageLower;

  InstructionReader(String fileName, char escape, String source) {
    this.escape = escape;
    this.source = source;
    this.nextEscapeChar = new NextChar(source, escape);
    this.nextCarriageReturn = new NextChar(source, '\r');
  }

  /** A FROM at 0-based {@code index} starts a stage: the one before it becomes available to --from. */
  void stageStarted(FromInstruction from, int index) {
    if (currentStage != null) {
      stageNames.put(currentStage.toLowerCase(Locale.ROOT), currentStage);
    }
    stagesDefined = index;
    currentStage = from.name() == null ? null : from.name().value();
    currentStageLower = currentStage == null ? null : currentStage.toLowerCase(Locale.ROOT);
  }

  // The stage a FROM can name by this name (any case), or null: any before it, including the one it ends
  // (which wins over an earlier one of the same name). Looked up in place, without copying the names; with
  // no named stage before, there is nothing to look up.
  private String stageBeforeFrom(String name) {
    if (currentStage == null && stageNames.isEmpty()) {
      return null;
    }
    String lowerName = name.toLowerCase(Locale.ROOT);
    if (currentStage != null && currentStageLower.equals(lowerName)) {
      return currentStage;
    }
    return stageNames.get(lowerName);
  }

  Instruction read(dev.dockwright.parser.syntax.Instruction in, int stageIndex) throws Refusal {
    String keyword = in.lowerCaseKeyword();
    try {
      return switch (keyword) {
        case "from" -> from(in, stageIndex);
        case "run" -> run(in, stageIndex);
        case "copy" -> copy(in, stageIndex);
        case "add" -> add(in);
        case "arg" -> arg(in);
        case "env" -> new EnvInstruction(pairs(in, "ENV"));
        case "label" -> new LabelInstruction(pairs(in, "LABEL"));
        case "expose" -> expose(in);
        case "user" -> user(in);
        case "workdir" -> workdir(in);
        case "volume" -> volume(in);
        case "cmd" -> new CmdInstruction(command(in, "CMD", false));
        case "entrypoint" -> new EntrypointInstruction(command(in, "ENTRYPOINT", false));
        case "shell" -> shell(in);
        case "healthcheck" -> healthcheck(in);
        case "stopsignal" -> stopSignal(in);
        case "onbuild" -> onBuild(in, stageIndex);
        case "maintainer" -> maintainer(in);
        default -> throw new Refusal(
            Suggestions.withHint("unknown instruction: " + in.keyword(), in.keyword(), INSTRUCTIONS, false),
            in.keywordSpan());
      };
    } catch (IllegalArgumentException e) {
      throw new Refusal(e.getMessage(), null);
    }
  }

  // The flags each instruction accepts, defined once (the order is that of BuildKit's suggestions).
  private static final FlagSet FROM_FLAGS = new FlagSet().string("platform");
  private static final FlagSet RUN_FLAGS =
      new FlagSet().strings("mount").string("network").string("security").strings("device");
  private static final FlagSet COPY_FLAGS = new FlagSet()
      .string("chown").string("from").string("chmod").bool("link").strings("exclude").bool("parents");
  private static final FlagSet ADD_FLAGS = new FlagSet()
      .string("chown").string("chmod").bool("link").bool("keep-git-dir").string("checksum").bool("unpack")
      .strings("exclude");
  private static final FlagSet HEALTHCHECK_FLAGS = new FlagSet()
      .string("interval").string("timeout").string("start-period").string("start-interval").string("retries");

  private FlagSet.Values flags(dev.dockwright.parser.syntax.Instruction in, FlagSet set) throws Refusal {
    List<String> texts = in.flagTexts(); // the flags' spans are worked out only for an error
    if (texts.isEmpty()) {
      return FlagSet.NONE;
    }
    int[] bad = new int[1];
    FlagSet.Values values = new FlagSet.Values(set);
    String error = set.parse(texts, bad, values);
    if (error != null) {
      throw new Refusal(error, in.flags().get(bad[0]).span());
    }
    return values;
  }

  private static void noFlags(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    if (!in.flagTexts().isEmpty()) {
      Flag f = in.flags().get(0);
      String name = f.text().contains("=") ? f.text().substring(0, f.text().indexOf('=')) : f.text();
      throw new Refusal("unknown flag: " + name, f.span());
    }
  }

  private Value value(String word, dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    Value v = WordValues.read(word, escape);
    if (v == null) {
      throw new Refusal("unterminated quote or variable reference in " + word, in.argumentsSpan());
    }
    return v;
  }

  private String literal(String word, dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    if (WordValues.isPlain(word, escape)) {
      return word; // what reading it as a value and taking its literal text gives, without the value
    }
    Value v = value(word, in);
    return v.isLiteral() ? v.literalText() : v.toString();
  }

  private FromInstruction from(dev.dockwright.parser.syntax.Instruction in, int stageIndex) throws Refusal {
    FlagSet.Values f = flags(in, FROM_FLAGS);
    List<String> args = in.arguments();
    String name = null;
    if (args.size() == 3 && args.get(1).equalsIgnoreCase("as")) {
      name = args.get(2);
      if (!StageName.isValid(name) || !Character.isLetter(name.charAt(0))) {
        throw new Refusal("invalid name for build stage: \"" + name
            + "\", name can't start with a number or contain symbols", in.argumentsSpan());
      }
      if (stageBeforeFrom(name) != null) {
        throw new Refusal("duplicate stage name: \"" + name + "\"", in.argumentsSpan());
      }
    } else if (args.size() != 1) {
      throw new Refusal("FROM requires either one or three arguments", in.argumentsSpan());
    }
    String image = args.get(0);
    String stage = stageBeforeFrom(image);
    BuildSource base = stage != null ? new StageRef(stage) : ImageRef.of(image);
    return new FromInstruction(f.string("platform", null), base, name == null ? null : StageName.of(name));
  }

  private BuildSource source(String from) {
    String stage = stageNames.isEmpty() ? null : stageNames.get(from.toLowerCase(Locale.ROOT));
    if (stage != null) {
      return new StageRef(stage);
    }
    if (!from.isEmpty() && from.length() < 9 && from.chars().allMatch(c -> c >= '0' && c <= '9')
        && Integer.parseInt(from) < stagesDefined) {
      return new StageRef(from);
    }
    return ImageRef.of(from);
  }

  private RunInstruction run(dev.dockwright.parser.syntax.Instruction in, int stageIndex) throws Refusal {
    FlagSet.Values f = flags(in, RUN_FLAGS);
    List<String> mountTexts = f.all("mount");
    List<Mount> mounts = mountTexts.isEmpty() ? List.of() : new ArrayList<>(mountTexts.size());
    for (int i = 0; i < mountTexts.size(); i++) {
      MountReader.Result r = MountReader.read(mountTexts.get(i), this::source);
      if (r.error() != null) {
        throw new Refusal(r.error(), flagSpan(in, "mount", i));
      }
      mounts.add(r.mount());
    }
    RunInstruction.Network network = null;
    String n = f.string("network", null);
    if (n != null) {
      try {
        network = RunInstruction.Network.valueOf(n.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new Refusal("invalid network mode \"" + n + "\"", flagSpan(in, "network", 0));
      }
    }
    RunInstruction.Security security = null;
    String s = f.string("security", null);
    if (s != null) {
      try {
        security = RunInstruction.Security.valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new Refusal("security mode \"" + s + "\" not supported", flagSpan(in, "security", 0));
      }
    }
    return new RunInstruction(mounts, network, security, f.all("device"), command(in, "RUN", true));
  }

  private SourceSpan flagSpan(dev.dockwright.parser.syntax.Instruction in, String name, int occurrence) {
    int seen = 0;
    for (Flag flag : in.flags()) {
      if (flag.name().equals(name)) {
        if (seen++ == occurrence) {
          return flag.span();
        }
      }
    }
    return in.span();
  }

  /** The command of RUN, CMD, ENTRYPOINT: exec form, or shell form laid out as in the source. */
  private Command command(dev.dockwright.parser.syntax.Instruction in, String keyword, boolean heredocs)
      throws Refusal {
    if (in.jsonForm()) {
      return new ExecCommand(in.arguments());
    }
    List<Heredoc> bodies = List.of();
    if (heredocs && !in.heredocs().isEmpty()) {
      bodies = new ArrayList<>();
      for (dev.dockwright.parser.syntax.Heredoc h : in.heredocs()) {
        bodies.add(heredoc(h));
      }
    }
    return new ShellCommand(layout(in), bodies);
  }

  private static Heredoc heredoc(dev.dockwright.parser.syntax.Heredoc h) {
    return new Heredoc(h.name(), h.expand(), h.chomp(), h.content().replace("\r\n", "\n"));
  }

  /**
   * The shell text as laid out in the source: from the first character of the arguments to the last,
   * each continuation (escape character, blanks, line end) written as {@code \n}, comment and blank lines
   * inside the continuation kept.
   */
  private String layout(dev.dockwright.parser.syntax.Instruction in) {
    if (in.isOneLine() && !in.jsonForm() && in.arguments().size() == 1) {
      // one physical line: the shell text is the syntax level's one argument, already cut from the source
      return in.arguments().get(0);
    }
    SourceSpan span = in.argumentsSpan();
    int start = span.startOffset();
    int end = span.endOffset();
    int firstBreak = source.indexOf('\n', start);
    if (firstBreak < 0 || firstBreak >= end) {
      return source.substring(start, end); // one physical line: nothing to rewrite
    }
    // Only the escape character and \r can change the text: copy the runs between them whole, finding them
    // with indexOf (the next of each is remembered until passed).
    StringBuilder sb = new StringBuilder(end - start);
    int nextEscape = nextEscapeChar.find(start, end);
    int nextCr = nextCarriageReturn.find(start, end);
    int i = start;
    while (true) {
      if (nextEscape < i) {
        nextEscape = nextEscapeChar.find(i, end);
      }
      if (nextCr < i) {
        nextCr = nextCarriageReturn.find(i, end);
      }
      int special = Math.min(nextEscape, nextCr);
      sb.append(source, i, special);
      i = special;
      if (i >= end) {
        break;
      }
      char c = source.charAt(i);
      if (c == escape) {
        int j = i + 1;
        while (j < end && (source.charAt(j) == ' ' || source.charAt(j) == '\t')) {
          j++;
        }
        if (j < end && (source.charAt(j) == '\n' || (source.charAt(j) == '\r' && j + 1 < end
            && source.charAt(j + 1) == '\n'))) {
          sb.append('\n'); // a continuation: escape, blanks, line end
          i = source.charAt(j) == '\r' ? j + 2 : j + 1;
          continue;
        }
        sb.append(c);
        if (i + 1 < end && source.charAt(i + 1) != '\n' && source.charAt(i + 1) != '\r') {
          sb.append(source.charAt(i + 1)); // an escaped character stays escaped
          i += 2;
          continue;
        }
        i++;
        continue;
      }
      // c is \r: dropped before \n (CRLF files read like LF ones), kept elsewhere
      if (!(i + 1 < end && source.charAt(i + 1) == '\n')) {
        sb.append(c);
      }
      i++;
    }
    return sb.toString();
  }

  /**
   * Finds one character in the source, remembering the last answer: String.indexOf cannot stop at the end of
   * an instruction, so a character absent from the rest of an instruction (\r in a file with LF line ends) was
   * searched for to the end of the file from every multi-line command, quadratic in the file. The remembered
   * answer is reused while it is still the first occurrence at or after the position asked for.
   */
  private static final class NextChar {
    private final String source;
    private final char c;
    private int searchedFrom = Integer.MAX_VALUE; // the last indexOf started here ...
    private int foundAt; // ... and found c here (source.length() when absent)

    NextChar(String source, char c) {
      this.source = source;
      this.c = c;
    }

    /** Index of the character in {@code source[from, end)}, or {@code end}. */
    int find(int from, int end) {
      if (from < searchedFrom || from > foundAt) {
        int k = source.indexOf(c, from);
        searchedFrom = from;
        foundAt = k < 0 ? source.length() : k;
      }
      // no c in [searchedFrom, foundAt), which holds from: foundAt is the first c at or after from
      return Math.min(foundAt, end);
    }
  }

  private CopyInstruction copy(dev.dockwright.parser.syntax.Instruction in, int stageIndex) throws Refusal {
    FlagSet.Values f = flags(in, COPY_FLAGS);
    Files files = files(in, "COPY");
    String from = f.string("from", null);
    return new CopyInstruction(
        from == null ? null : source(from),
        chown(in, f.string("chown", null)),
        chmod(in, f.string("chmod", null)),
        f.isTrue("link"),
        f.isTrue("parents"),
        f.all("exclude"),
        files.sources,
        files.destination);
  }

  private AddInstruction add(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    FlagSet.Values f = flags(in, ADD_FLAGS);
    Files files = files(in, "ADD");
    return new AddInstruction(
        chown(in, f.string("chown", null)),
        chmod(in, f.string("chmod", null)),
        f.isTrue("link"),
        f.all("exclude"),
        f.isTrue("keep-git-dir"),
        f.string("checksum", null),
        f.bool3("unpack"),
        files.sources,
        files.destination);
  }

  private UserSpec chown(dev.dockwright.parser.syntax.Instruction in, String text) throws Refusal {
    try {
      return text == null ? null : UserSpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Refusal(e.getMessage(), flagSpan(in, "chown", 0));
    }
  }

  private FileMode chmod(dev.dockwright.parser.syntax.Instruction in, String text) throws Refusal {
    try {
      return text == null ? null : FileMode.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Refusal(e.getMessage(), flagSpan(in, "chmod", 0));
    }
  }

  private record Files(List<CopySource> sources, Value destination) {}

  private Files files(dev.dockwright.parser.syntax.Instruction in, String keyword) throws Refusal {
    List<String> args = in.arguments();
    if (args.size() < 2) {
      throw new Refusal(keyword + " requires at least two arguments, but only one was provided. "
          + "Destination could not be determined", in.argumentsSpan());
    }
    Map<String, dev.dockwright.parser.syntax.Heredoc> heredocs =
        in.heredocs().isEmpty() ? Map.of() : new HashMap<>();
    for (dev.dockwright.parser.syntax.Heredoc h : in.heredocs()) {
      heredocs.put(h.name(), h);
    }
    // an immutable list made once: the model's own copy of it is then no copy at all
    CopySource[] sources = new CopySource[args.size() - 1];
    for (int i = 0; i < sources.length; i++) {
      String word = args.get(i);
      String marker = heredocs.isEmpty() ? null : heredocName(word);
      if (!in.jsonForm() && marker != null && heredocs.containsKey(marker)) {
        sources[i] = CopySource.heredoc(heredoc(heredocs.get(marker)));
      } else {
        sources[i] = new CopySource.Path(value(word, in));
      }
    }
    String dest = args.get(args.size() - 1);
    if (!in.jsonForm() && !heredocs.isEmpty() && heredocName(dest) != null
        && heredocs.containsKey(heredocName(dest))) {
      throw new Refusal(keyword + " cannot accept a heredoc as a destination", in.argumentsSpan());
    }
    return new Files(List.of(sources), value(dest, in));
  }

  // The delimiter of a heredoc marker word (<<EOF, <<-EOF, <<"EOF"), or null.
  private static String heredocName(String word) {
    int i = 0;
    while (i < word.length() && Character.isDigit(word.charAt(i))) {
      i++;
    }
    if (!word.startsWith("<<", i)) {
      return null;
    }
    String rest = word.substring(i + 2);
    if (rest.startsWith("-")) {
      rest = rest.substring(1);
    }
    String name = rest.replace("\"", "").replace("'", "");
    return name.isEmpty() ? null : name;
  }

  private ArgInstruction arg(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    noFlags(in);
    if (in.arguments().isEmpty()) {
      throw new Refusal("ARG requires at least one argument", in.argumentsSpan());
    }
    List<ArgDeclaration> declarations = new ArrayList<>();
    for (String word : in.arguments()) {
      int eq = word.indexOf('=');
      if (eq < 0) {
        declarations.add(new ArgDeclaration(word, null));
      } else {
        declarations.add(new ArgDeclaration(word.substring(0, eq), value(word.substring(eq + 1), in)));
      }
    }
    return new ArgInstruction(declarations);
  }

  private List<KeyValue> pairs(dev.dockwright.parser.syntax.Instruction in, String keyword) throws Refusal {
    noFlags(in);
    List<String> args = in.arguments();
    if (args.isEmpty()) {
      throw new Refusal(keyword + " requires at least one argument", in.argumentsSpan());
    }
    List<KeyValue> pairs = new ArrayList<>();
    for (int i = 0; i + 2 < args.size() + 1 && i < args.size(); i += 3) {
      String key = literal(args.get(i), in);
      if (key.isEmpty()) {
        throw new Refusal(keyword + " names can not be blank", in.argumentsSpan());
      }
      pairs.add(new KeyValue(key, value(i + 1 < args.size() ? args.get(i + 1) : "", in)));
    }
    return pairs;
  }

  private ExposeInstruction expose(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    noFlags(in);
    if (in.arguments().isEmpty()) {
      throw new Refusal("EXPOSE requires at least one argument", in.argumentsSpan());
    }
    List<Port> ports = new ArrayList<>();
    for (String word : in.arguments()) {
      ports.add(Port.parse(literal(word, in)));
    }
    return new ExposeInstruction(ports);
  }

  private UserInstruction user(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    noFlags(in);
    if (in.arguments().isEmpty() || in.arguments().get(0).isBlank()) {
      throw new Refusal("USER requires exactly one argument", in.argumentsSpan());
    }
    return new UserInstruction(UserSpec.parse(literal(in.arguments().get(0), in)));
  }

  private WorkdirInstruction workdir(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    noFlags(in);
    if (in.arguments().isEmpty() || in.arguments().get(0).isBlank()) {
      throw new Refusal("WORKDIR requires exactly one argument", in.argumentsSpan());
    }
    return new WorkdirInstruction(value(in.arguments().get(0), in));
  }

  private VolumeInstruction volume(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    noFlags(in);
    if (in.arguments().isEmpty()) {
      throw new Refusal("VOLUME requires at least one argument", in.argumentsSpan());
    }
    List<Value> paths = new ArrayList<>();
    for (String word : in.arguments()) {
      Value v = value(word, in);
      if (v.isEmpty()) {
        throw new Refusal("VOLUME specified can not be an empty string", in.argumentsSpan());
      }
      paths.add(v);
    }
    return new VolumeInstruction(paths);
  }

  private ShellInstruction shell(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    noFlags(in);
    if (!in.jsonForm()) {
      throw new Refusal("SHELL requires the arguments to be in JSON form", in.argumentsSpan());
    }
    if (in.arguments().isEmpty()) {
      throw new Refusal("SHELL requires at least one argument", in.argumentsSpan());
    }
    return new ShellInstruction(in.arguments());
  }

  private HealthcheckInstruction healthcheck(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    List<String> args = in.arguments();
    if (args.isEmpty()) {
      throw new Refusal("HEALTHCHECK requires at least one argument", in.argumentsSpan());
    }
    String type = args.get(0).toUpperCase(Locale.ROOT);
    if (type.equals("NONE")) {
      if (args.size() != 1) {
        throw new Refusal("HEALTHCHECK NONE takes no arguments", in.argumentsSpan());
      }
      noFlags(in);
      return HealthcheckInstruction.none();
    }
    if (!type.equals("CMD")) {
      throw new Refusal("Unknown type \"" + args.get(0) + "\" in HEALTHCHECK (try CMD)", in.argumentsSpan());
    }
    FlagSet.Values f = flags(in, HEALTHCHECK_FLAGS);
    if (args.size() < 2 || (!in.jsonForm() && args.get(1).isBlank())) {
      throw new Refusal("Missing command after HEALTHCHECK CMD", in.argumentsSpan());
    }
    Command command = in.jsonForm()
        ? new ExecCommand(args.subList(1, args.size()))
        : ShellCommand.of(args.get(1));
    Integer retries = null;
    String r = f.string("retries", null);
    if (r != null) {
      try {
        retries = Integer.parseInt(r);
      } catch (NumberFormatException e) {
        throw new Refusal("invalid value for --retries: " + r, flagSpan(in, "retries", 0));
      }
      if (retries < 0) {
        throw new Refusal("--retries cannot be negative (" + retries + ")", flagSpan(in, "retries", 0));
      }
    }
    return new HealthcheckInstruction(
        interval(in, f, "interval"), interval(in, f, "timeout"), interval(in, f, "start-period"),
        interval(in, f, "start-interval"), retries, command);
  }

  private Duration interval(dev.dockwright.parser.syntax.Instruction in, FlagSet.Values f, String name)
      throws Refusal {
    String text = f.string(name, null);
    if (text == null) {
      return null;
    }
    Duration d;
    try {
      d = DurationFormat.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Refusal("time: invalid duration \"" + text + "\"", flagSpan(in, name, 0));
    }
    if (!d.isZero() && d.compareTo(Duration.ofMillis(1)) < 0) {
      throw new Refusal("Interval \"" + name + "\" cannot be less than 1ms", flagSpan(in, name, 0));
    }
    return d;
  }

  private StopSignalInstruction stopSignal(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    noFlags(in);
    if (in.arguments().isEmpty() || in.arguments().get(0).isBlank()) {
      throw new Refusal("STOPSIGNAL requires exactly one argument", in.argumentsSpan());
    }
    return new StopSignalInstruction(literal(in.arguments().get(0), in));
  }

  private OnBuildInstruction onBuild(dev.dockwright.parser.syntax.Instruction in, int stageIndex) throws Refusal {
    noFlags(in);
    dev.dockwright.parser.syntax.Instruction trigger = in.onbuildTrigger()
        .orElseThrow(() -> new Refusal("ONBUILD requires at least one argument", in.argumentsSpan()));
    String name = trigger.lowerCaseKeyword();
    if (name.equals("onbuild")) {
      throw new Refusal("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", trigger.keywordSpan());
    }
    if (name.equals("from") || name.equals("maintainer")) {
      throw new Refusal(trigger.keyword().toUpperCase(Locale.ROOT) + " isn't allowed as an ONBUILD trigger",
          trigger.keywordSpan());
    }
    Instruction typed = read(trigger, stageIndex);
    if (!in.heredocs().isEmpty() && typed instanceof RunInstruction run
        && run.command() instanceof ShellCommand shell) {
      List<Heredoc> bodies = new ArrayList<>();
      for (dev.dockwright.parser.syntax.Heredoc h : in.heredocs()) {
        bodies.add(heredoc(h));
      }
      typed = run.withCommand(new ShellCommand(shell.script(), bodies));
    }
    return new OnBuildInstruction(typed);
  }

  private MaintainerInstruction maintainer(dev.dockwright.parser.syntax.Instruction in) throws Refusal {
    noFlags(in);
    if (in.arguments().isEmpty() || in.arguments().get(0).isBlank()) {
      throw new Refusal("MAINTAINER requires exactly one argument", in.argumentsSpan());
    }
    return new MaintainerInstruction(in.arguments().get(0));
  }
}
