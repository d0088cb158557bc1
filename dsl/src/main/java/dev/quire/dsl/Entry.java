package dev.quire.dsl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated page of a collection (a news article): its slug and the metadata of its front matter,
 * with the date parsed and, as written, the excerpt (the Markdown before {@code <!--more-->}).
 * Generated code makes these from content files; {@code Entry.of("news/x", "Title", date, "2024-Oct-2")}
 * and the {@code with}-style methods make one by hand.
 */
public record Entry(String slug, String title, LocalDate date, String dateText, Optional<String> subtitle,
    Optional<String> by, Optional<String> image, Optional<Integer> homepage, List<String> tags, Markdown excerpt) {
  /**
   * Checks the components; lists are kept as unmodifiable copies.
   *
   * @param slug the slug
   * @param title the title
   * @param date the date
   * @param dateText the date as written in the content file (pages show the date in the renderer's one format)
   * @param subtitle the subtitle
   * @param by the author
   * @param image the image
   * @param homepage the homepage
   * @param tags the tags
   * @param excerpt the excerpt
   */
  public Entry {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateText, "dateText");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(homepage, "homepage");
    tags = List.copyOf(tags);
    Objects.requireNonNull(excerpt, "excerpt");
  }

  /**
   * An entry dated {@code date}, written {@code dateText} in its file (pages show the date in the renderer's
   * one format).
   *
   * @param slug the slug
   * @param title the title
   * @param date the date
   * @param dateText the date as written in the content file (pages show the date in the renderer's one format)
   * @return an entry dated {@code date}, written {@code dateText} in its file
   */
  public static Entry of(String slug, String title, LocalDate date, String dateText) {
    return new Entry(slug, title, date, dateText, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), Markdown.empty());
  }

  /**
   * A copy with the subtitle set.
   *
   * @param subtitle the subtitle
   * @return a copy with the subtitle set
   */
  public Entry subtitle(String subtitle) {
    return new Entry(slug, title, date, dateText, Optional.of(subtitle), by, image, homepage, tags, excerpt);
  }

  /**
   * A copy with the by set.
   *
   * @param by the author
   * @return a copy with the by set
   */
  public Entry by(String by) {
    return new Entry(slug, title, date, dateText, subtitle, Optional.of(by), image, homepage, tags, excerpt);
  }

  /**
   * A copy with the image set.
   *
   * @param image the image
   * @return a copy with the image set
   */
  public Entry image(String image) {
    return new Entry(slug, title, date, dateText, subtitle, by, Optional.of(image), homepage, tags, excerpt);
  }

  /**
   * The entry's place among the home page's cards (lowest first).
   *
   * @param rank the rank
   * @return the entry's place among the home page's cards (lowest first)
   */
  public Entry homepage(int rank) {
    return new Entry(slug, title, date, dateText, subtitle, by, image, Optional.of(rank), tags, excerpt);
  }

  /**
   * A copy with the tags set.
   *
   * @param tags the tags
   * @return a copy with the tags set
   */
  public Entry tags(String... tags) {
    return new Entry(slug, title, date, dateText, subtitle, by, image, homepage, List.of(tags), excerpt);
  }

  /**
   * A copy with the excerpt set.
   *
   * @param excerpt the excerpt
   * @return a copy with the excerpt set
   */
  public Entry excerpt(Markdown excerpt) {
    return new Entry(slug, title, date, dateText, subtitle, by, image, homepage, tags, excerpt);
  }

  /**
   * The page's address on the site: {@code /news/2023-06-09-IoT-Utilities%20Outreach/}.
   *
   * @return the page's address on the site: {@code /news/2023-06-09-IoT-Utilities%20Outreach/}
   */
  public String href() {
    return address(slug);
  }

  /**
   * The address of the collection this entry is in ({@code /news/}), whose index lists it, or
   * {@code /} for an entry outside a folder.
   *
   * @return the collection's address
   */
  public String collectionHref() {
    int slash = slug.lastIndexOf('/');
    return slash < 0 ? "/" : address(slug.substring(0, slash));
  }

  /** The site address of {@code path}: each part percent-encoded, between slashes. */
  static String address(String path) {
    StringBuilder href = new StringBuilder("/");
    for (String part : path.split("/")) {
      href.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20")).append('/');
    }
    return href.toString();
  }
}
