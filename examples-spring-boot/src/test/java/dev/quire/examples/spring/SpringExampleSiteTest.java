package dev.quire.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The example site as Spring Boot serves it: every link from {@code /} answers 200, the downloads page too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringExampleSiteTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void everyLinkFromTheHomePageAnswers200() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Map<String, Integer> statuses = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(java.util.List.of("/", "/downloads/"));
    while (!queue.isEmpty()) {
      String path = queue.poll();
      if (statuses.containsKey(path)) {
        continue;
      }
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .build(), HttpResponse.BodyHandlers.ofString());
      statuses.put(path, response.statusCode());
      if (response.statusCode() == 200 && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        Document page = Jsoup.parse(response.body(), "http://localhost:" + port + path);
        for (Element link : page.select("a[href], link[href], img[src]")) {
          String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
          if (target.startsWith("/") && !target.startsWith("//")) {
            queue.add(target.replaceAll("#.*$", ""));
          }
        }
      }
    }
    Map<String, Integer> failed = new LinkedHashMap<>();
    statuses.forEach((path, status) -> {
      if (status != 200) {
        failed.put(path, status);
      }
    });
    assertEquals(Map.of(), failed, "every link answers 200");
    assertTrue(statuses.keySet().containsAll(java.util.List.of("/", "/ipso/", "/news/", "/downloads/",
        "/webjars/bootstrap/4.6.2/css/bootstrap.min.css", "/images/working_together_2.jpg")), statuses.keySet().toString());
  }
}
