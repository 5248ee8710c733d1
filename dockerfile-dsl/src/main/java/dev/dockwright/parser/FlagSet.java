package dev.dockwright.parser;

import dev.dockwright.text.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The flags an instruction accepts, checked with the rules and messages of BuildKit's flag parser: unknown and
 * duplicate flags, booleans, missing values. A set is defined once per instruction (a constant, never changed
 * after it is built); {@link #parse} reads the flags of one instruction into {@link Values}.
 *
 * <p>An instruction has a few flags and a set a few names: names are matched in place in the flag's text and
 * values kept by the name's position in the set, without a map per instruction.
 */
final class FlagSet {
  enum Kind {
    BOOL,
    STRING,
    STRINGS
  }

  /** No flag given: every lookup answers its fallback. Shared, never changed. */
  static final Values NONE = new Values(new FlagSet());

  // in definition order, which is the order of the suggestions in "unknown flag" hints
  private String[] names = new String[0];
  private Kind[] kinds = new Kind[0];

  FlagSet bool(String name) {
    return add(name, Kind.BOOL);
  }

  FlagSet string(String name) {
    return add(name, Kind.STRING);
  }

  FlagSet strings(String name) {
    return add(name, Kind.STRINGS);
  }

  private FlagSet add(String name, Kind kind) {
    names = Arrays.copyOf(names, names.length + 1);
    kinds = Arrays.copyOf(kinds, kinds.length + 1);
    names[names.length - 1] = name;
    kinds[kinds.length - 1] = kind;
    return this;
  }

  /** Position of the name {@code text[from, to)}, or -1. */
  private int indexOf(String text, int from, int to) {
    int length = to - from;
    for (int i = 0; i < names.length; i++) {
      if (names[i].length() == length && text.startsWith(names[i], from)) {
        return i;
      }
    }
    return -1;
  }

  /** Position of a name of this set (a constant of the caller's). */
  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no flag " + name + " in this set");
  }

  /**
   * Reads {@code flags} into {@code into}, made for this set. Returns the error of the first bad flag, or null
   * when all are accepted; the failing flag's index is then in {@code bad}.
   */
  String parse(List<String> flags, int[] bad, Values into) {
    Object[] values = into.values;
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
      boolean hasValue = eq >= 0;
      int nameEnd = hasValue ? eq : a.length();
      int at = indexOf(a, 2, nameEnd);
      if (at < 0) {
        String flagName = a.substring(0, nameEnd);
        return Suggestions.withHint("unknown flag: " + flagName, flagName.substring(2), Arrays.asList(names), true);
      }
      Kind kind = kinds[at];
      if (values[at] != null && kind != Kind.STRINGS) {
        return "duplicate flag specified: " + a.substring(0, nameEnd);
      }
      String value = hasValue ? a.substring(eq + 1) : "";
      switch (kind) {
        case BOOL:
          if (hasValue && value.isEmpty()) {
            return "missing a value on flag: " + a.substring(0, nameEnd);
          }
          String lower = value.toLowerCase(Locale.ROOT);
          if (lower.equals("true") || lower.isEmpty()) {
            values[at] = "true";
          } else if (lower.equals("false")) {
            values[at] = "false";
          } else {
            return "expecting boolean value for flag " + a.substring(0, nameEnd) + ", not: " + value;
          }
          break;
        case STRING:
          if (!hasValue) {
            return "missing a value on flag: " + a.substring(0, nameEnd);
          }
          values[at] = value;
          break;
        default:
          if (!hasValue) {
            return "missing a value on flag: " + a.substring(0, nameEnd);
          }
          @SuppressWarnings("unchecked")
          List<String> list = (List<String>) values[at];
          if (list == null) {
            list = new ArrayList<>(2);
            values[at] = list;
          }
          list.add(value);
      }
    }
    return null;
  }

  /** The values given for the flags of one instruction, by the position of their name in the set. */
  static final class Values {
    private final FlagSet set;
    // a String for BOOL ("true"/"false") and STRING, a List<String> for STRINGS; null when not given
    private final Object[] values;

    Values(FlagSet set) {
      this.set = set;
      this.values = new Object[set.names.length];
    }

    private Object get(String name) {
      return values.length == 0 ? null : values[set.indexOf(name)];
    }

    boolean isTrue(String name) {
      return "true".equals(get(name));
    }

    /** For a bool flag: null when not given, else its value. */
    Boolean bool3(String name) {
      Object v = get(name);
      return v == null ? null : v.equals("true");
    }

    String string(String name, String fallback) {
      Object v = get(name);
      return v == null ? fallback : (String) v;
    }

    @SuppressWarnings("unchecked")
    List<String> all(String name) {
      Object v = get(name);
      return v == null ? List.of() : (List<String>) v;
    }
  }
}
