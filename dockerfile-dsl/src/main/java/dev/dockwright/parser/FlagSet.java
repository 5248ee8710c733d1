package dev.dockwright.parser;

import dev.dockwright.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flags an instruction accepts, checked with the rules and messages of BuildKit's flag parser: unknown and
 * duplicate flags, booleans, missing values. A set is defined once per instruction (a constant, never changed
 * after it is built); {@link #parse} reads the flags of one instruction into {@link Values}.
 */
final class FlagSet {
  enum Kind {
    BOOL,
    STRING,
    STRINGS
  }

  /** No flag given: every lookup answers its fallback. Shared, never changed. */
  static final Values NONE = new Values();

  // insertion order is the order of the suggestions in "unknown flag" hints
  private final Map<String, Kind> kinds = new LinkedHashMap<>();

  FlagSet bool(String name) {
    kinds.put(name, Kind.BOOL);
    return this;
  }

  FlagSet string(String name) {
    kinds.put(name, Kind.STRING);
    return this;
  }

  FlagSet strings(String name) {
    kinds.put(name, Kind.STRINGS);
    return this;
  }

  /**
   * Reads {@code flags} into {@code into}. Returns the error of the first bad flag, or null when all are
   * accepted; the failing flag's index is then in {@code bad}.
   */
  String parse(List<String> flags, int[] bad, Values into) {
    Map<String, List<String>> values = into.values;
    for (int i = 0; i < flags.size(); i++) {
      String a = flags.get(i);
      if (a.equals("--")) {
        return null;
      }
      bad[0] = i;
      if (!a.startsWith("--")) {
        return "arg should start with -- : " + a;
      }
      int eq = a.indexOf('=');
      String flagName = eq < 0 ? a : a.substring(0, eq);
      String value = eq < 0 ? "" : a.substring(eq + 1);
      boolean hasValue = eq >= 0;
      String name = flagName.substring(2);
      Kind kind = kinds.get(name);
      if (kind == null) {
        return Suggestions.withHint("unknown flag: " + flagName, name, kinds.keySet(), true);
      }
      if (values.containsKey(name) && kind != Kind.STRINGS) {
        return "duplicate flag specified: " + flagName;
      }
      List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
      switch (kind) {
        case BOOL:
          if (hasValue && value.isEmpty()) {
            return "missing a value on flag: " + flagName;
          }
          String lower = value.toLowerCase(Locale.ROOT);
          if (lower.equals("true") || lower.isEmpty()) {
            list.add("true");
          } else if (lower.equals("false")) {
            list.add("false");
          } else {
            return "expecting boolean value for flag " + flagName + ", not: " + value;
          }
          break;
        default:
          if (!hasValue) {
            return "missing a value on flag: " + flagName;
          }
          list.add(value);
      }
    }
    return null;
  }

  /** The values given for the flags of one instruction. */
  static final class Values {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    boolean isTrue(String name) {
      List<String> v = values.get(name);
      return v != null && v.get(0).equals("true");
    }

    /** For a bool flag: null when not given, else its value. */
    Boolean bool3(String name) {
      List<String> v = values.get(name);
      return v == null ? null : v.get(0).equals("true");
    }

    String string(String name, String fallback) {
      List<String> v = values.get(name);
      return v == null ? fallback : v.get(0);
    }

    List<String> all(String name) {
      return values.getOrDefault(name, List.of());
    }
  }
}
