package com.example.site;

import dev.quire.runtime.HtmlRenderer;
import java.nio.file.Files;
import java.nio.file.Path;

/** The README's own module: its page renders as the README shows. */
public final class Main {
  public static void main(String[] args) throws Exception {
    String fragment = HtmlRenderer.create().render(WelcomePage.page());
    String expected = Files.readString(Path.of("expected.html")).strip();
    if (!fragment.contains(expected)) {
      throw new AssertionError("README consumer: the Hero renders as\n" + fragment + "\nnot as the README shows:\n" + expected);
    }
    System.out.println("README consumer: the own module renders as the README shows");
  }
}
