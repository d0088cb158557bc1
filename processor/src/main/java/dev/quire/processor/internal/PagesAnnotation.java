package dev.quire.processor.internal;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/** The values of a {@code @Pages} annotation that the build reads as text (its module types are {@link ModuleDeclarations}'). */
final class PagesAnnotation {
  private PagesAnnotation() {}

  /** {@code serves}: the addresses the application serves itself, as written. */
  static List<String> serves(AnnotationMirror pages) {
    List<String> serves = new ArrayList<>();
    for (var entry : pages.getElementValues().entrySet()) {
      ExecutableElement key = entry.getKey();
      if (key.getSimpleName().contentEquals("serves") && entry.getValue().getValue() instanceof List<?> values) {
        for (Object value : values) {
          if (value instanceof AnnotationValue text && text.getValue() instanceof String address) {
            serves.add(address);
          }
        }
      }
    }
    return serves;
  }
}
