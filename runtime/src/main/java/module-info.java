/**
 * Quire's runtime: {@code HtmlRenderer} turns pages into HTML documents and fragments, and
 * {@code ByteSink} takes them as bytes. It needs nothing but {@code dev.quire.dsl}.
 */
module dev.quire.runtime {
  requires transitive dev.quire.dsl;

  exports dev.quire.runtime;
}
