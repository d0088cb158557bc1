package dev.quire.dsl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Not API. Finds Font Awesome 5 free icons in the webjar ({@code org.webjars:font-awesome}) on the
 * class path: the processor at compile time (it inlines the SVG in the generated class) and
 * {@code Icon.of} for hand-written pages. Every failure is a message that says what to write instead.
 */
public final class FontAwesome {
  /** The webjar version Quire's icon names come from. */
  public static final String VERSION = "5.15.4";
  private static final String ROOT = "META-INF/resources/webjars/font-awesome/" + VERSION + "/svgs/";
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern PATH = Pattern.compile("<path d=\"([^\"]+)\"");

  /** An icon's SVG: its set ({@code fas}, {@code fab}), name, view box {@code 0 0 width height} and path data. */
  public record Glyph(String prefix, String name, int width, int height, String path) {}

  /** An icon's glyph, or the problem that prevents one. */
  public record Lookup(Glyph glyph, Problem problem) {}

  /** Icons found so far, by spec: a site names the same few icons on many pages (one SVG read each). */
  private static final Map<String, Lookup> FOUND = new ConcurrentHashMap<>();

  private FontAwesome() {}

  /** Looks up {@code spec}: a prefix ({@code fas}, {@code fab}), one space, an icon name. */
  public static Lookup find(String spec) {
    Lookup found = FOUND.get(spec);
    if (found == null) {
      found = lookUp(spec);
      if (found.glyph() != null) {
        FOUND.put(spec, found);
      }
    }
    return found;
  }

  private static Lookup lookUp(String spec) {
    String[] parts = spec.split(" ", -1);
    if (parts.length == 2 && parts[0].startsWith("fa-") && parts[1].startsWith("fa-")) {
      String prefix = parts[0].equals("fa-brands") ? "fab" : "fas";
      return problem(Message.ICON_FA6.with(spec, prefix + " " + parts[1].substring(3)));
    }
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return problem(Message.ICON_SPEC.with(spec, parts.length == 1 && exists("solid", spec) ? "; did you mean 'fas " + spec
          + "'?" : ""));
    }
    String prefix = parts[0];
    String name = parts[1].startsWith("fa-") ? parts[1].substring(3) : parts[1];
    if (!prefix.equals("fas") && !prefix.equals("fab")) {
      String hint = exists("solid", name) ? "; did you mean 'fas " + name + "'?"
          : exists("brands", name) ? "; did you mean 'fab " + name + "'?" : "";
      return problem(Message.ICON_PREFIX.with(prefix, hint));
    }
    String folder = prefix.equals("fas") ? "solid" : "brands";
    URL url = FontAwesome.class.getClassLoader().getResource(ROOT + folder + "/" + name + ".svg");
    if (url == null) {
      if (FontAwesome.class.getClassLoader().getResource(ROOT + "solid/cog.svg") == null) {
        return problem(Message.ICON_WEBJAR.with(VERSION));
      }
      String other = prefix.equals("fas") ? "brands" : "solid";
      if (exists(other, name)) {
        return problem(Message.ICON_OTHER_SET.with(spec, folder, (prefix.equals("fas") ? "fab " : "fas ") + name));
      }
      List<String> close = closest(name, names(folder));
      return problem(Message.ICON_UNKNOWN.with(spec, VERSION, folder, close.isEmpty()
          ? "; the names are listed at https://fontawesome.com/v5/search?m=free"
          : "; did you mean " + String.join(" or ", close.stream().map(n -> "'" + prefix + " " + n + "'").toList()) + "?"));
    }
    try (InputStream in = url.openStream()) {
      String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher box = VIEW_BOX.matcher(svg);
      Matcher path = PATH.matcher(svg);
      if (!box.find() || !path.find()) {
        return problem(Message.ICON_UNREADABLE.with(spec, "has an SVG Quire cannot read"));
      }
      return new Lookup(new Glyph(prefix, name, Integer.parseInt(box.group(1)), Integer.parseInt(box.group(2)), path.group(1)), null);
    } catch (IOException e) {
      return problem(Message.ICON_UNREADABLE.with(spec, "cannot be read: " + e.getMessage()));
    }
  }

  private static Lookup problem(Problem problem) {
    return new Lookup(null, problem);
  }

  private static boolean exists(String folder, String name) {
    return !name.isEmpty() && FontAwesome.class.getClassLoader().getResource(ROOT + folder + "/" + name + ".svg") != null;
  }

  /** Up to three names of the set at the smallest edit distance, if that is 2 or less. */
  private static List<String> closest(String name, List<String> names) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> close = new ArrayList<>();
    for (int distance = 0; distance <= 2 && close.isEmpty(); distance++) {
      for (String candidate : names) {
        if (close.size() < 3 && Suggestions.distance(lower, candidate) == distance) {
          close.add(candidate);
        }
      }
    }
    return close;
  }

  /**
   * Every icon as content files name it, {@code fas cog} and {@code fab github}, solid ones first, each
   * set sorted: what an editor offers after {@code image: }.
   *
   * @return every icon's spec
   */
  public static List<String> specs() {
    List<String> specs = new ArrayList<>();
    for (String name : names("solid")) {
      specs.add("fas " + name);
    }
    for (String name : names("brands")) {
      specs.add("fab " + name);
    }
    return specs;
  }

  /** The icon names of one set, sorted. */
  static List<String> names(String folder) {
    URL any = FontAwesome.class.getClassLoader().getResource(ROOT + folder + "/");
    if (any == null) {
      any = FontAwesome.class.getClassLoader().getResource(ROOT + "solid/cog.svg");
    }
    if (any == null) {
      return List.of();
    }
    TreeSet<String> names = new TreeSet<>();
    try {
      if (any.getProtocol().equals("jar")) {
        JarFile jar = ((JarURLConnection) any.openConnection()).getJarFile();
        String prefix = ROOT + folder + "/";
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          String entry = entries.nextElement().getName();
          if (entry.startsWith(prefix) && entry.endsWith(".svg")) {
            names.add(entry.substring(prefix.length(), entry.length() - 4));
          }
        }
      } else {
        Path dir = Path.of(any.toURI()).getParent().getParent().resolve(folder);
        try (Stream<Path> files = Files.list(dir)) {
          files.map(file -> file.getFileName().toString()).filter(file -> file.endsWith(".svg"))
              .forEach(file -> names.add(file.substring(0, file.length() - 4)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      return List.of();
    }
    return List.copyOf(names);
  }
}
