package dev.quire.processor.internal.content;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the resource root that holds a content folder. With {@code -Aquire.resources=<dir>} (several
 * separated by the path separator or commas) only those are used. Otherwise the class output folder
 * tells where the project is (Maven {@code target/classes}, Gradle {@code build/classes/java/main},
 * and their test variants), and the matching {@code src/.../resources} folder is used, then the class
 * output itself (where Maven has copied the resources).
 */
public final class ContentLocator {
  /** The processor option naming the resource root(s). */
  public static final String RESOURCES_OPTION = "quire.resources";

  private ContentLocator() {}

  /** Where the content folder was found, or every place tried. */
  public record Result(Optional<Path> root, List<Path> tried) {}

  /** Looks for {@code folder} under the candidate resource roots. */
  public static Result locate(String folder, Optional<String> option, Filer filer) {
    Set<Path> candidates = new LinkedHashSet<>();
    if (option.isPresent()) {
      for (String entry : option.get().split("[,"+ File.pathSeparator + "]")) {
        if (!entry.isBlank()) {
          try {
            candidates.add(Paths.get(entry.strip()).toAbsolutePath().normalize());
          } catch (InvalidPathException e) {
            // Not a path this system can name: reported below with the places that were tried.
          }
        }
      }
    } else {
      classOutput(filer).ifPresent(output -> candidates.addAll(derived(output)));
    }
    List<Path> tried = new ArrayList<>();
    for (Path candidate : candidates) {
      Path content;
      try {
        content = candidate.resolve(folder).normalize();
      } catch (InvalidPathException e) {
        continue;
      }
      tried.add(content);
      if (Files.isDirectory(content)) {
        return new Result(Optional.of(candidate), tried);
      }
    }
    return new Result(Optional.empty(), tried);
  }

  private static Optional<Path> classOutput(Filer filer) {
    try {
      FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "quire-probe.txt");
      URI uri = probe.toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      return Optional.ofNullable(Paths.get(uri).getParent());
    } catch (Exception | LinkageError e) {
      return Optional.empty();
    }
  }

  static List<Path> derived(Path output) {
    List<Path> roots = new ArrayList<>();
    String path = output.toString().replace('\\', '/');
    if (path.endsWith("/target/classes")) {
      roots.add(output.getParent().getParent().resolve("src/main/resources"));
    } else if (path.endsWith("/target/test-classes")) {
      roots.add(output.getParent().getParent().resolve("src/test/resources"));
      roots.add(output.getParent().getParent().resolve("src/main/resources"));
    } else if (path.endsWith("/build/classes/java/main")) {
      Path project = output.getParent().getParent().getParent().getParent();
      roots.add(project.resolve("src/main/resources"));
      roots.add(project.resolve("build/resources/main"));
    } else if (path.endsWith("/build/classes/java/test")) {
      Path project = output.getParent().getParent().getParent().getParent();
      roots.add(project.resolve("src/test/resources"));
      roots.add(project.resolve("build/resources/test"));
    }
    roots.add(output);
    return roots;
  }
}
