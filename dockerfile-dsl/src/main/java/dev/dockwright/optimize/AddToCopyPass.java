package dev.dockwright.optimize;

import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * {@code add-to-copy}: an ADD of plain local files becomes a COPY, which says what happens. ADD also fetches
 * URLs and git repositories and unpacks local tar archives, which it recognises by content, not by name; so
 * a source is plain only when it is a directory ({@code .}, a trailing {@code /}) or has a text-file
 * extension, or when {@code --unpack=false} says so. ADD-only flags ({@code --checksum},
 * {@code --keep-git-dir}) keep the ADD.
 *
 * <pre>{@code
 * ADD requirements.txt /app/   =>   COPY requirements.txt /app/
 * }</pre>
 */
final class AddToCopyPass implements Pass {
  /** The pass id. */
  public static final String ID = "add-to-copy";

  private static final Set<String> PLAIN_EXTENSIONS = Set.of(
      "json", "txt", "md", "sh", "py", "js", "mjs", "cjs", "ts", "conf", "cfg", "ini", "yml", "yaml", "toml",
      "xml", "html", "css", "properties", "env", "lock", "sql", "go", "mod", "sum", "java", "rb", "php", "pl",
      "c", "h", "cpp", "rs", "kt", "gradle", "csv", "pem", "crt", "key", "service", "rules");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Replace ADD of plain local files with COPY.";
  }

  @Override
  public PassDoc doc() {
    return new PassDoc(
        """
        Replaces `ADD` of plain local files with `COPY`, which says what happens. `ADD` also downloads URLs,
        clones git repositories and unpacks local tar archives; it recognises archives by their content, not
        their name, so a source counts as plain only when it is a directory (`.` or a path ending in `/`), has a
        text-file extension (`.json`, `.txt`, `.py`, `.sh`, ...), or `--unpack=false` is given. URLs, git
        sources, patterns, `--checksum` and `--keep-git-dir` keep the `ADD`.

        Preserved: the files copied, their owner and mode (`--chown`, `--chmod`, `--link`, `--exclude` carry
        over).
        """,
        """
        FROM python:3.12.8-slim-bookworm
        WORKDIR /app
        ADD requirements.txt ./
        ADD src/ ./src/
        ADD https://example.com/data.tar.gz /opt/
        """,
        Map.of());
  }

  @Override
  public PassResult apply(Dockerfile file, OptimizeContext context) {
    List<Change> changes = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : file.stages()) {
      List<Element> body = new ArrayList<>(stage.body());
      boolean changed = false;
      for (int i = 0; i < body.size(); i++) {
        if (body.get(i) instanceof AddInstruction add && isPlain(add)) {
          body.set(i, context.replaced(file, body.get(i), new CopyInstruction(null, add.chown(), add.chmod(), add.link(), false, add.excludes(),
              add.sources(), add.destination())));
          changes.add(new Change(ID, context.where(file, add), "ADD replaced by COPY",
              "the sources are plain local files, so ADD would only copy them"));
          changed = true;
        }
      }
      stages.add(changed ? stage.withBody(body) : stage);
    }
    return changes.isEmpty() ? PassResult.unchanged(file) : new PassResult(file.withStages(stages), changes);
  }

  private static boolean isPlain(AddInstruction add) {
    if (add.checksum() != null || add.keepGitDir()) {
      return false;
    }
    boolean noUnpack = Boolean.FALSE.equals(add.unpack());
    for (CopySource s : add.sources()) {
      if (!(s instanceof CopySource.Path p)) {
        continue; // an inline heredoc is a plain file
      }
      String path = p.path().toString();
      if (path.contains("://") || path.startsWith("git@") || !p.path().isLiteral()) {
        return false;
      }
      if (noUnpack) {
        continue;
      }
      boolean directory = path.equals(".") || path.endsWith("/") || path.endsWith("/.");
      String name = path.substring(path.lastIndexOf('/') + 1);
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
      if (!directory && !PLAIN_EXTENSIONS.contains(extension)) {
        return false;
      }
      if (path.contains("*") || path.contains("?") || path.contains("[")) {
        return false; // a pattern may match archives
      }
    }
    return true;
  }
}
