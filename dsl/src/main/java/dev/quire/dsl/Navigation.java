package dev.quire.dsl;

import dev.quire.dsl.internal.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's navigation bar: a brand (a logo, or text) linking to the home page, then the entries in
 * order. A content file with a {@code menus:} list (the original site's {@code menus.md}) becomes one,
 * which the generated {@code PageIndex.navigation()} returns; Java code can build or change one too.
 * {@code HtmlRenderer.builder().navigation(...)} puts it at the top of every document.
 *
 * @param logo the brand's image, when there is one
 * @param brand the brand's text (the logo's alternative text when there is a logo); without it, the
 *     renderer's site name, or "Home"
 * @param items the entries, in order
 */
public record Navigation(Optional<String> logo, Optional<String> brand, List<NavItem> items) {
  /**
   * Checks the components; lists are kept as unmodifiable copies.
   *
   * @param logo the logo
   * @param brand the brand
   * @param items the items
   */
  public Navigation {
    Objects.requireNonNull(logo, "logo");
    Objects.requireNonNull(brand, "brand");
    items = List.copyOf(items);
  }

  /**
   * A bar with these entries, no logo and the default brand.
   *
   * @param items the items
   * @return a bar with these entries, no logo and the default brand
   */
  public static Navigation of(List<NavItem> items) {
    return new Navigation(Optional.empty(), Optional.empty(), items);
  }

  /**
   * A copy with the brand logo, an image URL ({@code /images/logo.png}).
   *
   * @param image the image
   * @return a copy with the brand logo, an image URL ({@code /images/logo.png})
   */
  public Navigation logo(String image) {
    Checks.url("Navigation logo", image, UrlPolicy.Use.IMAGE);
    return new Navigation(Optional.of(image), brand, items);
  }

  /**
   * A copy with the brand's text ({@code "OMA SpecWorks"}): shown, or the logo's alternative text.
   *
   * @param text the text
   * @return a copy with the brand's text ({@code "OMA SpecWorks"}): shown, or the logo's alternative text
   */
  public Navigation brand(String text) {
    return new Navigation(logo, Optional.of(Objects.requireNonNull(text, "text")), items);
  }

  /**
   * A copy with one more entry at the end.
   *
   * @param item the item
   * @return a copy with one more entry at the end
   */
  public Navigation item(NavItem item) {
    List<NavItem> more = new ArrayList<>(items);
    more.add(Objects.requireNonNull(item, "item"));
    return new Navigation(logo, brand, more);
  }
}
