package dev.quire.processor.internal.model;

import dev.quire.dsl.Code;
import dev.quire.dsl.Size;
import dev.quire.dsl.internal.Rules;
import java.util.Optional;

/** The modules of text and images: RowText, RowTextImage, RowImageText, RowImage, and RowSeparator. */
final class TextModules {
  static final BuiltIn ROW_TEXT = new BuiltIn("RowText", Schema.Shape.of("A full-width block of Markdown.",
      "text", Schema.Type.MARKDOWN, "the Markdown",
      "status", Schema.Type.CLASSES, "classes for the row; second gives a dark panel"),
      (context, props, nested) -> Optional.of(new ModuleModel.RowText(props.markdown("text"), props.classes("status"))));

  static final BuiltIn ROW_TEXT_IMAGE = new BuiltIn("RowTextImage", Schema.Shape.of("Markdown on the left, an image on the right.",
      "cols", Schema.Type.INTEGER, "1–11, the text column's width (default 6); the image takes the rest",
      "image", Schema.Type.IMAGE_URL, "the image",
      "title", Schema.Type.TEXT, "the image's alternative text",
      "status", Schema.Type.CLASSES, "classes for the row; second gives a dark text panel",
      "text", Schema.Type.MARKDOWN, "the Markdown"),
      (context, props, nested) -> textImage(context, false, props));

  static final BuiltIn ROW_IMAGE_TEXT = new BuiltIn("RowImageText", Schema.Shape.of("An image on the left, Markdown on the right.",
      "cols", Schema.Type.INTEGER, "1–11, the image column's width (default 6); the text takes the rest",
      "image", Schema.Type.IMAGE_URL, "the image",
      "title", Schema.Type.TEXT, "the image's alternative text",
      "status", Schema.Type.CLASSES, "classes for the row; second, or second-wide (wider than the page)",
      "text", Schema.Type.MARKDOWN, "the Markdown"),
      (context, props, nested) -> textImage(context, true, props));

  static final BuiltIn ROW_IMAGE = new BuiltIn("RowImage", Schema.Shape.of("One image across the page.",
      "image", Schema.Type.IMAGE_URL, "required: the image",
      "title", Schema.Type.TEXT, "the image's alternative text",
      "status", Schema.Type.CLASSES, "classes for the wrapper: border-image (a cropped strip), text-center"),
      (context, props, nested) -> rowImage(props));

  static final BuiltIn ROW_SEPARATOR = new BuiltIn("RowSeparator", Schema.Shape.of("Vertical space.",
      "size", Schema.Type.SIZE, "XS, S, M, L or XL, any case (default M)"),
      (context, props, nested) -> Optional.of(new ModuleModel.RowSeparator(props.size("size").orElse(Size.M))));

  private TextModules() {}

  private static Optional<ModuleModel> textImage(ReadContext context, boolean imageFirst, Props props) {
    Optional<Integer> cols = props.integer("cols");
    cols.ifPresent(value -> Rules.cols(props.owner(), value).ifPresent(m -> context.add(Code.GRID_006, props.position("cols"), m)));
    return Optional.of(new ModuleModel.TextImage(imageFirst, cols, props.image("image"), props.text("title"),
        props.classes("status"), props.markdown("text")));
  }

  private static Optional<ModuleModel> rowImage(Props props) {
    Optional<String> image = props.image("image");
    Optional<String> title = props.text("title");
    Optional<String> status = props.classes("status");
    if (image.isEmpty()) {
      props.requireReported("image", "RowImage needs an image: add 'image: /images/…'");
      return Optional.empty();
    }
    return Optional.of(new ModuleModel.RowImage(image.get(), title, status));
  }
}
