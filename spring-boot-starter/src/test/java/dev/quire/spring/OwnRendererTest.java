package dev.quire.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.quire.runtime.HtmlRenderer;
import dev.quire.runtime.PageRoutes;
import dev.quire.spring.site.AboutPage;
import dev.quire.spring.site.SiteApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The starter backs off when the application defines its own {@link HtmlRenderer}: that renderer
 * renders every page, and the starter makes none. {@code quire.path-prefix} moves every page.
 */
@SpringBootTest(classes = {SiteApplication.class, OwnRendererTest.Own.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "quire.path-prefix=/docs")
class OwnRendererTest {
  /** The application's own renderer. */
  @TestConfiguration
  static class Own {
    static final HtmlRenderer RENDERER = HtmlRenderer.builder().siteName("Own renderer").stylesheet("/own.css").build();

    @Bean
    HtmlRenderer ownRenderer() {
      return RENDERER;
    }
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  HtmlRenderer renderer;

  @Autowired
  PageRoutes routes;

  @Test
  void theApplicationsRendererRendersEveryPage() throws Exception {
    assertSame(Own.RENDERER, renderer, "the starter made no renderer of its own");
    HttpResponse<String> about = get("/docs/about");
    assertEquals(200, about.statusCode());
    assertEquals(Own.RENDERER.renderDocument(AboutPage.page()), about.body());
  }

  @Test
  void thePrefixMovesEveryPage() throws Exception {
    assertEquals(404, get("/about").statusCode());
    assertEquals(200, get("/docs").statusCode());
    assertEquals("/docs/about", routes.pathOf("about"));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
