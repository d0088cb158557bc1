package dev.quire.processor.internal.site;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.dsl.internal.UrlPolicy;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.model.PageModel;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The site's links, checked once every page of a content folder is read: each site-relative URL a
 * page links to or shows (its Markdown and raw HTML, module properties of URL types, {@code menus:},
 * entry images, which are checked against the static folder where they are read) must name an
 * address of the site ({@link SiteAddresses}); a {@code #fragment} an id
 * of the page it goes to, a collection's {@code ?tag=} a tag one of its entries has. A relative URL
 * is resolved against the page's own address first. URLs with a scheme ({@code https:},
 * {@code mailto:}) and those a placeholder makes are not the site's to check.
 */
public final class LinkCheck {
  /** A URL with a scheme: {@code https:}, {@code mailto:}, {@code tel:}. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  /** Ids shown in a message when a fragment has no near match, at most. */
  private static final int IDS_SHOWN = 8;

  private LinkCheck() {}

  /** The problems of every page's links, by the page's path; pages without any are left out. */
  public static Map<String, List<Diagnostic>> check(List<SiteAddresses.SitePage> pages, SiteAddresses addresses) {
    Map<String, List<Diagnostic>> found = new LinkedHashMap<>();
    for (SiteAddresses.SitePage page : pages) {
      if (page.page().isEmpty()) {
        continue;
      }
      PageModel model = page.page().get();
      for (PageModel.Link link : model.links()) {
        check(page, model, link, addresses).ifPresent(problem -> found.computeIfAbsent(page.path(),
            path -> new ArrayList<>()).add(Diagnostic.of(link.position(), link.label().isEmpty() ? problem
                : problem.of(link.label()))));
      }
    }
    return found;
  }

  private static Optional<Problem> check(SiteAddresses.SitePage page, PageModel model, PageModel.Link link,
      SiteAddresses addresses) {
    String url = link.url().strip();
    if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("//") || url.startsWith("\\")) {
      return Optional.empty();
    }
    UrlPolicy.Verdict verdict = UrlPolicy.check(url, link.image() ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK);
    if (verdict.level() == UrlPolicy.Level.ERROR || Code.URL_006.id().equals(verdict.code())) {
      return Optional.empty(); // refused where it is written, or an e-mail address without mailto: (QUIRE-URL-006)
    }
    if (link.image()) {
      return Optional.empty(); // checked against the static folder, when there is one, where it is read (QUIRE-STATIC-001)
    }
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? null : url.substring(hash + 1);
    String beforeFragment = hash < 0 ? url : url.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    String query = question < 0 ? null : beforeFragment.substring(question + 1);
    String rawPath = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
    if (rawPath.isEmpty()) {
      // #x or ?q: this page itself
      return fragment == null || !page.complete() ? Optional.empty()
          : anchor(link, model.anchors(), fragment, "this page");
    }
    String absolute = rawPath.startsWith("/") ? rawPath : resolve(page.slug(), rawPath);
    String decoded = decode(absolute);
    String use = link.image() ? "image" : "link";
    Optional<SiteAddresses.Target> resolved = addresses.resolve(absolute, decoded);
    if (resolved.isEmpty()) {
      String hint = addresses.nearest(decoded).map(near -> "; did you mean '" + near + "'?")
          .orElse(addresses.hasStaticFolder() || !looksLikeAFile(decoded) ? ""
              : "; the build has no static folder (static/ beside the content folder, or -Aquire.static) for files");
      return Optional.of(Message.LINK_NOWHERE.with(use, link.url(), decoded, hint));
    }
    SiteAddresses.Target to = resolved.get();
    if (to instanceof SiteAddresses.Unserved unserved) {
      String hint = unserved.bound() ? "; list the address your application serves it at in @Pages(serves = …)" : "";
      return Optional.of(Message.LINK_NOT_SERVED.with(use, link.url(), decoded,
          unserved.path(), unserved.what(), hint));
    }
    if (to instanceof SiteAddresses.Collection collection && query != null) {
      Optional<String> tag = tag(query);
      if (tag.isPresent() && !collection.tags().contains(tag.get())) {
        String hint = Suggestions.closest(tag.get(), collection.tags()).map(near -> "; did you mean '" + near + "'?")
            .orElse(collection.tags().isEmpty() ? "; its entries have no tags"
                : "; its tags are " + String.join(", ", collection.tags().stream().limit(IDS_SHOWN).toList())
                    + (collection.tags().size() > IDS_SHOWN ? "…" : ""));
        return Optional.of(Message.LINK_NO_TAG.with(link.url(),
            SiteAddresses.pathOf(collection.name()), tag.get(), hint));
      }
    }
    if (to instanceof SiteAddresses.Page target && fragment != null && target.anchors().isPresent()) {
      return anchor(link, target.anchors().get(), fragment, target.path());
    }
    return Optional.empty();
  }

  /** Whether {@code fragment} is an id of the page (or one every page has: the top, its main content). */
  private static Optional<Problem> anchor(PageModel.Link link, Set<String> anchors, String fragment, String page) {
    String id = decode(fragment);
    if (id.isEmpty() || id.equalsIgnoreCase("top") || id.equals("main") || anchors.contains(id)
        || anchors.contains(fragment)) {
      return Optional.empty();
    }
    String hint = Suggestions.closest(id, anchors).map(near -> "; did you mean '#" + near + "'?")
        .orElse(anchors.isEmpty() ? "; it has no ids (a heading gets one from its text: ## Our team is #our-team)"
            : "; its ids are " + String.join(", ", anchors.stream().limit(IDS_SHOWN).map(a -> "#" + a).toList())
                + (anchors.size() > IDS_SHOWN ? "…" : ""));
    return Optional.of(Message.LINK_NO_ANCHOR.with(link.url(), id, page, hint));
  }

  /** Whether a path's last segment has an extension ({@code /files/spec.pdf}), as a static file's has. */
  private static boolean looksLikeAFile(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.lastIndexOf('.') > 0;
  }

  /**
   * A relative path resolved against the address of the page with {@code slug} ({@code /news/x}
   * resolves {@code y} to {@code /news/y}, {@code ../about} to {@code /about}), as a browser does
   * on the page's canonical address (no trailing slash).
   */
  static String resolve(String slug, String relative) {
    Deque<String> segments = new ArrayDeque<>();
    String base = SiteAddresses.pathOf(slug);
    for (String segment : base.substring(0, base.lastIndexOf('/') + 1).split("/")) {
      if (!segment.isEmpty()) {
        segments.addLast(segment);
      }
    }
    String[] parts = relative.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (part.equals("..")) {
        segments.pollLast();
        if (last) {
          segments.addLast("");
        }
      } else if (part.equals(".")) {
        if (last) {
          segments.addLast("");
        }
      } else {
        segments.addLast(part);
      }
    }
    return "/" + String.join("/", segments);
  }

  /** The tag a query names ({@code tag=release}), decoded as the runtime decodes it. */
  private static Optional<String> tag(String query) {
    for (String pair : query.split("&")) {
      if (pair.startsWith("tag=")) {
        try {
          return Optional.of(URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8)).filter(tag -> !tag.isEmpty());
        } catch (IllegalArgumentException e) {
          return Optional.of(pair.substring(4));
        }
      }
    }
    return Optional.empty();
  }

  /** Percent escapes decoded as a server decodes a path ({@code +} stays); a malformed one is kept as written. */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
