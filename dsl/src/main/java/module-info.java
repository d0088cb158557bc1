/**
 * Quire's API: pages, the modules they are made of, the {@code Html} writer modules render with, and
 * the annotations that name a content folder. {@code dev.quire.dsl.internal} holds what Quire's own
 * artifacts share (the URL policy, grid rules, icon lookup, the render cache slot); it is exported to
 * them only, so an application cannot come to depend on it. On the class path, where modules are not
 * enforced, the package's name and its "Not API" javadoc say the same.
 */
module dev.quire.dsl {
  exports dev.quire.dsl;
  exports dev.quire.dsl.internal to dev.quire.runtime, dev.quire.markdown, dev.quire.processor;

  uses dev.quire.dsl.internal.MarkdownEngine;
  uses dev.quire.dsl.internal.DevEngine;
}
