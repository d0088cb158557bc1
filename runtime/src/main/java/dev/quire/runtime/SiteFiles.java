package dev.quire.runtime;

import dev.quire.dsl.Entries;
import dev.quire.dsl.Entry;
import dev.quire.dsl.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a site needs beside its pages, made from the same index: {@code sitemap.xml} (every page, entry
 * and collection index, with {@code lastmod} from the entries' dates), an Atom feed per collection
 * ({@code /news/feed.xml}: its entries newest first, each with a stable id, its date and its excerpt as
 * the summary) and {@code robots.txt} naming the sitemap. Their addresses are absolute, under the base
 * URL of the site ({@code https://www.example.org}); the output depends only on the pages, so the
 * same site gives the same bytes. The static export ({@link StaticExport}) writes them, and a server
 * answers {@link #SITEMAP}, {@link #ROBOTS} and each collection's {@link #feedPath}.
 *
 * <pre>{@code
 * String sitemap = SiteFiles.sitemap(PageRoutes.discover(loader), "https://www.example.org");
 * }</pre>
 */
public final class SiteFiles {
  /** The sitemap's address. */
  public static final String SITEMAP = "/sitemap.xml";
  /** The robots file's address. */
  public static final String ROBOTS = "/robots.txt";
  /** The entries a collection's feed lists at most, newest first, where a server or the export makes it. */
  public static final int FEED_ENTRIES = 50;

  private SiteFiles() {}

  /**
   * The address of a collection's Atom feed: {@code /news/feed.xml}.
   *
   * @param collection the collection's name ({@code news})
   * @return the feed's site path
   */
  public static String feedPath(String collection) {
    return path(collection) + "/feed.xml";
  }

  /**
   * {@code sitemap.xml} of every address {@code routes} has a page for, sorted: pages and entries at
   * their canonical address (no trailing slash, {@code /} for {@code index}), collection indexes; an
   * entry's {@code lastmod} is its date, a collection's its newest entry's.
   *
   * @param routes the site's pages
   * @param baseUrl the site's address, {@code https://www.example.org}
   * @return the sitemap, UTF-8 XML
   */
  public static String sitemap(PageRoutes routes, String baseUrl) {
    String base = base(baseUrl);
    List<Entries> collections = routes.collections();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : routes.paths()) {
      xml.append("  <url><loc>");
      escape(base + encode(path), xml);
      xml.append("</loc>");
      lastModified(path.substring(1), collections).ifPresent(date -> xml.append("<lastmod>").append(date)
          .append("</lastmod>"));
      xml.append("</url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  /**
   * The Atom feed of {@code entries}: titled {@code title}, its entries newest first (at most
   * {@code limit}), each with its page's absolute address as link and id, its date as
   * {@code updated}, its author when it has one and its excerpt as an HTML summary.
   *
   * @param entries the collection
   * @param title the feed's title ({@code OMA SpecWorks: News})
   * @param baseUrl the site's address, {@code https://www.example.org}
   * @param limit the most entries the feed lists
   * @return the feed, UTF-8 XML
   */
  public static String feed(Entries entries, String title, String baseUrl, int limit) {
    Objects.requireNonNull(title, "title");
    if (limit < 1) {
      throw new IllegalArgumentException("a feed lists at least one entry, not " + limit);
    }
    String base = base(baseUrl);
    List<Entry> newest = entries.newestFirst();
    String home = base + encode(path(entries.name()));
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>");
    escape(title, xml);
    xml.append("</title>\n  <link href=\"");
    escape(home, xml);
    xml.append("\"/>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"");
    escape(base + encode(feedPath(entries.name())), xml);
    xml.append("\"/>\n  <id>");
    escape(home, xml);
    xml.append("</id>\n  <updated>").append(timestamp(newest.isEmpty() ? LocalDate.EPOCH : newest.get(0).date()))
        .append("</updated>\n  <author><name>");
    escape(title, xml);
    xml.append("</name></author>\n");
    for (Entry entry : newest.subList(0, Math.min(limit, newest.size()))) {
      String address = base + encode("/" + entry.slug());
      xml.append("  <entry>\n    <title>");
      escape(entry.title(), xml);
      xml.append("</title>\n    <link href=\"");
      escape(address, xml);
      xml.append("\"/>\n    <id>");
      escape(address, xml);
      xml.append("</id>\n    <updated>").append(timestamp(entry.date())).append("</updated>\n");
      if (entry.by().isPresent()) {
        xml.append("    <author><name>");
        escape(entry.by().get(), xml);
        xml.append("</name></author>\n");
      }
      String summary = entry.excerpt().html().strip();
      if (!summary.isEmpty()) {
        xml.append("    <summary type=\"html\">");
        escape(summary, xml);
        xml.append("</summary>\n");
      }
      for (String tag : entry.tags()) {
        xml.append("    <category term=\"");
        escape(tag, xml);
        xml.append("\"/>\n");
      }
      xml.append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  /**
   * {@code robots.txt}: every address may be crawled, and the sitemap is at {@link #SITEMAP}.
   *
   * @param baseUrl the site's address, {@code https://www.example.org}
   * @return the file's text
   */
  public static String robots(String baseUrl) {
    return "User-agent: *\nAllow: /\n\nSitemap: " + base(baseUrl) + SITEMAP + "\n";
  }

  /** The date of the page at {@code slug}: an entry's own, a collection's newest entry's. */
  private static Optional<LocalDate> lastModified(String slug, List<Entries> collections) {
    for (Entries entries : collections) {
      if (entries.name().equals(slug)) {
        return entries.newestFirst().stream().findFirst().map(Entry::date);
      }
      Optional<Entry> entry = entries.find(slug);
      if (entry.isPresent()) {
        return Optional.of(entry.get().date());
      }
    }
    return Optional.empty();
  }

  /** An entry's date as an Atom timestamp: midnight UTC of that day. */
  private static String timestamp(LocalDate date) {
    return date + "T00:00:00Z";
  }

  private static String path(String slug) {
    return slug.equals("index") ? "/" : "/" + slug;
  }

  /** {@code baseUrl} checked as {@link HtmlRenderer.Builder#baseUrl} checks it, without its trailing slash. */
  private static String base(String baseUrl) {
    return HtmlRenderer.checkedBaseUrl(baseUrl);
  }

  /** A site path with each segment percent-encoded ({@code /news/a b} → {@code /news/a%20b}). */
  static String encode(String path) {
    if (path.equals("/")) {
      return path;
    }
    StringBuilder encoded = new StringBuilder();
    for (String segment : path.substring(1).split("/", -1)) {
      encoded.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return encoded.toString();
  }

  /** XML text and attribute escaping: the HTML escaping of {@link Html#escape}, which XML reads the same. */
  private static void escape(String text, StringBuilder out) {
    Html.escape(text, out);
  }
}
