package dev.dockwright.optimize;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code merge-env-label}: consecutive ENV instructions become one ENV, consecutive LABELs one LABEL. An ENV
 * whose value refers to a variable set by the ENV before it is not merged into it: within one ENV,
 * {@code ENV a=x b=$a} sees the old {@code a}.
 *
 * <pre>{@code
 * ENV NODE_ENV=production      =>   ENV NODE_ENV=production PORT=8080
 * ENV PORT=8080
 * }</pre>
 */
final class MergeEnvLabelPass implements Pass {
  /** The pass id. */
  public static final String ID = "merge-env-label";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Merge consecutive ENV instructions, and consecutive LABEL instructions, into one each.";
  }

  @Override
  public PassDoc doc() {
    return new PassDoc(
        """
        Merges consecutive `ENV` instructions into one `ENV`, and consecutive `LABEL` instructions into one
        `LABEL`.

        Not merged when a value of the later instruction refers to a key the earlier one sets (`ENV A=1` then
        `ENV B=$A`: within one `ENV`, `$A` would read the value from before), or when a key would be set twice.

        Preserved: every variable and label with its value.
        """,
        """
        FROM node:22.12.0-bookworm-slim
        ENV NODE_ENV=production
        ENV PORT=8080
        LABEL org.opencontainers.image.title=shop
        LABEL org.opencontainers.image.source=https://example.com/shop
        """,
        Map.of());
  }

  @Override
  public PassResult apply(Dockerfile file, OptimizeContext context) {
    List<Change> changes = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    boolean changed = false;
    for (Stage stage : file.stages()) {
      List<Element> body = new ArrayList<>();
      for (Element e : stage.body()) {
        Element last = body.isEmpty() ? null : body.get(body.size() - 1);
        if (e instanceof EnvInstruction env && last instanceof EnvInstruction previous && canMerge(previous, env)) {
          List<KeyValue> all = new ArrayList<>(previous.variables());
          all.addAll(env.variables());
          body.set(body.size() - 1, context.replaced(file, body.get(body.size() - 1), new EnvInstruction(all)));
          changes.add(new Change(ID, context.where(file, e), "merged ENV into the ENV before it",
              "one instruction instead of two; the variables and their values are the same"));
          changed = true;
          continue;
        }
        if (e instanceof LabelInstruction label && last instanceof LabelInstruction previous
            && canMerge(previous.labels(), label.labels())) {
          List<KeyValue> all = new ArrayList<>(previous.labels());
          all.addAll(label.labels());
          body.set(body.size() - 1, context.replaced(file, body.get(body.size() - 1), new LabelInstruction(all)));
          changes.add(new Change(ID, context.where(file, e), "merged LABEL into the LABEL before it",
              "one instruction instead of two; the labels are the same"));
          changed = true;
          continue;
        }
        body.add(e);
      }
      stages.add(body.equals(stage.body()) && !changed ? stage : stage.withBody(body));
    }
    return changed ? new PassResult(file.withStages(stages), changes) : PassResult.unchanged(file);
  }

  private static boolean canMerge(EnvInstruction previous, EnvInstruction next) {
    return canMerge(previous.variables(), next.variables());
  }

  // No value may read a key of the other instruction (within one instruction a value sees the older value,
  // and hadolint's DL3044 forbids it), and no key may be set twice.
  private static boolean canMerge(List<KeyValue> first, List<KeyValue> second) {
    Set<String> firstKeys = new HashSet<>();
    first.forEach(kv -> firstKeys.add(kv.key()));
    Set<String> secondKeys = new HashSet<>();
    second.forEach(kv -> secondKeys.add(kv.key()));
    for (KeyValue kv : second) {
      if (firstKeys.contains(kv.key()) || kv.value().referencedNames().stream().anyMatch(firstKeys::contains)) {
        return false;
      }
    }
    for (KeyValue kv : first) {
      if (kv.value().referencedNames().stream().anyMatch(secondKeys::contains)) {
        return false;
      }
    }
    return true;
  }
}
