package dev.quire.processor.internal.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The site's static folder, when there is one: site-absolute images ({@code /images/x.png}) must be
 * files in it.
 */
public final class StaticFiles {
  private final Path root;
  private final String label;

  private StaticFiles(Path root, String label) {
    this.root = root;
    this.label = label;
  }

  /** A static folder shown in messages as {@code label}. */
  public static StaticFiles at(Path root, String label) {
    return new StaticFiles(root, label);
  }

  /** Why {@code url} is not a file of the folder, or empty when it is (or is not a site path). */
  public Optional<String> missing(String url) {
    String trimmed = url.strip();
    if (!trimmed.startsWith("/") || trimmed.startsWith("//")) {
      return Optional.empty();
    }
    String path = trimmed.replaceAll("[?#].*$", "");
    String decoded = percentDecode(path).substring(1);
    Path file = root.resolve(decoded).normalize();
    if (!file.startsWith(root.normalize())) {
      return Optional.of("image '" + url + "' points outside the static folder " + label);
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of("image '" + url + "' is not in the static folder (looked for " + label + "/" + decoded
          + "); add the file or fix the path");
    }
    return Optional.empty();
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
