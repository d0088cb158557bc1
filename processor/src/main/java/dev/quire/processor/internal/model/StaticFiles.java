package dev.quire.processor.internal.model;

import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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

  /** Why an image is not usable: its code and message. */


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
