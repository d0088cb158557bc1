package dev.quire.processor.internal.builtin;

import dev.quire.dsl.RowImage;
import dev.quire.dsl.RowImageText;
import dev.quire.dsl.RowSeparator;
import dev.quire.dsl.RowText;
import dev.quire.dsl.RowTextImage;
import dev.quire.dsl.Size;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Rules;
import dev.quire.processor.internal.model.Declared.Component;
import dev.quire.processor.internal.model.Declared.Scalar;
import dev.quire.processor.internal.model.Declared.Shape;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.read.Props;
import dev.quire.processor.internal.read.ReadContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modules of text and images: RowText, RowTextImage, RowImageText, RowImage and RowSeparator,
 * each its declaration and rule.
 */
final class TextModules {
  static final BuiltIn ROW_TEXT = new BuiltIn(Shape.of(RowText.class, true, "A full-width block of Markdown.",
          Component.of("text", Scalar.MARKDOWN, "the Markdown"),
          Component.of("status", Scalar.CLASSES, "classes for the row; second gives a dark panel")),
      ModuleModel.Call.BUILDER, List.of("status", "text"), BuiltIn.Rule.NONE);

  static final BuiltIn ROW_TEXT_IMAGE = new BuiltIn(Shape.of(RowTextImage.class, true,
          "Markdown on the left, an image on the right.",
          Component.of("cols", Declared.Whole.INT, "1–11, the text column's width (default 6); the image takes the rest"),
          Component.of("image", Scalar.IMAGE_URL, "the image"),
          Component.of("title", Scalar.TEXT, "the image's alternative text"),
          Component.of("status", Scalar.CLASSES, "classes for the row; second gives a dark text panel"),
          Component.of("text", Scalar.MARKDOWN, "the Markdown")),
      ModuleModel.Call.BUILDER, List.of("cols", "image", "title", "status", "text"), TextModules::cols);

  static final BuiltIn ROW_IMAGE_TEXT = new BuiltIn(Shape.of(RowImageText.class, true,
          "An image on the left, Markdown on the right.",
          Component.of("cols", Declared.Whole.INT, "1–11, the image column's width (default 6); the text takes the rest"),
          Component.of("image", Scalar.IMAGE_URL, "the image"),
          Component.of("title", Scalar.TEXT, "the image's alternative text"),
          Component.of("status", Scalar.CLASSES, "classes for the row; second, or second-wide (wider than the page)"),
          Component.of("text", Scalar.MARKDOWN, "the Markdown")),
      ModuleModel.Call.BUILDER, List.of("cols", "image", "title", "status", "text"), TextModules::cols);

  static final BuiltIn ROW_IMAGE = new BuiltIn(Shape.of(RowImage.class, true, "One image across the page.",
          Component.of("image", Scalar.IMAGE_URL, "required: the image"),
          Component.of("title", Scalar.TEXT, "the image's alternative text"),
          Component.of("status", Scalar.CLASSES, "classes for the wrapper: border-image (a cropped strip), text-center")),
      ModuleModel.Call.BUILDER, List.of("image", "title", "status"), TextModules::image);

  static final BuiltIn ROW_SEPARATOR = new BuiltIn(Shape.of(RowSeparator.class, true, "Vertical space.",
          Component.of("size", Scalar.SIZE, "XS, S, M, L or XL, any case (default M)").withDefault(new Value.SizeValue(Size.M))),
      ModuleModel.Call.of(1), List.of("size"), BuiltIn.Rule.NONE);

  private TextModules() {}

  /**
   * The text or image column of a text-and-image row is 1 to 11 wide: the other takes the rest of the
   * 12; its image has alternative text.
   */
  private static boolean cols(ReadContext context, Props props, Map<String, Value> values) {
    Optional.ofNullable(values.get("cols")).flatMap(Value::whole).ifPresent(cols -> Rules.cols(props.owner(), cols)
        .ifPresent(problem -> context.add(props.position("cols"), problem)));
    describedImage(context, props);
    return true;
  }

  /** A RowImage without its image is nothing; its image has alternative text. */
  private static boolean image(ReadContext context, Props props, Map<String, Value> values) {
    if (!values.containsKey("image")) {
      props.requireReported("image", Message.MODULE_IMAGE.with());
      return false;
    }
    describedImage(context, props);
    return true;
  }

  /**
   * An image without a {@code title} (the module's alternative text) is announced as nothing: a
   * warning at the image, unless the content says it is decoration ({@code title: ""}).
   */
  private static void describedImage(ReadContext context, Props props) {
    if (props.has("image") && !props.has("title")) {
      context.add(props.position("image"), Message.A11Y_MODULE_IMAGE.with(props.owner()));
    }
  }
}
