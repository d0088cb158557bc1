package dev.quire.processor.internal.builtin;

import dev.quire.dsl.TableOfContents;
import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.read.Props;
import dev.quire.processor.internal.read.ReadContext;
import java.util.List;
import java.util.Map;

/**
 * TableOfContents: links to the page's own headings, nested by level. Its title and depth are read
 * like any module's; its headings are the page's, known once the whole page is read, so the rule
 * registers the table with the page's outline ({@code Outline.contents}), which checks it then, and
 * makes its {@code headings} the page's ({@link Value.PageHeadings}).
 */
final class ContentsModule {
  static final BuiltIn DECLARATION = new BuiltIn(Declared.Shape.of(TableOfContents.class, true,
          "Links to the page's headings (modules' and body's), nested by level, in a nav landmark.",
          Declared.Component.of("title", Declared.Scalar.TEXT, "shown above the links and the landmark's name (default "
              + TableOfContents.DEFAULT_TITLE + ")").withDefault(new Value.Text(TableOfContents.DEFAULT_TITLE)),
          Declared.Component.of("depth", new Declared.Whole(false, false, 1, TableOfContents.MAX_DEPTH),
              "how many heading levels it lists, from the page's highest (default " + TableOfContents.DEFAULT_DEPTH + ")")
              .withDefault(new Value.Whole(TableOfContents.DEFAULT_DEPTH, false)),
          Declared.Component.of("status", Declared.Scalar.CLASSES, "classes for the nav")),
      ModuleModel.Call.BUILDER, List.of("title", "depth", "status", "headings"), ContentsModule::contents);

  private ContentsModule() {}

  /** The title names a landmark: not blank. The table lists the page's headings. */
  private static boolean contents(ReadContext context, Props props, Map<String, Value> values) {
    String title = values.get("title") instanceof Value.Text text ? text.value() : "";
    if (title.isBlank()) {
      context.add(props.position("title"), Message.CONTENTS_TITLE.with());
      return false;
    }
    long depth = values.get("depth") instanceof Value.Whole whole ? whole.value() : TableOfContents.DEFAULT_DEPTH;
    context.outline.contents(props.start(), props.position("title"), title, (int) depth);
    values.put("headings", new Value.PageHeadings());
    return true;
  }
}
