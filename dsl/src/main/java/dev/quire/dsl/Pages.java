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
}
