package dev.quire.markdown;

import dev.quire.dsl.internal.MarkdownEngine;
import dev.quire.dsl.internal.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown engine hand-written pages use ({@code Markdown.of}, {@code Markdown.body}) when this
 * artifact is on the class path: the processor's own renderer, so text written in Java renders and is
 * checked exactly as content files are. Registered with {@link java.util.ServiceLoader}.
 */
public final class FlexmarkEngine implements MarkdownEngine {
  /** The engine; {@link java.util.ServiceLoader} makes it. */
  public FlexmarkEngine() {}

  @Override
  public Rendering render(String source, boolean body) {
    MarkdownRenderer.Result result = MarkdownRenderer.render(source, body ? MarkdownRenderer.Flavor.BODY
        : MarkdownRenderer.Flavor.MODULE);
    List<Problem> errors = new ArrayList<>();
    for (MarkdownRenderer.Issue issue : result.issues()) {
      if (issue.error()) {
        errors.add(new Problem(issue.code().id(), issue.message()));
      }
    }
    return new Rendering(result.html(), errors);
  }
}
