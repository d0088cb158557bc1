package dev.quire.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.runtime.HtmlRenderer;
import dev.quire.spring.site.AboutPage;
import dev.quire.spring.site.Greeting;
import dev.quire.spring.site.GreetingPage;
import dev.quire.spring.site.IndexPage;
import dev.quire.spring.site.SiteApplication;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The starter in a real Spring Boot application on a random port, asked over HTTP: every page at its
 * slug, the index page at {@code /}, the collection's index, HEAD, ETags and 304, gzip, controllers
 * returning pages, the stylesheet, and a normal 404 for an address without a page.
 */
@SpringBootTest(classes = SiteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "quire.site-name=Starter site")
class PagesServedTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  int port;

  @Autowired
  HtmlRenderer renderer;

  @Test
  void everyPageIsServedAtItsSlugAsTheRendererRendersIt() throws Exception {
    HttpResponse<String> about = get("/about");
    assertEquals(200, about.statusCode());
    assertEquals("text/html;charset=UTF-8", about.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(renderer.renderDocument(AboutPage.page()), about.body());
    assertEquals("About \u2013 Starter site", Jsoup.parse(about.body()).title(), "quire.site-name is read");
    assertEquals(about.body(), get("/about/").body(), "a trailing slash is the same address");
    assertEquals(renderer.renderDocument(IndexPage.page()), get("/").body(), "the index page is at /");
  }

  @Test
  void theCollectionsIndexIsAtItsNameFilteredByTag() throws Exception {
    HttpResponse<String> news = get("/news");
    assertEquals(200, news.statusCode());
    assertTrue(news.body().contains("A starter") && news.body().contains("ETags"), news.body());
    HttpResponse<String> spring = get("/news?tag=spring");
    assertEquals(200, spring.statusCode());
    assertTrue(spring.body().contains("A starter") && !spring.body().contains("ETags"), spring.body());
    assertEquals(404, get("/news?tag=nothing-has-this").statusCode());
    assertEquals(200, get("/news/2026-11-20-etags").statusCode());
  }

  @Test
  void etagsAnswer304AndHeadHasNoBody() throws Exception {
    HttpResponse<String> about = get("/about");
    String etag = about.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.matches("\"[A-Za-z0-9_-]{27}\""), etag);
    assertEquals(etag, get("/about/").headers().firstValue("ETag").orElseThrow(), "the same bytes, the same tag");
    assertEquals("no-cache", about.headers().firstValue("Cache-Control").orElseThrow());

    HttpResponse<String> notModified = send(HttpRequest.newBuilder(uri("/about")).header("If-None-Match", etag));
    assertEquals(304, notModified.statusCode());
    assertEquals("", notModified.body());

    HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/about")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertEquals(String.valueOf(about.body().getBytes(StandardCharsets.UTF_8).length),
        head.headers().firstValue("Content-Length").orElseThrow());
    assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void theSitemapTheFeedAndRobotsAreServedLikePages() throws Exception {
    HttpResponse<String> sitemap = get("/sitemap.xml");
    assertEquals(200, sitemap.statusCode());
    assertEquals("application/xml;charset=UTF-8", sitemap.headers().firstValue("Content-Type").orElseThrow());
    String origin = "http://localhost:" + port;
    assertTrue(sitemap.body().contains("<url><loc>" + origin + "/about</loc></url>"), sitemap.body());
    assertTrue(sitemap.body().contains("<url><loc>" + origin + "/news/2026-11-20-etags</loc><lastmod>2026-11-20</lastmod>"),
        sitemap.body());

    HttpResponse<String> feed = get("/news/feed.xml");
    assertEquals("application/atom+xml;charset=UTF-8", feed.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(feed.body().contains("<title>Starter site: News</title>"), feed.body());
    assertTrue(feed.body().indexOf("2026-11-20-etags") < feed.body().indexOf("2026-11-01-starter"), "newest first");
    assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + origin + "/sitemap.xml\n", get("/robots.txt").body());

    String etag = feed.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, send(HttpRequest.newBuilder(uri("/news/feed.xml")).header("If-None-Match", etag)).statusCode());
    HttpResponse<byte[]> zipped = CLIENT.send(HttpRequest.newBuilder(uri("/sitemap.xml")).header("Accept-Encoding", "gzip")
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertEquals(sitemap.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertEquals(404, get("/blog/feed.xml").statusCode(), "no feed for a collection the site does not have");
  }

  @Test
  void gzipWhenTheClientAcceptsIt() throws Exception {
    HttpResponse<byte[]> zipped = CLIENT.send(HttpRequest.newBuilder(uri("/about")).header("Accept-Encoding", "gzip")
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
    assertEquals("Accept-Encoding", zipped.headers().firstValue("Vary").orElseThrow());
    byte[] plain = renderer.renderDocument(AboutPage.page()).getBytes(StandardCharsets.UTF_8);
    assertTrue(zipped.body().length < plain.length, zipped.body().length + " < " + plain.length);
    assertArrayEquals(plain, gunzip(zipped.body()));
    assertTrue(get("/about").headers().firstValue("Content-Encoding").isEmpty(), "no gzip unless asked");
  }

  @Test
  void controllersReturnPagesWithOrWithoutResponseBody() throws Exception {
    HttpResponse<String> hello = get("/hello?name=Ada%20%3Cb%3E");
    assertEquals(200, hello.statusCode());
    assertEquals("text/html;charset=UTF-8", hello.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(renderer.renderDocument(GreetingPage.page(new Greeting("Ada <b>"))), hello.body());
    assertTrue(hello.body().contains("Hello, <strong>Ada &lt;b&gt;</strong>!"), hello.body());
    HttpResponse<String> about = get("/about-us");
    assertEquals(renderer.renderDocument(AboutPage.page()), about.body(), "@ResponseBody: HTML, not JSON");
    assertEquals(get("/about").headers().firstValue("ETag"), about.headers().firstValue("ETag"));
  }

  @Test
  void anAddressAControllerMapsStaysTheControllers() throws Exception {
    HttpResponse<String> shadowed = get("/shadowed");
    assertEquals(200, shadowed.statusCode());
    assertEquals("the controller's", shadowed.body());
    assertEquals("the controller's", get("/shadowed").body(), "asked once, remembered");
  }

  @Test
  void theStylesheetIsServedAndAnAddressWithoutAPageIsSpringsOwn404() throws Exception {
    String stylesheet = Jsoup.parse(get("/about").body()).selectFirst("link[rel=stylesheet]").attr("href");
    assertEquals(QuireProperties.BOOTSTRAP, stylesheet);
    HttpResponse<String> css = get(stylesheet);
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
    HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/no-such-page")).header("Accept", "application/json"));
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("\"status\":404") && missing.body().contains("\"path\":\"/no-such-page\""),
        "Spring Boot's error handling answers: " + missing.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
