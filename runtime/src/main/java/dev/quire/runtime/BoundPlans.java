package dev.quire.runtime;

import dev.quire.dsl.internal.Bound;
import dev.quire.dsl.internal.RenderCache;

/**
 * The plans of a bound page's template, kept on the template page (which the generated class never
 * renders itself): its fragment for one {@link Layout} and its document for the most recent
 * {@link DocumentFrame}, each worked out once from the template's output and shared by every model.
 */
record BoundPlans(Layout layout, BoundPlan fragment, DocumentFrame frame, BoundPlan document) {

  /** The fragment's plan of {@code bound}'s template for {@code layout}. */
  static BoundPlan fragment(Bound bound, Layout layout) {
    Object cached = RenderCache.get(bound.template());
    if (cached instanceof BoundPlans plans && plans.fragment != null && plans.layout.equals(layout)) {
      return plans.fragment;
    }
    BoundPlan fragment = BoundPlan.of(PagePlans.output((dev.quire.dsl.Page) bound.template(), layout),
        bound.slots(), bound.reader(), layout);
    BoundPlans plans = cached instanceof BoundPlans old && old.layout.equals(layout) ? old : null;
    RenderCache.set(bound.template(), new BoundPlans(layout, fragment, plans == null ? null : plans.frame,
        plans == null ? null : plans.document));
    return fragment;
  }

  /** The document's plan of {@code bound}'s template for {@code frame}. */
  static BoundPlan document(Bound bound, DocumentFrame frame) {
    Object cached = RenderCache.get(bound.template());
    if (cached instanceof BoundPlans plans && plans.document != null && (plans.frame == frame || frame.equals(plans.frame))) {
      return plans.document;
    }
    BoundPlan document = BoundPlan.of(PagePlans.output((dev.quire.dsl.Page) bound.template(), frame),
        bound.slots(), bound.reader(), frame.layout());
    BoundPlans plans = cached instanceof BoundPlans old && old.layout.equals(frame.layout()) ? old : null;
    RenderCache.set(bound.template(), new BoundPlans(frame.layout(), plans == null ? null : plans.fragment, frame, document));
    return document;
  }
}
