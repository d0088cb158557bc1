package dev.quire.runtime;

import dev.quire.dsl.Page;
import dev.quire.dsl.internal.Bound;
import dev.quire.dsl.internal.RenderCache;
import java.util.Set;

/**
 * The render plans kept on one page: its fragment for one {@link Layout}, and its document for the
 * most recent {@link DocumentFrame} that rendered it (an application normally has one renderer, so one
 * breakpoint and one frame); each null until asked for, and each holding only the forms (text, bytes)
 * its sinks asked for. A document is written from a fragment made for it and dropped, so a site
 * rendered as documents keeps one copy of each page's output, not two.
 *
 * <p>Immutable; a render that needs more replaces the plans, never mutates them. Two threads that build
 * a plan at the same time build equal plans, and either one may stay. Plain code, no lambdas: this
 * runs on the first render, where every JVM bootstrap shows.
 */
record PagePlans(Layout layout, RenderPlan fragment, DocumentFrame frame, RenderPlan document) {

  /** Appends the fragment of {@code page} to {@code sink}. */
  static void writeFragment(Page page, Layout layout, ByteSink sink) {
    Object cached = RenderCache.get(page);
    if (cached instanceof PagePlans plans && plans.fragment != null && plans.fragment.utf8() != null
        && plans.layout.equals(layout)) {
      sink.write(plans.fragment.utf8());
      return;
    }
    Bound bound = RenderCache.bound(page);
    if (bound != null) {
      BoundPlans.fragment(bound, layout).write(bound.model(), sink);
      return;
    }
    sink.write(fragment(page, layout, true).utf8());
  }

  /** The fragment of {@code page} as UTF-8. */
  static byte[] fragmentBytes(Page page, Layout layout) {
    Object cached = RenderCache.get(page);
    if (cached instanceof PagePlans plans && plans.fragment != null && plans.fragment.utf8() != null
        && plans.layout.equals(layout)) {
      return plans.fragment.utf8();
    }
    Bound bound = RenderCache.bound(page);
    if (bound != null) {
      ByteSink sink = new ByteSink();
      BoundPlans.fragment(bound, layout).write(bound.model(), sink);
      return sink.toByteArray();
    }
    return fragment(page, layout, true).utf8();
  }

  /** The fragment of {@code page} as text. */
  static String fragmentText(Page page, Layout layout) {
    Object cached = RenderCache.get(page);
    if (cached instanceof PagePlans plans && plans.fragment != null && plans.fragment.text() != null
        && plans.layout.equals(layout)) {
      return plans.fragment.text();
    }
    Bound bound = RenderCache.bound(page);
    if (bound != null) {
      return BoundPlans.fragment(bound, layout).text(bound.model());
    }
    return fragment(page, layout, false).text();
  }

  /** Appends the document of {@code page} to {@code sink}. */
  static void writeDocument(Page page, DocumentFrame frame, ByteSink sink) {
    Object cached = RenderCache.get(page);
    if (cached instanceof PagePlans plans && plans.frame == frame && plans.document.utf8() != null) {
      sink.write(plans.document.utf8());
      return;
    }
    Bound bound = RenderCache.bound(page);
    if (bound != null) {
      BoundPlans.document(bound, frame).write(bound.model(), sink);
      return;
    }
    sink.write(document(page, frame, true).utf8());
  }

  /** The document of {@code page} as UTF-8. */
  static byte[] documentBytes(Page page, DocumentFrame frame) {
    Object cached = RenderCache.get(page);
    if (cached instanceof PagePlans plans && plans.frame == frame && plans.document.utf8() != null) {
      return plans.document.utf8();
    }
    Bound bound = RenderCache.bound(page);
    if (bound != null) {
      ByteSink sink = new ByteSink();
      BoundPlans.document(bound, frame).write(bound.model(), sink);
      return sink.toByteArray();
    }
    return document(page, frame, true).utf8();
  }

  /** The document of {@code page} as text. */
  static String documentText(Page page, DocumentFrame frame) {
    Object cached = RenderCache.get(page);
    if (cached instanceof PagePlans plans && plans.frame == frame && plans.document.text() != null) {
      return plans.document.text();
    }
    Bound bound = RenderCache.bound(page);
    if (bound != null) {
      return BoundPlans.document(bound, frame).text(bound.model());
    }
    return document(page, frame, false).text();
  }

  /** The fragment of a page as rendered, before any plan (a bound page's template: with its markers). */
  static String output(Page page, Layout layout) {
    StringBuilder text = new StringBuilder(4096);
    Fragment.write(page, layout, text);
    return text.toString();
  }

  /** The document of a page as rendered, before any plan (a bound page's template: with its markers). */
  static String output(Page page, DocumentFrame frame) {
    StringBuilder fragment = new StringBuilder(4096);
    Set<String> scripts = Fragment.write(page, frame.layout(), fragment);
    StringBuilder text = new StringBuilder(fragment.length() + 2048);
    frame.document(page, fragment, scripts, text);
    return text.toString();
  }

  private static RenderPlan fragment(Page page, Layout layout, boolean bytes) {
    PagePlans plans = current(page, layout);
    RenderPlan fragment;
    if (plans.fragment != null) {
      fragment = plans.fragment.with(bytes);
    } else {
      fragment = RenderPlan.of(output(page, layout), bytes);
    }
    RenderCache.set(page, new PagePlans(layout, fragment, plans.frame, plans.document));
    return fragment;
  }

  private static RenderPlan document(Page page, DocumentFrame frame, boolean bytes) {
    PagePlans plans = current(page, frame.layout());
    RenderPlan document;
    if (plans.document != null && (plans.frame == frame || frame.equals(plans.frame))) {
      document = plans.document.with(bytes);
    } else {
      document = RenderPlan.of(output(page, frame), bytes);
    }
    RenderCache.set(page, new PagePlans(plans.layout, plans.fragment, frame, document));
    return document;
  }

  /** The plans on {@code page} for {@code layout}, or empty plans when it has none for it. */
  private static PagePlans current(Page page, Layout layout) {
    Object cached = RenderCache.get(page);
    if (cached instanceof PagePlans plans && plans.layout.equals(layout)) {
      return plans;
    }
    return new PagePlans(layout, null, null, null);
  }
}
