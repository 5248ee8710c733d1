package dev.dockwright.model;

/**
 * Where FROM, {@code COPY --from} and {@code RUN --mount from=} take files from: an earlier stage of the same
 * Dockerfile, or an image (or named build context).
 *
 * <pre>{@code
 * BuildSource stage = StageRef.named("build");    // a stage of this Dockerfile
 * BuildSource image = ImageRef.of("alpine:3.20"); // an image
 * }</pre>
 */
public sealed interface BuildSource permits StageRef, ImageRef {
  /**
   * The text written after {@code FROM} or {@code --from=}.
   *
   * @return such as {@code build} or {@code alpine:3.20}
   */
  String text();
}
