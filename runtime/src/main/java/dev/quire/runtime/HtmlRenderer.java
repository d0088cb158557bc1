package dev.quire.runtime;

import dev.quire.dsl.Breakpoint;
import dev.quire.dsl.Footer;
import dev.quire.dsl.Navigation;
import dev.quire.dsl.Html;
import dev.quire.dsl.Page;
import dev.quire.dsl.internal.UrlPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders pages to HTML: {@link #render} gives the page fragment (a Bootstrap container with the
 * modules, then the body), {@link #renderDocument} a whole document around it (doctype, charset,
 * viewport, title and description from the page, the Bootstrap 4 stylesheet, Quire's module CSS, and
 * the navigation bar and footer when the builder has them).
 *
 * <p>Pages are immutable, so the first render of a page works out its whole output once and keeps it on
 * the page, in the form the sink wants (UTF-8 bytes for a {@link ByteSink} or an {@code OutputStream},
 * text for a {@code String} or an {@code Appendable}); every later render is one copy. Rendering into a
 * byte sink then allocates nothing, and the {@code String} methods return the same cached string each
 * time. A site served as bytes keeps each page's document once, as bytes (about the size of the HTML);
 * the text form is made only for pages rendered as text. Immutable and thread-safe; make one and share it.
 */
public final class HtmlRenderer {
  /**
   * Bootstrap 4.6.2 from a CDN, linked with its published hash ({@code integrity}) so a browser refuses
   * a changed file; serve it yourself with {@link Builder#stylesheet}.
   */
  public static final String DEFAULT_STYLESHEET = "https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css";

  private final DocumentFrame frame;

  private HtmlRenderer(Builder builder) {
    this.frame = new DocumentFrame(new Layout(builder.stackBelow, Optional.ofNullable(builder.entryImage),
        builder.datePattern, builder.dateLocale), builder.stylesheet, builder.lang, builder.moduleCss, Optional.ofNullable(builder.siteName),
        Optional.ofNullable(builder.navigation), Optional.ofNullable(builder.footer),
        new Head(Optional.ofNullable(builder.favicon), Optional.ofNullable(builder.baseUrl), builder.themeColor,
            builder.stylesheets, builder.scripts, builder.metas),
        Optional.ofNullable(builder.header), Optional.ofNullable(builder.footerPage));
  }

  private HtmlRenderer(DocumentFrame frame) {
    this.frame = frame;
  }

  /** This renderer with {@code url} as the site's base URL (the static export's {@code --base-url}). */
  HtmlRenderer withBaseUrl(String url) {
    Head head = frame.head();
    Head based = new Head(head.favicon(), Optional.of(checkedBaseUrl(url)), head.themeColor(), head.stylesheets(),
        head.scripts(), head.metas());
    return new HtmlRenderer(new DocumentFrame(frame.layout(), frame.stylesheet(), frame.lang(), frame.moduleCss(),
        frame.siteName(), frame.navigation(), frame.footer(), based, frame.header(), frame.footerPage()));
  }

  /**
   * The site's base URL, when the builder was given one ({@link Builder#baseUrl}), without its
   * trailing slash: what the sitemap and the feeds ({@link SiteFiles}) make absolute addresses with.
   *
   * @return the base URL, if any
   */
  public Optional<String> baseUrl() {
    return frame.head().baseUrl();
  }

  /**
   * The site's name, when the builder was given one ({@link Builder#siteName}).
   *
   * @return the site's name, if any
   */
  public Optional<String> siteName() {
    return frame.siteName();
  }

  /**
   * The CSS of the original site's modules that documents carry inline by default; serve it yourself
   * (and turn the inline copy off with {@link Builder#moduleCss}) to let browsers cache it.
   *
   * @return the CSS of the original site's modules that documents carry inline by default
   */
  public static String moduleCss() {
    return ModuleCss.CSS;
  }

  /**
   * The script behind RowDynamicTable's search, sorting and pages. Documents carry it inline when the
   * page has a table; a site that renders fragments serves it itself.
   *
   * @return the script behind RowDynamicTable's search, sorting and pages
   */
  public static String tableScript() {
    return TableScript.source();
  }

  /**
   * A renderer with the defaults.
   *
   * @return a renderer with the defaults
   */
  public static HtmlRenderer create() {
    return builder().build();
  }

  /**
   * A builder with nothing set yet.
   *
   * @return a builder with nothing set yet
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The page fragment.
   *
   * @param page the page
   * @return the page fragment
   */
  public String render(Page page) {
    return PagePlans.fragmentText(checked(page), frame.layout());
  }

  /**
   * Writes the page fragment to {@code out}.
   *
   * @param page the page
   * @param out where to write
   * @throws IOException when {@code out} fails to take the output
   */
  public void render(Page page, Appendable out) throws IOException {
    out.append(PagePlans.fragmentText(checked(page), frame.layout()));
  }

  /**
   * Writes the page fragment to {@code out} as UTF-8 (flushed, not closed).
   *
   * @param page the page
   * @param out where to write
   * @throws IOException when {@code out} fails to take the output
   */
  public void render(Page page, OutputStream out) throws IOException {
    out.write(PagePlans.fragmentBytes(checked(page), frame.layout()));
    out.flush();
  }

  /**
   * Appends the page fragment to {@code sink} as UTF-8.
   *
   * @param page the page
   * @param sink the sink to append to
   */
  public void render(Page page, ByteSink sink) {
    PagePlans.writeFragment(checked(page), frame.layout(), sink);
  }

  /**
   * The whole document.
   *
   * @param page the page
   * @return the whole document
   */
  public String renderDocument(Page page) {
    return PagePlans.documentText(checked(page), frame);
  }

  /**
   * Writes the whole document to {@code out}.
   *
   * @param page the page
   * @param out where to write
   * @throws IOException when {@code out} fails to take the output
   */
  public void renderDocument(Page page, Appendable out) throws IOException {
    out.append(PagePlans.documentText(checked(page), frame));
  }

  /**
   * Writes the whole document to {@code out} as UTF-8 (flushed, not closed).
   *
   * @param page the page
   * @param out where to write
   * @throws IOException when {@code out} fails to take the output
   */
  public void renderDocument(Page page, OutputStream out) throws IOException {
    out.write(PagePlans.documentBytes(checked(page), frame));
    out.flush();
  }

  /**
   * Appends the whole document to {@code sink} as UTF-8.
   *
   * @param page the page
   * @param sink the sink to append to
   */
  public void renderDocument(Page page, ByteSink sink) {
    PagePlans.writeDocument(checked(page), frame, sink);
  }

  private static Page checked(Page page) {
    return Objects.requireNonNull(page, "page");
  }

  /**
   * A site's base URL as the builder takes it: an {@code http} or {@code https} address without query
   * or fragment, returned without its trailing slash.
   */
  static String checkedBaseUrl(String url) {
    Objects.requireNonNull(url, "baseUrl");
    if (!url.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
      throw new IllegalArgumentException("baseUrl: '" + url + "' is not an http or https address without a query or"
          + " fragment, like https://example.org or https://example.org/docs");
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Options of a renderer. */
  public static final class Builder {
    private Breakpoint stackBelow = Breakpoint.MD;
    private String entryImage;
    private String datePattern = Html.DEFAULT_DATE_PATTERN;
    private Locale dateLocale = Locale.ENGLISH;
    private String stylesheet = DEFAULT_STYLESHEET;
    private String lang = "en";
    private boolean moduleCss = true;
    private String siteName;
    private Navigation navigation;
    private Footer footer;
    private Page header;
    private Page footerPage;
    private String favicon;
    private String baseUrl;
    private String themeColor = "#ffffff";
    private final List<String> stylesheets = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();
    private final Map<String, String> metas = new TreeMap<>();

    private Builder() {}

    /**
     * The application's own header at the top of every document, above the navigation bar: a page
     * (a content file's, {@code HeaderPage.page()}, or one built in Java with the application's own
     * modules), whose modules and body are written as a page's, with the same checks and escaping.
     *
     * @param header the header
     * @return this builder
     */
    public Builder header(Page header) {
      this.header = Objects.requireNonNull(header, "header");
      return this;
    }

    /**
     * The application's own footer at the bottom of every document, in place of a {@link Footer}: a
     * page, written as {@link #header(Page)} is.
     *
     * @param footer the footer
     * @return this builder
     */
    public Builder footer(Page footer) {
      this.footerPage = Objects.requireNonNull(footer, "footer");
      this.footer = null;
      return this;
    }

    /**
     * The site's icon ({@code /favicon.svg}, {@code /favicon.ico}…), linked from every document, so
     * browsers do not ask for {@code /favicon.ico}.
     *
     * @param href the icon's URL
     * @return this builder
     * @throws IllegalArgumentException when the URL is not one an image may have
     */
    public Builder favicon(String href) {
      this.favicon = checked("favicon", href, UrlPolicy.Use.IMAGE);
      return this;
    }

    /**
     * The site's address ({@code https://example.org}, or {@code https://example.org/docs} for pages
     * served under a path): every generated page then gets its canonical address
     * ({@code <link rel="canonical">}, {@code og:url}) and social cards an absolute image URL.
     *
     * @param url an {@code http} or {@code https} URL, without query or fragment
     * @return this builder
     * @throws IllegalArgumentException when it is not one
     */
    public Builder baseUrl(String url) {
      this.baseUrl = checkedBaseUrl(url);
      return this;
    }

    /**
     * The colour browsers give their interface around the page ({@code <meta name="theme-color">}),
     * white by default, the navigation bar's.
     *
     * @param color a CSS colour: {@code #413c58}, {@code rgb(65, 60, 88)}, a name
     * @return this builder
     * @throws IllegalArgumentException when it is not a plain colour
     */
    public Builder themeColor(String color) {
      Objects.requireNonNull(color, "themeColor");
      if (!color.matches("#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(rgb|rgba|hsl|hsla)\\([0-9.,%\\s]+\\)")) {
        throw new IllegalArgumentException("themeColor: '" + color + "' is not a colour like #413c58 or rgb(65, 60, 88)");
      }
      this.themeColor = color;
      return this;
    }

    /**
     * Adds a stylesheet of the application's, linked after Bootstrap's and Quire's, so its rules win.
     *
     * @param href the stylesheet's URL
     * @return this builder
     * @throws IllegalArgumentException when the URL's scheme is not allowed
     */
    public Builder addStylesheet(String href) {
      stylesheets.add(checked("addStylesheet", href, UrlPolicy.Use.LINK));
      return this;
    }

    /**
     * Adds a script of the application's to every document's head, deferred (it runs once the page is
     * read, in the order added).
     *
     * @param src the script's URL
     * @return this builder
     * @throws IllegalArgumentException when the URL's scheme is not allowed
     */
    public Builder script(String src) {
      scripts.add(checked("script", src, UrlPolicy.Use.LINK));
      return this;
    }

    /**
     * Adds a {@code <meta name content>} tag to every document's head ({@code author},
     * {@code google-site-verification}…); the values are escaped.
     *
     * @param name the name
     * @param content the content
     * @return this builder
     * @throws IllegalArgumentException when the name is one the renderer writes itself
     */
    public Builder meta(String name, String content) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
      if (List.of("description", "viewport", "theme-color", "twitter:card").contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("meta: the renderer writes '" + name + "' itself (description comes from the"
            + " page, theme-color from themeColor)");
      }
      metas.put(name, content);
      return this;
    }

    /**
     * The site's name: each document's title is the page's title, a dash and this name.
     *
     * @param siteName the site name
     * @return this builder
     */
    public Builder siteName(String siteName) {
      this.siteName = Objects.requireNonNull(siteName, "siteName");
      return this;
    }

    /**
     * The navigation bar at the top of every document ({@code PageIndex.navigation()} gives a content file's).
     *
     * @param navigation the navigation
     * @return this builder
     */
    public Builder navigation(Navigation navigation) {
      this.navigation = Objects.requireNonNull(navigation, "navigation");
      return this;
    }

    /**
     * The footer at the bottom of every document (in place of a footer page).
     *
     * @param footer the footer
     * @return this builder
     */
    public Builder footer(Footer footer) {
      this.footer = Objects.requireNonNull(footer, "footer");
      this.footerPage = null;
      return this;
    }

    /**
     * The Bootstrap 4 stylesheet the document links to, for example a locally served copy.
     *
     * @param href the link's URL
     * @return this builder
     * @throws IllegalArgumentException when the URL's scheme is not allowed ({@code javascript:}…)
     */
    public Builder stylesheet(String href) {
      this.stylesheet = checked("stylesheet", href, UrlPolicy.Use.LINK);
      return this;
    }

    /**
     * The screen width below which every row's columns stack, one above the other:
     * {@link Breakpoint#MD} (below 768 px, phones) by default; {@link Breakpoint#NONE} keeps the
     * original site's fixed columns at every width.
     *
     * @param breakpoint the breakpoint
     * @return this builder
     */
    public Builder stackBelow(Breakpoint breakpoint) {
      this.stackBelow = Objects.requireNonNull(breakpoint, "breakpoint");
      return this;
    }

    /**
     * The image news cards and entry headers show for an entry without {@code image:} (by default
     * they show none), for example the site's logo.
     *
     * @param src the image's URL
     * @return this builder
     * @throws IllegalArgumentException when the URL is not one an image may have ({@code javascript:}…)
     */
    public Builder entryImage(String src) {
      this.entryImage = checked("entryImage", src, UrlPolicy.Use.IMAGE);
      return this;
    }

    /**
     * How every page shows dates (news cards and lists, entry headers, {@code Html.date} in own modules):
     * a {@link DateTimeFormatter} pattern with English month names. The default,
     * {@value Html#DEFAULT_DATE_PATTERN}, is the original site's form ({@code 2024-Oct-2}); dates are
     * shown in one form whatever form each content file wrote them in.
     *
     * @param pattern the pattern, like {@code d MMMM yyyy} or {@code yyyy-MM-dd}
     * @return this builder
     * @throws IllegalArgumentException when the pattern is not one
     */
    public Builder dateFormat(String pattern) {
      return dateFormat(pattern, Locale.ENGLISH);
    }

    /**
     * As {@link #dateFormat(String)}, with month and day names in {@code locale}'s language.
     *
     * @param pattern the pattern
     * @param locale the language of month and day names
     * @return this builder
     * @throws IllegalArgumentException when the pattern is not one
     */
    public Builder dateFormat(String pattern, Locale locale) {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(locale, "locale");
      try {
        DateTimeFormatter.ofPattern(pattern, locale).format(java.time.LocalDate.of(2024, 10, 2));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("dateFormat: '" + pattern + "' is not a date pattern: " + e.getMessage(), e);
      }
      this.datePattern = pattern;
      this.dateLocale = locale;
      return this;
    }

    /** {@code url} when the URL policy allows it for {@code use}; the option's name prefixes the refusal. */
    private static String checked(String option, String url, UrlPolicy.Use use) {
      UrlPolicy.Verdict verdict = UrlPolicy.check(Objects.requireNonNull(url, option), use);
      if (verdict.level() == UrlPolicy.Level.ERROR) {
        throw new IllegalArgumentException(option + ": " + verdict.message());
      }
      return url;
    }

    /**
     * The document's language ({@code en} by default).
     *
     * @param lang the lang
     * @return this builder
     */
    public Builder lang(String lang) {
      this.lang = Objects.requireNonNull(lang, "lang");
      return this;
    }

    /**
     * Whether the document carries Quire's module CSS inline (default true).
     *
     * @param include the include
     * @return this builder
     */
    public Builder moduleCss(boolean include) {
      this.moduleCss = include;
      return this;
    }

    /**
     * The build.
     *
     * @return the build
     */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
