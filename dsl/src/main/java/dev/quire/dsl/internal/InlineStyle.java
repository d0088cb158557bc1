package dev.quire.dsl.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@code style} attributes raw HTML may keep: plain CSS declarations. CSS loads from elsewhere
 * through functions ({@code url()}, {@code image-set()}, {@code -webkit-image-set()}, {@code image()},
 * {@code cross-fade()}, {@code src()}…) and through at-rules, escapes hide what a name is, and old
 * browsers ran script through {@code expression()}, {@code behavior} and {@code -moz-binding}. So a
 * style may call only functions that compute a value (colours, lengths, gradients, transforms), and no
 * at-rule, escape, comment or script scheme; anything else is refused, never guessed at.
 */
public final class InlineStyle {
  /** Functions that compute a value and take no address. */
  private static final Set<String> FUNCTIONS = Set.of(
      "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix",
      "calc", "min", "max", "clamp", "var",
      "linear-gradient", "radial-gradient", "conic-gradient",
      "repeating-linear-gradient", "repeating-radial-gradient", "repeating-conic-gradient",
      "translate", "translatex", "translatey", "translate3d", "rotate", "rotatex", "rotatey", "rotatez",
      "scale", "scalex", "scaley", "skew", "skewx", "skewy", "matrix", "perspective",
      "cubic-bezier", "steps", "blur", "brightness", "contrast", "grayscale", "opacity", "saturate", "sepia",
      "drop-shadow", "invert", "hue-rotate", "minmax", "repeat", "fit-content");
  /** A name before '(': matched from the start of a word only, possessively, so a long value takes linear time. */
  private static final Pattern FUNCTION = Pattern.compile("(?<![A-Za-z0-9_-])([A-Za-z_-][A-Za-z0-9_-]*+)\\s*+\\(");
  private static final Pattern SCRIPT = Pattern.compile("(?i)(javascript:|vbscript:|behavior\\s*:|-moz-binding)");

  private InlineStyle() {}

  /** What makes {@code style} unsafe, or nothing when it is plain CSS. */
  public static Optional<String> problem(String style) {
    if (style.indexOf('\\') >= 0) {
      return Optional.of("a CSS escape (\\) can hide what a name is");
    }
    if (style.contains("/*")) {
      return Optional.of("a CSS comment can split what a browser reads as one name");
    }
    if (style.indexOf('@') >= 0) {
      return Optional.of("an at-rule (@import…) loads other files");
    }
    if (style.indexOf('<') >= 0) {
      return Optional.of("'<' is not CSS (an unclosed quote may have swallowed the HTML after it)");
    }
    Matcher script = SCRIPT.matcher(style);
    if (script.find()) {
      return Optional.of("'" + script.group(1) + "' runs code");
    }
    Matcher function = FUNCTION.matcher(style);
    while (function.find()) {
      String name = function.group(1).toLowerCase(Locale.ROOT);
      if (!FUNCTIONS.contains(name)) {
        return Optional.of(name.equals("url") || name.endsWith("image-set") || name.equals("image")
            || name.equals("cross-fade") || name.equals("src") || name.equals("element")
            ? "the CSS function " + name + "() loads from another address"
            : "the CSS function " + name + "() is not one of the plain value functions (rgb(), calc(), "
                + "linear-gradient()…)");
      }
    }
    return Optional.empty();
  }
}
