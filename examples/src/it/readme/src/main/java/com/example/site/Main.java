package com.example.site;

import dev.quire.dsl.Markdown;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowText;
import dev.quire.runtime.HtmlRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The README's render call, in a project whose pom is the README's Maven snippet and nothing else. */
public final class Main {
  public static void main(String[] args) throws Exception {
    ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

    HtmlRenderer renderer = HtmlRenderer.create();            // immutable, share it
    String html = renderer.renderDocument(AboutPage.page());  // or render(...) for the fragment,
    renderer.renderDocument(PageIndex.find("about").orElseThrow(), outputStream); // or stream it

    expect(html.equals(outputStream.toString(StandardCharsets.UTF_8)), "the streamed document is the string");
    expect(html.contains("<title>About us</title>"), "the page's title");
    expect(html.contains("<meta name=\"description\" content=\"Who we are.\">"), "the page's description");
    expect(html.contains("<img src=\"/images/team.jpg\" alt=\"The team\">"), "the image with its alt text");
    expect(html.contains("<p>We build <strong>Quire</strong>.</p>"), "the module's Markdown");
    expect(html.contains("<p>The body, in Markdown, rendered after the modules.</p>"), "the body");
    expect(html.contains(HtmlRenderer.DEFAULT_STYLESHEET), "the CDN stylesheet of HtmlRenderer.create()");

    String bio = "I <3 [links](javascript:alert(1)) & *stars*\n\nSecond paragraph";
    Page profile = Page.builder()
        .title("Profile")
        .module(RowText.builder().text(Markdown.plainText(bio)).build())   // bio: whatever the user wrote
        .build();
    expect(renderer.render(profile).contains("<p>I &lt;3 [links](javascript:alert(1)) &amp; *stars*</p>\n"
        + "<p>Second paragraph</p>"), "the user's text as written, escaped");
    System.out.println("README consumer: the about page rendered (" + html.length() + " characters)");
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("README consumer: " + what + " is missing");
    }
  }
}
