package dev.quire.examples;

import dev.quire.dsl.Default;
import dev.quire.dsl.Html;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.Module;
import dev.quire.dsl.Url;
import java.util.Locale;
import java.util.Optional;

/**
 * A box that calls attention to a note, the example site's own module: content files write
 * {@code name: Callout}, and the processor checks every property against these components.
 *
 * @param title the box's heading
 * @param text what the box says, in Markdown
 * @param tone the box's colour: info (the default), success or warning
 * @param link where "Read more" leads, if anywhere
 */
public record Callout(String title, Markdown text, @Default("info") Tone tone, Optional<Url> link) implements Module {
  /** The box's colour, one of Bootstrap's alert colours. */
  public enum Tone {
    /** Blue. */
    INFO,
    /** Green. */
    SUCCESS,
    /** Yellow. */
    WARNING
  }

  @Override
  public void render(Html html) {
    html.open("div", "class", "callout alert alert-" + tone.name().toLowerCase(Locale.ROOT), "role", "note")
        .open("h" + html.subheadingLevel(), "class", "alert-heading h4").text(title).close()
        .markdown(text);
    if (link.isPresent()) {
      html.open("a", "href", link.get().value(), "class", "alert-link").text("Read more").close();
    }
    html.close();
  }
}
