package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.quire.dsl.Entries;
import dev.quire.dsl.Page;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sites as large as real ones get: 10,000 pages in one folder and 5,000 entries in one collection
 * compile (the index and the collection class split their tables so no method or class outgrows
 * what the JVM allows). Each build is a javac process of its own with a 1 GiB heap, as a build tool
 * would run it; the times are printed for the README's limits.
 */
class ScaleTest {
  @TempDir Path dir;

  @Test
  void tenThousandPagesInOneFolderCompile() throws Exception {
    int count = 10_000;
    for (int i = 0; i < count; i++) {
      write(String.format("pages/p%05d.md", i), "---\ntitle: Page " + i + "\n---\nBody " + i + "\n");
    }
    Recording classes = compile("10,000 pages");
    Class<?> index = Class.forName("test.PageIndex", true, classes);
    @SuppressWarnings("unchecked")
    List<String> slugs = (List<String>) index.getMethod("slugs").invoke(null);
    assertThat(slugs).hasSize(count);
    assertThat(slugs.get(9_999)).isEqualTo("p09999");
    for (int i : new int[] {0, 999, 1000, 4321, 9999}) {
      Optional<?> page = (Optional<?>) index.getMethod("find", String.class).invoke(null, String.format("p%05d", i));
      assertThat(((Page) page.orElseThrow()).title()).hasValue("Page " + i);
    }
    // The index loads a page's class when the page is first asked for, not when the index loads.
    assertThat(classes.loaded.stream().filter(name -> !name.startsWith("test.PageIndex")).sorted().toList())
        .containsExactly("test.P00000Page", "test.P00999Page", "test.P01000Page", "test.P04321Page", "test.P09999Page")
        .inOrder();
  }

  @Test
  void fiveThousandEntriesInOneCollectionCompile() throws Exception {
    int count = 5_000;
    for (int i = 0; i < count; i++) {
      String date = String.format("%04d-%02d-%02d", 2000 + i / 300, 1 + i / 25 % 12, 1 + i % 25);
      write(String.format("pages/news/e%05d.md", i), "---\ntitle: Entry " + i + "\ndate: " + date
          + "\nsubtitle: Number " + i + "\nby: Author " + (i % 7) + "\nimage: /images/e" + i + ".png\nhomepage: " + (i + 1)
          + "\ntags: [t" + (i % 13) + ", t" + (i % 17) + ", all]\n---\nExcerpt " + i + " with **Markdown**.\n<!--more-->\nMore.\n");
    }
    ClassLoader classes = compile("5,000 entries");
    Class<?> index = Class.forName("test.PageIndex", true, classes);
    Entries news = (Entries) index.getMethod("news").invoke(null);
    assertThat(news.newestFirst()).hasSize(count);
    assertThat(news.tagged("all")).hasSize(count);
    assertThat(news.get("news/e04321").title()).isEqualTo("Entry 4321");
    assertThat(news.get("news/e04321").excerpt().html()).isEqualTo("<p>Excerpt 4321 with <strong>Markdown</strong>.</p>\n");
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve("res").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** A loader over the compiled classes that keeps the name of each class it defines. */
  private static final class Recording extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    Recording(Path classes) throws IOException {
      super(new URL[] {classes.toUri().toURL()}, ScaleTest.class.getClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> found = super.findClass(name);
      loaded.add(name);
      return found;
    }
  }

  /** Runs javac in a process of its own on {@code dir/res}; returns a loader over the classes. */
  private Recording compile(String what) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src/test"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Files.writeString(sources.resolve("package-info.java"), Fixture.PACKAGE_INFO);
    String classpath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-J-Xmx1g", "-processorpath", classpath, "-cp", classpath, "-Aquire.resources=" + dir.resolve("res"),
        "-proc:full", "-implicit:none", "-encoding", "UTF-8", "-d", classes.toString(),
        sources.resolve("package-info.java").toString()));
    command.removeIf(arg -> arg.equals("-proc:full") && Runtime.version().feature() < 21);
    Path log = dir.resolve("javac.log");
    long start = System.nanoTime();
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertWithMessage("javac finishes within 10 minutes").that(javac.waitFor(10, TimeUnit.MINUTES)).isTrue();
    long millis = (System.nanoTime() - start) / 1_000_000;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertWithMessage(output.length() > 4000 ? output.substring(0, 4000) : output).that(javac.exitValue()).isEqualTo(0);
    System.out.printf("ScaleTest: %s compiled in %.1f s%n", what, millis / 1000.0);
    return new Recording(classes);
  }
}
