package dev.dockwright.model;

/**
 * A Dockerfile instruction. The family is sealed: consumers switch over it, and the compiler tells them when
 * they miss one.
 *
 * <pre>{@code
 * String what = switch (instruction) {
 *   case RunInstruction run -> "runs " + run.command();
 *   case CopyInstruction copy -> "copies to " + copy.destination();
 *   default -> instruction.keyword();
 * };
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

  /** The instruction's keyword in upper case: {@code RUN}, {@code COPY}, ... */
  String keyword();
}
