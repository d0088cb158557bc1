package dev.quire.processor.internal.generate;

import com.palantir.javapoet.ClassName;
import dev.quire.processor.internal.model.Declared;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * How content file paths become Java names and page addresses: {@code ipso-smart-objects.md} →
 * {@code IpsoSmartObjectsPage}. Letters and digits of every script are kept ({@code новости.md} →
 * {@code НовостиPage}, {@code 日本.md} → {@code 日本Page}); accents on Latin letters are dropped
 * ({@code über} → {@code uber}). Generated sources stay ASCII: {@link Sources} writes other
 * characters as {@code \\u} escapes.
 */
public final class Names {
  private Names() {}

  /** JavaPoet's name of {@code name} (the writers' only way from the model's names to JavaPoet's). */
  static ClassName poet(Declared.JavaName name) {
    List<String> names = name.simpleNames();
    return ClassName.get(name.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
  }

  /** The simple class name for a file name such as {@code about.md}. */
  public static String className(String fileName) {
    String base = withoutAccents(fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName);
    StringBuilder name = new StringBuilder();
    boolean wordStart = true;
    for (int i = 0; i < base.length(); ) {
      int c = base.codePointAt(i);
      i += Character.charCount(c);
      if (!wordPart(c)) {
        wordStart = true;
        continue;
      }
      name.appendCodePoint(wordStart ? Character.toUpperCase(c) : c);
      wordStart = false;
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
      name.insert(0, "Page");
    }
    return name + "Page";
  }

  /** The class holding a collection's entries: folder {@code news} → {@code NewsCollection}. */
  public static String collectionClassName(String folder) {
    String page = className(folder.substring(folder.lastIndexOf('/') + 1));
    return page.substring(0, page.length() - "Page".length()) + "Collection";
  }

  /** A method name for a collection: {@code news} → {@code news}, {@code press-releases} → {@code pressReleases}. */
  public static String collectionMethodName(String folder) {
    String type = collectionClassName(folder.replace('/', '-'));
    String name = new StringBuilder().appendCodePoint(Character.toLowerCase(type.codePointAt(0)))
        .append(type, Character.charCount(type.codePointAt(0)), type.length() - "Collection".length()).toString();
    return SourceVersion.isKeyword(name) || name.equals("slugs") || name.equals("find") || name.equals("navigation")
        ? name + "Collection" : name;
  }

  /** A constant name part: {@code file-alt} → {@code FILE_ALT}. */
  public static String constant(String name) {
    String upper = ascii(withoutAccents(name)).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    return upper.isEmpty() || Character.isDigit(upper.charAt(0)) ? "_" + upper : upper;
  }

  /** A package name segment for a folder name: lower case, letters and digits of any script, others as {@code _}. */
  public static String packageSegment(String folder) {
    StringBuilder segment = new StringBuilder();
    String lower = withoutAccents(folder).toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (wordPart(c)) {
        segment.appendCodePoint(c);
      } else {
        segment.append('_');
      }
    }
    if (segment.length() == 0 || !Character.isJavaIdentifierStart(segment.codePointAt(0))) {
      segment.insert(0, '_');
    }
    String text = segment.toString();
    return SourceVersion.isKeyword(text) ? text + "_" : text;
  }

  /**
   * Why a file or folder name cannot be part of a page's address (its slug, which is also the folder
   * a static export writes it to), or nothing. Refused: hidden names are skipped before this; a
   * backslash (a folder separator to browsers and Windows), characters URLs or file systems give a
   * meaning to, control characters, a leading or trailing space or dot, and {@code .} and {@code ..}.
   */
  public static Optional<String> addressProblem(String name) {
    if (name.equals(".") || name.equals("..")) {
      return Optional.of("'" + name + "' is not a name");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\') {
        return Optional.of("a backslash is a folder separator to browsers and to Windows");
      }
      if ("/:*?\"<>|#%".indexOf(c) >= 0) {
        return Optional.of("'" + c + "' has a meaning in addresses or file names");
      }
      if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
        return Optional.of(String.format("it holds the control character U+%04X", (int) c));
      }
    }
    if (name.isBlank() || Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
      return Optional.of("it starts or ends with a space");
    }
    if (name.endsWith(".") || name.endsWith(". ")) {
      return Optional.of("it ends with a dot, which Windows drops");
    }
    return Optional.empty();
  }

  /** Letters, digits and the marks that belong to letters (Devanagari vowel signs…): what names keep. */
  private static boolean wordPart(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * {@code über} → {@code uber}: Latin letters lose their accents; the marks of other scripts stay
   * (they tell words apart: {@code が} is not {@code か}, {@code й} is not {@code и}).
   */
  private static String withoutAccents(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    Character.UnicodeScript base = Character.UnicodeScript.COMMON;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
      if (!mark) {
        base = Character.UnicodeScript.of(c);
      } else if (base == Character.UnicodeScript.LATIN) {
        continue;
      }
      out.appendCodePoint(c);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static String ascii(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      out.append(c < 128 ? c : '_');
    }
    return out.toString();
  }
}
