package dev.dockwright.parser;

import dev.dockwright.model.BindMount;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.FileMode;
import dev.dockwright.model.Mount;
import dev.dockwright.model.SecretMount;
import dev.dockwright.model.SshMount;
import dev.dockwright.model.TmpfsMount;
import dev.dockwright.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the value of a {@code --mount} flag (comma-separated {@code key=value} fields, CSV quoting allowed)
 * into a typed mount, with the checks and messages of BuildKit's mount parser.
 */
final class MountReader {
  // compiled once, not at each mount that has a mode, uid or gid
  private static final Pattern MODE = Pattern.compile("[0-7]{1,11}");
  private static final Pattern ID = Pattern.compile("[0-9]{1,10}");
  private static final List<String> TYPES = List.of("bind", "cache", "tmpfs", "secret", "ssh");
  private static final List<String> SHARING = List.of("shared", "private", "locked");
  private static final List<String> KEYS = List.of(
      "type", "from", "source", "target", "readonly", "id", "sharing", "required", "size", "mode", "uid",
      "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env");

  /** A mount, or the reason it is refused. */
  record Result(Mount mount, String error) {}

  private MountReader() {}

  static Result read(String value, Function<String, BuildSource> resolveFrom) {
    List<String> fields = csvFields(value);
    if (fields == null) {
      return new Result(null, "failed to parse csv mounts: unterminated quote in " + value);
    }
    String type = "bind";
    String from = null;
    String source = null;
    String target = null;
    Boolean readOnly = null;
    boolean required = false;
    String size = null;
    String id = null;
    String sharing = null;
    String mode = null;
    Integer uid = null;
    Integer gid = null;
    String env = null;
    for (String field : fields) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
      String v = eq < 0 ? null : field.substring(eq + 1);
      if (v == null) {
        switch (key) {
          case "readonly", "ro" -> readOnly = true;
          case "readwrite", "rw" -> readOnly = false;
          case "required" -> {
            if (!type.equals("secret") && !type.equals("ssh")) {
              return error("unexpected key '" + key + "' for mount type '" + type + "'");
            }
            required = true;
          }
          default -> {
            return error("invalid field '" + field + "' must be a key=value pair");
          }
        }
        continue;
      }
      switch (key) {
        case "type" -> {
          String t = v.toLowerCase(Locale.ROOT);
          if (!TYPES.contains(t)) {
            return error(Suggestions.withHint("unsupported mount type \"" + v + "\"", v, TYPES, true));
          }
          type = t;
        }
        case "from" -> {
          int dollar = v.indexOf('$');
          if (dollar >= 0 && dollar != v.length() - 1) {
            return error("'from' doesn't support variable expansion, define alias stage instead");
          }
          from = v;
        }
        case "source", "src" -> source = v;
        case "target", "dst", "destination" -> target = v;
        case "readonly", "ro", "readwrite", "rw" -> {
          Boolean b = parseBool(v);
          if (b == null) {
            return error("invalid value for " + key + ": " + v);
          }
          readOnly = key.startsWith("r") && (key.equals("ro") || key.equals("readonly")) ? b : !b;
        }
        case "required" -> {
          if (!type.equals("secret") && !type.equals("ssh")) {
            return error("unexpected key '" + key + "' for mount type '" + type + "'");
          }
          Boolean b = parseBool(v);
          if (b == null) {
            return error("invalid value for " + key + ": " + v);
          }
          required = b;
        }
        case "size" -> {
          if (!type.equals("tmpfs")) {
            return error("unexpected key '" + key + "' for mount type '" + type + "'");
          }
          size = v;
        }
        case "id" -> id = v;
        case "sharing" -> {
          String s = v.toLowerCase(Locale.ROOT);
          if (!SHARING.contains(s)) {
            return error(Suggestions.withHint("unsupported sharing value \"" + v + "\"", v, SHARING, true));
          }
          sharing = s;
        }
        case "mode" -> {
          if (!MODE.matcher(v).matches()) {
            return error("invalid value " + v + " for mode");
          }
          mode = v;
        }
        case "uid", "gid" -> {
          Integer n = parseId(v);
          if (n == null) {
            return error("invalid value " + v + " for " + key);
          }
          if (key.equals("uid")) {
            uid = n;
          } else {
            gid = n;
          }
        }
        case "env" -> env = v;
        default -> {
          return error(Suggestions.withHint("unexpected key '" + key + "' in '" + field + "'", key, KEYS, true));
        }
      }
    }
    boolean fileInfo = type.equals("secret") || type.equals("ssh") || type.equals("cache");
    if (!fileInfo) {
      if (mode != null) {
        return error("mode not allowed for \"" + type + "\" type mounts");
      }
      if (uid != null) {
        return error("uid not allowed for \"" + type + "\" type mounts");
      }
      if (gid != null) {
        return error("gid not allowed for \"" + type + "\" type mounts");
      }
    }
    if (type.equals("secret")) {
      if (from != null) {
        return error("secret mount should not have a from");
      }
      if (sharing != null) {
        return error("secret mount should not define sharing");
      }
      if (source == null && target == null && id == null) {
        return error("invalid secret mount. one of source, target required");
      }
      if (source != null && id != null) {
        return error("both source and id can't be set");
      }
    }
    if (sharing != null && !type.equals("cache")) {
      return error("invalid cache sharing set for " + type + " mount");
    }
    try {
      FileMode fileMode = mode == null ? null : FileMode.parse(mode);
      BuildSource fromSource = from == null ? null : resolveFrom.apply(from);
      Mount mount = switch (type) {
        case "cache" -> {
          CacheMount.Sharing s = sharing == null ? null : CacheMount.Sharing.valueOf(sharing.toUpperCase(Locale.ROOT));
          yield new CacheMount(target, id, Boolean.TRUE.equals(readOnly), s, fromSource, source, fileMode, uid, gid);
        }
        case "tmpfs" -> new TmpfsMount(target, size);
        case "secret" -> new SecretMount(id != null ? id : source, target, env, required, fileMode, uid, gid);
        case "ssh" -> new SshMount(id, target, required, fileMode, uid, gid);
        default -> new BindMount(target, source, fromSource, Boolean.FALSE.equals(readOnly));
      };
      return new Result(mount, null);
    } catch (IllegalArgumentException e) {
      return error(e.getMessage());
    }
  }

  private static Result error(String message) {
    return new Result(null, message);
  }

  private static Boolean parseBool(String v) {
    // Go's strconv.ParseBool
    return switch (v) {
      case "1", "t", "T", "true", "TRUE", "True" -> true;
      case "0", "f", "F", "false", "FALSE", "False" -> false;
      default -> null;
    };
  }

  private static Integer parseId(String v) {
    if (!ID.matcher(v).matches()) {
      return null;
    }
    long n = Long.parseLong(v);
    return n > Integer.MAX_VALUE ? null : (int) n;
  }

  // Go's encoding/csv for one record: fields split on commas, a field may be double-quoted ("" is a quote).
  static List<String> csvFields(String value) {
    List<String> fields = new ArrayList<>();
    if (value.indexOf('"') < 0) {
      // no quoting (almost every mount): the fields are the text between commas
      int start = 0;
      for (int comma = value.indexOf(','); comma >= 0; comma = value.indexOf(',', start)) {
        fields.add(value.substring(start, comma));
        start = comma + 1;
      }
      fields.add(value.substring(start));
      return fields;
    }
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean startOfField = true;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < value.length() && value.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && startOfField) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        startOfField = true;
        i++;
        continue;
      } else {
        field.append(c);
      }
      startOfField = false;
      i++;
    }
    if (quoted) {
      return null;
    }
    fields.add(field.toString());
    return fields;
  }
}
