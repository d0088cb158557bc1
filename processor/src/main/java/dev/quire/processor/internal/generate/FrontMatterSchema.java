package dev.quire.processor.internal.generate;

import dev.quire.dsl.Size;
import dev.quire.processor.internal.model.Declared;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON Schema (draft 2020-12) of a site's front matter, for tools that validate YAML without a
 * language server (the YAML extensions of VS Code and IntelliJ, {@code check-jsonschema} in CI): the
 * page's keys, every module (the built-ins', then the application's own) with its properties, types,
 * ranges, required ones and documentation, from the same declarations the processor reads content by.
 * What a schema cannot say (a grid's widths adding up to 12, links that resolve) is the build's.
 * Deterministic: the same declarations give the same bytes.
 */
public final class FrontMatterSchema {
  private FrontMatterSchema() {}

  /**
   * The schema's JSON: {@code page} and {@code entry} the front matter's own keys, {@code modules}
   * every module by name, {@code records} the nested records by Java name.
   */
  public static String json(Declared.Shape page, Declared.Shape entry, Map<String, Declared.Shape> modules,
      Map<Declared.JavaName, Declared.Shape> records) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Quire front matter");
    root.put("description", "The YAML front matter of a Quire content file. Unknown top-level keys are the page's metadata.");
    root.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Declared.Component component : page.components()) {
      properties.put(component.name(), property(component));
    }
    for (Declared.Component component : entry.components()) {
      properties.putIfAbsent(component.name(), property(component));
    }
    root.put("properties", properties);
    Map<String, Object> defs = new LinkedHashMap<>();
    List<Object> kinds = new ArrayList<>();
    List<Object> names = new ArrayList<>(modules.keySet());
    Map<String, Object> module = new LinkedHashMap<>();
    module.put("description", "A module: its name, then its properties.");
    module.put("type", "object");
    module.put("required", List.of("name"));
    module.put("properties", Map.of("name", Map.of("enum", names)));
    for (String name : modules.keySet()) {
      kinds.add(map("if", Map.of("properties", Map.of("name", Map.of("const", name))), "then",
          Map.of("$ref", "#/$defs/" + name)));
    }
    module.put("allOf", kinds);
    defs.put("module", module);
    for (Map.Entry<String, Declared.Shape> shape : modules.entrySet()) {
      defs.put(shape.getKey(), shape(shape.getValue(), true));
    }
    for (Map.Entry<Declared.JavaName, Declared.Shape> nested : byName(records).entrySet()) {
      defs.putIfAbsent(defName(nested.getValue().type()), shape(nested.getValue(), false));
    }
    root.put("$defs", defs);
    StringBuilder out = new StringBuilder();
    write(root, out, "");
    return out.append('\n').toString();
  }

  private static Map<Declared.JavaName, Declared.Shape> byName(Map<Declared.JavaName, Declared.Shape> records) {
    Map<Declared.JavaName, Declared.Shape> sorted = new TreeMap<>((a, b) -> a.binaryName().compareTo(b.binaryName()));
    sorted.putAll(records);
    return sorted;
  }

  private static String defName(Declared.JavaName type) {
    return String.join(".", type.simpleNames());
  }

  private static Map<String, Object> shape(Declared.Shape shape, boolean module) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", shape.doc());
    schema.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    if (module) {
      properties.put("name", Map.of("const", shape.name()));
      properties.put("each", map("type", "string", "description",
          "in a page with model:, this module once per element of the named list"));
      properties.put("if", map("type", "string", "description",
          "in a page with model:, this module only when the named value is true or present"));
    }
    for (Declared.Component component : shape.components()) {
      properties.put(component.name(), property(component));
      if (component.required()) {
        required.add(component.name());
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Map<String, Object> property(Declared.Component component) {
    Map<String, Object> schema = new LinkedHashMap<>(type(component.type()));
    schema.put("description", component.doc());
    return schema;
  }

  private static Map<String, Object> type(Declared.Type type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (type instanceof Declared.Scalar scalar) {
      switch (scalar) {
        case BOOLEAN -> schema.put("type", "boolean");
        case SIZE -> schema.put("enum", anyCase(sizes()));
        default -> schema.put("type", "string");
      }
    } else if (type instanceof Declared.Whole whole) {
      schema.put("type", "integer");
      if (whole.min() != (whole.isLong() ? Long.MIN_VALUE : Integer.MIN_VALUE)) {
        schema.put("minimum", whole.min());
      }
      if (whole.max() != (whole.isLong() ? Long.MAX_VALUE : Integer.MAX_VALUE)) {
        schema.put("maximum", whole.max());
      }
    } else if (type instanceof Declared.EnumOf constants) {
      schema.put("enum", anyCase(constants.constants()));
    } else if (type instanceof Declared.OptionalOf optional) {
      return type(optional.of());
    } else if (type instanceof Declared.ListOf list) {
      schema.put("type", "array");
      schema.put("items", type(list.of()));
    } else if (type instanceof Declared.Nested nested) {
      schema.put("$ref", "#/$defs/" + defName(nested.type()));
    } else if (type instanceof Declared.AnyModule) {
      schema.put("$ref", "#/$defs/module");
    } else if (type instanceof Declared.Structured structured) {
      switch (structured) {
        case WIDTHS -> {
          schema.put("type", "array");
          schema.put("items", map("type", "integer", "minimum", 1, "maximum", 12));
        }
        case COLUMN_KEYS, TAGS, CODES -> {
          schema.put("type", "array");
          schema.put("items", Map.of("type", "string"));
        }
        case BUTTON_COLUMNS, BUTTONS, TABLE_COLUMNS, MENUS -> {
          schema.put("type", "array");
          schema.put("items", Map.of("type", "object"));
        }
        case TABLE_ROWS -> {
          schema.put("type", "array");
          schema.put("items", map("type", "object", "description", "column keys to cells"));
        }
        case BUTTON_STATUS -> schema.put("enum", List.of("active", "deactive", "pending", "highlight"));
        case NEWS_SELECTION -> schema.put("enum", List.of("homepage", "all"));
        case COLLECTION, DATE -> schema.put("type", "string");
        case PAGE_HEADINGS -> schema.put("not", Map.of());
      }
    }
    return schema;
  }

  /** A map of {@code keys and values} in their order (Map.of's order differs from one JVM to the next). */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static List<String> sizes() {
    List<String> sizes = new ArrayList<>();
    for (Size size : Size.values()) {
      sizes.add(size.name());
    }
    return sizes;
  }

  /** Constants as written in any case the reader takes: as declared, and lower case. */
  private static List<Object> anyCase(List<String> constants) {
    List<Object> values = new ArrayList<>(constants);
    for (String constant : constants) {
      String lower = constant.toLowerCase(Locale.ROOT);
      if (!values.contains(lower)) {
        values.add(lower);
      }
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static void write(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
        out.append(indent).append("  ");
        string(entry.getKey(), out);
        out.append(": ");
        write(entry.getValue(), out, indent + "  ");
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        write(list.get(i), out, indent);
      }
      out.append(']');
    } else if (value instanceof String text) {
      string(text, out);
    } else {
      out.append(value);
    }
  }

  /** A JSON string: Java's string literal escapes (JavaText.quote) are JSON's, and it writes ASCII only. */
  private static void string(String text, StringBuilder out) {
    out.append(JavaText.quote(text));
  }
}
