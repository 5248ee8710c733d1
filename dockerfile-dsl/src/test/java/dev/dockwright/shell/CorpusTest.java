package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every shell-form and heredoc RUN of the real Dockerfiles in {@code ../shared/corpus/real}, read in place (they are
 * not ours to copy). The RUN texts are cut out here the simple way, as BuildKit would hand them to the shell:
 * continuation lines joined, comment lines inside them dropped, heredoc bodies attached.
 */
class CorpusTest {

  /** Files for Windows containers, whose RUNs are PowerShell or cmd. */
  private static final Pattern WINDOWS =
      Pattern.compile("(?im)^# *escape=|powershell|SHELL \\[\"cmd\"|windowsservercore|nanoserver");
  private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");
  private static final Pattern RUN = Pattern.compile("(?i)^\\s*(?:ONBUILD\\s+)?RUN\\s+(.*)$", Pattern.DOTALL);
  private static final Pattern FLAG = Pattern.compile("^--\\S+\\s+");

  private static List<String> scripts;
  private static int dockerfiles;
  private static List<String> buildkitScripts;

  @BeforeAll
  static void readCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("dockwright.corpus", "../../shared/corpus"));
    assumeTrue(Files.isDirectory(corpus.resolve("real")),
        "the corpus is not at " + corpus.toAbsolutePath() + "; skipped");
    scripts = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus.resolve("real"))) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file);
        if (!WINDOWS.matcher(text).find()) {
          dockerfiles++;
          scripts.addAll(runScripts(text));
        }
      }
    }
    buildkitScripts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus.resolve("buildkit-parser"))) {
      for (Path file : files.filter(path -> path.endsWith("Dockerfile")).sorted().toList()) {
        buildkitScripts.addAll(runScripts(Files.readString(file)));
      }
    }
  }

  /** The shell text of each RUN in {@code dockerfile} that is not in exec form. */
  static List<String> runScripts(String dockerfile) {
    List<String> runs = new ArrayList<>();
    String[] lines = dockerfile.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].strip().startsWith("#")) {
        continue;
      }
      StringBuilder logical = new StringBuilder();
      String line = lines[i];
      while (line.stripTrailing().endsWith("\\") && i + 1 < lines.length) {
        String kept = line.stripTrailing();
        logical.append(kept, 0, kept.length() - 1);
        do {
          line = lines[++i];
        } while ((line.isBlank() || line.strip().startsWith("#")) && i + 1 < lines.length);
      }
      logical.append(line);
      Matcher run = RUN.matcher(logical);
      if (!run.matches()) {
        continue;
      }
      String command = run.group(1);
      for (Matcher flag = FLAG.matcher(command); flag.find(); flag = FLAG.matcher(command)) {
        command = command.substring(flag.end());
      }
      if (command.startsWith("[") && command.stripTrailing().endsWith("]")) {
        continue; // exec form
      }
      StringBuilder script = new StringBuilder(command);
      boolean onlyHeredoc = command.startsWith("<<");
      Matcher heredoc = HEREDOC.matcher(command);
      StringBuilder bodies = new StringBuilder();
      while (heredoc.find()) {
        boolean stripsTabs = !heredoc.group(1).isEmpty();
        String delimiter = heredoc.group(3);
        while (++i < lines.length) {
          String bodyLine = stripsTabs ? lines[i].replaceFirst("^\t+", "") : lines[i];
          if (bodyLine.equals(delimiter)) {
            break;
          }
          bodies.append(lines[i]).append('\n');
        }
        if (!onlyHeredoc) {
          bodies.append(delimiter).append('\n');
        }
      }
      runs.add(onlyHeredoc ? bodies.toString() : bodies.isEmpty() ? script.toString() : script + "\n" + bodies);
    }
    return runs;
  }

  @Test
  void everyRunScriptReadsWithoutProblems() {
    List<String> withProblems = scripts.stream()
        .filter(script -> ShellScript.parse(script).hasProblems())
        .map(script -> script + "\n  -> " + ShellScript.parse(script).problems())
        .toList();

    assertThat(withProblems).isEmpty();
    assertThat(dockerfiles).isEqualTo(152);
    assertThat(scripts).hasSize(666);
    assertThat(scripts.stream().filter(script -> script.contains("\n")).count()).isEqualTo(109);
  }

  @Test
  void buildKitsOwnParserCasesReadWithoutProblems() {
    assertThat(buildkitScripts).hasSize(83);
    assertThat(buildkitScripts).filteredOn(script -> ShellScript.parse(script).hasProblems()).isEmpty();
  }

  @Test
  void theCommandsLintRulesLookForAreFound() {
    List<ShellScript> parsed = scripts.stream().map(ShellScript::parse).toList();

    assertThat(parsed.stream().mapToInt(script -> script.commands().size()).sum()).isEqualTo(3_157);
    assertThat(count(parsed, "apt-get", "install")).isEqualTo(96);
    assertThat(count(parsed, "apk", "add")).isEqualTo(116);
    assertThat(count(parsed, "pip", "install") + count(parsed, "pip3", "install")).isEqualTo(20);
    assertThat(count(parsed, "npm", "ci")).isEqualTo(23);
    assertThat(parsed.stream().mapToInt(script -> script.pipelines().size()).sum()).isEqualTo(101);
  }

  private static long count(List<ShellScript> scripts, String program, String subcommand) {
    return scripts.stream()
        .flatMap(script -> script.invocationsOf(program).stream())
        .filter(command -> command.subcommand().toLowerCase(Locale.ROOT).equals(subcommand))
        .count();
  }
}
