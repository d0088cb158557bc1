package dev.quire.processor.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dev mode's listings of the class path's folders, kept between compiles: kept while the package's
 * folder is unchanged, listed again when a file comes or goes (the folder's time changes) or the class
 * path changes, never kept while the folder's time is too recent to tell a later change by.
 */
class ClassPathListingsTest {
  private static final Set<JavaFileObject.Kind> KINDS = Set.of(JavaFileObject.Kind.CLASS, JavaFileObject.Kind.SOURCE);
  @TempDir Path classes;
  private StandardJavaFileManager files;
  private Path folder;

  @BeforeEach
  void fileManager() throws IOException {
    files = ToolProvider.getSystemJavaCompiler().getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(classes));
    folder = Files.createDirectories(classes.resolve("test"));
    Files.write(folder.resolve("APage.class"), new byte[] {1});
    Files.write(folder.resolve("APage$Anchors.class"), new byte[] {2});
    Files.writeString(folder.resolve("APage.java"), "class APage {}");
    Files.writeString(folder.resolve("notes.txt"), "not Java");
  }

  @AfterEach
  void close() throws IOException {
    files.close();
  }

  @Test
  void aSettledFolderIsListedOnceAndEachClassNamesItsTopLevelClass() throws IOException {
    age(folder);
    ClassPathListings listings = new ClassPathListings(files);
    List<ClassPathListings.Listed> first = listings.list("test", KINDS);
    assertEquals(List.of("APage$Anchors.class: test.APage", "APage.class: test.APage", "APage.java: test.APage"),
        describe(first));
    assertSame(first, listings.list("test", KINDS), "the folder did not change: the kept listing");
  }

  @Test
  void aFileAddedOrDeletedIsSeenAtTheNextListing() throws IOException {
    age(folder);
    ClassPathListings listings = new ClassPathListings(files);
    listings.list("test", KINDS);
    Files.write(folder.resolve("BPage.class"), new byte[] {3});
    age(folder); // as if the file came long ago: the folder's time still differs from the listing's
    assertEquals(List.of("APage$Anchors.class: test.APage", "APage.class: test.APage", "APage.java: test.APage",
        "BPage.class: test.BPage"), describe(listings.list("test", KINDS)));
    Files.delete(folder.resolve("APage.java"));
    Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minusSeconds(30)));
    assertEquals(List.of("APage$Anchors.class: test.APage", "APage.class: test.APage", "BPage.class: test.BPage"),
        describe(listings.list("test", KINDS)));
  }

  @Test
  void aFolderChangedInTheLastSecondsIsListedAgainEachTime() throws IOException {
    ClassPathListings listings = new ClassPathListings(files); // the folder was just written
    List<ClassPathListings.Listed> first = listings.list("test", KINDS);
    assertNotSame(first, listings.list("test", KINDS));
    assertEquals(describe(first), describe(listings.list("test", KINDS)));
  }

  @Test
  void anotherClassPathIsListedAgain(@TempDir Path other) throws IOException {
    age(folder);
    ClassPathListings listings = new ClassPathListings(files);
    List<ClassPathListings.Listed> first = listings.list("test", KINDS);
    Path otherFolder = Files.createDirectories(other.resolve("test"));
    Files.write(otherFolder.resolve("CPage.class"), new byte[] {4});
    age(otherFolder);
    files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(classes, other));
    List<ClassPathListings.Listed> second = listings.list("test", KINDS);
    assertNotSame(first, second);
    assertEquals(4, second.size(), describe(second).toString());
  }

  /** Sets {@code folder}'s time to an hour ago, long before the listing is made. */
  private static void age(Path folder) throws IOException {
    Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minusSeconds(3600)));
  }

  /** Each file as {@code name: top-level class}, sorted by name. */
  private static List<String> describe(List<ClassPathListings.Listed> listed) {
    return listed.stream()
        .map(file -> Path.of(file.file().toUri()).getFileName() + ": " + file.topLevel())
        .sorted()
        .toList();
  }
}
