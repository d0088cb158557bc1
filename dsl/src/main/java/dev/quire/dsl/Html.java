package dev.quire.dsl;

import dev.quire.dsl.internal.UrlPolicy;
import dev.quire.dsl.internal.InlineStyle;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The writer a {@link Module} renders with: it writes elements, text and Markdown, and refuses what
 * would make a page unsafe. Tag and attribute names must be plain names; event handlers
 * ({@code on…}), {@code srcdoc} and {@code srcset} are refused; values are escaped, URL attributes
 * ({@code href}, {@code src}, {@code action}…) pass the URL policy, a {@code style} holds plain CSS
 * only; elements that run code or load other documents ({@code script}, {@code style},
 * {@code iframe}, {@code object}…) are refused; and every element opened is closed (void elements
 * such as {@code img} need no close). Each refusal throws an exception that says what was refused:
 * a module's code is its author's to fix, and values from content were checked before they reach it.
 *
 * <pre>{@code
 * html.open("section", "class", "hero")
 *     .open("h2").text(title).close()
 *     .markdown(text)
 *     .close();
 * }</pre>
 *
 * <p>A renderer writes each static page once and keeps the result, so what a module writes costs
 * nothing per request. Not thread-safe: one writer renders one page.
 */
public final class Html {
  private static final Pattern TAG = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_.:-]*");
  private static final Set<String> VOID = Set.of("area", "br", "col", "hr", "img", "input", "wbr");
  private static final Set<String> REFUSED_TAGS = Set.of("script", "style", "iframe", "frame", "frameset", "object",
      "embed", "applet", "base", "link", "meta", "noscript", "template", "svg", "math", "portal", "xmp", "plaintext",
      "noembed", "noframes", "title", "source", "track", "param");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "cite",
      "data", "background", "longdesc", "usemap", "codebase", "ping", "manifest", "icon", "xlink:href");
  private static final Set<String> IMAGE_ATTRIBUTES = Set.of("src", "poster", "background");
  private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("hidden", "disabled", "checked", "selected", "readonly",
      "required", "multiple", "autofocus", "open", "novalidate", "reversed", "itemscope");

  /**
   * How pages show dates unless the renderer says otherwise: the original site's form, year, short
   * month name and day ({@code 2024-Oct-2}).
   */
  public static final String DEFAULT_DATE_PATTERN = "yyyy-MMM-d";

  private static final class DefaultDates {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(DEFAULT_DATE_PATTERN, Locale.ENGLISH);
  }

  private final StringBuilder out;
  private final Breakpoint stackBelow;
  private final Optional<String> entryImage;
  private final DateTimeFormatter dates;
  private final Deque<String> open = new ArrayDeque<>();
  private final Set<String> scripts = new TreeSet<>();
  /** The level of the last heading written ({@code <h2>} → 2), in elements and in Markdown; 0 before any. */
  private int lastHeading;

  private Html(StringBuilder out, Breakpoint stackBelow, Optional<String> entryImage, DateTimeFormatter dates) {
    this.out = out;
    this.stackBelow = stackBelow;
    this.entryImage = entryImage;
    this.dates = dates;
  }

  /**
   * A writer appending to {@code out}, for a renderer: columns stack below {@code stackBelow}, and
   * news entries without an image of their own show {@code entryImage} when there is one.
   *
   * @param out where the HTML goes
   * @param stackBelow the breakpoint below which columns stack
   * @param entryImage the image of entries that have none, if any
   * @return the writer
   */
  public static Html writer(StringBuilder out, Breakpoint stackBelow, Optional<String> entryImage) {
    return writer(out, stackBelow, entryImage, null);
  }

  /**
   * A writer appending to {@code out}, for a renderer: as {@link #writer(StringBuilder, Breakpoint, Optional)},
   * showing dates with {@code dates} (the site's one format; null for {@link #DEFAULT_DATE_PATTERN}).
   *
   * @param out where the HTML goes
   * @param stackBelow the breakpoint below which columns stack
   * @param entryImage the image of entries that have none, if any
   * @param dates how dates are shown, or null for the default
   * @return the writer
   */
  public static Html writer(StringBuilder out, Breakpoint stackBelow, Optional<String> entryImage,
      DateTimeFormatter dates) {
    return new Html(Objects.requireNonNull(out, "out"), Objects.requireNonNull(stackBelow, "stackBelow"),
        Objects.requireNonNull(entryImage, "entryImage"), dates == null ? DefaultDates.FORMAT : dates);
  }

  /**
   * A date as this site shows every date ({@code 2024-Oct-2} by default; the renderer's
   * {@code dateFormat} changes it), for modules that show dates.
   *
   * @param date the date
   * @return the date as text
   */
  public String date(LocalDate date) {
    return dates.format(Objects.requireNonNull(date, "date"));
  }

  /**
   * Writes a date as a {@code <time>} element: its ISO form in {@code datetime}, shown as {@link #date}.
   *
   * @param date the date
   * @return this writer
   */
  public Html time(LocalDate date) {
    return open("time", "datetime", date.toString()).text(date(date)).close();
  }

  /**
   * A writer appending to {@code out} with the renderer's defaults (columns stack below
   * {@link Breakpoint#MD}); for tests of a module's HTML.
   *
   * @param out where the HTML goes
   * @return the writer
   */
  public static Html writer(StringBuilder out) {
    return writer(out, Breakpoint.MD, Optional.empty());
  }

  /**
   * Opens an element: {@code open("a", "href", url, "class", "button")}. A {@code null} value leaves
   * its attribute out; an empty value of a boolean attribute ({@code hidden}, {@code disabled}…)
   * writes it bare. Void elements ({@code img}, {@code br}, {@code hr}, {@code input}…) need no
   * {@link #close}.
   *
   * @param tag the element's name
   * @param attributes names and values, in turn
   * @return this writer
   * @throws IllegalArgumentException when a name is not a plain name, the element or an attribute is
   *     refused, a URL or style is unsafe, or an {@code img} has no {@code alt}
   */
  public Html open(String tag, String... attributes) {
    String name = Objects.requireNonNull(tag, "tag").toLowerCase(Locale.ROOT);
    if (!TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException("Html: '" + tag + "' is not an element name (letters, digits and '-')");
    }
    if (REFUSED_TAGS.contains(name)) {
      throw new IllegalArgumentException("Html: <" + name + "> is refused: it runs code, loads other documents or"
          + " styles the page" + (name.equals("svg") ? "; write icons with icon(Icon)" : ""));
    }
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Html: <" + name + "> attributes come in name, value pairs; "
          + attributes.length + " strings were given");
    }
    if (name.equals("img") && !hasValue(attributes, "alt")) {
      throw new IllegalArgumentException("Html: <img> needs alt: what the image shows, or \"\" for an image that is"
          + " only decoration (a screen reader reads out the file name of an image without one)");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      attribute(name, attributes[i], attributes[i + 1]);
    }
    out.append('>');
    if (!VOID.contains(name)) {
      open.push(name);
    }
    if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
      lastHeading = name.charAt(1) - '0';
    }
    return this;
  }

  /**
   * The level for the headings of a part that starts here ({@code "h" + level}): one below the last
   * heading written before it, in elements or in Markdown ({@code <h3>} after the page's {@code <h2>}),
   * 2 when none came before, never more than 6. A module whose items have headings (cards, a list of
   * entries) asks once and gives them all that level, so the page's outline never skips a level,
   * wherever the module is.
   *
   * @return the level, 2 to 6
   */
  public int subheadingLevel() {
    return lastHeading == 0 ? 2 : Math.min(6, lastHeading + 1);
  }

  private static boolean hasValue(String[] attributes, String name) {
    for (int i = 0; i < attributes.length; i += 2) {
      if (name.equalsIgnoreCase(attributes[i]) && attributes[i + 1] != null) {
        return true;
      }
    }
    return false;
  }

  private void attribute(String tag, String attribute, String value) {
    String name = Objects.requireNonNull(attribute, "attribute name").toLowerCase(Locale.ROOT);
    if (!ATTRIBUTE.matcher(attribute).matches()) {
      throw new IllegalArgumentException("Html: '" + attribute + "' on <" + tag + "> is not an attribute name");
    }
    if (name.startsWith("on")) {
      throw new IllegalArgumentException("Html: the event handler " + name + " on <" + tag + "> is refused; pages run"
          + " no script of a module's");
    }
    if (name.equals("srcdoc") || name.equals("srcset")) {
      throw new IllegalArgumentException("Html: " + name + " on <" + tag + "> is refused"
          + (name.equals("srcset") ? "; give one image with src" : ""));
    }
    if (value == null) {
      return;
    }
    if (URL_ATTRIBUTES.contains(name)) {
      UrlPolicy.Verdict verdict = UrlPolicy.check(value, IMAGE_ATTRIBUTES.contains(name) && !tag.equals("a")
          ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK);
      if (verdict.level() == UrlPolicy.Level.ERROR) {
        throw new IllegalArgumentException("Html: " + name + " on <" + tag + "> is refused: " + verdict.message());
      }
    }
    if (name.equals("style")) {
      Optional<String> problem = InlineStyle.problem(value);
      if (problem.isPresent()) {
        throw new IllegalArgumentException("Html: style \"" + value + "\" on <" + tag + "> is refused: " + problem.get());
      }
    }
    out.append(' ').append(name);
    if (!value.isEmpty() || !BOOLEAN_ATTRIBUTES.contains(name)) {
      out.append("=\"");
      escape(value, out);
      out.append('"');
    }
  }

  /**
   * Closes the element opened last.
   *
   * @return this writer
   * @throws IllegalStateException when no element is open
   */
  public Html close() {
    if (open.isEmpty()) {
      throw new IllegalStateException("Html: close() with no element open");
    }
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /**
   * Writes text, escaped: it shows exactly as given.
   *
   * @param text the text
   * @return this writer
   */
  public Html text(String text) {
    escape(Objects.requireNonNull(text, "text"), out);
    return this;
  }

  /**
   * Writes the HTML of a Markdown text: rendered and sanitized when it was made (from a content file,
   * at compile time).
   *
   * @param markdown the text
   * @return this writer
   */
  public Html markdown(Markdown markdown) {
    String html = Objects.requireNonNull(markdown, "markdown").html();
    out.append(html);
    for (int at = html.lastIndexOf("<h"); at >= 0; at = html.lastIndexOf("<h", at - 1)) {
      char level = at + 2 < html.length() ? html.charAt(at + 2) : 0;
      char after = at + 3 < html.length() ? html.charAt(at + 3) : 0;
      if (level >= '1' && level <= '6' && (after == '>' || after == ' ')) {
        lastHeading = level - '0';
        break;
      }
      if (at == 0) {
        break;
      }
    }
    return this;
  }

  /**
   * Writes another module (a module holding modules renders them with this).
   *
   * @param module the module
   * @return this writer
   * @throws IllegalStateException when the module leaves an element open or closes one it did not open
   */
  public Html module(Module module) {
    int depth = open.size();
    String expected = open.peek();
    Objects.requireNonNull(module, "module").render(this);
    if (open.size() != depth || open.peek() != expected) {
      throw new IllegalStateException("Html: " + module.name() + " left " + (open.size() > depth
          ? "<" + open.peek() + "> open" : "an element closed that it did not open"));
    }
    return this;
  }

  /**
   * Writes a Font Awesome icon as inline SVG: {@code icon(Icon.of("fas cog"), "fa-2x")}.
   *
   * @param icon the icon
   * @param classes classes put before the icon's own ({@code fa-2x}), or none
   * @return this writer
   */
  public Html icon(Icon icon, String... classes) {
    Objects.requireNonNull(icon, "icon");
    out.append("<svg aria-hidden=\"true\" focusable=\"false\" data-prefix=\"").append(icon.prefix())
        .append("\" data-icon=\"");
    escape(icon.name(), out);
    out.append("\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(icon.width()).append(' ').append(icon.height()).append("\" class=\"");
    for (String extra : classes) {
      escape(extra, out);
      out.append(' ');
    }
    out.append("svg-inline--fa fa-");
    escape(icon.name(), out);
    out.append("\"><path fill=\"currentColor\" d=\"");
    escape(icon.path(), out);
    out.append("\"></path></svg>");
    return this;
  }

  /**
   * The class of a grid column {@code width} twelfths wide that stacks below the renderer's
   * breakpoint: {@code col-md-6} by default.
   *
   * @param width the column's width, 1 to 12
   * @return the class
   */
  public String columnClass(int width) {
    if (width < 1 || width > 12) {
      throw new IllegalArgumentException("a column is 1 to 12 twelfths wide, not " + width);
    }
    return stackBelow.column(width);
  }

  /**
   * The class of a grid column that shares its row equally with the others and stacks below the
   * renderer's breakpoint: {@code col-md} by default.
   *
   * @return the class
   */
  public String columnClass() {
    return stackBelow.equalColumn();
  }

  /**
   * Checks that every element opened was closed; a renderer calls it when a page is written.
   *
   * @throws IllegalStateException when an element is still open
   */
  public void finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("Html: <" + open.peek() + "> is never closed");
    }
  }

  /**
   * The scripts the page needs, by name ({@code table} for RowDynamicTable's search, sorting and
   * pages): a renderer puts them into the document.
   *
   * @return the names, sorted
   */
  public Set<String> scripts() {
    return Collections.unmodifiableSet(scripts);
  }

  /** Asks the renderer to put script {@code name} into the document (the built-in table). */
  void requireScript(String name) {
    scripts.add(name);
  }

  /** The image of news entries that have none, if the renderer has one. */
  Optional<String> entryImage() {
    return entryImage;
  }

  /** Appends HTML a built-in module made safe itself. */
  Html raw(String html) {
    out.append(html);
    return this;
  }

  /**
   * Writes {@code text} escaped for element content and for double- or single-quoted attribute values.
   *
   * @param text the text
   * @param out where it goes
   */
  public static void escape(CharSequence text, StringBuilder out) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      String replacement = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (replacement != null) {
        out.append(text, start, i).append(replacement);
        start = i + 1;
      }
    }
    out.append(text, start, text.length());
  }
}
