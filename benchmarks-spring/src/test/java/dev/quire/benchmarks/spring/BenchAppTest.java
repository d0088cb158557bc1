package dev.quire.benchmarks.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The benchmark compares like with like: jte's template answers exactly the bytes the Quire starter
 * answers for the seed page. {@code -Dquire.updateTemplate=true} rewrites {@code src/main/jte/ipso.jte}
 * from Quire's answer (then build again).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenchAppTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void jteAnswersTheBytesQuireAnswers() throws Exception {
    String quire = get("/ipso");
    if (Boolean.getBoolean("quire.updateTemplate")) {
      Files.writeString(Path.of("src/main/jte/ipso.jte"), "@raw" + quire + "@endraw", StandardCharsets.UTF_8);
    }
    assertEquals(quire, get("/jte/ipso"), "src/main/jte/ipso.jte is out of date: run this test with -Dquire.updateTemplate=true");
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path);
    assertEquals("text/html;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""), path);
    return response.body();
  }
}
