package dev.quire.processor.internal.read;

import dev.quire.dsl.Icon;
import dev.quire.dsl.Size;
import dev.quire.dsl.internal.FontAwesome;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.dsl.internal.UrlPolicy;
import dev.quire.processor.internal.bound.Markers;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How one scalar value becomes a typed value, with its errors reported at the value: the checks every
 * reader shares, built-in properties and own modules' components alike. {@code label} names the value
 * as the author wrote it ({@code RowImage image}, {@code Hero level}).
 */
public final class Scalars {
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern CANONICAL_INT = Pattern.compile("-?(0|[1-9][0-9]{0,8})");
  private static final Pattern CANONICAL_LONG = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

  private Scalars() {}

  /** The node as a scalar, or an error saying it must be {@code description}. */
  static Optional<YamlNode.Scalar> scalar(ReadContext context, String label, YamlNode node, String description) {
    if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
      return Optional.of(scalar);
    }
    context.add(node.position(), Message.TYPE_MUST_BE.with(label, description, node.kind()));
    return Optional.empty();
  }

  /** A URL checked by the URL policy for {@code use}; images also against the static folder. */
  static Optional<String> url(ReadContext context, String label, YamlNode.Scalar scalar, UrlPolicy.Use use) {
    String value = context.text(scalar);
    UrlPolicy.Verdict verdict = UrlPolicy.check(value, use);
    if (verdict.level() != UrlPolicy.Level.OK && !(Markers.contains(value) && verdict.level() == UrlPolicy.Level.WARNING)) {
      context.add(scalar.position(), verdict.problem().orElseThrow().of(label));
    }
    if (verdict.level() != UrlPolicy.Level.ERROR) {
      context.link(value, scalar.position(), use == UrlPolicy.Use.IMAGE, label);
    }
    if (use == UrlPolicy.Use.IMAGE && verdict.level() != UrlPolicy.Level.ERROR && !Markers.contains(value)) {
      context.site.staticFiles().flatMap(files -> files.missing(value))
          .ifPresent(missing -> context.add(scalar.position(), missing));
    }
    return Optional.of(value);
  }

  /** A Font Awesome icon with its SVG; an unknown or malformed one is an error with suggestions. */
  static Optional<Icon> icon(ReadContext context, String label, YamlNode.Scalar scalar) {
    FontAwesome.Lookup lookup = FontAwesome.find(scalar.value());
    if (lookup.problem() != null) {
      context.add(scalar.position(), lookup.problem().of(label));
      return Optional.empty();
    }
    FontAwesome.Glyph glyph = lookup.glyph();
    return Optional.of(Icon.svg(glyph.prefix(), glyph.name(), glyph.width(), glyph.height(), glyph.path()));
  }

  /** Module Markdown, rendered and checked, its problems at their place in the value. */
  static PageModel.Text markdown(ReadContext context, YamlNode.Scalar scalar) {
    return context.markdown(scalar.value(), offset -> context.scalarPosition(scalar, offset));
  }

  /**
   * A whole number written plainly (no quotes, sign on positive numbers, leading zeros or YAML 1.1
   * forms), within {@code min} and {@code max}.
   */
  static Optional<Long> whole(ReadContext context, String label, YamlNode.Scalar scalar, boolean isLong, long min,
      long max) {
    String value = scalar.value();
    if (scalar.style() != YamlNode.Style.PLAIN || !(isLong ? CANONICAL_LONG : CANONICAL_INT).matcher(value).matches()) {
      String why = scalar.style() != YamlNode.Style.PLAIN ? " (it is quoted; write the number without quotes)"
          : INTEGER.matcher(value).matches() && value.length() > (isLong ? 18 : 9) ? " (it is too large)"
          : INTEGER.matcher(value).matches() ? " (write it without a sign or leading zeros)" : "";
      context.add(scalar.position(), Message.TYPE_WHOLE.with(label, value, why));
      return Optional.empty();
    }
    long number = Long.parseLong(value);
    if (number < min || number > max) {
      context.add(scalar.position(), Message.TYPE_RANGE.with(label, number, min, max));
      return Optional.empty();
    }
    return Optional.of(number);
  }

  /** Whether {@code scalar} is an {@code int} written plainly, as {@link #whole} reads one without a report. */
  public static boolean isInt(YamlNode.Scalar scalar) {
    return !scalar.isNull() && scalar.style() == YamlNode.Style.PLAIN && CANONICAL_INT.matcher(scalar.value()).matches();
  }

  /**
   * A text value checked by {@code rule} (what it is, as written — {@code RowText status} —, and the
   * value → the problem), reported at the value; the text as written.
   */
  static Optional<String> checked(ReadContext context, String label, YamlNode.Scalar scalar,
      java.util.function.BiFunction<String, String, Optional<Problem>> rule) {
    rule.apply(label, scalar.value()).ifPresent(problem -> context.add(scalar.position(), problem));
    return Optional.of(scalar.value());
  }

  /** {@code true} or {@code false}, unquoted. */
  static Optional<Boolean> bool(ReadContext context, String label, YamlNode.Scalar scalar) {
    String value = scalar.value();
    if (scalar.style() == YamlNode.Style.PLAIN && (value.equals("true") || value.equals("false"))) {
      return Optional.of(value.equals("true"));
    }
    context.add(scalar.position(), Message.TYPE_BOOLEAN.with(label, value));
    return Optional.empty();
  }

  /** A separator size, any case; {@code label} names the value ({@code RowSeparator size}, {@code Hero gap}). */
  static Optional<Size> size(ReadContext context, String label, YamlNode.Scalar scalar) {
    Optional<Size> size = Size.parse(scalar.value());
    if (size.isEmpty()) {
      context.add(scalar.position(), Message.TYPE_SIZE.with(label, scalar.value(), Size.allowed()));
    }
    return size;
  }

  /** One of {@code constants}, written in any case; the constant's own spelling. */
  static Optional<String> constant(ReadContext context, String label, YamlNode.Scalar scalar, List<String> constants) {
    for (String constant : constants) {
      if (constant.equalsIgnoreCase(scalar.value())) {
        return Optional.of(constant);
      }
    }
    List<String> written = constants.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    context.add(scalar.position(), Message.TYPE_CONSTANT.with(label, scalar.value(), String.join(", ", written),
        Suggestions.didYouMean(scalar.value().toLowerCase(Locale.ROOT), written)));
    return Optional.empty();
  }
}
