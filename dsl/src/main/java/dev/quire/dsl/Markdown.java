package dev.quire.dsl;

import dev.quire.dsl.markdown.MarkdownRenderer;
import java.util.Objects;
import java.util.Optional;

/**
 * Markdown text with its HTML. From a content file the HTML is rendered and checked at compile time
 * ({@link #compiled}) and only the HTML is kept (the source is the content file); Markdown written by
 * hand ({@link #of}) is rendered once, on first use, with the same settings and the same safety rules
 * (modules check it in {@code build()}).
 */
public final class Markdown {
  private static final Markdown EMPTY = new Markdown(null, "", false);

  private final String source;
  private volatile MarkdownRenderer.Result rendered;
  private final String compiledHtml;
  private final boolean body;

  /** Exactly one of the two is set (both are empty for {@link #empty}). */
  private Markdown(String source, String compiledHtml, boolean body) {
    this.source = source;
    this.compiledHtml = compiledHtml;
    this.body = body;
  }

  /** Markdown written in Java for a module's text; rendered and checked on first use. */
  public static Markdown of(String source) {
    return Objects.requireNonNull(source, "source").isEmpty() ? EMPTY : new Markdown(source, null, false);
  }

  /**
   * Markdown written in Java for a page's body: like {@link #of}, and also as the original site's
   * bodies were, with an anchor link before each heading and external links opening in a new tab.
   */
  public static Markdown body(String source) {
    return Objects.requireNonNull(source, "source").isEmpty() ? EMPTY : new Markdown(source, null, true);
  }

  /**
   * Markdown whose HTML the Quire processor has already rendered and sanitized. Generated page classes
   * use this; hand-written code should use {@link #of}, because the HTML given here is trusted as is.
   */
  public static Markdown compiled(String html) {
    return Objects.requireNonNull(html, "html").isEmpty() ? EMPTY : new Markdown(null, html, false);
  }

  /** No text. */
  public static Markdown empty() {
    return EMPTY;
  }

  /**
   * The Markdown source of text written in Java ({@link #of}); empty for compiled text, whose source
   * is its content file.
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** Whether there is no text at all. */
  public boolean isEmpty() {
    return source != null ? source.isEmpty() : compiledHtml.isEmpty();
  }

  /** The safe HTML of this text. */
  public String html() {
    return compiledHtml != null ? compiledHtml : rendered().html();
  }

  /** Hand-written Markdown, rendered on first use. */
  private MarkdownRenderer.Result rendered() {
    MarkdownRenderer.Result result = rendered;
    if (result == null) {
      result = MarkdownRenderer.render(source, body ? MarkdownRenderer.Flavor.BODY : MarkdownRenderer.Flavor.MODULE);
      rendered = result;
    }
    return result;
  }

  /**
   * Adds the errors of this text, as {@code "<module> <property>: <problem>"}, to {@code problems}.
   * Compiled text has none: the processor reported them, positioned, before it wrote the class.
   */
  void check(String module, String property, java.util.List<String> problems) {
    if (compiledHtml != null) {
      return;
    }
    for (MarkdownRenderer.Issue issue : rendered().issues()) {
      if (issue.error()) {
        problems.add(module + " " + property + ": " + issue.message());
      }
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
