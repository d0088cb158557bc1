package com.example.site;

import dev.quire.runtime.HtmlRenderer;

/** Prints the home page's fragment. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println(HtmlRenderer.create().render(HomePage.page()));
  }
}
