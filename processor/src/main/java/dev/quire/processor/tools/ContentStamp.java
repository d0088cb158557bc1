package dev.quire.processor.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
    MessageDigest digest = sha256();
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
    MessageDigest digest = sha256();
    digest.update(of(folders).getBytes(StandardCharsets.US_ASCII));
    listed(listed, digest);
    for (Path file : files) {
      digest.update((file + "\0").getBytes(StandardCharsets.UTF_8));
      if (Files.isRegularFile(file)) {
        digest.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** How long ago a file must have been modified for its kept digest to be trusted (see {@link #of(List, List, List, Map)}). */
  static final long RECENT_NANOS = 2_000_000_000L;

  /**
   * A file's digest and the size and modification time it had when it was read.
   *
   * @param size the size
   * @param modified the modification time, in nanoseconds
   * @param sha256 the digest of its bytes
   * @param trusted whether it was modified long enough before it was read that no write of the same size
   *     can have come since under the same time
   */
  public record Hashed(long size, long modified, byte[] sha256, boolean trusted) {}

  /**
   * A digest of the same content as {@link #of(List, List, List)}, as dev mode asks for it at every
   * request: equal for the same files' bytes (and different for different ones), but made from each
   * file's own digest, which {@code kept} holds from call to call, so that a file whose size and
   * modification time have not changed is not read again. A digest is kept only for a file modified
   * more than two seconds before it was read: a file system that keeps times to the second (HFS+, FAT,
   * some network file systems) could hold a later write of the same size under the same time (git treats
   * such files as "racily clean" in the same way).
   *
   * @param folders the content folders
   * @param listed the folders whose files count by name and size only
   * @param files single files (the Java files with {@code @Pages})
   * @param kept each file's digest from the calls before, updated here
   * @return the digest, in hexadecimal
   * @throws IOException when a file cannot be read
   */
  public static String of(List<Path> folders, List<Path> listed, List<Path> files, Map<Path, Hashed> kept)
      throws IOException {
    return of(folders, listed, files, kept, new HashMap<>());
  }

  /**
   * {@link #of(List, List, List, Map)}, also giving the files it found under each folder.
   *
   * @param folders the content folders
   * @param listed the folders whose files count by name and size only
   * @param files single files (the Java files with {@code @Pages})
   * @param kept each file's digest from the calls before, updated here
   * @param found set here, for each of {@code folders} that exists: its files (regular files, or links to
   *     them), in the order of their paths under it
   * @return the digest, in hexadecimal
   * @throws IOException when a file cannot be read
   */
  public static String of(List<Path> folders, List<Path> listed, List<Path> files, Map<Path, Hashed> kept,
      Map<Path, List<Path>> found) throws IOException {
    MessageDigest digest = sha256();
    long now = System.currentTimeMillis() * 1_000_000L;
    for (Path folder : folders) {
      digest.update((folder + "\0").getBytes(StandardCharsets.UTF_8));
      if (!Files.isDirectory(folder)) {
        found.remove(folder);
        continue;
      }
      TreeMap<String, Found> under = new TreeMap<>();
      String prefix = folder.toString();
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          BasicFileAttributes target = attrs.isSymbolicLink() && Files.isRegularFile(file)
              ? Files.readAttributes(file, BasicFileAttributes.class) : attrs; // a link to a file: the file's
          if (target.isRegularFile()) {
            under.put(relative(folder, prefix, file), new Found(file, target));
          }
          return FileVisitResult.CONTINUE;
        }
      });
      List<Path> paths = new ArrayList<>(under.size());
      for (Map.Entry<String, Found> file : under.entrySet()) {
        digest.update((file.getKey() + "\0").getBytes(StandardCharsets.UTF_8));
        digest.update(hash(file.getValue().file(), file.getValue().attributes(), now, kept));
        paths.add(file.getValue().file());
      }
      found.put(folder, List.copyOf(paths));
    }
    listed(listed, digest);
    for (Path file : files) {
      digest.update((file + "\0").getBytes(StandardCharsets.UTF_8));
      if (Files.isRegularFile(file)) {
        digest.update(hash(file, Files.readAttributes(file, BasicFileAttributes.class), now, kept));
      }
    }
    return "files:" + HexFormat.of().formatHex(digest.digest());
  }

  /** A file a walk found, with its attributes as the walk read them. */
  private record Found(Path file, BasicFileAttributes attributes) {}

  /**
   * {@code file}'s path under {@code folder} (whose path is {@code prefix}) with forward slashes: the
   * same as {@code folder.relativize(file)}, without working out the parts of each of 10,000 paths.
   */
  private static String relative(Path folder, String prefix, Path file) {
    String path = file.toString();
    String separator = file.getFileSystem().getSeparator();
    if (!prefix.isEmpty() && path.startsWith(prefix) && path.startsWith(separator, prefix.length())
        && !prefix.endsWith(separator)) {
      return path.substring(prefix.length() + separator.length()).replace('\\', '/');
    }
    return folder.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Adds, for each of {@code listed}, whether it is there (a static folder that appears turns the image
   * checks on) and the names and sizes of the files under it.
   */
  private static void listed(List<Path> listed, MessageDigest digest) throws IOException {
    for (Path folder : listed) {
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
  }

  /**
   * The digest of {@code file}'s bytes that {@code kept} holds, when the last {@link #of(List, List, List, Map)}
   * with it found the file's size and time unchanged since it was read, long enough after it was written
   * to trust them; else null (read the file). Dev mode's compile, right after that digest, so reads only
   * the files that changed.
   *
   * @param file a file
   * @param kept the digests kept between calls
   * @return the SHA-256 of its bytes, or null
   */
  public static byte[] known(Path file, Map<Path, Hashed> kept) {
    Hashed known = kept.get(file);
    return known != null && known.trusted() ? known.sha256() : null;
  }

  /** The digest of {@code file}'s bytes: the kept one while its size and time are the same, else read now. */
  private static byte[] hash(Path file, BasicFileAttributes attributes, long now, Map<Path, Hashed> kept)
      throws IOException {
    long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    Hashed known = kept.get(file);
    if (known != null && known.trusted() && known.size() == attributes.size() && known.modified() == modified) {
      return known.sha256();
    }
    byte[] sha256 = sha256().digest(Files.readAllBytes(file));
    kept.put(file, new Hashed(attributes.size(), modified, sha256, modified < now - RECENT_NANOS));
    return sha256;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
