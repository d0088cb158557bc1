package dev.quire.processor.internal.model;

import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.dsl.internal.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The site's static folder, when there is one: site-absolute images ({@code /images/x.png}) must be
 * files in it.
 */
public final class StaticFiles {
  private final Path root;
  private final String label;
  /** The folder's files as site paths, listed the first time a suggestion needs them. */
  private List<String> listed;

  private StaticFiles(Path root, String label) {
    this.root = root;
    this.label = label;
  }

  /** A static folder shown in messages as {@code label}. */
  public static StaticFiles at(Path root, String label) {
    return new StaticFiles(root, label);
  }

  /** Why {@code url} is not a file of the folder, or empty when it is (or is not a site path). */
  public Optional<Problem> missing(String url) {
    String trimmed = url.strip();
    if (!trimmed.startsWith("/") || trimmed.startsWith("//")) {
      return Optional.empty();
    }
    String path = trimmed.replaceAll("[?#].*$", "");
    String decoded = percentDecode(path).substring(1);
    Problem outside = Message.STATIC_OUTSIDE.with(url, label);
    Path file;
    try {
      file = root.resolve(decoded).normalize();
    } catch (InvalidPathException e) {
      return Optional.of(outside);
    }
    if (!file.startsWith(root.normalize()) || decoded.indexOf('\\') >= 0 || !inside(file)) {
      return Optional.of(outside);
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of(Message.STATIC_MISSING.with(url, label + "/" + decoded));
    }
    return Optional.empty();
  }

  /**
   * The file of the folder an author may have meant by the site path {@code path}: the only one with
   * the same name elsewhere in the folder (a moved file), else one within two edits.
   */
  public synchronized Optional<String> nearest(String path) {
    if (listed == null) {
      listed = list();
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    List<String> sameName = listed.stream().filter(file -> file.endsWith("/" + name) && !file.equals(path)).toList();
    if (sameName.size() == 1 && !name.isEmpty()) {
      return Optional.of(sameName.get(0));
    }
    return Suggestions.closest(path, listed)
        .filter(file -> Suggestions.distance(path.toLowerCase(Locale.ROOT), file.toLowerCase(Locale.ROOT)) * 2 < name.length());
  }

  private List<String> list() {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).limit(100_000)
          .forEach(file -> files.add("/" + root.relativize(file).toString().replace('\\', '/')));
    } catch (IOException | UncheckedIOException e) {
      return List.of(); // no suggestion, the link is still reported
    }
    files.sort(null);
    return files;
  }

  /** Whether an existing file is still inside the folder once symbolic links are followed. */
  private boolean inside(Path file) {
    if (!Files.exists(file)) {
      return true;
    }
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static String percentDecode(String text) {
    byte[] bytes = new byte[text.length() * 3];
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
        bytes[length++] = (byte) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 2;
      } else {
        for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          bytes[length++] = b;
        }
      }
    }
    return new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
