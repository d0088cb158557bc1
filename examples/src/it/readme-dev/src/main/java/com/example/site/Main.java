package com.example.site;

import dev.quire.runtime.HtmlRenderer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An application run in dev mode, as the README's Dev mode section runs it: it renders the about page,
 * edits the page's content file as an author would, and renders it again, twice (an edit, then a
 * mistake). The running application shows each version without a build or a restart.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    Path about = Path.of("src/main/resources/pages/about.md");
    String content = Files.readString(about);
    System.out.println("built: " + renderer.render(AboutPage.page()).contains("We build"));
    Files.writeString(about, content.replace("We build", "We edit"));
    System.out.println("edited: " + renderer.render(AboutPage.page()).contains("We edit"));
    Files.writeString(about, content.replace("widths: [6, 6]", "widths: [6, 7]"));
    System.out.println("broken: " + renderer.render(AboutPage.page()));
    Files.writeString(about, content);
    System.out.println("fixed: " + renderer.render(AboutPage.page()).contains("We build"));
  }
}
