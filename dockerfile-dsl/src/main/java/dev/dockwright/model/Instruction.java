package dev.dockwright.model;

/**
 * A Dockerfile instruction. The family is sealed: the permitted records are every instruction the model
 * knows, and {@link OpaqueInstruction} holds any other one as text.
 *
 * <pre>{@code
 * for (Instruction instruction : stage.instructions()) {
 *   if (instruction instanceof CopyInstruction copy) {
 *     System.out.println("copies to " + copy.destination());
 *   } else {
 *     System.out.println(instruction.keyword());
 *   }
 * }
 * }</pre>
 */
public sealed interface Instruction extends Element
    permits FromInstruction,
        RunInstruction,
        CopyInstruction,
        AddInstruction,
        ArgInstruction,
        EnvInstruction,
        LabelInstruction,
        ExposeInstruction,
        UserInstruction,
        WorkdirInstruction,
        VolumeInstruction,
        CmdInstruction,
        EntrypointInstruction,
        ShellInstruction,
        HealthcheckInstruction,
        StopSignalInstruction,
        OnBuildInstruction,
        MaintainerInstruction,
        OpaqueInstruction {

  /**
   * The instruction's keyword in upper case, as it is rendered.
   *
   * @return {@code "RUN"}, {@code "COPY"} and so on; for an {@link OpaqueInstruction}, the keyword as read
   */
  String keyword();
}
