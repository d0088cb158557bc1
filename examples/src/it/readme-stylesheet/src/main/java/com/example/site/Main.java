package com.example.site;

import dev.quire.runtime.HtmlRenderer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The README's stylesheet served from the Bootstrap webjar. */
public final class Main {
  public static void main(String[] args) throws Exception {
    HtmlRenderer renderer = HtmlRenderer.builder()
        .stylesheet("/css/bootstrap.min.css")    // the address your application serves it at
        .build();
    byte[] css;                                  // answer GET /css/bootstrap.min.css with these, as text/css
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(
        "/META-INF/resources/webjars/bootstrap/4.6.2/css/bootstrap.min.css")) {
      css = in.readAllBytes();
    }

    String html = renderer.renderDocument(AboutPage.page());
    expect(html.contains("<link rel=\"stylesheet\" href=\"/css/bootstrap.min.css\">"), "the link to the served stylesheet");
    expect(!html.contains("cdn.jsdelivr.net"), "no CDN address");
    expect(new String(css, StandardCharsets.UTF_8).contains("Bootstrap v4.6.2"), "Bootstrap 4.6.2's stylesheet");
    System.out.println("README consumer: the stylesheet is served from the webjar (" + css.length + " bytes)");
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("README consumer: " + what + " is missing");
    }
  }
}
