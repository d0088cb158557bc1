package dev.quire.processor.internal.model;

import dev.quire.dsl.Code;
import dev.quire.dsl.Size;
import dev.quire.dsl.internal.Rules;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modules of text and images: RowText, RowTextImage, RowImageText, RowImage and RowSeparator,
 * each only its properties and rules ({@link PropertyModules}).
 */
final class TextModules {
  static final BuiltIn ROW_TEXT = PropertyModules.declare("RowText", Schema.Shape.of("A full-width block of Markdown.",
          "text", Schema.Type.MARKDOWN, "the Markdown",
          "status", Schema.Type.CLASSES, "classes for the row; second gives a dark panel"),
      ModuleModel.Call.BUILDER, List.of("status", "text"), Map.of(), PropertyModules.Rule.NONE);

  static final BuiltIn ROW_TEXT_IMAGE = PropertyModules.declare("RowTextImage", Schema.Shape.of(
          "Markdown on the left, an image on the right.",
          "cols", Schema.Type.INTEGER, "1–11, the text column's width (default 6); the image takes the rest",
          "image", Schema.Type.IMAGE_URL, "the image",
          "title", Schema.Type.TEXT, "the image's alternative text",
          "status", Schema.Type.CLASSES, "classes for the row; second gives a dark text panel",
          "text", Schema.Type.MARKDOWN, "the Markdown"),
      ModuleModel.Call.BUILDER, List.of("cols", "image", "title", "status", "text"), Map.of(), TextModules::cols);

  static final BuiltIn ROW_IMAGE_TEXT = PropertyModules.declare("RowImageText", Schema.Shape.of(
          "An image on the left, Markdown on the right.",
          "cols", Schema.Type.INTEGER, "1–11, the image column's width (default 6); the text takes the rest",
          "image", Schema.Type.IMAGE_URL, "the image",
          "title", Schema.Type.TEXT, "the image's alternative text",
          "status", Schema.Type.CLASSES, "classes for the row; second, or second-wide (wider than the page)",
          "text", Schema.Type.MARKDOWN, "the Markdown"),
      ModuleModel.Call.BUILDER, List.of("cols", "image", "title", "status", "text"), Map.of(), TextModules::cols);

  static final BuiltIn ROW_IMAGE = PropertyModules.declare("RowImage", Schema.Shape.of("One image across the page.",
          "image", Schema.Type.IMAGE_URL, "required: the image",
          "title", Schema.Type.TEXT, "the image's alternative text",
          "status", Schema.Type.CLASSES, "classes for the wrapper: border-image (a cropped strip), text-center"),
      ModuleModel.Call.BUILDER, List.of("image", "title", "status"), Map.of(), TextModules::image);

  static final BuiltIn ROW_SEPARATOR = PropertyModules.declare("RowSeparator", Schema.Shape.of("Vertical space.",
          "size", Schema.Type.SIZE, "XS, S, M, L or XL, any case (default M)"),
      ModuleModel.Call.of(1), List.of("size"), Map.of("size", new Value.SizeValue(Size.M)), PropertyModules.Rule.NONE);

  private TextModules() {}

  /** The text or image column of a text-and-image row is 1 to 11 wide: the other takes the rest of the 12. */
  private static boolean cols(ReadContext context, Props props, Map<String, Value> values) {
    Optional.ofNullable(values.get("cols")).flatMap(PropertyModules::whole).ifPresent(cols -> Rules.cols(props.owner(), cols)
        .ifPresent(m -> context.add(Code.GRID_006, props.position("cols"), m)));
    return true;
  }

  /** A RowImage without its image is nothing. */
  private static boolean image(ReadContext context, Props props, Map<String, Value> values) {
    if (!values.containsKey("image")) {
      props.requireReported("image", "RowImage needs an image: add 'image: /images/…'");
      return false;
    }
    return true;
  }
}
