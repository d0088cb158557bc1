package dev.quire.runtime;

import dev.quire.dsl.Page;
import dev.quire.dsl.internal.RenderCache;
import java.util.Set;

/**
 * The render plans kept on one page: its fragment for one {@link Layout} (with the scripts its
 * modules asked for), and its document for the
 * most recent {@link DocumentFrame} that rendered it (an application normally has one renderer, so one
 * breakpoint and one frame). Immutable; a renderer with other options replaces the plans, never
 * mutates them. Two threads that build a plan at the same time build equal plans, and either one may
 * stay. Plain code, no lambdas: this runs on the first render, where every JVM bootstrap shows.
 */
record PagePlans(Layout layout, RenderPlan fragment, Set<String> scripts, DocumentFrame frame, RenderPlan document) {

  static RenderPlan fragment(Page page, Layout layout) {
    return plans(page, layout).fragment;
  }

  static RenderPlan document(Page page, DocumentFrame frame) {
    PagePlans plans = plans(page, frame.layout());
    if (plans.frame == frame || plans.frame != null && frame.equals(plans.frame)) {
      return plans.document;
    }
    StringBuilder text = new StringBuilder(plans.fragment.text().length() + 1024);
    frame.document(page, plans.fragment.text(), plans.scripts, text);
    PagePlans updated = new PagePlans(plans.layout, plans.fragment, plans.scripts, frame, RenderPlan.of(text));
    RenderCache.set(page, updated);
    return updated.document;
  }

  private static PagePlans plans(Page page, Layout layout) {
    Object cached = RenderCache.get(page);
    if (cached instanceof PagePlans plans && plans.layout.equals(layout)) {
      return plans;
    }
    StringBuilder text = new StringBuilder(4096);
    Set<String> scripts = Fragment.write(page, layout, text);
    PagePlans plans = new PagePlans(layout, RenderPlan.of(text), scripts, null, null);
    RenderCache.set(page, plans);
    return plans;
  }
}
