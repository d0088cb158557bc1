package dev.quire.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Page;
import dev.quire.dsl.internal.DevEngine;
import dev.quire.processor.dev.DevCompiler;
import dev.quire.runtime.ByteSink;
import dev.quire.runtime.HtmlRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dev mode's engine on a project built as a build builds it: the classes it compiles from the content
 * as it is now give exactly the built pages' bytes, follow edits, added and deleted files, report a
 * broken file with the build's messages and recover, and work for a page with a model. The hook in
 * the generated classes ({@code DevMode}) needs {@code -Dquire.dev} when the JVM starts, so the
 * example site's DevModeTest covers it, in a JVM of its own; here the engine is called directly.
 */
class DevCompilerTest {
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
  private static final String IPSO = """
      ---
      title: Ipso
      modules:
        - name: RowMultiColumns
          widths: [6, 6]
          modules:
            - name: RowText
              text: Left
            - name: RowText
              text: Right
      ---
      The body.
      """;
  private static final String BASKET_PAGE = """
      ---
      title: Basket of {{customer}}
      model: Basket
      ---
      {{#lines}}
      - {{quantity}} × {{name}}
      {{/lines}}
      """;
  private static final String BASKET = """
      package test;

      import java.util.List;

      public record Basket(String customer, List<Line> lines) {
        public record Line(String name, int quantity) {}
      }
      """;

  @TempDir Path dir;

  @Test
  void theEngineGivesTheBuiltBytesAndFollowsEdits() throws Throwable {
    Project project = build(dir, List.of("ipso.md", IPSO, "other.md", "---\ntitle: Other\n---\nOther text.\n"));
    DevCompiler engine = project.engine();
    for (String slug : List.of("ipso", "other")) {
      assertArrayEquals(bytes(project.built(slug)), bytes(project.dev(engine, slug)), slug);
    }
    assertEquals(1, engine.version());
    Page first = project.dev(engine, "ipso");
    assertSame(first, project.dev(engine, "ipso"), "unchanged content is not compiled again");
    assertEquals(1, engine.version());

    Files.writeString(project.content("ipso.md"), IPSO.replace("The body.", "The body, edited."));
    assertTrue(RENDERER.render(project.dev(engine, "ipso")).contains("<p>The body, edited.</p>"));
    assertEquals(2, engine.version());
    assertNotSame(first, project.dev(engine, "ipso"));
  }

  @Test
  void aBrokenFileGivesTheBuildsMessagesUntilItIsFixed() throws Throwable {
    Project project = build(dir, List.of("ipso.md", IPSO));
    DevCompiler engine = project.engine();
    project.dev(engine, "ipso");
    Files.writeString(project.content("ipso.md"), IPSO.replace("[6, 6]", "[6, 7]"));
    DevEngine.ContentErrors errors = assertThrows(DevEngine.ContentErrors.class,
        () -> engine.call(project.index(), "find", new Object[] {"ipso"}));
    assertEquals(List.of("""
        pages/ipso.md:5:13: [QUIRE-GRID-001] RowMultiColumns widths [6, 7] add up to 13; a row has 12 columns
              widths: [6, 7]
                      ^"""), errors.messages());
    assertEquals(2, engine.version());

    Files.writeString(project.content("ipso.md"), IPSO);
    assertArrayEquals(bytes(project.built("ipso")), bytes(project.dev(engine, "ipso")), "recovered");
    assertEquals(3, engine.version());
  }

  @Test
  void addedAndDeletedFilesComeAndGo() throws Throwable {
    Project project = build(dir, List.of("ipso.md", IPSO, "other.md", "---\ntitle: Other\n---\nOther.\n"));
    DevCompiler engine = project.engine();
    Files.writeString(project.content("added.md"), "---\ntitle: Added\n---\nNew page.\n");
    assertTrue(RENDERER.render(project.dev(engine, "added")).contains("New page."));
    assertEquals(List.of("added", "ipso", "other"), engine.call(project.index(), "slugs", new Object[0]));

    Files.delete(project.content("other.md"));
    assertEquals(Optional.empty(), engine.call(project.index(), "find", new Object[] {"other"}));
    Class<?> other = Class.forName("test.OtherPage", true, project.loader());
    DevEngine.ContentErrors gone = assertThrows(DevEngine.ContentErrors.class,
        () -> engine.call(other, "page", new Object[0]));
    assertEquals(List.of("The content no longer generates test.OtherPage: its content file was deleted or renamed. "
        + "Restart the application for the code that calls OtherPage to compile against the content as it is."),
        gone.messages());
  }

  /**
   * The edits rehearsed after a long first compile (here after any, by the property) leave the session
   * as it was: still version 1, the pages the rehearsals compiled again the built ones, and the first
   * real edit compiled and served.
   */
  @Test
  void editsRehearsedAfterTheFirstCompileLeaveTheSessionAsItWas() throws Throwable {
    System.setProperty("quire.dev.warmUpLimitMs", "0");
    try {
      Project project = build(dir, List.of("ipso.md", IPSO, "other.md", "---\ntitle: Other\n---\nOther text.\n"));
      DevCompiler engine = project.engine();
      assertArrayEquals(bytes(project.built("ipso")), bytes(project.dev(engine, "ipso")));
      assertEquals(1, engine.version(), "a rehearsal is not a version");
      assertArrayEquals(bytes(project.built("other")), bytes(project.dev(engine, "other")));
      Files.writeString(project.content("other.md"), "---\ntitle: Other\n---\nOther text, edited.\n");
      assertTrue(RENDERER.render(project.dev(engine, "other")).contains("<p>Other text, edited.</p>"));
      assertEquals(2, engine.version());
      assertArrayEquals(bytes(project.built("ipso")), bytes(project.dev(engine, "ipso")), "kept after the edit");
    } finally {
      System.clearProperty("quire.dev.warmUpLimitMs");
    }
  }

  /**
   * An edit of a page that lists a collection compiles that page alone, against the collection's class
   * and its entries' classes kept from the last compile (javac is shown only the kept classes the page's
   * source names, the classes those name, and so on), and the entries it lists are the built ones.
   */
  @Test
  void anEditedPageThatListsACollectionCompilesAgainstTheKeptCollection() throws Throwable {
    String index = "---\ntitle: Home\nmodules:\n  - name: RowNewsList\n    image: fas newspaper\n    title: Latest\n    news: all\n"
        + "---\nWelcome.\n";
    Project project = build(dir, List.of("index.md", index,
        "news/2026-01-02-first.md", "---\ntitle: The first entry\ndate: 2026-01-02\n---\nFirst.\n",
        "other.md", "---\ntitle: Other\n---\nOther.\n"));
    DevCompiler engine = project.engine();
    assertArrayEquals(bytes(project.built("index")), bytes(project.dev(engine, "index")));
    Files.writeString(project.content("index.md"), index.replace("Welcome.", "Welcome back."));
    String html = RENDERER.render(project.dev(engine, "index"));
    assertTrue(html.contains("<p>Welcome back.</p>") && html.contains("The first entry"), html);
    assertEquals(2, engine.version());
    assertArrayEquals(bytes(project.built("other")), bytes(project.dev(engine, "other")), "a kept page");
  }

  /**
   * The site's links in dev mode: deleting a page that another links to shows the error in that other,
   * unchanged file at once, and putting the page back clears it.
   */
  @Test
  void deletingAPageShowsTheBrokenLinksOfTheOthersUntilItIsBack() throws Throwable {
    String about = "---\ntitle: About\n---\n## Our team\n";
    Project project = build(dir, List.of("ipso.md", "---\ntitle: Ipso\n---\nSee [the team](/about#our-team).\n",
        "about.md", about));
    DevCompiler engine = project.engine();
    assertArrayEquals(bytes(project.built("ipso")), bytes(project.dev(engine, "ipso")));

    Files.delete(project.content("about.md"));
    DevEngine.ContentErrors errors = assertThrows(DevEngine.ContentErrors.class, () -> project.dev(engine, "ipso"));
    assertEquals(List.of("pages/ipso.md:4:16: [QUIRE-LINK-001] link '/about#our-team': the site has nothing at /about"
        + " (no page, entry, collection or static file)\n  See [the team](/about#our-team).\n                 ^"),
        errors.messages());

    Files.writeString(project.content("about.md"), about);
    assertArrayEquals(bytes(project.built("ipso")), bytes(project.dev(engine, "ipso")), "mended by the page alone");
  }

  /**
   * An unchanged content file's outcome is kept from one compile to the next, but not past a change
   * of what it depends on outside itself: an image taken out of the static folder breaks the page
   * that shows it, and putting it back mends it, though the content file never changed.
   */
  @Test
  void theStaticFolderCountsThoughTheContentFileIsUnchanged() throws Throwable {
    Path image = dir.resolve("src/main/resources/static/images/a.png");
    Files.createDirectories(image.getParent());
    Files.write(image, new byte[] {1, 2, 3});
    Project project = build(dir, List.of("ipso.md", "---\nmodules:\n  - name: RowImage\n    image: /images/a.png\n---\n",
        "other.md", "---\ntitle: Other\n---\nOther.\n"));
    DevCompiler engine = project.engine();
    assertArrayEquals(bytes(project.built("ipso")), bytes(project.dev(engine, "ipso")));

    Files.delete(image);
    DevEngine.ContentErrors errors = assertThrows(DevEngine.ContentErrors.class, () -> project.dev(engine, "ipso"));
    assertEquals(List.of("pages/ipso.md:4:12: [QUIRE-STATIC-001] image '/images/a.png' is not in the static folder "
        + "(looked for static/images/a.png); add the file or fix the path\n      image: /images/a.png\n"
        + "             ^"), errors.messages());

    Files.write(image, new byte[] {1, 2, 3});
    assertArrayEquals(bytes(project.built("ipso")), bytes(project.dev(engine, "ipso")), "mended by the image alone");
    assertEquals(3, engine.version());
  }

  @Test
  void aPageWithAModelShowsTheApplicationsModel() throws Throwable {
    Project project = build(dir, List.of("basket.md", BASKET_PAGE), "Basket.java", BASKET);
    DevCompiler engine = project.engine();
    Class<?> basketPage = Class.forName("test.BasketPage", true, project.loader());
    Object basket = project.basket("Ada", "pen", 2);
    Page built = (Page) basketPage.getMethod("page", basket.getClass()).invoke(null, basket);
    Page dev = (Page) engine.call(basketPage, "page", new Object[] {basket});
    assertArrayEquals(bytes(built), bytes(dev));
    assertTrue(RENDERER.render(dev).contains("<li>2 × pen</li>"), RENDERER.render(dev));

    Files.writeString(project.content("basket.md"), BASKET_PAGE.replace("× {{name}}", "of {{name}}"));
    assertTrue(RENDERER.render((Page) engine.call(basketPage, "page", new Object[] {basket})).contains("<li>2 of pen</li>"));
  }

  /** Every page of the original site: dev mode's bytes are the build's. */
  @Test
  void everyPageOfTheOriginalSiteIsTheBuiltPage() throws Throwable {
    String property = System.getProperty("quire.corpus");
    Assumptions.assumeTrue(property != null && Files.isDirectory(Path.of(property, "content")),
        "the original site's pages are not at " + property + "; run with -Dcorpus.dir=<the folder that holds content/ "
            + "and rendered/>");
    Path content = Path.of(property, "content");
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(content)) {
      for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
        files.add(content.relativize(file).toString().replace('\\', '/'));
        files.add(Files.readString(file));
      }
    }
    Project project = build(dir, files);
    DevCompiler engine = project.engine();
    @SuppressWarnings("unchecked")
    List<String> slugs = (List<String>) project.index().getMethod("slugs").invoke(null);
    assertTrue(slugs.size() >= 20, slugs.toString());
    for (String slug : slugs) {
      Page built = project.built(slug);
      Page dev = project.dev(engine, slug);
      assertArrayEquals(bytes(built), bytes(dev), slug);
      assertEquals(RENDERER.renderDocument(built), RENDERER.renderDocument(dev), slug);
    }
  }

  private static byte[] bytes(Page page) {
    ByteSink sink = new ByteSink();
    RENDERER.render(page, sink);
    return sink.toByteArray();
  }

  /** A project as Maven lays it out, built with javac and the processor into {@code classes}. */
  private record Project(Path root, ClassLoader loader) {
    Path content(String file) {
      return root.resolve("src/main/resources/pages").resolve(file);
    }

    DevCompiler engine() {
      return new DevCompiler(root.resolve("src/main/resources"), List.of(root.resolve("src/main/java")));
    }

    Class<?> index() throws ClassNotFoundException {
      return Class.forName("test.PageIndex", true, loader);
    }

    Page built(String slug) throws ReflectiveOperationException {
      return ((Optional<?>) index().getMethod("find", String.class).invoke(null, slug)).map(Page.class::cast).orElseThrow();
    }

    Page dev(DevCompiler engine, String slug) throws Throwable {
      return ((Optional<?>) engine.call(index(), "find", new Object[] {slug})).map(Page.class::cast).orElseThrow();
    }

    Object basket(String customer, String name, int quantity) throws ReflectiveOperationException {
      Class<?> line = Class.forName("test.Basket$Line", true, loader);
      Object item = line.getConstructor(String.class, int.class).newInstance(name, quantity);
      Constructor<?> basket = Class.forName("test.Basket", true, loader).getConstructor(String.class, List.class);
      return basket.newInstance(customer, List.of(item));
    }
  }

  /** Writes {@code pages} (name, text, name, text…) and the Java files, and compiles them as a build does. */
  private static Project build(Path root, List<String> pages, String... java) throws IOException {
    Path sources = root.resolve("src/main/java/test");
    Files.createDirectories(sources);
    Files.writeString(sources.resolve("package-info.java"), Fixture.PACKAGE_INFO);
    for (int i = 0; i < java.length; i += 2) {
      Files.writeString(sources.resolve(java[i]), java[i + 1]);
    }
    for (int i = 0; i < pages.size(); i += 2) {
      Path file = root.resolve("src/main/resources/pages").resolve(pages.get(i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, pages.get(i + 1), StandardCharsets.UTF_8);
    }
    Path classes = Files.createDirectories(root.resolve("target/classes"));
    List<String> args = new ArrayList<>(List.of("-processorpath", System.getProperty("java.class.path"),
        "-processor", PagesProcessor.class.getName(), "-cp", System.getProperty("java.class.path"),
        "-Aquire.resources=" + root.resolve("src/main/resources"), "-encoding", "UTF-8", "-d", classes.toString()));
    try (Stream<Path> files = Files.list(sources)) {
      files.forEach(file -> args.add(file.toString()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, new PrintStream(out), new PrintStream(out),
        args.toArray(String[]::new));
    assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("error"), out.toString(StandardCharsets.UTF_8));
    return new Project(root, new URLClassLoader(new URL[] {classes.toUri().toURL()}, DevCompilerTest.class.getClassLoader()));
  }

  /**
   * The digest dev mode asks for at every request keeps each file's digest, and still sees every change:
   * an added, deleted or renamed file, new bytes, and new bytes of the same size under the same
   * modification time when the file was written in the last seconds (a file system that keeps times
   * to the second); a file saved unchanged leaves it as it was.
   */
  @Test
  void theContentDigestKeptBetweenRequestsSeesEveryChange(@TempDir Path folder) throws IOException {
    java.util.Map<Path, dev.quire.processor.tools.ContentStamp.Hashed> kept = new java.util.HashMap<>();
    Path pages = Files.createDirectories(folder.resolve("pages"));
    Path a = pages.resolve("a.md");
    Path b = pages.resolve("b.md");
    Files.writeString(a, "---\ntitle: A\n---\nOne.\n");
    Files.writeString(b, "---\ntitle: B\n---\nTwo.\n");
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.setLastModifiedTime(b, old);
    java.util.function.Supplier<String> digest = () -> {
      try {
        return dev.quire.processor.tools.ContentStamp.of(List.of(pages), List.of(), List.of(), kept);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    String first = digest.get();
    assertEquals(first, digest.get(), "nothing changed");
    java.nio.file.attribute.FileTime recent = Files.getLastModifiedTime(a);
    Files.writeString(a, "---\ntitle: A\n---\nOne!\n");
    Files.setLastModifiedTime(a, recent);
    String sameSizeSameTime = digest.get();
    assertFalse(first.equals(sameSizeSameTime), "bytes of the same size under the same recent time are read");
    Files.writeString(a, "---\ntitle: A\n---\nOne.\n");
    assertEquals(first, digest.get(), "saved back as it was");
    Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 30_000));
    assertEquals(first, digest.get(), "a new time alone");
    Files.writeString(b, "---\ntitle: B\n---\nTwo?\n");
    Files.setLastModifiedTime(b, old);
    assertFalse(first.equals(digest.get()), "a file whose time changed was read again and its new bytes seen");
    Files.writeString(b, "---\ntitle: B\n---\nTwo.\n");
    String restored = digest.get();
    assertEquals(first, restored);
    Files.move(b, pages.resolve("c.md"));
    assertFalse(first.equals(digest.get()), "renamed");
    Files.delete(pages.resolve("c.md"));
    assertFalse(first.equals(digest.get()), "deleted");
    Files.writeString(b, "---\ntitle: B\n---\nTwo.\n");
    assertEquals(first, digest.get(), "the same files again");
  }

  /**
   * The files the digest finds under a folder, which dev mode's compile takes instead of walking the
   * folder again: regular files and links to them, in path order; a link's target counts by its bytes.
   */
  @Test
  void theContentDigestFindsTheFilesAndLinksToThem(@TempDir Path folder) throws IOException {
    Path pages = Files.createDirectories(folder.resolve("pages"));
    Path outside = Files.writeString(folder.resolve("shared.md"), "---\ntitle: Shared\n---\nShared.\n");
    Files.writeString(Files.createDirectories(pages.resolve("news")).resolve("b.md"), "---\ntitle: B\n---\nB.\n");
    Files.writeString(pages.resolve("a.md"), "---\ntitle: A\n---\nA.\n");
    try {
      Files.createSymbolicLink(pages.resolve("linked.md"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links here: " + e);
    }
    Files.createSymbolicLink(pages.resolve("folder-link"), Files.createDirectories(folder.resolve("elsewhere")));
    java.util.Map<Path, dev.quire.processor.tools.ContentStamp.Hashed> kept = new java.util.HashMap<>();
    java.util.Map<Path, List<Path>> found = new java.util.HashMap<>();
    String first = dev.quire.processor.tools.ContentStamp.of(List.of(pages), List.of(), List.of(), kept, found);
    assertEquals(List.of(pages.resolve("a.md"), pages.resolve("linked.md"), pages.resolve("news/b.md")), found.get(pages));
    Files.writeString(outside, "---\ntitle: Shared\n---\nShared, changed.\n");
    assertFalse(first.equals(dev.quire.processor.tools.ContentStamp.of(List.of(pages), List.of(), List.of(), kept, found)),
        "the linked file's new bytes");
  }
}
