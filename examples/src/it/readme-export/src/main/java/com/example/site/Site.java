package com.example.site;

import dev.quire.runtime.HtmlRenderer;

/** The renderer the application's server uses, which the static export renders the pages with. */
public final class Site {
  private Site() {}

  public static HtmlRenderer renderer() {
    return HtmlRenderer.builder().siteName("Example").navigation(PageIndex.navigation()).build();
  }
}
