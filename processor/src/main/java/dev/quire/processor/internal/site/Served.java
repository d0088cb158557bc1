package dev.quire.processor.internal.site;

import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The addresses the application serves itself beside its pages ({@code @Pages(serves = …)}): its own
 * controllers, files served from elsewhere. Each is a site path ({@code /login}); one ending in
 * {@code /**} stands for every address under it ({@code /api/**}: {@code /api}, {@code /api/users/7}),
 * a {@code *} segment for any one segment ({@code /users/*}/edit). Nothing else is assumed to exist.
 */
public final class Served {
  private static final Served NONE = new Served(List.of());

  private final List<String[]> patterns;

  private Served(List<String[]> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** No address served beside the pages. */
  public static Served none() {
    return NONE;
  }

  /** The addresses of {@code serves}, each one that is not a site path reported to {@code problems} and left out. */
  public static Served of(List<String> serves, Consumer<Problem> problems) {
    List<String[]> patterns = new ArrayList<>();
    for (String address : serves) {
      String why = problem(address);
      if (why != null) {
        problems.accept(Message.LINK_SERVES.with(address, why));
      } else {
        patterns.add(segments(address));
      }
    }
    return patterns.isEmpty() ? NONE : new Served(patterns);
  }

  /** Why {@code address} is not a pattern of site paths, or null when it is one. */
  private static String problem(String address) {
    if (address.isBlank()) {
      return "it is empty";
    }
    if (!address.startsWith("/") || address.startsWith("//")) {
      return "a site path starts with a single /";
    }
    if (address.contains("?") || address.contains("#")) {
      return "it has a query or a fragment, which a link's address is matched without";
    }
    if (address.chars().anyMatch(c -> c <= ' ' || c == '\\')) {
      return "it has a space, a control character or a backslash";
    }
    String[] segments = segments(address);
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].contains("**") && (i != segments.length - 1 || !segments[i].equals("**"))) {
        return "** stands for the rest of the address, so it can only be the whole last segment (/api/**)";
      }
      if (segments[i].contains("*") && !segments[i].equals("*") && !segments[i].equals("**")) {
        return "* stands for a whole segment (/users/*/edit), not part of one";
      }
    }
    return null;
  }

  /** The addresses without {@code *}, as slugs ({@code login}): what a "did you mean" may name. */
  public List<String> exact() {
    List<String> exact = new ArrayList<>();
    for (String[] pattern : patterns) {
      if (!String.join("/", pattern).contains("*")) {
        exact.add(String.join("/", pattern));
      }
    }
    return exact;
  }

  /** These addresses and {@code other}'s. */
  public Served and(Served other) {
    if (other.patterns.isEmpty()) {
      return this;
    }
    if (patterns.isEmpty()) {
      return other;
    }
    List<String[]> both = new ArrayList<>(patterns);
    both.addAll(other.patterns);
    return new Served(both);
  }

  /** Whether the application serves {@code path} (decoded, without query and fragment). */
  public boolean serves(String path) {
    if (patterns.isEmpty()) {
      return false;
    }
    String[] segments = segments(path);
    for (String[] pattern : patterns) {
      if (matches(pattern, segments)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String[] pattern, String[] path) {
    for (int i = 0; i < pattern.length; i++) {
      if (pattern[i].equals("**")) {
        return true;
      }
      if (i >= path.length || !pattern[i].equals("*") && !pattern[i].equals(path[i])) {
        return false;
      }
    }
    return pattern.length == path.length;
  }

  /** The segments of a path, without empty ones: {@code /api/users/} → {@code [api, users]}. */
  private static String[] segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments.toArray(String[]::new);
  }
}
