package dev.quire.processor.internal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A dated page's collection metadata: the folder it belongs to, its slug, the date as parsed and as
 * written, the card fields and the excerpt (the Markdown before {@code <!--more-->}, compiled).
 */
public record EntryModel(String collection, String slug, String title, LocalDate date, String dateText,
    Optional<String> subtitle, Optional<String> by, Optional<String> image, Optional<Integer> homepage,
    List<String> tags, PageModel.Text excerpt) {
  public EntryModel {
    tags = List.copyOf(tags);
  }
}
