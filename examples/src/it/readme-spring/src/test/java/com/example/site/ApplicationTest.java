package com.example.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The README's Spring Boot section, followed literally: the about page at /about, the controller's page at /hello. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void theReadmesAddressesAnswer() throws Exception {
    HttpResponse<String> about = get("/about");
    assertEquals(200, about.statusCode());
    assertEquals("text/html;charset=UTF-8", about.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(about.body().contains("<title>About us \u2013 Example</title>"), about.body());
    assertTrue(about.headers().firstValue("ETag").isPresent());
    HttpResponse<String> hello = get("/hello?name=Ann");
    assertTrue(hello.body().contains("Hello, <strong>Ann</strong>."), hello.body());
    assertEquals(404, get("/nothing-here").statusCode());
    HttpResponse<String> note = get("/note");
    assertEquals(200, note.statusCode(), note.body());
    assertTrue(note.body().contains("<h1 id=\"hello\">Hello</h1>") && note.body().contains("<em>in Java</em>"), note.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
