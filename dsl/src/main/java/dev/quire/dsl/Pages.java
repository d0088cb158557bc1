package dev.quire.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns a folder of content files into page classes at compile time.
 *
 * <p>Put it on a package ({@code package-info.java}) or on a type:
 *
 * <pre>{@code
 * @Pages("pages")
 * package com.example.site;
 * }</pre>
 *
 * <p>{@link #value()} names a folder relative to the resource root ({@code src/main/resources} under
 * Maven; other builds pass {@code -Aquire.resources=<dir>}). Every {@code *.md} file in it becomes one
 * generated class in the annotated element's package: {@code about.md} gives {@code AboutPage},
 * {@code ipso-smart-objects.md} gives {@code IpsoSmartObjectsPage}, {@code news/x.md} gives
 * {@code <package>.news.XPage}. Each class has {@code public static Page page()}. An index class
 * ({@code PageIndex} for a package, {@code <Type>Pages} for a type) lists every page by slug (the file's
 * path without {@code .md}).
 *
 * <p>Problems in a content file fail {@code javac} with a message that starts with the file's path,
 * line and column, followed by the offending line and a caret.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface Pages {
  /**
   * The content folder, relative to the resource root, for example {@code "pages"}.
   *
   * @return the content folder, relative to the resource root, for example {@code "pages"}
   */
  String value();
}
