package dev.dockwright.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/** Reads the files named on the command line, turning I/O failures into one-line messages. */
final class Inputs {
  private Inputs() {}

  /** A failure to read an input, reported as {@code dockwright: FILE: reason} with exit status 2. */
  static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message, null, false, false);
    }
  }

  /** The file's text; {@code -} reads standard input. */
  static String read(String name) throws InputException {
    try {
      byte[] bytes = name.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(name));
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (CharacterCodingException e) {
      throw new InputException(name + ": not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(name + ": " + (Files.isDirectory(Path.of(name)) ? "is a directory" : e.getMessage()));
    }
  }

  /** The name messages use for an input. */
  static String displayName(String name) {
    return name.equals("-") ? "<stdin>" : name;
  }
}
