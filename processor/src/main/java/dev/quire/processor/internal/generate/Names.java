package dev.quire.processor.internal.generate;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** How content file paths become Java names: {@code ipso-smart-objects.md} → {@code IpsoSmartObjectsPage}. */
public final class Names {
  private static final Set<String> NOT_PACKAGE_START = Set.of();

  private Names() {}

  /** The simple class name for a file name such as {@code about.md}. */
  public static String className(String fileName) {
    String base = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
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

  /** A package name segment for a folder name: lower case, invalid characters as {@code _}. */
  public static String packageSegment(String folder) {
    StringBuilder segment = new StringBuilder();
    for (char c : folder.toLowerCase(Locale.ROOT).toCharArray()) {
      segment.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
    }
    if (segment.length() == 0 || Character.isDigit(segment.charAt(0))) {
      segment.insert(0, '_');
    }
    String text = segment.toString();
    return SourceVersion.isKeyword(text) || NOT_PACKAGE_START.contains(text) ? text + "_" : text;
  }

  private static String ascii(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      out.append(c < 128 ? c : '_');
    }
    return out.toString();
  }
}
