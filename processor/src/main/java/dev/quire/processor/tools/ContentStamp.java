package dev.quire.processor.tools;

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
public final class ContentStamp {
  private ContentStamp() {}

  /**
   * The digest of the files under {@code folders}, in path order.
   *
   * @param folders the content folders (one that does not exist counts as empty)
   * @return the digest, in hexadecimal
   * @throws IOException when a file cannot be read
   */
  public static String of(List<Path> folders) throws IOException {
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

  /**
   * A digest of every input of the content checks: the files under {@code folders} (paths and bytes, as
   * {@link #of}), whether each of {@code listed} exists and the names and sizes of the files under it (a
   * static folder, whose images only need to exist), and the bytes of {@code files}. Dev mode and the
   * Maven plugin's incremental builds both compile again when it changes.
   *
   * @param folders the content folders
   * @param listed the folders whose files count by name and size only
   * @param files single files (the Java files with {@code @Pages})
   * @return the digest, in hexadecimal
   * @throws IOException when a file cannot be read
   */
  public static String of(List<Path> folders, List<Path> listed, List<Path> files) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    digest.update(of(folders).getBytes(StandardCharsets.US_ASCII));
    for (Path folder : listed) {
      // Whether the folder is there counts too: a static folder that appears turns the image checks on.
      digest.update((folder + "\0" + Files.isDirectory(folder) + "\0").getBytes(StandardCharsets.UTF_8));
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          digest.update((folder.relativize(file) + "\0" + Files.size(file) + "\0").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    for (Path file : files) {
      digest.update((file + "\0").getBytes(StandardCharsets.UTF_8));
      if (Files.isRegularFile(file)) {
        digest.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
