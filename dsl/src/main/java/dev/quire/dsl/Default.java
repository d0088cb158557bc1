package dev.quire.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a module's component takes when a content file leaves its property out, written as the
 * content file would write it ({@code @Default("2") int level}, {@code @Default("dark") Tone tone}).
 * The processor checks it at compile time like a value in a content file. A component without it
 * that is neither {@code Optional} nor a {@code List} is required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
  /**
   * The default, as a content file would write it.
   *
   * @return the default
   */
  String value();
}
