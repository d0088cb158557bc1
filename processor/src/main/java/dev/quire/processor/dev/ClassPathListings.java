package dev.quire.processor.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The class path's listings of packages, kept between dev mode's compiles while the package's folders
 * on the class path are unchanged. javac lists every package it enters, at every compile, and the
 * package a site's pages are generated in holds, in the application's build output, a class file of
 * every page the build generated (and their sources, when the build wrote them there): 20,000 names for
 * 10,000 pages, listed twice per edit. A folder's time changes when a name in it is added, removed or
 * renamed, which is all a listing says (the files are read later, when javac needs them); a folder whose
 * time is within {@link #SETTLE} of now is listed again at the next compile, for file systems that keep
 * times to the second or two. Listings of jars are the file manager's own, which opens each jar once.
 */
final class ClassPathListings {
  /** How recent a folder's time may be for its listing to be kept: FAT keeps times to two seconds. */
  static final Duration SETTLE = Duration.ofSeconds(2);

  /**
   * A file of a listing.
   *
   * @param file the file, as the file manager gives it
   * @param topLevel the top-level class of a class or source file ({@code a.B} for {@code a/B$C.class});
   *     null for any other file
   */
  record Listed(JavaFileObject file, String topLevel) {
    /** {@code file} as {@code files} lists it on the class path. */
    static Listed of(JavaFileManager files, JavaFileObject file) {
      boolean java = file.getKind() == JavaFileObject.Kind.CLASS || file.getKind() == JavaFileObject.Kind.SOURCE;
      return new Listed(file, java ? MemoryOutput.topLevel(files.inferBinaryName(StandardLocation.CLASS_PATH, file))
          : null);
    }
  }

  private record Kept(List<Path> classPath, List<FileTime> times, List<Listed> files) {}

  private final StandardJavaFileManager files;
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  ClassPathListings(StandardJavaFileManager files) {
    this.files = files;
  }

  /** The file manager these are the listings of. */
  StandardJavaFileManager files() {
    return files;
  }

  /** The files of {@code packageName} (not of the packages in it) on the class path, of {@code kinds}. */
  List<Listed> list(String packageName, Set<JavaFileObject.Kind> kinds) throws IOException {
    String key = packageName + new TreeSet<>(kinds);
    List<Path> classPath = new ArrayList<>();
    List<FileTime> times = new ArrayList<>();
    for (Path entry : files.getLocationAsPaths(StandardLocation.CLASS_PATH)) {
      classPath.add(entry);
      if (Files.isDirectory(entry)) {
        Path folder = packageName.isEmpty() ? entry : entry.resolve(packageName.replace('.', '/'));
        times.add(Files.isDirectory(folder) ? Files.getLastModifiedTime(folder) : FileTime.fromMillis(0));
      }
    }
    Kept found = kept.get(key);
    if (found != null && found.classPath().equals(classPath) && found.times().equals(times)) {
      return found.files();
    }
    List<Listed> listed = new ArrayList<>();
    for (JavaFileObject file : files.list(StandardLocation.CLASS_PATH, packageName, kinds, false)) {
      listed.add(Listed.of(files, file));
    }
    List<Listed> result = List.copyOf(listed);
    Instant settled = Instant.now().minus(SETTLE);
    if (times.stream().allMatch(time -> time.toInstant().isBefore(settled))) {
      kept.put(key, new Kept(List.copyOf(classPath), List.copyOf(times), result));
    } else {
      kept.remove(key);
    }
    return result;
  }
}
