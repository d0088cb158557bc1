package dev.quire.processor.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java files of a project that carry {@code @Pages}, found by reading the source roots: each
 * file's path, the class file javac makes of it, and the content folder its annotation names.
 */
public final class PagesSources {
  /** {@code @Pages("pages")}, {@code @Pages(value = "pages", ...)}, qualified or not. */
  private static final Pattern PAGES = Pattern.compile(
      "@(?:dev\\.quire\\.dsl\\.)?Pages\\s*\\(\\s*(?:value\\s*=\\s*)?\"([^\"]*)\"");

  /**
   * A file with {@code @Pages}: where it is, its class file under the output directory, and its folder.
   *
   * @param file the Java file
   * @param classFile the class file javac makes of it
   * @param folder the content folder its annotation names, relative to the resource root
   */
  public record Source(Path file, Path classFile, String folder) {}

  private PagesSources() {}

  /**
   * Every file under {@code roots} whose text has {@code @Pages("…")}, in path order.
   *
   * @param roots the source roots (one that does not exist is skipped)
   * @param classes the class output directory
   * @return the files, in path order
   */
  public static List<Source> find(List<Path> roots, Path classes) {
    List<Source> sources = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          Matcher pages = PAGES.matcher(text);
          if (text.contains("Pages") && pages.find()) {
            String relative = root.relativize(file).toString();
            Path classFile = classes.resolve(relative.substring(0, relative.length() - ".java".length()) + ".class");
            sources.add(new Source(file, classFile, pages.group(1).replace('\\', '/').replaceAll("^/+|/+$", "")));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }
}
