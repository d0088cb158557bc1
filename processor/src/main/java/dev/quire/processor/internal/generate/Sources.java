package dev.quire.processor.internal.generate;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Writes generated sources through the {@link Filer}, ASCII only: every other character (in the
 * names of pages from files like {@code 日本.md}, and in javadoc) as a {@code \\u} escape, which javac
 * reads the same whatever {@code -encoding} it was given. (String literals are already ASCII: see
 * {@link JavaText}.)
 */
public final class Sources {
  private Sources() {}

  /** Writes {@code file} as its class's source. */
  public static void write(JavaFile file, Filer filer) throws IOException {
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject source = filer.createSourceFile(name, file.typeSpec().originatingElements().toArray(Element[]::new));
    try (Writer writer = source.openWriter()) {
      writer.write(ascii(file.toString()));
    }
  }

  /** {@code text} with each character outside ASCII written as a Java Unicode escape. */
  static String ascii(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && out == null) {
        out = new StringBuilder(text.length() + 64).append(text, 0, i);
      }
      if (out != null) {
        if (c >= 0x80) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
