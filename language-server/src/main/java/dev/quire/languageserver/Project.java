package dev.quire.languageserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a Maven project keeps what the server checks, found as the build finds it: the Java file with
 * {@code @Pages} under {@code src/main/java} (its folder is the annotation's value), the resource root
 * {@code src/main/resources} that folder is in, the static folder {@code static} beside it, and the
 * class path the application's own types are read from ({@code target/classes}, the compile class
 * path {@code mvn quire:language-server} wrote to {@code target/quire/classpath.txt}, and what the
 * client gives, as {@code quire check --classpath} takes it).
 *
 * @param root the project's folder
 * @param resources the resource root, {@code src/main/resources}
 * @param folder the content folder's name in it, {@code pages}
 * @param pages the Java file that carries {@code @Pages}, when there is one
 * @param staticFolder the static folder, when there is one
 * @param classPath the class path for the application's own types (may be empty)
 */
public record Project(Path root, Path resources, String folder, Optional<Path> pages, Optional<Path> staticFolder,
    String classPath) {
  /** Where {@code mvn quire:language-server} writes the project's compile class path. */
  static final String CLASS_PATH_FILE = "target/quire/classpath.txt";

  /** {@code @Pages("pages")} or {@code @Pages(value = "pages", …)}, fully qualified or not. */
  private static final Pattern PAGES = Pattern.compile(
      "@(?:dev\\.quire\\.dsl\\.)?Pages\\s*\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"");

  /**
   * The content folder's absolute path.
   *
   * @return the content folder's absolute path
   */
  public Path contentFolder() {
    return resources.resolve(folder);
  }

  /**
   * The project in {@code root}: its {@code @Pages} file when one is found (the first in path order),
   * else the content folder {@code pages}; {@code classPath} is added to {@code target/classes}.
   *
   * @param root the project's folder
   * @param classPath the application's class path beyond {@code target/classes} (may be empty)
   * @return the project
   */
  public static Project in(Path root, String classPath) {
    Path absolute = root.toAbsolutePath().normalize();
    Path resources = absolute.resolve("src/main/resources");
    Optional<Path> pages = pagesFile(absolute.resolve("src/main/java"));
    String folder = pages.flatMap(Project::folderOf).orElse("pages");
    Path staticFolder = resources.resolve("static");
    Path classes = absolute.resolve("target/classes");
    String path = Files.isDirectory(classes) ? classes.toString() : "";
    for (String more : List.of(classPath, maven(absolute))) {
      if (!more.isBlank()) {
        path = path.isEmpty() ? more : path + java.io.File.pathSeparator + more;
      }
    }
    return new Project(absolute, resources, folder, pages, Files.isDirectory(staticFolder)
        ? Optional.of(staticFolder) : Optional.empty(), path);
  }

  /** The compile class path {@code mvn quire:language-server} wrote for the project, or nothing. */
  private static String maven(Path root) {
    Path file = root.resolve(CLASS_PATH_FILE);
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static Optional<Path> pagesFile(Path sources) {
    if (!Files.isDirectory(sources)) {
      return Optional.empty();
    }
    try (Stream<Path> walk = Files.walk(sources)) {
      List<Path> candidates = walk.filter(p -> p.getFileName().toString().equals("package-info.java")).sorted().toList();
      for (Path candidate : candidates) {
        if (folderOf(candidate).isPresent()) {
          return Optional.of(candidate);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> folderOf(Path pagesFile) {
    try {
      Matcher matcher = PAGES.matcher(Files.readString(pagesFile, StandardCharsets.UTF_8));
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }
}
