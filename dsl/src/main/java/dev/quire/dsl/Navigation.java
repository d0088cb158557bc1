package dev.quire.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's navigation bar: a brand logo linking to the home page, then the entries in order. A
 * content file with a {@code menus:} list (the original site's {@code menus.md}) becomes one, which
 * the generated {@code PageIndex.navigation()} returns; Java code can build or change one too.
 * {@code HtmlRenderer.builder().navigation(...)} puts it at the top of every document.
 */
public record Navigation(Optional<String> logo, List<NavItem> items) {
  public Navigation {
    Objects.requireNonNull(logo, "logo");
    items = List.copyOf(items);
  }

  /** A bar with these entries and no logo. */
  public static Navigation of(List<NavItem> items) {
    return new Navigation(Optional.empty(), items);
  }

  /** A copy with the brand logo, an image URL ({@code /images/logo1.jpg}). */
  public Navigation logo(String image) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(Objects.requireNonNull(image, "image"), UrlPolicy.Use.IMAGE);
    if (verdict.level() == UrlPolicy.Level.ERROR) {
      throw new LayoutException(List.of("Navigation logo: " + verdict.message()));
    }
    return new Navigation(Optional.of(image), items);
  }

  /** A copy with one more entry at the end. */
  public Navigation item(NavItem item) {
    List<NavItem> more = new ArrayList<>(items);
    more.add(Objects.requireNonNull(item, "item"));
    return new Navigation(logo, more);
  }
}
