package dev.dockwright.examples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Replays a ```console block of the documentation: each {@code $ ./dockwright ARGS} line runs the CLI in a
 * JVM of its own, from the project root, and {@code $ echo $?} prints the last exit status. The result is the
 * transcript the block must equal. Arguments are split at spaces (no quoting); {@code 2>/dev/null} at the end
 * drops standard error, which otherwise follows standard output.
 */
final class ConsoleTranscript {
  private static final String PROMPT = "$ ";

  private ConsoleTranscript() {}

  /** The transcript of running the commands of {@code block} from {@code root}. */
  static String replay(DocSnippet block, Path root) throws IOException, InterruptedException {
    StringBuilder transcript = new StringBuilder();
    int status = 0;
    for (String line : block.code().lines().toList()) {
      if (!line.startsWith(PROMPT)) {
        continue;
      }
      transcript.append(line).append('\n');
      String command = line.substring(PROMPT.length()).strip();
      if (command.equals("echo $?")) {
        transcript.append(status).append('\n');
        continue;
      }
      boolean quiet = command.endsWith(" 2>/dev/null");
      if (quiet) {
        command = command.substring(0, command.length() - " 2>/dev/null".length()).strip();
      }
      if (!command.startsWith("./dockwright ") || command.matches(".*['\"|;&<>].*")) {
        throw new IllegalArgumentException(block.where() + ": only ./dockwright ARGS [2>/dev/null] and echo $? can"
            + " be replayed: " + line);
      }
      List<String> java = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "dev.dockwright.cli.Main"));
      java.addAll(List.of(command.substring("./dockwright ".length()).strip().split(" +")));
      ProcessBuilder process = new ProcessBuilder(java).directory(root.toFile());
      if (quiet) {
        process.redirectError(ProcessBuilder.Redirect.DISCARD);
      } else {
        process.redirectErrorStream(true);
      }
      Process p = process.start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(block.where() + ": did not finish in 60 s: " + line);
      }
      status = p.exitValue();
      transcript.append(output);
    }
    return transcript.toString();
  }
}
