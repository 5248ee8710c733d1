package dev.dockwright.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fixture projects and golden files under src/test/resources. */
final class Fixtures {
  private Fixtures() {}

  /** Set to true (-Ddockwright.updateGolden=true) to write the golden files from the current output. */
  static final boolean UPDATE = Boolean.getBoolean("dockwright.updateGolden");

  static Path project(String name) {
    return resource("projects/" + name);
  }

  static Path resource(String path) {
    try {
      return Path.of(Fixtures.class.getResource("/" + path).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + path, e);
    }
  }

  /** The golden file's text; in update mode, writes {@code actual} into the source tree first. */
  static String golden(String path, String actual) {
    Path source = Path.of(System.getProperty("dockwright.root", "."))
        .resolve("dockerfile-templates/src/test/resources/golden").resolve(path);
    try {
      if (UPDATE) {
        Files.createDirectories(source.getParent());
        Files.writeString(source, actual, StandardCharsets.UTF_8);
        return actual;
      }
      return Files.readString(resource("golden/" + path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException e) {
      throw new AssertionError("no golden file " + path + ": run with -Ddockwright.updateGolden=true and review it", e);
    }
  }
}
