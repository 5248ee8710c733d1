package dev.dockwright.cache;

import dev.dockwright.json.JsonWriter;
import dev.dockwright.model.Instruction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CacheAnalysis} found: one {@link Step} per instruction, in file order (global ARGs first, then
 * each stage's FROM and body), each reused from the cache or run again, with the reason.
 *
 * <pre>{@code
 * CacheReport report = CacheAnalysis.of(dockerfile).withChangedPaths(List.of("src/app.js")).analyze();
 * report.rerun();                  // 3
 * report.steps().get(4).reason();  // "COPY copies changed file src/app.js"
 * System.out.print(report.text());
 * }</pre>
 */
public final class CacheReport {
  private final List<Step> steps;

  CacheReport(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * Why a step is reused or run again.
   *
   * <pre>{@code
   * report.steps().stream().filter(s -> s.cause() == CacheReport.Cause.CHANGED_FILES).count();
   * }</pre>
   */
  public enum Cause {
    /** Nothing it depends on changed. */
    UNCHANGED,
    /** The stage is not built for the target: BuildKit skips stages the target does not need. */
    STAGE_NOT_NEEDED,
    /** An earlier step of the stage runs again, so this one does too. */
    PARENT_STEP,
    /** A stage it starts from, copies from or mounts runs again. */
    STAGE,
    /** A build argument it uses (explicitly, or implicitly as every RUN after the ARG does) changed. */
    BUILD_ARG,
    /** It copies a changed file of the build context. */
    CHANGED_FILES,
    /** It bind-mounts a changed file of the build context. */
    BIND_MOUNT,
    /** Reused although a changed file matches a source: {@code .dockerignore} or {@code --exclude} leaves it out. */
    EXCLUDED_FILES,
    /** Reused: ADD of a URL is taken as unchanged (the builder asks the server at build time). */
    URL,
    /** Reused: a RUN's cache or secret mounts never invalidate it. */
    MOUNTS,
    /** Reused by the builder although its input changed: a difference between buildah and BuildKit. */
    BUILDER
  }

  /**
   * One instruction's result.
   *
   * <pre>{@code
   * for (CacheReport.Step step : report.rerunSteps()) {
   *   System.out.println(step.line() + ": " + step.text() + " (" + step.reason() + ")");
   * }
   * }</pre>
   *
   * @param instruction the instruction of the model
   * @param stage the 0-based stage index, -1 for a global ARG before the first FROM
   * @param stageName the stage's name, if it has one
   * @param line the 1-based line the instruction starts on
   * @param text the instruction on one line, continuations joined and blanks collapsed
   * @param cached whether the builder reuses it from its cache
   * @param cause the kind of reason
   * @param reason why, in words: {@code COPY copies changed file src/app.js}
   */
  public record Step(
      Instruction instruction,
      int stage,
      Optional<String> stageName,
      int line,
      String text,
      boolean cached,
      Cause cause,
      String reason) {
    /**
     * Checks the values.
     *
     * @param instruction the instruction of the model
     * @param stage the 0-based stage index, -1 for a global ARG
     * @param stageName the stage's name, if it has one
     * @param line the 1-based line the instruction starts on
     * @param text the instruction on one line
     * @param cached whether the builder reuses it
     * @param cause the kind of reason
     * @param reason why, in words
     * @throws NullPointerException if a value is null
     */
    public Step {
      Objects.requireNonNull(instruction, "instruction");
      Objects.requireNonNull(stageName, "stageName");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * The stage as a Dockerfile names it, for reports.
     *
     * @return its name (such as {@code build}), else its index (such as {@code 0}); {@code -} for a global ARG
     */
    public String stageLabel() {
      return stage < 0 ? "-" : stageName.orElse(Integer.toString(stage));
    }
  }

  /**
   * Every step, in file order: global ARGs first, then each stage's FROM and body.
   *
   * @return an unmodifiable list, one step per instruction
   */
  public List<Step> steps() {
    return steps;
  }

  /**
   * The steps that run again.
   *
   * @return a new unmodifiable list, in file order; empty when the whole build comes from the cache
   */
  public List<Step> rerunSteps() {
    return steps.stream().filter(s -> !s.cached()).toList();
  }

  /**
   * How many steps run again.
   *
   * @return from 0 to {@link #total()}
   */
  public int rerun() {
    return (int) steps.stream().filter(s -> !s.cached()).count();
  }

  /**
   * How many steps there are.
   *
   * @return the number of instructions of the file, in stages built or not
   */
  public int total() {
    return steps.size();
  }

  /**
   * The report as a table, one step a line, then a summary line:
   *
   * <pre>
   * line  stage  result  instruction           reason
   *    1  build  cached  FROM golang:1.23 AS build  unchanged
   * ...
   * 2 of 7 steps re-run
   * </pre>
   *
   * Instructions longer than 60 characters are cut, ending in {@code ...}.
   *
   * @return the table and summary, each line ending with a newline
   */
  public String text() {
    int lineWidth = "line".length();
    int stageWidth = "stage".length();
    int textWidth = "instruction".length();
    for (Step s : steps) {
      lineWidth = Math.max(lineWidth, Integer.toString(s.line()).length());
      stageWidth = Math.max(stageWidth, s.stageLabel().length());
      textWidth = Math.max(textWidth, cut(s.text()).length());
    }
    StringBuilder out = new StringBuilder();
    out.append(pad("line", lineWidth, true)).append("  ")
        .append(pad("stage", stageWidth, false)).append("  ")
        .append("result  ")
        .append(pad("instruction", textWidth, false)).append("  ")
        .append("reason\n");
    for (Step s : steps) {
      out.append(pad(Integer.toString(s.line()), lineWidth, true)).append("  ")
          .append(pad(s.stageLabel(), stageWidth, false)).append("  ")
          .append(s.cached() ? "cached" : "re-run").append("  ")
          .append(pad(cut(s.text()), textWidth, false)).append("  ")
          .append(s.reason()).append('\n');
    }
    out.append(rerun()).append(" of ").append(total()).append(total() == 1 ? " step" : " steps")
        .append(" re-run\n");
    return out.toString();
  }

  /**
   * The report as JSON: {@code {"steps": [{"stage", "line", "instruction", "cached", "reason"}, ...], "rerun",
   * "total"}}; {@code stage} is the stage's name or index as text, null for a global ARG.
   *
   * @return the JSON object and a newline
   */
  public String json() {
    JsonWriter w = new JsonWriter().beginObject().name("steps").beginArray();
    for (Step s : steps) {
      w.beginObject().name("stage");
      if (s.stage() < 0) {
        w.nullValue();
      } else {
        w.value(s.stageLabel());
      }
      w.name("line").value(s.line())
          .name("instruction").value(s.text())
          .name("cached").value(s.cached())
          .name("reason").value(s.reason())
          .endObject();
    }
    w.endArray().name("rerun").value(rerun()).name("total").value(total()).endObject();
    return w + "\n";
  }

  private static String cut(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static String pad(String s, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - s.length()));
    return right ? spaces + s : s + spaces;
  }

  @Override
  public String toString() {
    return text();
  }
}
