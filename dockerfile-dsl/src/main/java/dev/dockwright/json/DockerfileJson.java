package dev.dockwright.json;

import dev.dockwright.model.BlankLine;
import dev.dockwright.model.BuildSource;
import dev.dockwright.model.Comment;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.DurationFormat;
import dev.dockwright.model.Element;
import dev.dockwright.model.FileMode;
import dev.dockwright.model.Port;
import dev.dockwright.model.StageName;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.ParserDirective;
import dev.dockwright.model.SourceSpan;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.Value;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The model as JSON: the interchange format of {@code dockwright parse --output json}, documented in
 * {@code docs/parser.md}. Each instruction is an object with {@code "instruction"} (its keyword), its source
 * position when it was read from a file, and one member per field of its record, named as the record
 * component; values are arrays of {@code {"literal": ...}} and {@code {"reference": ...}} parts, stages and
 * images are {@code {"stage": ...}} and {@code {"image": ...}}, stage names, ports and file modes strings,
 * durations Go durations, enums lower case, absent options {@code null}.
 *
 * <pre>{@code
 * DockerfileBuilder builder = DockerfileBuilder.create();
 * builder.from("alpine:3.20").run("apk add --no-cache curl");
 * String json = DockerfileJson.write(builder.build());   // an object: "formatVersion": 1, "file": null, ...
 * }</pre>
 */
public final class DockerfileJson {
  /**
   * The version of the format, written as {@code "formatVersion"}; bumped only for changes that break
   * readers.
   */
  public static final int FORMAT_VERSION = 1;

  private DockerfileJson() {}

  /**
   * The whole file as JSON: {@code formatVersion}, {@code file} (the source file name, or null),
   * {@code escape}, {@code directives}, {@code header} and {@code stages}.
   *
   * @param file the Dockerfile, parsed or built
   * @return the JSON text, indented by two spaces, without a final newline
   */
  public static String write(Dockerfile file) {
    JsonWriter w = new JsonWriter();
    w.beginObject();
    w.name("formatVersion").value(FORMAT_VERSION);
    w.name("file").value(file.source().map(s -> s.name()).orElse(null));
    w.name("escape").value(String.valueOf(file.escapeChar()));
    w.name("directives").beginArray();
    for (ParserDirective d : file.directives()) {
      w.beginObject().name("name").value(d.name()).name("value").value(d.value());
      position(w, file.sourceOf(d));
      w.endObject();
    }
    w.endArray();
    w.name("header");
    elements(w, file, file.header());
    w.name("stages").beginArray();
    for (int i = 0; i < file.stages().size(); i++) {
      Stage stage = file.stages().get(i);
      w.beginObject();
      w.name("index").value(i);
      w.name("name").value(stage.name().orElse(null));
      w.name("leading");
      elements(w, file, stage.leading());
      w.name("from");
      element(w, file, stage.from());
      w.name("body");
      elements(w, file, stage.body());
      w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.toString() + "\n";
  }

  private static void elements(JsonWriter w, Dockerfile file, List<Element> elements) {
    w.beginArray();
    for (Element e : elements) {
      element(w, file, e);
    }
    w.endArray();
  }

  private static void element(JsonWriter w, Dockerfile file, Element e) {
    w.beginObject();
    if (e instanceof Comment c) {
      w.name("kind").value("comment").name("text").value(c.text());
    } else if (e instanceof BlankLine) {
      w.name("kind").value("blank");
    } else {
      Instruction i = (Instruction) e;
      w.name("kind").value("instruction").name("instruction").value(i.keyword());
      record(w, (Record) i);
    }
    position(w, file.sourceOf(e));
    w.endObject();
  }

  private static void position(JsonWriter w, Optional<SourceSpan> span) {
    if (span.isPresent()) {
      w.name("line").value(span.get().start().line());
      w.name("column").value(span.get().start().column());
      w.name("endLine").value(span.get().end().line());
      w.name("endColumn").value(span.get().end().column());
    }
  }

  // Every record component as a member, so that a field added to the model appears without a change here.
  private static void record(JsonWriter w, Record r) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      w.name(c.getName());
      try {
        value(w, c.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
      }
    }
  }

  private static void value(JsonWriter w, Object v) {
    if (v == null) {
      w.nullValue();
    } else if (v instanceof String s) {
      w.value(s);
    } else if (v instanceof Boolean b) {
      w.value(b);
    } else if (v instanceof Integer n) {
      w.value(n);
    } else if (v instanceof Enum<?> e) {
      w.value(e.name().toLowerCase(Locale.ROOT));
    } else if (v instanceof StageName || v instanceof Port || v instanceof FileMode) {
      w.value(v.toString());
    } else if (v instanceof Duration d) {
      w.value(DurationFormat.format(d));
    } else if (v instanceof Value value) {
      w.beginArray();
      for (Value.Part p : value.parts()) {
        w.beginObject();
        if (p instanceof Value.Literal l) {
          w.name("literal").value(l.text());
        } else {
          w.name("reference").value(((Value.Reference) p).expression());
        }
        w.endObject();
      }
      w.endArray();
    } else if (v instanceof BuildSource source) {
      w.beginObject().name(source instanceof StageRef ? "stage" : "image").value(source.text()).endObject();
    } else if (v instanceof List<?> list) {
      w.beginArray();
      for (Object o : list) {
        value(w, o);
      }
      w.endArray();
    } else if (v instanceof Instruction i) {
      w.beginObject().name("instruction").value(i.keyword());
      record(w, (Record) i);
      w.endObject();
    } else if (v instanceof Record r) {
      w.beginObject();
      if (v instanceof Mount m) {
        w.name("type").value(m.type());
      }
      record(w, r);
      w.endObject();
    } else {
      // value types that are not records print as their text (never reached with the current model)
      w.value(v.toString());
    }
  }
}
