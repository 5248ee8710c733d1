package dev.dockwright.model;

/**
 * {@code --mount=type=tmpfs}: an empty in-memory file system for one RUN.
 *
 * <pre>{@code
 * Mount.tmpfs("/tmp").withSize("64m")   // --mount=type=tmpfs,target=/tmp,size=64m
 * }</pre>
 *
 * @param target the path; null for the working directory
 * @param size the size limit in bytes or with a unit ({@code 64m}, {@code 1GiB}); null for no limit
 */
public record TmpfsMount(String target, String size) implements Mount {
  private static final java.util.regex.Pattern SIZE =
      java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?\\s?([kKmMgGtTpP]i?[bB]?|[bB])?");

  /**
   * Checks the options.
   *
   * @param target the path; null for the working directory
   * @param size the size limit in bytes or with a unit ({@code 64m}, {@code 1GiB}); null for no limit
   * @throws IllegalArgumentException when the target is empty or holds a comma, a blank or a quote, or the
   *     size is not a number with an optional unit
   */
  public TmpfsMount {
    Values.requireMountOption(target, "target");
    Values.requireMountOption(size, "size");
    if (size != null && !SIZE.matcher(size).matches()) {
      throw new IllegalArgumentException("not a valid tmpfs size: " + Quoted.of(size));
    }
  }

  @Override
  public String type() {
    return "tmpfs";
  }

  /**
   * This mount with a size limit.
   *
   * @param size such as {@code 64m}; null for no limit
   * @return a new mount; this one is unchanged
   * @throws IllegalArgumentException when the size is not a number with an optional unit
   */
  public TmpfsMount withSize(String size) {
    return new TmpfsMount(target, size);
  }
}
