package dev.quire.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.internal.Bound;
import dev.quire.dsl.internal.UrlPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders Markdown the one way Quire renders it: CommonMark, GFM tables, heading ids; link and image
 * URLs checked by {@link UrlPolicy}; raw HTML checked by {@link RawHtml} and the output sanitized
 * against its allowlist. Used by the processor (at compile time, with positions) and by
 * {@link dev.quire.dsl.Markdown#of} (once, for hand-written pages). Thread-safe.
 */
public final class MarkdownRenderer {
  /** A problem at a character offset of the Markdown source. */
  public record Issue(int offset, Code code, String message) {
    /**
     * The issue of {@code problem}, made by the message catalogue, at {@code offset}.
     *
     * @param offset where it is in the source
     * @param problem the problem
     * @return the issue
     */
    public static Issue of(int offset, Problem problem) {
      return new Issue(offset, Code.parse(problem.code()).orElseThrow(), problem.message());
    }

    /**
     * Whether the problem is an error (not a warning).
     *
     * @return whether the problem is an error (not a warning)
     */
    public boolean error() {
      return code.isError();
    }
  }

  /** An image the text shows, at a character offset of the source. */
  public record ImageUse(int offset, String url) {}

  /**
   * A heading the text shows ({@code level} 1 to 6), at a character offset of the source, with its
   * {@code id} (empty when it has none) and its text as a reader sees it.
   */
  public record HeadingUse(int offset, int level, String id, String text) {}

  /**
   * A link the text has (a Markdown link, a link reference definition, an autolink or a raw
   * {@code <a href>}), its URL as written, at the character offset of the URL in the source.
   */
  public record LinkUse(int offset, String url) {}

  /**
   * Safe HTML plus the problems found on the way, sorted by offset, the images and links the text
   * uses, its headings in the order they show, and the ids its HTML has (what a {@code #fragment} can
   * go to: heading ids, raw HTML's {@code id} and {@code <a name>}).
   */
  public record Result(String html, List<Issue> issues, List<ImageUse> images, List<HeadingUse> headings,
      List<LinkUse> links, Set<String> ids) {
    /**
     * Checks the components; lists are kept as unmodifiable copies.
     *
     * @param html the HTML
     * @param issues the issues
     * @param images the images
     * @param headings the headings, in the order they show
     * @param links the links, in source order
     * @param ids the ids of the HTML's elements
     */
    public Result {
      issues = List.copyOf(issues);
      images = List.copyOf(images);
      headings = List.copyOf(headings);
      links = List.copyOf(links);
      ids = Set.copyOf(ids);
    }

    /**
     * Whether any problem is an error.
     *
     * @return whether any problem is an error
     */
    public boolean hasErrors() {
      return issues.stream().anyMatch(Issue::error);
    }
  }

  /**
   * A text's HTML after {@link #uniqueIds}: {@code ids} maps each id that was renamed to its new one
   * (empty when nothing was).
   */
  public record Renamed(String html, Map<String, String> ids) {
    /**
     * Keeps an unmodifiable copy of the map.
     *
     * @param html the HTML
     * @param ids each renamed id to its new one
     */
    public Renamed {
      ids = Map.copyOf(ids);
    }
  }

  /** Stack for the rendering thread: flexmark recurses per nesting level. */
  private static final long STACK_BYTES = 16L << 20;
  /** Backstop for inputs the limits do not foresee; real pages render in milliseconds. */
  private static final long TIMEOUT_MILLIS = 10_000;
  private static final Parser PARSER;
  private static final HtmlRenderer RENDERER;
  private static final HtmlRenderer BODY_RENDERER;
  /** Marks a Markdown heading of a body for its anchor; never left in the output. */
  private static final String ANCHOR_MARK = "data-quire-anchor";

  /**
   * The two flavours of the original site: module text (marked: heading ids, links as written) and
   * page bodies and excerpts (@nuxt/content: also an anchor link before each Markdown heading, and
   * external Markdown links open in a new tab with {@code rel="nofollow noopener noreferrer"}). Raw
   * HTML is left as written in both.
   */
  public enum Flavor {
    /** Module text, as marked rendered it: heading ids, links as written. */
    MODULE,
    /** Page bodies and excerpts, as @nuxt/content rendered them: also heading anchors and external links in a new tab. */
    BODY
  }
  /**
   * The rendering threads, kept for 30 s between renders: starting a thread with a 16 MiB stack costs
   * about 0.4 ms here, several times what rendering a paragraph costs once the JIT has warmed up.
   * Daemon threads, so they never keep a JVM (or javac) from exiting.
   */
  private static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
      new SynchronousQueue<>(), MarkdownRenderer::worker);

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
        TaskListExtension.create(), FootnoteExtension.create()));
    // GFM tables: no column spans, short rows filled, long rows cut, a header row and separator row of
    // the same number of cells (else the lines are a paragraph)
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    // URLs as the specs write them: non-ASCII and unsafe characters percent-encoded, escapes kept
    options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
    PARSER = Parser.builder(options).build();
    RENDERER = HtmlRenderer.builder(options).build();
    BODY_RENDERER = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
      @Override
      public AttributeProvider apply(LinkResolverContext context) {
        return new AttributeProvider() {
          @Override
          public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            bodyAttributes(node, attributes);
          }
        };
      }
    }).build();
  }

  private static void bodyAttributes(Node node, MutableAttributes attributes) {
    if (node instanceof Heading) {
      attributes.replaceValue(ANCHOR_MARK, "");
    } else if (node instanceof Link || node instanceof AutoLink) {
      String url = attributes.getValue("href");
      if (url.startsWith("http://") || url.startsWith("https://")) {
        attributes.replaceValue("target", "_blank");
        attributes.replaceValue("rel", "nofollow noopener noreferrer");
      }
    }
  }

  private MarkdownRenderer() {}

  /**
   * Renders {@code source} (LF line ends) and reports what is unsafe or doubtful in it. A text beyond
   * {@link MarkdownLimits} is not rendered (the result has empty HTML and the limit's error); the
   * rendering itself runs on a pooled thread with a large stack and a time limit, so no input can
   * overflow the caller's stack or hang it.
   *
   * @param source the source
   * @return the safe HTML and what is unsafe or doubtful in the source
   */
  public static Result render(String source) {
    return render(source, Flavor.MODULE);
  }

  /**
   * Renders {@code source} in the given flavour; otherwise as {@link #render(String)}.
   *
   * @param source the source
   * @param flavor module text or a page body
   * @return the safe HTML and what is unsafe or doubtful in the source
   */
  public static Result render(String source, Flavor flavor) {
    Optional<Issue> limit = MarkdownLimits.check(source);
    if (limit.isPresent()) {
      return new Result("", List.of(limit.get()), List.of(), List.of(), List.of(), Set.of());
    }
    Future<Result> task = WORKERS.submit(() -> renderNow(source, flavor));
    try {
      return task.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      return refused(Message.LIMIT_RENDER_TIME.with(TIMEOUT_MILLIS / 1000));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StackOverflowError) {
        return refused(Message.LIMIT_NESTING.with());
      }
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering Markdown", e);
    }
  }

  private static Thread worker(Runnable task) {
    Thread worker = new Thread(null, task, "quire-markdown", STACK_BYTES);
    worker.setDaemon(true);
    return worker;
  }

  /** No HTML, one error at the start of the text. */
  private static Result refused(Problem problem) {
    return new Result("", List.of(Issue.of(0, problem)), List.of(), List.of(), List.of(), Set.of());
  }

  private static Result renderNow(String source, Flavor flavor) {
    Document document;
    try {
      document = PARSER.parse(source);
    } catch (RuntimeException e) {
      // flexmark's own failures on odd input (its table parser indexes out of bounds on some rows
      // with control characters): refuse the text instead of failing the page.
      return refused(Message.LIMIT_UNPARSEABLE.with(e.getClass().getSimpleName()));
    }
    BareLinks.link(document);
    Gfm gfm = Gfm.of(document);
    if (gfm.bareLinks) {
      bareUrlsTheyMayLinkTo(document);
    }
    List<Issue> issues = new ArrayList<>();
    List<ImageUse> images = new ArrayList<>();
    List<LinkUse> links = new ArrayList<>();
    List<RawHtml.Piece> pieces = new ArrayList<>();
    check(document, issues, images, links, pieces);
    String html = (flavor == Flavor.MODULE ? RENDERER : BODY_RENDERER).render(document);
    org.jsoup.nodes.Document rendered = RawHtml.parse(html);
    if (gfm.any()) {
      GfmMarkup.rewrite(rendered, gfm.footnotes ? footnoteLabels(document) : java.util.Map.of(),
          gfm.tasks ? taskMarkers(document, source) : List.of(), gfm.tables);
    }
    if (flavor == Flavor.BODY) {
      anchors(rendered);
    }
    boolean raw = !pieces.isEmpty();
    if (raw) {
      // What the sanitizer would remove is reported where raw HTML wrote it; Markdown's own links and
      // images were checked where they are written (check), and the markup Quire writes is allowed.
      RawHtml.reconcile(rendered, html, pieces, issues);
    }
    List<HeadingUse> headings = ContentAccessibility.check(document, rendered, html, pieces, issues);
    if (raw) {
      RawHtml.dropLinkCopies(rendered, html); // the copies a browser makes of an unclosed raw <a>
    }
    Set<String> ids = new HashSet<>();
    String safe = RawHtml.sanitize(rendered, ids, raw, gfm.tasks);
    issues.sort(Comparator.comparingInt(Issue::offset));
    links.sort(Comparator.comparingInt(LinkUse::offset));
    return new Result(safe, issues, images, headings, links, ids);
  }

  private static void check(Node root, List<Issue> issues, List<ImageUse> images, List<LinkUse> links,
      List<RawHtml.Piece> pieces) {
    for (Node node : root.getDescendants()) {
      if (node instanceof Image image) {
        url(image.getUrl().unescape(), UrlPolicy.Use.IMAGE, image.getStartOffset(), issues);
        images.add(new ImageUse(image.getStartOffset(), image.getUrl().unescape()));
      } else if (node instanceof Link link) {
        url(link.getUrl().unescape(), UrlPolicy.Use.LINK, link.getStartOffset(), issues);
        links.add(new LinkUse(urlOffset(link.getUrl(), link.getStartOffset()), link.getUrl().unescape()));
      } else if (node instanceof Reference reference) {
        url(reference.getUrl().unescape(), UrlPolicy.Use.LINK, reference.getStartOffset(), issues);
        links.add(new LinkUse(urlOffset(reference.getUrl(), reference.getStartOffset()), reference.getUrl().unescape()));
      } else if (node instanceof MailLink mail) {
        links.add(new LinkUse(mail.getStartOffset(), "mailto:" + mail.getText().unescape()));
      } else if (node instanceof AutoLink autoLink) {
        url(autoLinkUrl(autoLink), UrlPolicy.Use.LINK, autoLink.getStartOffset(), issues);
        links.add(new LinkUse(urlOffset(autoLink.getUrl(), autoLink.getStartOffset()), autoLinkUrl(autoLink)));
      } else if (node instanceof ImageRef) {
        continue;
      } else if ((node instanceof HtmlBlockBase || node instanceof HtmlInlineBase)
          && !(node.getParent() instanceof HtmlBlockBase)) {
        // Comments too: a browser ends a comment at '--!>' (and '<!-->'), where Markdown does not.
        RawHtml.check(node.getChars().toString(), node.getStartOffset(), issues, images, links);
        pieces.add(new RawHtml.Piece(node.getStartOffset(), node.getChars().toString()));
      }
    }
  }

  /** Which GFM elements a document has: each step that rewrites them runs only when they are there. */
  private record Gfm(boolean bareLinks, boolean tasks, boolean footnotes, boolean tables) {
    static Gfm of(Document document) {
      boolean bareLinks = false;
      boolean tasks = false;
      boolean footnotes = false;
      boolean tables = false;
      for (Node node : document.getDescendants()) {
        if (node instanceof AutoLink || node instanceof MailLink) {
          bareLinks = true;
        } else if (node instanceof com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem) {
          tasks = true;
        } else if (node instanceof FootnoteBlock || node instanceof com.vladsch.flexmark.ext.footnotes.Footnote) {
          footnotes = true;
        } else if (node instanceof com.vladsch.flexmark.ext.tables.TableBody body && !body.hasChildren()
            || node instanceof com.vladsch.flexmark.ast.Code code && code.getAncestorOfType(
                com.vladsch.flexmark.ext.tables.TableCell.class) != null && code.getText().indexOf("\\|") >= 0) {
          tables = true; // an empty body GFM leaves out, or an escaped pipe in a cell's code
        }
      }
      return new Gfm(bareLinks, tasks, footnotes, tables);
    }

    boolean any() {
      return tasks || footnotes || tables;
    }
  }

  /**
   * Leaves as text the bare URLs GFM would link that the URL policy refuses ({@code ftp://…}): the author
   * wrote no link there, so there is nothing to report, and the text stays as written. Also the bare
   * e-mail addresses GFM does not link, which flexmark does (one ending in {@code -} or {@code _}).
   */
  private static void bareUrlsTheyMayLinkTo(Document document) {
    int rawLinks = 0; // raw <a> open in this block: a bare URL in its text is the link's text, not a link of its own
    for (Node node : document.getDescendants()) {
      if (node instanceof com.vladsch.flexmark.util.ast.Block) {
        rawLinks = 0;
      } else if (node instanceof HtmlInlineBase html) {
        String tag = html.getChars().toString().toLowerCase(java.util.Locale.ROOT);
        if (tag.matches("<a[\\s>].*")) {
          rawLinks++;
        } else if (tag.matches("</a\\s*>")) {
          rawLinks = Math.max(0, rawLinks - 1);
        }
      }
      boolean bare = node instanceof AutoLink autoLink && autoLink.getOpeningMarker().isEmpty()
          || node instanceof MailLink mail && mail.getOpeningMarker().isEmpty();
      if (bare && rawLinks > 0) {
        node.insertBefore(new com.vladsch.flexmark.ast.Text(node.getChars()));
        node.unlink();
      } else if (node instanceof AutoLink autoLink && autoLink.getOpeningMarker().isEmpty()
          && UrlPolicy.check(autoLinkUrl(autoLink), UrlPolicy.Use.LINK).level() != UrlPolicy.Level.OK) {
        autoLink.insertBefore(new com.vladsch.flexmark.ast.Text(autoLink.getChars()));
        autoLink.unlink();
      } else if (node instanceof MailLink mail && mail.getOpeningMarker().isEmpty() && endsInDashOrUnderscore(mail)) {
        // GFM: only '.' may end an address (and is left out of it); one ending in '-' or '_' is no link
        mail.insertBefore(new com.vladsch.flexmark.ast.Text(mail.getChars()));
        mail.unlink();
      }
    }
  }

  private static boolean endsInDashOrUnderscore(MailLink mail) {
    String text = mail.getChars().toString();
    Node next = mail.getNext();
    String after = next == null ? "" : next.getChars().toString();
    return text.endsWith("-") || text.endsWith("_") || after.startsWith("-") || after.startsWith("_");
  }

  /** An autolink's URL as its link has it: a bare {@code www.} address with {@code http://} before it, as GFM links it. */
  private static String autoLinkUrl(AutoLink autoLink) {
    String url = autoLink.getUrl().unescape();
    return autoLink.getOpeningMarker().isEmpty() && url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
  }

  /**
   * For each task list item in document order, its marker ({@code [ ]}, {@code [x]}) when GFM reads it as
   * one, or the marker as text when it is not (no space after it: {@code - [x](url)}), marked by a
   * leading {@code !}.
   */
  private static List<String> taskMarkers(Document document, String source) {
    List<String> markers = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem item) {
        com.vladsch.flexmark.util.sequence.BasedSequence marker = item.getMarkerSuffix();
        int after = marker.getEndOffset();
        boolean spaced = after >= source.length() || Character.isWhitespace(source.charAt(after));
        markers.add((spaced ? "" : "!") + marker);
      }
    }
    return markers;
  }

  /** Each footnote's label by the number flexmark gives it (its ids are {@code fn-number}). */
  private static java.util.Map<Integer, String> footnoteLabels(Document document) {
    java.util.Map<Integer, String> labels = new java.util.HashMap<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof FootnoteBlock block && block.isReferenced()) {
        labels.put(block.getFootnoteOrdinal(), block.getText().toString());
      }
    }
    return labels;
  }

  /**
   * {@code html}, a rendered text of a page, with the ids Quire made (headings', footnotes') that the
   * page's earlier texts already have ({@code taken}) given the first free {@code -1}, {@code -2}…
   * suffix, and Quire's own links to them (heading anchors, footnote references and back-links)
   * following; the author's raw ids and links stay as written. A page is rendered text by text (each
   * module's, then the body), and two texts with "## Notes" would otherwise both have {@code id="notes"}.
   *
   * @param html the text's HTML, as {@link #render} made it
   * @param taken the ids the page has before this text
   * @return the HTML and what was renamed
   */
  public static Renamed uniqueIds(String html, Set<String> taken) {
    return PageIds.unique(html, taken);
  }

  /** Where a URL starts in the source: its own offset when it has one, else its node's. */
  private static int urlOffset(com.vladsch.flexmark.util.sequence.BasedSequence url, int node) {
    return url.isNull() || url.getStartOffset() < node ? node : url.getStartOffset();
  }

  /** Puts the original's anchor link before each marked heading: {@code <a href="#id" …><span class="icon icon-link">}. */
  private static void anchors(org.jsoup.nodes.Document document) {
    for (org.jsoup.nodes.Element heading : document.select("[" + ANCHOR_MARK + "]")) {
      heading.removeAttr(ANCHOR_MARK);
      if (heading.hasAttr("id") && !heading.id().isEmpty()) {
        heading.prependElement("a").attr("href", "#" + heading.id()).attr("aria-hidden", "true").attr("tabindex", "-1")
            .appendElement("span").addClass("icon").addClass("icon-link");
      }
    }
  }

  static void url(String url, UrlPolicy.Use use, int offset, List<Issue> issues) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(url, use);
    if (verdict.level() == UrlPolicy.Level.WARNING && url.chars().anyMatch(c -> Bound.isMarkerChar((char) c))) {
      return; // a placeholder's value: the renderer checks it when the page is rendered
    }
    if (verdict.level() != UrlPolicy.Level.OK) {
      issues.add(Issue.of(offset, verdict.problem().orElseThrow()));
    }
  }
}
