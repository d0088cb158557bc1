package dev.quire.processor.internal.generate;

import java.text.Normalizer;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/** How content file paths become Java names: {@code ipso-smart-objects.md} → {@code IpsoSmartObjectsPage}. */
public final class Names {
  private Names() {}

  /** The simple class name for a file name such as {@code about.md}. */
  public static String className(String fileName) {
    String base = withoutAccents(fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName);
    StringBuilder name = new StringBuilder();
    for (String part : base.split("[^\\p{Alnum}]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "Page");
    }
    return ascii(name.toString()) + "Page";
  }

  /** The class holding a collection's entries: folder {@code news} → {@code NewsCollection}. */
  public static String collectionClassName(String folder) {
    String page = className(folder.substring(folder.lastIndexOf('/') + 1));
    return page.substring(0, page.length() - "Page".length()) + "Collection";
  }

  /** A method name for a collection: {@code news} → {@code news}, {@code press-releases} → {@code pressReleases}. */
  public static String collectionMethodName(String folder) {
    String type = collectionClassName(folder.replace('/', '-'));
    String name = Character.toLowerCase(type.charAt(0)) + type.substring(1, type.length() - "Collection".length());
    return SourceVersion.isKeyword(name) || name.equals("slugs") || name.equals("find") || name.equals("navigation")
        ? name + "Collection" : name;
  }

  /** A constant name part: {@code file-alt} → {@code FILE_ALT}. */
  public static String constant(String name) {
    String upper = ascii(withoutAccents(name)).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    return upper.isEmpty() || Character.isDigit(upper.charAt(0)) ? "_" + upper : upper;
  }

  /** A package name segment for a folder name: lower case, invalid characters as {@code _}. */
  public static String packageSegment(String folder) {
    StringBuilder segment = new StringBuilder();
    for (char c : withoutAccents(folder).toLowerCase(Locale.ROOT).toCharArray()) {
      segment.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
    }
    if (segment.length() == 0 || Character.isDigit(segment.charAt(0))) {
      segment.insert(0, '_');
    }
    String text = segment.toString();
    return SourceVersion.isKeyword(text) ? text + "_" : text;
  }

  /** {@code über} → {@code uber}: letters keep their base letter; what is left non-ASCII becomes a separator. */
  private static String withoutAccents(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static String ascii(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      out.append(c < 128 ? c : '_');
    }
    return out.toString();
  }
}
