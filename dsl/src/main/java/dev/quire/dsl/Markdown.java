package dev.quire.dsl;

import dev.quire.dsl.internal.MarkdownEngine;
import java.util.ServiceLoader;
import java.util.Objects;
import java.util.Optional;

/**
 * A module's text, as the HTML it shows. Written by hand, it is Markdown ({@link #of}, {@link #body}),
 * rendered once, on first use, with the settings and safety rules of content files (modules check it
 * in {@code build()}), or plain text ({@link #plainText}) shown exactly as written. From a content
 * file, the processor renders and checks the Markdown at compile time and the generated class keeps
 * only the HTML ({@link #generated}).
 */
public final class Markdown {
  private static final Markdown EMPTY = new Markdown(null, "", false);

  private final String source;
  private volatile MarkdownEngine.Rendering rendered;
  private final String compiledHtml;
  private final boolean body;

  /** Exactly one of the two is set (both are empty for {@link #empty}). */
  private Markdown(String source, String compiledHtml, boolean body) {
    this.source = source;
    this.compiledHtml = compiledHtml;
    this.body = body;
  }

  /**
   * Markdown written in Java for a module's text; rendered and checked on first use.
   *
   * @param source the source
   * @return Markdown written in Java for a module's text; rendered and checked on first use
   */
  public static Markdown of(String source) {
    return Objects.requireNonNull(source, "source").isEmpty() ? EMPTY : new Markdown(source, null, false);
  }

  /**
   * Markdown written in Java for a page's body: like {@link #of}, and also as the original site's
   * bodies were, with an anchor link before each heading and external links opening in a new tab.
   *
   * @param source the source
   * @return Markdown written in Java for a page's body
   */
  public static Markdown body(String source) {
    return Objects.requireNonNull(source, "source").isEmpty() ? EMPTY : new Markdown(source, null, true);
  }

  /**
   * Text shown exactly as written: no Markdown, no HTML. Every character is escaped, a blank line
   * starts a new paragraph and a line break stays a line break. For text from users and databases,
   * which {@link #of} would read as Markdown (and refuse, if it held something like a
   * {@code javascript:} link).
   *
   * @param text the text
   * @return text shown exactly as written: no Markdown, no HTML
   */
  public static Markdown plainText(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return EMPTY;
    }
    StringBuilder html = new StringBuilder(text.length() + 16);
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      html.append("<p>");
      String[] lines = paragraph.strip().split("\\R");
      for (int i = 0; i < lines.length; i++) {
        escape(lines[i], html);
        html.append(i + 1 < lines.length ? "<br>\n" : "");
      }
      html.append("</p>\n");
    }
    return trusted(html.toString());
  }

  /**
   * For the classes the Quire processor generates, not for hand-written code: HTML the processor
   * rendered from a content file's Markdown and sanitized at compile time. It is trusted as it is and
   * never checked again, so anything given here reaches the page unchanged; hand-written code uses
   * {@link #of}, {@link #body} or {@link #plainText}.
   *
   * @param sanitizedHtml the sanitized HTML
   * @return for the classes the Quire processor generates
   */
  public static Markdown generated(String sanitizedHtml) {
    return trusted(Objects.requireNonNull(sanitizedHtml, "sanitizedHtml"));
  }

  /** HTML made safe by its maker (the processor, {@link #plainText}, the collection index page). */
  static Markdown trusted(String html) {
    return html.isEmpty() ? EMPTY : new Markdown(null, html, false);
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /**
   * No text.
   *
   * @return no text
   */
  public static Markdown empty() {
    return EMPTY;
  }

  /**
   * The Markdown source of text written in Java ({@link #of}, {@link #body}); empty for plain text and
   * for generated text, whose source is its content file.
   *
   * @return the Markdown source of text written in Java
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Whether there is no text at all.
   *
   * @return whether there is no text at all
   */
  public boolean isEmpty() {
    return source != null ? source.isEmpty() : compiledHtml.isEmpty();
  }

  /**
   * The safe HTML of this text.
   *
   * @return the safe HTML of this text
   */
  public String html() {
    return compiledHtml != null ? compiledHtml : rendered().html();
  }

  /** Hand-written Markdown, rendered on first use. */
  private MarkdownEngine.Rendering rendered() {
    MarkdownEngine.Rendering result = rendered;
    if (result == null) {
      result = Engine.get().render(source, body);
      rendered = result;
    }
    return result;
  }

  /** The Markdown engine of {@code quire-markdown}, looked up once, when hand-written Markdown first renders. */
  private static final class Engine {
    private static final MarkdownEngine INSTANCE = ServiceLoader.load(MarkdownEngine.class, Markdown.class.getClassLoader())
        .findFirst().orElse(null);

    static MarkdownEngine get() {
      if (INSTANCE == null) {
        throw new IllegalStateException("Markdown.of and Markdown.body render Markdown written in Java, which needs the "
            + "artifact dev.quire:quire-markdown on the class path: add it as a dependency (generated pages need "
            + "nothing, since the processor rendered their Markdown; Markdown.plainText needs nothing either)");
      }
      return INSTANCE;
    }
  }

  /**
   * Adds the errors of this text, as {@code "<module> <property>: <problem>"}, to {@code problems}.
   * Compiled text has none: the processor reported them, positioned, before it wrote the class.
   */
  void check(String module, String property, java.util.List<dev.quire.dsl.internal.Problem> problems) {
    if (compiledHtml != null) {
      return;
    }
    for (dev.quire.dsl.internal.Problem error : rendered().errors()) {
      problems.add(error.of(module + " " + property));
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Markdown that && Objects.equals(source, that.source) && html().equals(that.html());
  }

  @Override
  public int hashCode() {
    return source != null ? source.hashCode() : compiledHtml.hashCode();
  }

  @Override
  public String toString() {
    return source != null ? "Markdown[" + source + "]" : "Markdown[html=" + compiledHtml + "]";
  }
}
