package dev.quire.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compiles a folder of content files into page classes: {@code @Pages("pages")} on a package (in its
 * {@code package-info.java}) or on a type. Every {@code *.md} file of the folder (under the resource
 * root, {@code src/main/resources} in Maven) becomes a class in the annotated element's package;
 * subfolders become subpackages.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface Pages {
  /**
   * The content folder, relative to the resource root.
   *
   * @return the folder
   */
  String value();

  /**
   * The application's own modules: public records implementing {@link Module}, each usable in
   * content files by its simple name ({@code name: Hero}) and checked like the built-ins.
   *
   * @return the module types
   */
  Class<? extends Module>[] modules() default {};

  /**
   * The site addresses the application serves itself, beside the pages and the static folder's files
   * (its own controllers, a page with {@code model:} it renders with its data): {@code "/login"},
   * {@code "/users/*}{@code /edit"} ({@code *} is one segment), {@code "/api/**"} (every address under
   * {@code /api}). Links in content are checked against the site at compile time; one to an address
   * that is none of these is an error, so an address of the application's must be listed here.
   *
   * @return the addresses, as site paths
   */
  String[] serves() default {};
}
