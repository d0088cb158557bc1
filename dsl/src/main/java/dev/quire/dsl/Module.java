package dev.quire.dsl;

/**
 * One layout module of a page: a row of the 12-column grid, or anything an application declares.
 * A module is an immutable value that writes its HTML with {@link Html}, the safe writer; a renderer
 * calls {@link #render} once per page and keeps the result.
 *
 * <p>The built-in modules ({@link RowText}, {@link RowMultiColumns}…) are made with their builders.
 * An application's own modules are public records implementing this interface, listed in
 * {@code @Pages(modules = {...})}: each record component is a property content files set, checked at
 * compile time like the built-ins'.
 */
public interface Module {
  /**
   * Writes the module's HTML.
   *
   * @param html the writer
   */
  void render(Html html);

  /**
   * The module's name as content files write it: its simple class name, for example {@code RowText}.
   *
   * @return the module's name
   */
  default String name() {
    return getClass().getSimpleName();
  }
}
