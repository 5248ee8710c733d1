package dev.dockwright.model;

/**
 * A reference to a stage of the same Dockerfile, by its name or by its 0-based index. The DSL hands these out
 * from stage objects; building a Dockerfile checks that the stage exists and comes earlier.
 *
 * <pre>{@code
 * StageRef.named("build")   // COPY --from=build ...
 * StageRef.index(0)         // COPY --from=0 ...
 * }</pre>
 *
 * @param name the stage name, or its index in decimal digits
 */
public record StageRef(String name) implements BuildSource {
  /**
   * Checks the reference.
   *
   * @param name the stage name, or its index in decimal digits
   * @throws NullPointerException when the name is null
   * @throws IllegalArgumentException when the name is empty or holds a blank or a quote
   */
  public StageRef {
    Values.requireToken(name, "stage reference");
  }

  /**
   * A reference by stage name.
   *
   * @param name such as {@code build}
   * @return the reference
   * @throws IllegalArgumentException when the name is not a valid stage name
   */
  public static StageRef named(String name) {
    return new StageRef(StageName.of(name).value());
  }

  /**
   * A reference by 0-based stage index; FROM cannot take one, {@code COPY --from} can.
   *
   * @param index 0 for the first stage
   * @return the reference
   * @throws IllegalArgumentException when the index is negative
   */
  public static StageRef index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("not a valid stage index: " + index);
    }
    return new StageRef(Integer.toString(index));
  }

  /**
   * Whether this refers to a stage by its index.
   *
   * @return true when the name is all digits
   */
  public boolean isIndex() {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String text() {
    return name;
  }
}
