package dev.quire.processor.internal;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.processor.internal.diag.Suppressions;
import dev.quire.processor.internal.model.StaticFiles;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The build settings a content folder is checked with, read the same way from processor options
 * ({@code -Aquire.static}, {@code -Aquire.suppress}) and from {@code quire check}'s arguments. Problems
 * with a setting go to {@code problems} as (code, message).
 */
public final class BuildOptions {
  /** The processor option naming the static folder. */
  public static final String STATIC_OPTION = "quire.static";
  /** The processor option naming warning codes to silence in every file. */
  public static final String SUPPRESS_OPTION = "quire.suppress";

  private BuildOptions() {}

  /**
   * The static folder: the option's folder, else {@code static/} under the resource root when it
   * exists.
   */
  public static Optional<StaticFiles> staticFiles(String option, Path root, Consumer<Problem> problems) {
    if (option != null && !option.isBlank()) {
      Path dir;
      try {
        dir = Path.of(option.strip()).toAbsolutePath().normalize();
      } catch (InvalidPathException e) {
        problems.accept(Message.SETUP_STATIC_PATH.with(STATIC_OPTION, option, e.getReason()));
        return Optional.empty();
      }
      if (!Files.isDirectory(dir)) {
        problems.accept(Message.SETUP_STATIC_FOLDER.with(STATIC_OPTION, option));
        return Optional.empty();
      }
      return Optional.of(StaticFiles.at(dir, dir.toString()));
    }
    Path dir = root.resolve("static");
    return Files.isDirectory(dir) ? Optional.of(StaticFiles.at(dir, "static")) : Optional.empty();
  }

  /** The warning codes of a comma-separated list, reporting unknown codes and errors. */
  public static Set<Code> silenced(String option, Consumer<Problem> problems) {
    Set<Code> codes = EnumSet.noneOf(Code.class);
    if (option != null) {
      for (String id : option.split(",")) {
        if (!id.isBlank()) {
          Suppressions.silenceable(SUPPRESS_OPTION, id, problems).ifPresent(codes::add);
        }
      }
    }
    return codes;
  }
}
