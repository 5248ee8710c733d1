package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.Port;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ports run from 0 to 65535. The parser already refuses a literal port outside that range (as the builder does),
 * so what is left to check is a port given through a variable: {@code EXPOSE ${PORT}} with {@code ARG
 * PORT=80800}. Variables are expanded with the defaults of the ARGs and the values of the ENVs that are in scope
 * at the EXPOSE (those of the stages it is built on included), and {@code ${PORT:-8080}} defaults; a port that
 * does not expand to a number is not judged.
 */
final class ExposePortRange implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3011",
      List.of(),
      Severity.ERROR,
      "Expose ports between 0 and 65535.",
      """
      FROM nginx:1.27.3-alpine
      ARG PORT=80800
      EXPOSE ${PORT}
      """,
      """
      FROM nginx:1.27.3-alpine
      ARG PORT=8080
      EXPOSE ${PORT} 9000-9010/udp
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    Dockerfile file = context.file();
    Map<String, String> global = new HashMap<>();
    for (Element e : file.header()) {
      if (e instanceof ArgInstruction arg) {
        for (ArgDeclaration d : arg.arguments()) {
          d.optionalDefault().ifPresent(v -> global.put(d.name(), v.toString()));
        }
      }
    }
    Map<Stage, Map<String, String>> envAtEnd = new HashMap<>();
    for (Stage stage : file.stages()) {
      // ENV values win over ARG values of the same name; a stage inherits the ENV of the stage it is built on.
      Map<String, String> env = new HashMap<>(
          Stages.parent(file, stage).map(p -> envAtEnd.getOrDefault(p, Map.of())).orElse(Map.of()));
      Map<String, String> args = new HashMap<>();
      for (Element e : stage.body()) {
        Map<String, String> vars = new HashMap<>(args);
        vars.putAll(env);
        if (e instanceof ArgInstruction arg) {
          for (ArgDeclaration d : arg.arguments()) {
            Optional<String> value = d.optionalDefault().map(v -> expand(v, vars).orElse(null))
                .or(() -> Optional.ofNullable(global.get(d.name())));
            value.ifPresentOrElse(v -> args.put(d.name(), v), () -> args.remove(d.name()));
          }
        } else if (e instanceof EnvInstruction instruction) {
          for (KeyValue kv : instruction.variables()) {
            expand(kv.value(), vars).ifPresentOrElse(v -> env.put(kv.key(), v), () -> env.remove(kv.key()));
          }
        } else if (e instanceof ExposeInstruction expose) {
          List<String> outOfRange = new ArrayList<>();
          for (Port port : expose.ports()) {
            if (port.text().indexOf('$') >= 0) {
              expand(Value.of(port.text()), vars).filter(ExposePortRange::isOutOfRange).ifPresent(outOfRange::add);
            }
          }
          if (!outOfRange.isEmpty()) {
            context.report(expose, "EXPOSE " + String.join(", ", outOfRange) + ": ports run from 0 to 65535");
          }
        }
      }
      envAtEnd.put(stage, Map.copyOf(env));
    }
  }

  // "8080-70000/tcp": a number above 65535 in it.
  private static boolean isOutOfRange(String port) {
    String numbers = port.indexOf('/') >= 0 ? port.substring(0, port.indexOf('/')) : port;
    for (String n : numbers.split("-", -1)) {
      if (n.isEmpty() || n.length() > 18 || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
    }
    for (String n : numbers.split("-", -1)) {
      if (Long.parseLong(n) > 65535) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> expand(Value value, Map<String, String> vars) {
    StringBuilder text = new StringBuilder();
    for (Value.Part part : value.parts()) {
      if (part instanceof Value.Literal literal) {
        text.append(literal.text());
        continue;
      }
      Value.Reference reference = (Value.Reference) part;
      String v = vars.get(reference.name());
      if (v == null) {
        String expression = reference.expression();
        String rest = expression.startsWith("${")
            ? expression.substring(2 + reference.name().length(), expression.length() - 1) : "";
        v = rest.startsWith(":-") ? rest.substring(2) : null;
      }
      if (v == null || v.indexOf('$') >= 0) {
        return Optional.empty();
      }
      text.append(v);
    }
    return Optional.of(text.toString());
  }
}
