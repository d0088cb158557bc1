package com.example.site;

import dev.quire.dsl.Default;
import dev.quire.dsl.Html;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.Module;
import dev.quire.dsl.Range;
import dev.quire.dsl.Url;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A full-width banner. */
public record Hero(String title, Optional<Markdown> text, Optional<Url> action,
                   @Default("2") @Range(min = 1, max = 6) int level, Tone tone, List<Badge> badges)
    implements Module {
  public enum Tone { LIGHT, DARK }
  public record Badge(String label, Optional<Url> url) {}

  @Override
  public void render(Html html) {
    html.open("section", "class", "hero hero-" + tone.name().toLowerCase(Locale.ROOT));
    html.open("h" + level).text(title).close();
    text.ifPresent(html::markdown);
    for (Badge badge : badges) {
      html.open("span", "class", "badge").text(badge.label()).close();
    }
    html.close();
  }
}
