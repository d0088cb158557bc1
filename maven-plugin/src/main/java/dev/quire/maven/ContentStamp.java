package dev.quire.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the content a build compiled: every file's path and bytes under each content folder, so
 * that an added, changed, deleted or renamed file changes it, and a file saved unchanged (a new
 * modification time only) does not.
 */
final class ContentStamp {
  private ContentStamp() {}

  /** The digest of the files under {@code folders}, in path order. */
  static String of(List<Path> folders) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (Path folder : folders) {
      digest.update(folder.toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(Files.readAllBytes(file));
          digest.update((byte) 0);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
