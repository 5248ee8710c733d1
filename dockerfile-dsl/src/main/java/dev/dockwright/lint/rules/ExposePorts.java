package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.model.Element;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The ports of each EXPOSE of the stages as BuildKit reads them: expanded with the stage's variables, split
 * into words, each read as {@code [ip:][hostPort:]port[-port][/protocol]}. Reading stops at the first port
 * BuildKit refuses, as its dispatcher does. Works on an EXPOSE the strict parser refuses (kept opaque by the
 * lenient one) as well.
 *
 * <pre>{@code
 * // EXPOSE 127.0.0.1:80:80/TCP
 * Port p: raw "127.0.0.1:80:80/TCP", ip "127.0.0.1", hostPort "80", proto "TCP"
 * }</pre>
 */
final class ExposePorts {
  private ExposePorts() {}

  /** One port of an EXPOSE. */
  record Port(String raw, String ip, String hostPort, String proto) {}

  /** Calls {@code each} with every EXPOSE instruction of a stage and each of its ports. */
  static void forEach(LintContext context, BiConsumer<Element, Port> each) {
    BuildScopes scopes = BuildScopes.of(context);
    for (Stage stage : context.file().stages()) {
      for (Element e : stage.body()) {
        if (!(e instanceof Instruction i) || !i.keyword().equalsIgnoreCase("EXPOSE")) {
          continue;
        }
        var in = context.syntaxOf(e);
        var scope = scopes.before(e);
        if (in.isEmpty() || scope.isEmpty()) {
          continue;
        }
        List<String> words = new ArrayList<>();
        for (String word : in.get().arguments()) {
          scopes.expandWords(word, scope.get().lexerEnv()).ifPresent(words::addAll);
        }
        for (String raw : words) {
          Port port = parse(raw);
          if (port == null) {
            break;
          }
          each.accept(e, port);
        }
      }
    }
  }

  /** The parts of a port, or null when BuildKit refuses its protocol part. */
  static Port parse(String raw) {
    String[] parts = raw.split(":", -1);
    String ip = "";
    String host = "";
    String container;
    int n = parts.length;
    if (n == 1) {
      container = parts[0];
    } else if (n == 2) {
      host = parts[0];
      container = parts[1];
    } else {
      ip = String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2));
      host = parts[n - 2];
      container = parts[n - 1];
    }
    int slash = container.indexOf('/');
    String number = slash < 0 ? container : container.substring(0, slash);
    String proto = slash < 0 ? "" : container.substring(slash + 1);
    if (number.isEmpty()) {
      return null;
    }
    String lower = proto.toLowerCase(Locale.ROOT);
    if (!lower.isEmpty() && !lower.equals("tcp") && !lower.equals("udp") && !lower.equals("sctp")) {
      return null;
    }
    return new Port(raw, ip, host, proto.isEmpty() ? "tcp" : proto);
  }
}
