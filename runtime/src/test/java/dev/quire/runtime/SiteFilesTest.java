package dev.quire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Entries;
import dev.quire.dsl.Entry;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.Navigation;
import dev.quire.dsl.Page;
import dev.quire.dsl.SiteIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a site needs beside its pages, golden: the sitemap, a collection's Atom feed and robots.txt of a
 * small site (a home page, an about page, a 404 page and a news collection of two entries, one with a
 * space in its name), and the static export of that site: every file it writes, the same bytes twice.
 */
class SiteFilesTest {
  private static final String BASE = "https://www.example.org/";

  @TempDir Path dir;

  @Test
  void theSitemapListsEveryAddressWithTheEntriesDates() {
    assertEquals("""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://www.example.org/</loc></url>
          <url><loc>https://www.example.org/404</loc></url>
          <url><loc>https://www.example.org/about</loc></url>
          <url><loc>https://www.example.org/news</loc><lastmod>2024-10-02</lastmod></url>
          <url><loc>https://www.example.org/news/2024-07-29-a%20workshop</loc><lastmod>2024-07-29</lastmod></url>
          <url><loc>https://www.example.org/news/2024-10-02-release</loc><lastmod>2024-10-02</lastmod></url>
        </urlset>
        """, SiteFiles.sitemap(routes(), BASE));
  }

  @Test
  void aCollectionsFeedIsAtomNewestFirst() {
    String feed = SiteFiles.feed(routes().collections().get(0), "Example: News", BASE, 50);

    assertEquals("""
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example: News</title>
          <link href="https://www.example.org/news"/>
          <link rel="self" type="application/atom+xml" href="https://www.example.org/news/feed.xml"/>
          <id>https://www.example.org/news</id>
          <updated>2024-10-02T00:00:00Z</updated>
          <author><name>Example: News</name></author>
          <entry>
            <title>Release &amp; notes</title>
            <link href="https://www.example.org/news/2024-10-02-release"/>
            <id>https://www.example.org/news/2024-10-02-release</id>
            <updated>2024-10-02T00:00:00Z</updated>
            <author><name>Ada</name></author>
            <summary type="html">&lt;p&gt;Version &lt;em&gt;1.3&lt;/em&gt; is out.&lt;/p&gt;</summary>
            <category term="release"/>
          </entry>
          <entry>
            <title>A workshop</title>
            <link href="https://www.example.org/news/2024-07-29-a%20workshop"/>
            <id>https://www.example.org/news/2024-07-29-a%20workshop</id>
            <updated>2024-07-29T00:00:00Z</updated>
            <category term="events"/>
          </entry>
        </feed>
        """, feed);
    Document parsed = Jsoup.parse(feed, "", Parser.xmlParser());
    assertEquals(2, parsed.select("feed > entry").size(), "well-formed XML an XML parser reads");
    assertEquals("<p>Version <em>1.3</em> is out.</p>", parsed.selectFirst("entry summary").text());
    String one = SiteFiles.feed(routes().collections().get(0), "Example: News", BASE, 1);
    assertEquals(1, Jsoup.parse(one, "", Parser.xmlParser()).select("feed > entry").size(), "a limit of one lists one entry");
    assertTrue(one.contains("<title>Release &amp; notes</title>"), "the newest");
  }

  @Test
  void robotsNamesTheSitemap() {
    assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://www.example.org/sitemap.xml\n", SiteFiles.robots(BASE));
    assertThrows(IllegalArgumentException.class, () -> SiteFiles.robots("www.example.org"));
  }

  @Test
  void theExportWritesTheWholeSiteTheSameWayTwice() throws IOException {
    HtmlRenderer renderer = HtmlRenderer.builder().siteName("Example").baseUrl(BASE).build();
    Path statics = Files.createDirectories(dir.resolve("static/images"));
    Files.writeString(statics.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Files.writeString(dir.resolve("static/.hidden"), "x");

    StaticExport.Result result = StaticExport.write(routes(), renderer, dir.resolve("site"),
        Optional.of(dir.resolve("static")));

    assertEquals(List.of("404.html", "404/index.html", "about/index.html", "images/logo.svg", "index.html",
        "news/2024-07-29-a workshop/index.html", "news/2024-10-02-release/index.html", "news/feed.xml",
        "news/index.html", "news/tag/events/index.html", "news/tag/release/index.html", "robots.txt", "sitemap.xml"),
        result.files());
    Document about = Jsoup.parse(dir.resolve("site/about/index.html").toFile(), "UTF-8");
    assertEquals("About – Example", about.title());
    assertEquals("https://www.example.org/about", about.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("Not found – Example", Jsoup.parse(dir.resolve("site/404.html").toFile(), "UTF-8").title());
    assertTrue(Files.readString(dir.resolve("site/news/tag/events/index.html")).contains("A workshop"));
    assertTrue(Files.readString(dir.resolve("site/news/feed.xml")).contains("<title>Example: News</title>"));

    Map<String, byte[]> first = contents(dir.resolve("site"));
    StaticExport.write(routes(), renderer, dir.resolve("again"), Optional.of(dir.resolve("static")));
    Map<String, byte[]> second = contents(dir.resolve("again"));
    assertEquals(first.keySet(), second.keySet());
    first.forEach((file, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
        new String(second.get(file), StandardCharsets.UTF_8), file));
  }

  @Test
  void theCommandLineSaysWhatItNeeds() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = StaticExport.run(new String[] {"--base-url"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        getClass().getClassLoader());
    assertEquals(2, status);
    assertEquals("usage: StaticExport --out DIR [--base-url URL] [--static DIR] [--renderer CLASS#METHOD]\n",
        out.toString(StandardCharsets.UTF_8));
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> StaticExport.renderer("java.lang.String#valueOf", getClass().getClassLoader()));
    assertEquals("--renderer java.lang.String#valueOf: java.lang.String has no public method valueOf() without parameters",
        wrong.getMessage());
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static PageRoutes routes() {
    Entries news = Entries.of("news", List.of(
        Entry.of("news/2024-10-02-release", "Release & notes", LocalDate.of(2024, 10, 2), "2024-10-02").by("Ada")
            .tags("release").excerpt(Markdown.generated("<p>Version <em>1.3</em> is out.</p>\n")),
        Entry.of("news/2024-07-29-a workshop", "A workshop", LocalDate.of(2024, 7, 29), "2024-July-29").tags("events")));
    Map<String, Page> pages = new TreeMap<>();
    pages.put("index", Page.builder().slug("index").title("Home").build());
    pages.put("about", Page.builder().slug("about").title("About").build());
    pages.put("404", Page.builder().slug("404").title("Not found").build());
    pages.put("news/2024-10-02-release", Page.builder().slug("news/2024-10-02-release").title("Release").build());
    pages.put("news/2024-07-29-a workshop", Page.builder().slug("news/2024-07-29-a workshop").title("A workshop").build());
    return PageRoutes.of(new SiteIndex() {
      @Override
      public List<String> slugs() {
        return List.copyOf(pages.keySet());
      }

      @Override
      public Optional<Page> find(String slug) {
        return Optional.ofNullable(pages.get(slug));
      }

      @Override
      public List<Entries> collections() {
        return List.of(news);
      }

      @Override
      public Optional<Navigation> navigation() {
        return Optional.empty();
      }
    });
  }
}
