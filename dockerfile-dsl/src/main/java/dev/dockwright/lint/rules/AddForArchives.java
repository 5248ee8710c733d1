package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Element;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A local archive that is COPYed and then unpacked by a later RUN of the same stage ({@code tar -x},
 * {@code gunzip}, {@code unzip}...) stays in the image as an archive too; {@code ADD archive.tar.gz /dest/}
 * unpacks it in one step. The archive is matched by file name: a source's, or the destination's when that
 * names the archive. COPY from another stage or image is not considered.
 */
final class AddForArchives implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3010",
      List.of(),
      Severity.INFO,
      "Use ADD to unpack a local archive instead of COPY and a RUN that extracts it.",
      """
      FROM debian:12.8-slim
      COPY app-1.2.tar.gz /tmp/
      RUN tar -xzf /tmp/app-1.2.tar.gz -C /opt
      """,
      """
      FROM debian:12.8-slim
      ADD app-1.2.tar.gz /opt/
      COPY data.tar.gz /srv/
      """);

  private static final Set<String> DECOMPRESSORS = Set.of("unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz",
      "uncompress", "zcat", "gzcat", "unzstd");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.file().stages()) {
      List<Copied> copied = new ArrayList<>();
      for (Element e : stage.body()) {
        if (e instanceof CopyInstruction copy && copy.from() == null) {
          Set<String> names = archiveNames(copy);
          if (!names.isEmpty()) {
            copied.add(new Copied(copy, names));
          }
        } else if (e instanceof RunInstruction run && !copied.isEmpty()) {
          Set<String> mentioned = new LinkedHashSet<>();
          for (SimpleCommand c : context.shell(run).commands()) {
            SimpleCommand command = c.unwrapped();
            if (extracts(command)) {
              mentioned.addAll(archiveArguments(command));
            }
          }
          for (Copied c : copied) {
            c.extracted |= c.names.stream().anyMatch(mentioned::contains);
          }
        }
      }
      for (Copied c : copied) {
        if (c.extracted) {
          context.report(c.copy, "The archive " + String.join(", ", c.names)
              + " is copied and then extracted: ADD unpacks it in one step");
        }
      }
    }
  }

  /** A COPY of archives, and whether a later RUN extracts one of them. */
  private static final class Copied {
    final CopyInstruction copy;
    final Set<String> names;
    boolean extracted;

    Copied(CopyInstruction copy, Set<String> names) {
      this.copy = copy;
      this.names = names;
    }
  }

  private static Set<String> archiveNames(CopyInstruction copy) {
    Set<String> names = new LinkedHashSet<>();
    String destination = copy.destination().toString();
    if (copy.destination().isLiteral() && Archives.isArchive(destination)) {
      names.add(Archives.baseName(destination));
      return names;
    }
    for (CopySource source : copy.sources()) {
      if (source instanceof CopySource.Path p && p.path().isLiteral() && Archives.isArchive(p.path().literalText())) {
        names.add(Archives.baseName(p.path().literalText()));
      }
    }
    return names;
  }

  private static boolean extracts(SimpleCommand command) {
    String program = command.programName();
    if (DECOMPRESSORS.contains(program)) {
      return true;
    }
    if (!program.equals("tar")) {
      return false;
    }
    if (command.hasOption("-x", "--extract", "--get")) {
      return true;
    }
    // Old-style "tar xzf file.tgz": a first argument of letters without a dash.
    List<Word> arguments = command.arguments();
    if (arguments.isEmpty() || !arguments.get(0).isLiteral()) {
      return false;
    }
    String first = arguments.get(0).text();
    return !first.startsWith("-") && first.chars().allMatch(Character::isLetter) && first.indexOf('x') >= 0;
  }

  private static List<String> archiveArguments(SimpleCommand command) {
    List<String> names = new ArrayList<>();
    for (Word w : command.nonOptionArguments()) {
      if (w.isLiteral()) {
        names.add(Archives.baseName(w.text()));
      }
    }
    for (String file : command.optionValues("-f", "--file")) {
      names.add(Archives.baseName(file));
    }
    return names;
  }
}
