package dev.quire.dsl;

import java.util.List;
import java.util.Optional;

/**
 * A content folder's pages as the processor indexes them: what servers route requests to. The generated
 * {@code PageIndex} of each {@code @Pages} folder offers one, {@code PageIndex.site()}, whose methods are
 * the index's own; {@code dev.quire.runtime.PageRoutes} calls it through this interface, so that javac
 * checks the contract between the generated code and the runtime.
 */
public interface SiteIndex {
  /**
   * Every slug of a page that needs no model, sorted ({@code about}, {@code news/2024-10-02-release}).
   *
   * @return the slugs
   */
  List<String> slugs();

  /**
   * The page with this slug, if there is one.
   *
   * @param slug the page's slug
   * @return the page
   */
  Optional<Page> find(String slug);

  /**
   * The collections of the folder (its subfolders of dated pages), by name.
   *
   * @return the collections
   */
  List<Entries> collections();

  /**
   * The navigation bar of the folder's file with {@code menus:}, if it has one.
   *
   * @return the navigation bar
   */
  Optional<Navigation> navigation();
}
