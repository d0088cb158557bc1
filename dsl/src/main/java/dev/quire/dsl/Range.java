package dev.quire.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole numbers a module's component accepts, both ends included: {@code @Range(min = 1, max = 6)}.
 * A value outside it in a content file is a compile error at the value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {
  /**
   * The smallest value allowed.
   *
   * @return the minimum
   */
  long min() default Long.MIN_VALUE;

  /**
   * The largest value allowed.
   *
   * @return the maximum
   */
  long max() default Long.MAX_VALUE;
}
