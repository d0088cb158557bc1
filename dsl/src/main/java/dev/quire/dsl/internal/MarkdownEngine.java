package dev.quire.dsl.internal;

import java.util.List;

/**
 * Not API. Renders Markdown written by hand ({@code Markdown.of}, {@code Markdown.body}): the
 * artifact {@code dev.quire:quire-markdown} provides the one implementation, found with
 * {@link java.util.ServiceLoader}. Generated pages never need it: the processor rendered their Markdown.
 */
public interface MarkdownEngine {
  /**
   * Safe HTML and the errors found in the source ({@code "raw HTML <script> is not allowed in content"}),
   * each with its code.
   *
   * @param html the sanitized HTML
   * @param errors what is wrong with the source, one problem each
   */
  record Rendering(String html, List<Problem> errors) {
    /**
     * Copies the errors.
     *
     * @param html the sanitized HTML
     * @param errors what is wrong with the source
     */
    public Rendering {
      errors = List.copyOf(errors);
    }
  }

  /**
   * Renders {@code source} as module Markdown, or as a page body ({@code body}: heading anchors,
   * external links in a new tab).
   *
   * @param source the Markdown
   * @param body whether it is a page's body
   * @return the HTML and the errors
   */
  Rendering render(String source, boolean body);
}
