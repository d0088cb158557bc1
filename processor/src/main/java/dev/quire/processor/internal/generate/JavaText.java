package dev.quire.processor.internal.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.quire.dsl.internal.Bound;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals for content text. Every character that could change the meaning of the Java source
 * ({@code "}, {@code \} — which also defuses {@code \}{@code u} escapes —, line ends, control and
 * non-ASCII characters) is escaped, so the output is the same whatever encoding javac reads it with.
 * Multi-line text becomes one literal per line joined with {@code +}; text longer than a class-file
 * constant can hold is split into chunks joined at run time.
 */
final class JavaText {
  /** Characters per constant: 3 bytes each in modified UTF-8 stays well below the 65,535-byte limit. */
  static final int CHUNK = 16_000;

  static final ClassName BINDINGS = ClassName.get("dev.quire.dsl", "Bindings");

  private JavaText() {}

  /** An expression of type String with the value {@code text}. */
  static CodeBlock literal(String text) {
    List<String> chunks = chunks(text);
    if (chunks.size() == 1) {
      return constant(text);
    }
    CodeBlock.Builder join = CodeBlock.builder().add("String.join(\"\"$>$>");
    for (String chunk : chunks) {
      join.add(",\n").add(constant(chunk));
    }
    return join.add(")$<$<").build();
  }

  private static CodeBlock constant(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    CodeBlock.Builder block = CodeBlock.builder().add("$L", withSlots(lines.get(0)));
    if (lines.size() > 1) {
      block.add("$>$>");
      for (String line : lines.subList(1, lines.size())) {
        block.add("\n+ $L", withSlots(line));
      }
      block.add("$<$<");
    }
    return block.build();
  }

  /**
   * A line as a literal, its slot markers (a bound page's placeholders) written as the calls that make
   * them: {@code "Hello " + Bindings.value(0) + "!"}.
   */
  private static CodeBlock withSlots(String line) {
    if (line.chars().noneMatch(c -> Bound.isMarkerStart((char) c))) {
      return CodeBlock.of("$L", quote(line));
    }
    List<CodeBlock> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Bound.isMarkerStart(c) && i + 2 < line.length()) {
        if (i > start) {
          parts.add(CodeBlock.of("$L", quote(line.substring(start, i))));
        }
        int slot = Bound.slotAt(line, i);
        parts.add(CodeBlock.of("$T.$L($L)", BINDINGS, c == Bound.VALUE ? "value" : c == Bound.OPEN ? "open" : "close", slot));
        i += 2;
        start = i + 1;
      }
    }
    if (start < line.length()) {
      parts.add(CodeBlock.of("$L", quote(line.substring(start))));
    }
    return CodeBlock.join(parts, " + ");
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Line feed and carriage return must never be written as Unicode escapes: javac turns
          // those into characters before it reads literals (or comments), which would end the
          // literal. Both have their own escape above.
          if (c < 0x20 || c >= 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    int start = 0;
    while (text.length() - start > CHUNK) {
      int end = start + CHUNK;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      for (int back = 1; back <= 2; back++) {
        char c = text.charAt(end - back);
        if (Bound.isMarkerStart(c)) {
          end -= back;
          break;
        }
      }
      chunks.add(text.substring(start, end));
      start = end;
    }
    chunks.add(text.substring(start));
    return chunks;
  }
}
