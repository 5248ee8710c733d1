package dev.dockwright.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a POSIX sh script (with the bash additions seen in Dockerfiles) into a {@link ShellScript}, by recursive
 * descent over the characters, in one pass.
 *
 * <pre>{@code
 * ShellScript script = new ShellReader(text, ShellOptions.NONE).read();
 * }</pre>
 *
 * <p>Words, operators and keywords are told apart here rather than by a separate tokenizer, because what a
 * character means depends on where the parser stands: <code>}</code> closes a group only where a command could start,
 * {@code )} ends a {@code case} pattern, and a here-document body starts at the next line break token, wherever the
 * parser is then. Command substitutions and backquotes are read by the same parser, recursively, so that the
 * commands inside them are found and their here-documents are skipped.
 *
 * <p>It never throws: what it cannot read becomes a {@link ShellProblem} and it reads on. Nesting deeper than
 * {@link #MAX_NESTING} is not read (a problem says so), so that no input can exhaust the stack.
 */
final class ShellReader {

  /** How deep constructs may nest; real scripts stay below 10. */
  static final int MAX_NESTING = 100;

  private static final String[] CLOSING_KEYWORDS = {"then", "elif", "else", "fi", "do", "done", "esac", "}"};
  private static final String[] REDIRECTION_OPERATORS =
      {"&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", "<", ">>", ">&", ">|", ">"};
  private static final String[] OPERATORS = {"&&", "||", ";;&", ";;", ";&", "|&", "&>>", "&>", "<<<", "<<-", "<<",
      ">>", "<&", ">&", "<>", ">|", "|", "&", ";", "(", ")", "<", ">"};

  private final String text;
  private int pos;
  /** The end of what may be read now: the text's end, or the closing backquote of the substitution being read. */
  private int limit;
  private int nesting;
  /** Set when nesting got too deep: the rest was skipped, and the problems that follow from that are not told. */
  private boolean abandoned;
  /** Greater than 0 while reading commands that might not run. */
  private int conditionalNesting;
  private ShellOptions options;
  private final List<Enclosure> enclosures = new ArrayList<>();
  /** The closing tokens that the constructs being read wait for, the innermost last. */
  private List<String[]> awaitedClosers = new ArrayList<>();
  private final ArrayDeque<RedirectionDraft> pendingHereDocuments = new ArrayDeque<>();

  private final List<CommandDraft> commands = new ArrayList<>();
  private final List<PipelineDraft> pipelines = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<ShellProblem> problems = new ArrayList<>();

  ShellReader(String text, ShellOptions initialOptions) {
    this.text = text;
    this.limit = text.length();
    this.options = initialOptions;
  }

  ShellScript read() {
    parseBody(null, false);
    for (RedirectionDraft pending : pendingHereDocuments) {
      problem("unterminated here-document " + pending.target.text(), pending.start);
      pending.hereDocument = new HereDocument(pending.target.text(), isQuoted(pending.target), pending.stripsTabs,
          limit, limit, "", false);
    }
    pendingHereDocuments.clear();

    Map<PipelineDraft, Pipeline> builtPipelines = new IdentityHashMap<>();
    for (PipelineDraft draft : pipelines) {
      builtPipelines.put(draft, new Pipeline(draft.start, draft.end, draft.length, draft.negated, draft.options));
    }
    commands.sort(Comparator.comparingInt(draft -> draft.start));
    List<SimpleCommand> built = new ArrayList<>(commands.size());
    for (CommandDraft draft : commands) {
      List<Redirection> redirections = new ArrayList<>(draft.redirections.size());
      for (RedirectionDraft r : draft.redirections) {
        redirections.add(new Redirection(r.start, r.end, r.fd, r.operator, r.target,
            Optional.ofNullable(r.hereDocument)));
      }
      SimpleCommand.Placement placement = new SimpleCommand.Placement(draft.next, draft.enclosures,
          draft.conditional, builtPipelines.get(draft.pipeline), draft.pipelineIndex, draft.options);
      built.add(SimpleCommand.of(text, draft.start, draft.end, draft.assignments, draft.words, redirections,
          placement));
    }
    List<Pipeline> chains = pipelines.stream()
        .filter(draft -> draft.length > 1)
        .sorted(Comparator.comparingInt(draft -> draft.start))
        .map(builtPipelines::get)
        .toList();
    comments.sort(Comparator.comparingInt(Comment::start));
    return new ShellScript(text, built, chains, comments, problems);
  }

  // ---------------------------------------------------------------- lists, and-or lists, pipelines

  /**
   * Reads lists until a closing token that {@code closers} names (returned, not consumed), or the end (null).
   * A closing token that an enclosing construct waits for also ends the body (null), so that construct can close;
   * any other is reported and skipped.
   */
  private String parseBody(Enclosure enclosure, boolean conditional, String... closers) {
    if (!enterNesting()) {
      return null;
    }
    if (enclosure != null) {
      enclosures.add(enclosure);
    }
    if (conditional) {
      conditionalNesting++;
    }
    awaitedClosers.add(closers);
    try {
      while (true) {
        parseList();
        if (atEnd()) {
          return null;
        }
        String closing = closingTokenAt();
        if (closes(closers, closing)) {
          return closing;
        }
        for (int i = awaitedClosers.size() - 2; i >= 0; i--) {
          if (closes(awaitedClosers.get(i), closing)) {
            return null;
          }
        }
        problem("unexpected " + closing, pos);
        pos += closing.length();
        skipSeparator(); // "fi;" is one mistake, not two
      }
    } finally {
      awaitedClosers.remove(awaitedClosers.size() - 1);
      if (conditional) {
        conditionalNesting--;
      }
      if (enclosure != null) {
        enclosures.remove(enclosures.size() - 1);
      }
      nesting--;
    }
  }

  private static boolean closes(String[] closers, String closing) {
    for (String closer : closers) {
      // ";;" stands for the whole family of case-branch ends.
      if (closer.equals(closing) || (closer.equals(";;") && closing.startsWith(";"))) {
        return true;
      }
    }
    return false;
  }

  /** Reads and-or lists separated by {@code ;}, {@code &} and line breaks, up to a closing token or the end. */
  private void parseList() {
    while (true) {
      skipLinebreaks();
      if (atEnd() || closingTokenAt() != null) {
        return;
      }
      boolean read = parseAndOr();
      skipBlanks();
      if (atEnd()) {
        return;
      }
      int c = charAt(pos);
      if (c == '\n') {
        consumeNewline();
        continue;
      }
      if (closingTokenAt() != null) {
        return;
      }
      if (read && (c == ';' || (c == '&' && charAt(pos + 1) != '&'))) {
        pos++;
        continue;
      }
      if (atWordStart()) {
        // A word right after a command, as in "{ a; } b": told, then read as the next command.
        problem("unexpected " + wordAt(), pos);
        continue;
      }
      String token = operatorAt();
      problem("unexpected " + token, pos);
      pos += token.length();
      skipSeparator();
    }
  }

  /** After a reported token: skips a {@code ;} or {@code &} that follows it. */
  private void skipSeparator() {
    skipBlanks();
    if ((charAt(pos) == ';' && closingTokenAt() == null) || (charAt(pos) == '&' && charAt(pos + 1) != '&')) {
      pos++;
    }
  }

  /** Reads pipelines joined by {@code &&} and {@code ||}; false when no command starts here. */
  private boolean parseAndOr() {
    if (!parsePipeline()) {
      return false;
    }
    int outerConditional = conditionalNesting;
    while (true) {
      skipBlanks();
      boolean and = startsWith("&&");
      if (!and && !startsWith("||")) {
        break;
      }
      // Everything after the first && or || in the list might not run.
      conditionalNesting = outerConditional + 1;
      int operator = pos;
      pos += 2;
      skipLinebreaks();
      if (!parsePipeline()) {
        problem("missing command after " + (and ? "&&" : "||"), operator);
        break;
      }
    }
    conditionalNesting = outerConditional;
    return true;
  }

  /** Reads commands joined by {@code |}, with an optional leading {@code !}; false when nothing was read. */
  private boolean parsePipeline() {
    skipBlanks();
    if (atEnd()) {
      return false;
    }
    int start = pos;
    boolean negated = keywordAt("!");
    if (negated) {
      pos++;
    }
    PipelineDraft pipeline = new PipelineDraft(start, negated, options);
    ShellOptions before = options;
    int end = parseCommand(pipeline, 0);
    if (end < 0) {
      if (negated) {
        problem("missing command after !", start);
      }
      return negated;
    }
    int length = 1;
    while (true) {
      skipBlanks();
      if (charAt(pos) != '|' || charAt(pos + 1) == '|') {
        break;
      }
      int operator = pos;
      pos += charAt(pos + 1) == '&' ? 2 : 1;
      skipLinebreaks();
      int next = parseCommand(pipeline, length);
      if (next < 0) {
        problem("missing command after |", operator);
        break;
      }
      end = next;
      length++;
    }
    pipeline.end = end;
    pipeline.length = length;
    pipelines.add(pipeline);
    if (length > 1) {
      options = before; // each command of a multi-command pipeline runs in a subshell
    }
    return true;
  }

  /** Reads one command, simple or compound; returns its end offset, or -1 when no command starts here. */
  private int parseCommand(PipelineDraft pipeline, int index) {
    skipBlanks();
    if (atEnd() || closingTokenAt() != null) {
      return -1;
    }
    if (charAt(pos) == '(') {
      return parseSubshell();
    }
    if (keywordAt("{")) {
      return parseGroup();
    }
    if (keywordAt("if")) {
      return parseIf();
    }
    if (keywordAt("for")) {
      return parseFor();
    }
    if (keywordAt("while") || keywordAt("until")) {
      return parseLoop();
    }
    if (keywordAt("case")) {
      return parseCase();
    }
    if (keywordAt("function")) {
      return parseFunctionKeyword();
    }
    return parseSimpleCommand(pipeline, index);
  }

  // ---------------------------------------------------------------- compound commands

  private int parseSubshell() {
    int start = pos;
    pos++;
    ShellOptions outer = options;
    String closer = parseBody(Enclosure.SUBSHELL, false, ")");
    options = outer;
    if (closer != null) {
      pos++;
    } else {
      problem("missing )", start);
    }
    return finishCompound();
  }

  private int parseGroup() {
    int start = pos;
    pos++;
    if (parseBody(Enclosure.BRACE_GROUP, false, "}") != null) {
      pos++;
    } else {
      problem("missing }", start);
    }
    return finishCompound();
  }

  private int parseIf() {
    int start = pos;
    pos += 2;
    boolean firstCondition = true;
    String closer;
    do {
      // An elif condition only runs when the conditions before it failed.
      closer = parseBody(Enclosure.IF_CONDITION, !firstCondition, "then");
      firstCondition = false;
      if (closer == null) {
        problem("missing then", start);
        return pos;
      }
      pos += closer.length();
      closer = parseBody(Enclosure.IF_BRANCH, true, "elif", "else", "fi");
      if (closer != null && !closer.equals("fi")) {
        pos += closer.length();
      }
    } while ("elif".equals(closer));
    if ("else".equals(closer)) {
      closer = parseBody(Enclosure.IF_BRANCH, true, "fi");
    }
    if (closer == null) {
      problem("missing fi", start);
      return pos;
    }
    pos += closer.length();
    return finishCompound();
  }

  /** {@code while} and {@code until}: both five letters long. */
  private int parseLoop() {
    int start = pos;
    pos += 5;
    if (parseBody(Enclosure.LOOP_CONDITION, false, "do") == null) {
      problem("missing do", start);
      return pos;
    }
    pos += 2;
    return parseLoopBody(start);
  }

  private int parseFor() {
    int start = pos;
    pos += 3;
    skipBlanks();
    if (startsWith("((")) {
      pos += 2;
      skipArithmetic(start, "missing ))");
    } else if (atWordStart()) {
      readWord(); // the variable name
    }
    skipLinebreaks();
    if (keywordAt("in")) {
      pos += 2;
      while (true) {
        skipBlanks();
        if (!atWordStart()) {
          break;
        }
        readWord(); // commands in $(...) of the list are found while reading
      }
    }
    skipBlanks();
    if (charAt(pos) == ';' && closingTokenAt() == null) {
      pos++;
    }
    skipLinebreaks();
    if (!keywordAt("do")) {
      problem("missing do", start);
      return pos;
    }
    pos += 2;
    return parseLoopBody(start);
  }

  private int parseLoopBody(int start) {
    if (parseBody(Enclosure.LOOP_BODY, true, "done") == null) {
      problem("missing done", start);
      return pos;
    }
    pos += 4;
    return finishCompound();
  }

  private int parseCase() {
    int start = pos;
    pos += 4;
    skipBlanks();
    if (atWordStart()) {
      readWord(); // the subject
    }
    skipLinebreaks();
    if (!keywordAt("in")) {
      problem("missing in", start);
      return pos;
    }
    pos += 2;
    while (true) {
      skipLinebreaks();
      if (atEnd()) {
        problem("missing esac", start);
        return pos;
      }
      if (keywordAt("esac")) {
        pos += 4;
        return finishCompound();
      }
      if (charAt(pos) == '(') {
        pos++;
      }
      boolean patternClosed = false;
      while (true) {
        skipBlanks();
        int c = charAt(pos);
        if (c == ')') {
          pos++;
          patternClosed = true;
          break;
        }
        if (c == '|') {
          pos++;
        } else if (atWordStart()) {
          readWord();
        } else {
          break;
        }
      }
      if (!patternClosed) {
        problem("missing ) after case pattern", pos);
      }
      String closer = parseBody(Enclosure.CASE_BRANCH, true, ";;", "esac");
      if (closer == null) {
        problem("missing esac", start);
        return pos;
      }
      if (closer.startsWith(";")) {
        pos += closer.length();
      }
    }
  }

  /** bash's {@code function name [()] body}. */
  private int parseFunctionKeyword() {
    int start = pos;
    pos += "function".length();
    skipBlanks();
    if (atWordStart()) {
      readWord();
    }
    skipBlanks();
    int close = emptyParenthesesEnd();
    if (close > 0) {
      pos = close;
    }
    return parseFunctionBody(start);
  }

  /** After {@code name()}: the body, a compound command that runs only when the function is called. */
  private int parseFunctionBody(int start) {
    skipLinebreaks();
    if (!enterNesting()) {
      return pos;
    }
    enclosures.add(Enclosure.FUNCTION_BODY);
    conditionalNesting++;
    PipelineDraft pipeline = new PipelineDraft(pos, false, options);
    int end;
    try {
      end = parseCommand(pipeline, 0);
    } finally {
      conditionalNesting--;
      enclosures.remove(enclosures.size() - 1);
      nesting--;
    }
    if (end < 0) {
      problem("missing function body", start);
      return pos;
    }
    pipeline.end = end;
    pipelines.add(pipeline);
    return end;
  }

  /** If {@code (} and {@code )} follow with only blanks between, the offset after {@code )}; else -1. */
  private int emptyParenthesesEnd() {
    if (charAt(pos) != '(') {
      return -1;
    }
    int i = pos + 1;
    while (charAt(i) == ' ' || charAt(i) == '\t') {
      i++;
    }
    return charAt(i) == ')' ? i + 1 : -1;
  }

  /** Reads the redirections after a compound command; returns the offset after the command. */
  private int finishCompound() {
    int end = pos;
    while (true) {
      skipBlanks();
      if (!atRedirection()) {
        return end;
      }
      RedirectionDraft redirection = parseRedirection();
      end = redirection != null ? redirection.end : pos;
    }
  }

  // ---------------------------------------------------------------- simple commands

  private int parseSimpleCommand(PipelineDraft pipeline, int index) {
    CommandDraft command = new CommandDraft(pos, List.copyOf(enclosures), conditionalNesting > 0, options,
        pipeline, index);
    int end = -1;
    while (true) {
      skipBlanks();
      if (atEnd()) {
        break;
      }
      if (atRedirection()) {
        RedirectionDraft redirection = parseRedirection();
        if (redirection != null) {
          command.redirections.add(redirection);
          end = redirection.end;
        }
        continue;
      }
      if (charAt(pos) == '(' && command.words.size() == 1 && command.assignments.isEmpty()
          && command.redirections.isEmpty()) {
        int close = emptyParenthesesEnd();
        if (close > 0) {
          pos = close;
          return parseFunctionBody(command.start); // name() body: not a command that runs here
        }
      }
      if (!atWordStart()) {
        break;
      }
      Word word = readWord();
      end = word.end();
      Optional<Assignment> assignment = command.words.isEmpty() ? Assignment.of(word) : Optional.empty();
      if (assignment.isPresent()) {
        command.assignments.add(assignment.get());
      } else {
        command.words.add(word);
        if (command.words.size() == 1 && word.raw().equals("[[")) {
          end = readConditionalExpression(command, end);
        }
      }
    }
    if (end < 0) {
      return -1;
    }
    command.end = end;
    command.next = connectorAt();
    commands.add(command);
    if (command.words.size() > 0 && command.words.get(0).is("set")) {
      options = options.withSetArguments(command.words.stream().skip(1).map(Word::text).toList());
    }
    return end;
  }

  /**
   * bash's {@code [[ ... ]]}: {@code && || ( ) < > ! |} are words of the test up to {@code ]]} (a single {@code |}
   * stands in regular expressions: {@code [[ $x =~ ^(a|b)$ ]]}).
   */
  private int readConditionalExpression(CommandDraft command, int end) {
    while (true) {
      skipBlanks();
      if (startsWith("]]") && isDelimiter(pos + 2)) {
        Word close = readWord();
        command.words.add(close);
        return close.end();
      }
      String operator = startsWith("&&") ? "&&" : startsWith("||") ? "||" : null;
      if (operator == null && pos < limit && "()<>!|".indexOf(text.charAt(pos)) >= 0) {
        operator = text.substring(pos, pos + 1);
      }
      if (operator != null) {
        command.words.add(new Word(operator, pos, pos + operator.length(), operator, false, false));
        pos += operator.length();
        end = pos;
      } else if (atWordStart()) {
        Word word = readWord();
        command.words.add(word);
        end = word.end();
      } else {
        problem("missing ]]", command.start);
        return end;
      }
    }
  }

  private Connector connectorAt() {
    int c = charAt(pos);
    int next = charAt(pos + 1);
    return switch (c) {
      case '&' -> next == '&' ? Connector.AND : Connector.BACKGROUND;
      case '|' -> next == '|' ? Connector.OR : Connector.PIPE;
      case ';' -> next == ';' || next == '&' ? Connector.CASE_BREAK : Connector.SEMICOLON;
      case '\n' -> Connector.NEWLINE;
      default -> Connector.END;
    };
  }

  // ---------------------------------------------------------------- redirections and here-documents

  private boolean atRedirection() {
    int c = charAt(pos);
    if (c == '<' || c == '>') {
      return charAt(pos + 1) != '('; // <( and >( are process substitutions
    }
    if (c == '&') {
      return charAt(pos + 1) == '>';
    }
    if (isDigit(c)) {
      int i = pos;
      while (isDigit(charAt(i))) {
        i++;
      }
      // A descriptor number; more than 9 digits would not fit an int and is no descriptor anyway.
      return i - pos <= 9 && (charAt(i) == '<' || charAt(i) == '>') && charAt(i + 1) != '(';
    }
    return false;
  }

  /** Reads a redirection (see {@link #atRedirection()}); null when its target is missing. */
  private RedirectionDraft parseRedirection() {
    int start = pos;
    int fd = -1;
    while (isDigit(charAt(pos))) {
      fd = Math.max(fd, 0) * 10 + (charAt(pos) - '0');
      pos++;
    }
    String operator = REDIRECTION_OPERATORS[0];
    for (String candidate : REDIRECTION_OPERATORS) {
      if (startsWith(candidate)) {
        operator = candidate;
        break;
      }
    }
    pos += operator.length();
    String written = text.substring(start, pos);
    if (fd < 0) {
      fd = operator.startsWith("<") ? 0 : 1;
    }
    skipBlanks();
    if (!atWordStart()) {
      problem("missing redirection target after " + written, start);
      return null;
    }
    Word target = readWord();
    RedirectionDraft redirection = new RedirectionDraft(start, target.end(), fd, operator, target);
    if (operator.equals("<<") || operator.equals("<<-")) {
      redirection.stripsTabs = operator.equals("<<-");
      pendingHereDocuments.add(redirection);
    }
    return redirection;
  }

  /** Consumes a line break, and the bodies of the here-documents whose operators came before it. */
  private void consumeNewline() {
    pos++;
    while (!pendingHereDocuments.isEmpty()) {
      readHereDocumentBody(pendingHereDocuments.poll());
    }
  }

  private void readHereDocumentBody(RedirectionDraft redirection) {
    String delimiter = redirection.target.text();
    int bodyStart = pos;
    int bodyEnd = limit;
    boolean terminated = false;
    while (pos < limit) {
      int lineEnd = pos;
      while (lineEnd < limit && text.charAt(lineEnd) != '\n') {
        lineEnd++;
      }
      int from = pos;
      while (redirection.stripsTabs && from < lineEnd && text.charAt(from) == '\t') {
        from++;
      }
      int to = lineEnd > from && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      boolean delimiterLine = to - from == delimiter.length() && text.startsWith(delimiter, from);
      int lineStart = pos;
      pos = Math.min(lineEnd + 1, limit);
      if (delimiterLine) {
        bodyEnd = lineStart;
        terminated = true;
        break;
      }
    }
    if (!terminated) {
      problem("unterminated here-document " + delimiter, redirection.start);
    }
    redirection.hereDocument = new HereDocument(delimiter, isQuoted(redirection.target), redirection.stripsTabs,
        bodyStart, bodyEnd, text.substring(bodyStart, bodyEnd), terminated);
  }

  private static boolean isQuoted(Word delimiter) {
    String raw = delimiter.raw();
    return raw.indexOf('\'') >= 0 || raw.indexOf('"') >= 0 || raw.indexOf('\\') >= 0;
  }

  // ---------------------------------------------------------------- words

  /** Whether a word starts here: not the end, a blank, a line break or an operator (but {@code <(} and {@code >(}). */
  private boolean atWordStart() {
    int c = charAt(pos);
    return switch (c) {
      case -1, ' ', '\t', '\n', ';', '&', '|', '(', ')' -> false;
      case '<', '>' -> charAt(pos + 1) == '(';
      case '\r' -> charAt(pos + 1) != '\n';
      default -> true;
    };
  }

  /** Reads the word that starts here (see {@link #atWordStart()}). */
  private Word readWord() {
    int start = pos;
    WordText word = new WordText();
    if (charAt(pos) == '~') {
      word.expansion = true; // tilde expansion
    }
    loop:
    while (pos < limit) {
      char c = text.charAt(pos);
      switch (c) {
        case ' ', '\t', '\n', ';', '&', '|', ')':
          break loop;
        case '(':
          if (pos > start && text.charAt(pos - 1) == '=' && Assignment.isName(text, start, pos - 1)) {
            readArray(word); // bash's name=(a b c)
            break;
          }
          break loop;
        case '<', '>':
          if (pos == start && charAt(pos + 1) == '(') {
            readSubstitution(word, Enclosure.PROCESS_SUBSTITUTION, "unterminated process substitution");
            break;
          }
          break loop;
        case '\r':
          if (charAt(pos + 1) == '\n') {
            break loop;
          }
          word.text.append(c);
          pos++;
          break;
        case '\\':
          readEscape(word);
          break;
        case '\'':
          readSingleQuoted(word);
          break;
        case '"':
          readDoubleQuoted(word);
          break;
        case '$':
          readDollar(word, false);
          break;
        case '`':
          readBackquoted(word);
          break;
        case '*', '?':
          word.glob = true;
          word.text.append(c);
          pos++;
          break;
        case '[':
          word.bracket = true;
          word.text.append(c);
          pos++;
          break;
        case ']':
          word.glob |= word.bracket;
          word.text.append(c);
          pos++;
          break;
        default:
          word.text.append(c);
          pos++;
      }
    }
    return new Word(text.substring(start, pos), start, pos, word.text.toString(), word.expansion, word.glob);
  }

  /** A backslash outside quotes: quotes the next character, or with a line break continues the line. */
  private void readEscape(WordText word) {
    int next = charAt(pos + 1);
    if (next == '\n') {
      pos += 2;
    } else if (next == '\r' && charAt(pos + 2) == '\n') {
      pos += 3;
    } else if (next < 0) {
      word.text.append('\\');
      pos++;
    } else {
      word.text.append((char) next);
      pos += 2;
    }
  }

  private void readSingleQuoted(WordText word) {
    int start = pos;
    int close = pos + 1;
    while (close < limit && text.charAt(close) != '\'') {
      close++;
    }
    word.text.append(text, start + 1, close);
    if (close >= limit) {
      problem("unterminated single quote", start);
      pos = limit;
    } else {
      pos = close + 1;
    }
  }

  /** Inside double quotes only {@code \$ \` \" \\} and line continuations are escapes; {@code $} and {@code `} work. */
  private void readDoubleQuoted(WordText word) {
    int start = pos;
    pos++;
    while (pos < limit) {
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c == '\\') {
        int next = charAt(pos + 1);
        if (next == '$' || next == '`' || next == '"' || next == '\\') {
          word.text.append((char) next);
          pos += 2;
        } else if (next == '\n') {
          pos += 2;
        } else if (next == '\r' && charAt(pos + 2) == '\n') {
          pos += 3;
        } else {
          word.text.append('\\');
          pos++;
        }
      } else if (c == '$') {
        readDollar(word, true);
      } else if (c == '`') {
        readBackquoted(word);
      } else {
        word.text.append(c);
        pos++;
      }
    }
    problem("unterminated double quote", start);
  }

  /** bash's {@code $'...'}: a quoted string with C escapes. */
  private void readAnsiCQuoted(WordText word) {
    int start = pos;
    pos += 2;
    while (pos < limit) {
      char c = text.charAt(pos);
      if (c == '\'') {
        pos++;
        return;
      }
      if (c == '\\' && pos + 1 < limit) {
        char next = text.charAt(pos + 1);
        String decoded = switch (next) {
          case 'n' -> "\n";
          case 't' -> "\t";
          case 'r' -> "\r";
          case 'a' -> "\u0007";
          case 'b' -> "\b";
          case 'e', 'E' -> "\u001b";
          case 'f' -> "\f";
          case 'v' -> "\u000b";
          case '\\', '\'', '"', '?' -> String.valueOf(next);
          default -> "\\" + next; // octal, hex and unicode escapes are kept as written
        };
        word.text.append(decoded);
        pos += 2;
      } else {
        word.text.append(c);
        pos++;
      }
    }
    problem("unterminated ANSI-C quote", start);
  }

  /** {@code $} followed by what it expands, or a plain {@code $}. */
  private void readDollar(WordText word, boolean inDoubleQuotes) {
    int start = pos;
    int next = charAt(pos + 1);
    if (next == '(' && charAt(pos + 2) == '(') {
      pos += 3;
      skipArithmetic(start, "unterminated arithmetic expansion");
    } else if (next == '(') {
      readSubstitution(word, Enclosure.COMMAND_SUBSTITUTION, "unterminated command substitution");
      return;
    } else if (next == '{') {
      readParameterExpansion(inDoubleQuotes);
    } else if (next == '\'' && !inDoubleQuotes) {
      readAnsiCQuoted(word);
      return;
    } else if (next == '"' && !inDoubleQuotes) {
      pos++; // bash's $"..." is a double-quoted string
      readDoubleQuoted(word);
      return;
    } else if (Assignment.isNameStart(next)) {
      pos += 2;
      while (Assignment.isNameChar(charAt(pos))) {
        pos++;
      }
    } else if (isDigit(next) || (next >= 0 && "@*#?-$!".indexOf(next) >= 0)) {
      pos += 2;
    } else {
      word.text.append('$');
      pos++;
      return;
    }
    word.expansion = true;
    word.text.append(text, start, pos);
  }

  /** {@code $(...)}, {@code <(...)} or {@code >(...)}: commands that run in a subshell. */
  private void readSubstitution(WordText word, Enclosure enclosure, String unterminated) {
    int start = pos;
    pos += 2;
    ShellOptions outer = options;
    String closer = parseBody(enclosure, false, ")");
    options = outer;
    if (closer != null) {
      pos++;
    } else {
      problem(unterminated, start);
    }
    word.expansion = true;
    word.text.append(text, start, pos);
  }

  /**
   * Skips to the {@code ))} that closes the {@code ((} just passed, of {@code $((...))} or {@code for ((...))}. The
   * arithmetic is not read.
   */
  private void skipArithmetic(int start, String unterminated) {
    int depth = 2;
    while (pos < limit && depth > 0) {
      char c = text.charAt(pos++);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    if (depth > 0) {
      problem(unterminated, start);
    }
  }

  /** <code>${...}</code>: to the matching brace, reading the quotes and substitutions inside. */
  private void readParameterExpansion(boolean inDoubleQuotes) {
    int start = pos;
    if (!enterNesting()) {
      return;
    }
    try {
      pos += 2;
      WordText ignored = new WordText();
      while (pos < limit) {
        char c = text.charAt(pos);
        if (c == '}') {
          pos++;
          return;
        }
        if (c == '\\') {
          pos = Math.min(pos + 2, limit);
        } else if (c == '\'' && !inDoubleQuotes) {
          readSingleQuoted(ignored);
        } else if (c == '"') {
          readDoubleQuoted(ignored);
        } else if (c == '$') {
          readDollar(ignored, inDoubleQuotes);
        } else if (c == '`') {
          readBackquoted(ignored);
        } else {
          pos++;
        }
      }
      problem("unterminated parameter expansion", start);
    } finally {
      nesting--;
    }
  }

  /** {@code `...`}: finds the closing backquote first, then reads the commands up to it. */
  private void readBackquoted(WordText word) {
    int start = pos;
    int close = pos + 1;
    while (close < limit && text.charAt(close) != '`') {
      close += text.charAt(close) == '\\' ? 2 : 1;
    }
    boolean terminated = close < limit;
    if (!terminated) {
      close = limit;
      problem("unterminated backquote", start);
    }
    int outerLimit = limit;
    List<String[]> outerClosers = awaitedClosers;
    ShellOptions outerOptions = options;
    // Inside, nothing can close a construct outside: the closing backquote comes first.
    limit = close;
    awaitedClosers = new ArrayList<>();
    pos = start + 1;
    parseBody(Enclosure.COMMAND_SUBSTITUTION, false);
    limit = outerLimit;
    awaitedClosers = outerClosers;
    options = outerOptions;
    pos = terminated ? close + 1 : close;
    word.expansion = true;
    word.text.append(text, start, pos);
  }

  /** bash's {@code name=(a b c)}: the words up to the closing parenthesis. */
  private void readArray(WordText word) {
    int start = pos;
    if (!enterNesting()) {
      return;
    }
    try {
      pos++;
      while (true) {
        skipBlanks();
        int c = charAt(pos);
        if (c == ')') {
          pos++;
          break;
        }
        if (c == '\n') {
          consumeNewline();
        } else if (atWordStart()) {
          readWord();
        } else if (c < 0) {
          problem("missing )", start);
          break;
        } else {
          pos++;
        }
      }
    } finally {
      nesting--;
    }
    word.expansion = true;
    word.text.append(text, start, pos);
  }

  // ---------------------------------------------------------------- characters and tokens

  /** Skips blanks, line continuations and comments: what may stand between two tokens on a line. */
  private void skipBlanks() {
    while (pos < limit) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\\' && charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '\\' && charAt(pos + 1) == '\r' && charAt(pos + 2) == '\n') {
        pos += 3;
      } else if (c == '\r' && charAt(pos + 1) == '\n') {
        pos++;
      } else if (c == '#') {
        int start = pos;
        while (pos < limit && text.charAt(pos) != '\n') {
          pos++;
        }
        int end = pos > start + 1 && text.charAt(pos - 1) == '\r' ? pos - 1 : pos;
        comments.add(new Comment(start, end, text.substring(start, end)));
      } else {
        return;
      }
    }
  }

  /** Skips blanks, comments and line breaks, reading the here-documents that the line breaks start. */
  private void skipLinebreaks() {
    while (true) {
      skipBlanks();
      if (charAt(pos) != '\n') {
        return;
      }
      consumeNewline();
    }
  }

  /** The closing token at {@code pos}, read where a command could start: {@code )}, a case-branch end or a keyword. */
  private String closingTokenAt() {
    int c = charAt(pos);
    if (c == ')') {
      return ")";
    }
    if (c == ';' && charAt(pos + 1) == ';') {
      return charAt(pos + 2) == '&' ? ";;&" : ";;";
    }
    if (c == ';' && charAt(pos + 1) == '&') {
      return ";&";
    }
    for (String keyword : CLOSING_KEYWORDS) {
      if (keywordAt(keyword)) {
        return keyword;
      }
    }
    return null;
  }

  /** The operator at {@code pos}, the longest that matches; any other character as a token of its own. */
  private String operatorAt() {
    for (String operator : OPERATORS) {
      if (startsWith(operator)) {
        return operator;
      }
    }
    return text.substring(pos, pos + 1);
  }

  /** For a message: the word at {@code pos} up to the next blank or operator, at most 20 characters. */
  private String wordAt() {
    int end = pos;
    while (end < limit && end - pos < 20 && !isDelimiter(end)) {
      end++;
    }
    return text.substring(pos, Math.max(end, pos + 1));
  }

  /** Whether {@code keyword} stands at {@code pos} as a word of its own. */
  private boolean keywordAt(String keyword) {
    return startsWith(keyword) && isDelimiter(pos + keyword.length());
  }

  /** Whether a word ends before offset {@code i}. */
  private boolean isDelimiter(int i) {
    int c = charAt(i);
    return switch (c) {
      case -1, ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>' -> true;
      case '\r' -> charAt(i + 1) == '\n';
      case '\\' -> charAt(i + 1) == '\n';
      default -> false;
    };
  }

  private boolean startsWith(String token) {
    return pos + token.length() <= limit && text.startsWith(token, pos);
  }

  private boolean atEnd() {
    return pos >= limit;
  }

  /** The character at {@code i}, or -1 past the limit. */
  private int charAt(int i) {
    return i < limit ? text.charAt(i) : -1;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private boolean enterNesting() {
    if (nesting >= MAX_NESTING) {
      problem("nesting too deep", pos);
      abandoned = true;
      pos = limit;
      return false;
    }
    nesting++;
    return true;
  }

  private void problem(String message, int offset) {
    if (!abandoned) {
      problems.add(new ShellProblem(message, offset));
    }
  }

  // ---------------------------------------------------------------- drafts

  /** A word being read: its text so far and what was seen in it. */
  private static final class WordText {
    final StringBuilder text = new StringBuilder();
    boolean expansion;
    boolean glob;
    /** An unquoted {@code [} was seen: a later unquoted {@code ]} makes a bracket glob. */
    boolean bracket;
  }

  private static final class CommandDraft {
    final int start;
    final List<Enclosure> enclosures;
    final boolean conditional;
    final ShellOptions options;
    final PipelineDraft pipeline;
    final int pipelineIndex;
    final List<Assignment> assignments = new ArrayList<>();
    final List<Word> words = new ArrayList<>();
    final List<RedirectionDraft> redirections = new ArrayList<>();
    int end;
    Connector next;

    CommandDraft(int start, List<Enclosure> enclosures, boolean conditional, ShellOptions options,
        PipelineDraft pipeline, int pipelineIndex) {
      this.start = start;
      this.enclosures = enclosures;
      this.conditional = conditional;
      this.options = options;
      this.pipeline = pipeline;
      this.pipelineIndex = pipelineIndex;
    }
  }

  private static final class PipelineDraft {
    final int start;
    final boolean negated;
    final ShellOptions options;
    int end;
    int length = 1;

    PipelineDraft(int start, boolean negated, ShellOptions options) {
      this.start = start;
      this.negated = negated;
      this.options = options;
    }
  }

  private static final class RedirectionDraft {
    final int start;
    final int end;
    final int fd;
    final String operator;
    final Word target;
    boolean stripsTabs;
    /** Set when the line break after the operator's line is read. */
    HereDocument hereDocument;

    RedirectionDraft(int start, int end, int fd, String operator, Word target) {
      this.start = start;
      this.end = end;
      this.fd = fd;
      this.operator = operator;
      this.target = target;
    }
  }
}
