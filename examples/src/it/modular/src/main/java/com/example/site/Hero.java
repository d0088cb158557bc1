package com.example.site;

import dev.quire.dsl.Html;
import dev.quire.dsl.Module;
import java.util.Optional;

/** A banner with an optional line under its title. */
public record Hero(String title, Optional<String> note) implements Module {
  @Override
  public void render(Html html) {
    html.open("section", "class", "hero").open("h2").text(title).close();
    note.ifPresent(text -> html.open("p").text(text).close());
    html.close();
  }
}
