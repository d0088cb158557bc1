package dev.quire.processor.internal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page format: the front matter keys and every module's properties with their types. */
public final class Schema {
  /** How a property's value is read. */
  public enum Type {
    /** Markdown text. */
    MARKDOWN("Markdown text"),
    /** Plain text. */
    TEXT("text"),
    /** Space-separated CSS class names. */
    CLASSES("CSS class names"),
    /** An image URL. */
    IMAGE_URL("an image URL"),
    /** A whole number. */
    INTEGER("a whole number"),
    /** A separator size. */
    SIZE("a size (XS, S, M, L, XL)"),
    /** A list of whole numbers. */
    INTEGERS("a list of whole numbers, like [6, 6]"),
    /** A list of modules. */
    MODULES("a list of modules");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** The keys of the front matter Quire reads; any other key is page metadata. */
  public static final List<String> PAGE_KEYS = List.of("title", "description", "modules", "suppress");

  /** Modules and their properties ({@code name} is implied), in documentation order. */
  public static final Map<String, Map<String, Type>> MODULES = modules();

  private Schema() {}

  private static Map<String, Map<String, Type>> modules() {
    Map<String, Map<String, Type>> modules = new LinkedHashMap<>();
    modules.put("RowText", props("text", Type.MARKDOWN, "status", Type.CLASSES));
    Map<String, Type> textImage = props("cols", Type.INTEGER, "image", Type.IMAGE_URL, "title", Type.TEXT,
        "status", Type.CLASSES, "text", Type.MARKDOWN);
    modules.put("RowTextImage", textImage);
    modules.put("RowImageText", textImage);
    modules.put("RowImage", props("image", Type.IMAGE_URL, "title", Type.TEXT, "status", Type.CLASSES));
    modules.put("RowSeparator", props("size", Type.SIZE));
    modules.put("RowMultiColumns", props("widths", Type.INTEGERS, "modules", Type.MODULES, "cols", Type.INTEGER));
    return java.util.Collections.unmodifiableMap(modules);
  }

  private static Map<String, Type> props(Object... pairs) {
    Map<String, Type> props = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      props.put((String) pairs[i], (Type) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(props);
  }
}
