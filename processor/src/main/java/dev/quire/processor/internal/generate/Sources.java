package dev.quire.processor.internal.generate;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
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

  /**
   * A generated source: the class's qualified name, its text (ASCII) and the elements it comes from
   * (which an incremental build recompiles it for).
   */
  public record Source(String className, String text, List<Element> origins) {
    public Source {
      origins = List.copyOf(origins);
    }

    static Source of(JavaFile file) {
      String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
      List<Element> origins = file.typeSpec().originatingElements().stream().filter(e -> e != null).toList();
      return new Source(name, ascii(file.toString()), origins);
    }
  }

  /** Where generated sources go: javac's {@link Filer} in a build, dev mode's own map in its compiles. */
  public interface Sink {
    /**
     * Takes {@code source}.
     *
     * @param source the source
     * @throws IOException when it cannot be written
     */
    void write(Source source) throws IOException;
  }

  /** Writes {@code source} through {@code filer}. */
  public static void write(Source source, Filer filer) throws IOException {
    JavaFileObject file = filer.createSourceFile(source.className(), source.origins().toArray(Element[]::new));
    try (Writer writer = file.openWriter()) {
      writer.write(source.text());
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
