package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }

  @Test
  void versionPrintsTheBuildVersion() {
    Result r = run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).matches("dockwright \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void helpListsUsage() {
    Result r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: dockwright [-hV] [COMMAND]");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result r = run("--frobnicate");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("""
        dockwright: Unknown option: '--frobnicate'
        Try 'dockwright --help' for more information.
        """);
  }
}
