package dev.quire.processor.internal.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.quire.dsl.Button;
import dev.quire.dsl.ButtonColumn;
import dev.quire.dsl.Cell;
import dev.quire.dsl.Icon;
import dev.quire.dsl.NavItem;
import dev.quire.dsl.TableColumn;
import dev.quire.dsl.TableOfContents;
import dev.quire.dsl.TableRow;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the Java class of one page: a {@code page()} method returning a constant built with the
 * public DSL, the way a person would write it. The only class (with {@link IndexWriter}) that uses
 * JavaPoet.
 */
public final class PageClassWriter {
  static final String DSL = "dev.quire.dsl";
  static final ClassName PAGE = ClassName.get(DSL, "Page");
  static final ClassName MARKDOWN = ClassName.get(DSL, "Markdown");
  static final ClassName SIZE = ClassName.get(DSL, "Size");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.quire.processor.PagesProcessor";
  /** HTML up to this long, on one line, is written inline; longer HTML gets a named constant. */
  private static final int INLINE_TEXT = 80;
  /** A constructor or list call up to this long is written on one line. */
  private static final int SHORT_CALL = 70;

  static final ClassName ICON = ClassName.get(DSL, "Icon");
  static final ClassName ENTRY = ClassName.get(DSL, "Entry");
  static final ClassName HEADING = ClassName.get(DSL, "TableOfContents", "Heading");

  private final List<FieldSpec> texts = new ArrayList<>();
  /** One method per own module, which names the content file's place when the module refuses its values. */
  private final List<MethodSpec> ownModules = new ArrayList<>();
  private int ownModuleCount;
  /** The method that makes each module made for each render, by its slot, for {@code read}. */
  private final Map<Integer, String> renderedModules = new java.util.TreeMap<>();
  /** The slot of the module made for each render whose values are being written, or null. */
  private Integer renderSlot;
  /** The page's slots (none for a page without a model). */
  private List<PageModel.Slot> slots = List.of();
  /** Icon constants by spec, in order of first use: an icon used twice is written once. */
  private final Map<String, FieldSpec> icons = new java.util.LinkedHashMap<>();
  private final Collections collections;
  private final ModuleCode moduleCode = new ModuleCode();

  private PageClassWriter(Collections collections) {
    this.collections = collections;
  }

  /** Names the class that holds each collection's entries ({@code news} → {@code test.news.NewsCollection}). */
  public interface Collections {
    Declared.JavaName classOf(String collection);
  }

  /**
   * The source of the class {@code className} for {@code page}; {@code markGenerated} adds
   * {@code @Generated} (only when the compilation can see that annotation, as in a module that does
   * not read {@code java.compiler} it cannot).
   */
  public static Sources.Source write(PageModel page, Declared.JavaName className, Element origin, boolean markGenerated,
      Collections collections) {
    return Sources.Source.of(new PageClassWriter(collections).file(page, Names.poet(className), origin, markGenerated));
  }

  /**
   * A class for a page whose content file has errors: it keeps code that uses it (its {@code page()},
   * its {@code PATH}) compiling.
   */
  public static Sources.Source stub(String path, String slug, Declared.JavaName name, Element origin,
      boolean markGenerated) {
    ClassName className = Names.poet(name);
    TypeSpec type = TypeSpec.classBuilder(className)
        .addOriginatingElement(origin)
        .addJavadoc("Stands in for the page of {@code $L}, which has errors (see the build output).\n", comment(path))
        .addAnnotations(generated(markGenerated))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(path(slug))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("page")
            .addJavadoc("Always throws: the content file did not compile. Takes any arguments, so that code calling\n"
                + "{@code page()} or, for a page with a model, {@code page(model)} still compiles.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(Object[].class, "model")
            .varargs(true)
            .returns(PAGE)
            .addStatement("throw new $T($L)", IllegalStateException.class,
                JavaText.quote(path + " has errors; fix them and build again"))
            .build())
        .build();
    return Sources.Source.of(JavaFile.builder(className.packageName(), type).skipJavaLangImports(true).build());
  }

  private JavaFile file(PageModel page, ClassName className, Element origin, boolean markGenerated) {
    slots = page.binding().map(PageModel.Binding::slots).orElse(List.of());
    CodeBlock pageCode = page(page);
    Optional<CodeBlock> navigation = page.menus().isEmpty() ? Optional.empty() : Optional.of(navigation(page.menus()));
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addOriginatingElement(origin)
        .addJavadoc("The page of {@code $L}.\n\n<p>Generated by Quire from that content file: change the file, not this class.\n",
            comment(page.path()))
        .addAnnotations(generated(markGenerated))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    boolean served = page.menus().isEmpty() && page.binding().isEmpty();
    if (served) {
      type.addField(path(page.slug()));
      if (!page.anchors().isEmpty()) {
        type.addType(anchors(page));
      }
    }
    type.addField(DevHook.field(className))
        .addFields(icons.values())
        .addFields(texts);
    if (!page.headings().isEmpty()) {
      type.addField(headings(page.headings()));
    }
    page.entry().ifPresent(entry -> type.addField(FieldSpec.builder(ENTRY, "ENTRY", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.entries().get($L)", Names.poet(collections.classOf(entry.collection())), JavaText.quote(entry.slug()))
        .build()));
    navigation.ifPresent(code -> type.addField(FieldSpec.builder(ClassName.get(DSL, "Navigation"), "NAVIGATION",
        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(code).build()));
    if (page.binding().isPresent()) {
      PageModel.Binding binding = page.binding().get();
      ClassName model = BindingsWriter.className(binding.model());
      TypeName bindings = ParameterizedTypeName.get(JavaText.BINDINGS, model);
      type.addField(FieldSpec.builder(PAGE, "TEMPLATE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The page with a slot where each of the model's values goes.\n")
              .initializer(pageCode)
              .build())
          .addField(FieldSpec.builder(bindings, "BINDINGS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("What each slot shows: the path from the model (frame 0) or a section's element to the value.\n")
              .initializer(BindingsWriter.bindings(page.path(), className, model, binding))
              .build())
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
          .addMethod(DevHook.method(className, "page", PAGE, "model")
              .addJavadoc("Returns the page showing {@code model}'s values (its static parts are built once, for every model).\n")
              .addParameter(model, "model")
              .addStatement("return BINDINGS.page(model)")
              .build())
          .addMethod(BindingsWriter.read(binding, renderedModules))
          .addMethods(ownModules);
    } else {
      type.addField(FieldSpec.builder(PAGE, "PAGE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(pageCode)
              .build())
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
          .addMethod(accessor(className, "page", PAGE, CodeBlock.of("Returns the page (immutable, built once)."), CodeBlock.of("PAGE")))
          .addMethods(ownModules);
    }
    page.entry().ifPresent(entry -> type.addMethod(accessor(className, "entry", ENTRY,
        CodeBlock.of("Returns the page's entry in the $L collection.", comment(entry.collection())), CodeBlock.of("ENTRY"))));
    navigation.ifPresent(code -> type.addMethod(accessor(className, "navigation", ClassName.get(DSL, "Navigation"),
        CodeBlock.of("Returns the navigation bar this file's {@code menus:} describe."), CodeBlock.of("NAVIGATION"))));
    return JavaFile.builder(className.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /**
   * {@code PATH}: the page's address, for Java code that links to it ({@code "/news/x"}, {@code "/"}
   * for {@code index}); when the file is deleted or renamed the class goes, and such code stops
   * compiling with the page's name in the message.
   */
  private static FieldSpec path(String slug) {
    String address = slug.equals("index") ? "/" : "/" + slug;
    return FieldSpec.builder(String.class, "PATH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The page's address: {@code $L}.\n", comment(address))
        .initializer("$L", JavaText.quote(address))
        .build();
  }

  /**
   * {@code Anchors}: a constant per id on the page ({@code OUR_TEAM = "/about#our-team"}), the
   * address of that place; two ids that make one name get {@code _2}, {@code _3}… in id order.
   */
  private static TypeSpec anchors(PageModel page) {
    String address = page.slug().equals("index") ? "/" : "/" + page.slug();
    TypeSpec.Builder anchors = TypeSpec.classBuilder("Anchors")
        .addJavadoc("Where links can go on the page, as addresses.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (String id : page.anchors()) {
      String base = Names.constant(id);
      if (base.chars().allMatch(c -> c == '_') || !javax.lang.model.SourceVersion.isName(base)) {
        base = "ANCHOR"; // an id of no Latin letter or digit (日本, -): a name of its own, numbered after the first
      }
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "_" + n;
      }
      anchors.addField(FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer("$L", JavaText.quote(address + "#" + id))
          .build());
    }
    return anchors.build();
  }

  /**
   * {@code public static <type> <name>() { return <value>; }} of {@code owner}, with a one-line javadoc
   * and dev mode's hook ({@link DevHook}).
   */
  static MethodSpec accessor(ClassName owner, String name, TypeName type, CodeBlock javadoc, CodeBlock value) {
    return DevHook.method(owner, name, type)
        .addJavadoc("$L\n", javadoc)
        .addStatement("return $L", value)
        .build();
  }

  /** {@code @Generated("dev.quire.processor.PagesProcessor")}, or nothing. */
  static List<AnnotationSpec> generated(boolean markGenerated) {
    return markGenerated ? List.of(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
        : List.of();
  }

  /**
   * Text safe inside a Javadoc comment: no comment end, no Unicode escapes, no HTML, and ASCII only
   * (other characters become HTML character references), so the source is the same bytes whatever
   * encoding the build writes it in.
   */
  static String comment(String text) {
    String safe = text.replace("&", "&amp;").replace("*/", "*&#47;").replace("\\", "&#92;").replace("@", "&#64;")
        .replace("<", "&lt;").replace(">", "&gt;").replace("{", "&#123;").replace("}", "&#125;");
    StringBuilder out = new StringBuilder(safe.length());
    safe.codePoints().forEach(c -> {
      if (c < 0x20 || c >= 0x7f) {
        out.append("&#").append(c).append(';');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private CodeBlock page(PageModel page) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()$>$>", PAGE);
    if (!page.slug().isEmpty()) {
      code.add("\n.slug($L)", JavaText.quote(page.slug()));
    }
    page.title().ifPresent(title -> code.add("\n.title($L)", JavaText.literal(title)));
    page.description().ifPresent(description -> code.add("\n.description($L)", JavaText.literal(description)));
    for (Map.Entry<String, Object> entry : page.meta().entrySet()) {
      code.add("\n.meta($L, $L)", JavaText.quote(entry.getKey()), metaValue(entry.getValue()));
    }
    if (page.entry().isPresent()) {
      code.add("\n.module($T.of(ENTRY))", ClassName.get(DSL, "RowDocumentHeader"));
    }
    for (ModuleModel module : page.modules()) {
      code.add("\n.module($L)", module(module));
    }
    if (!page.body().isEmpty()) {
      code.add("\n.body($L)", text("BODY", page.body()));
    }
    return code.add("\n.build()$<$<").build();
  }

  private CodeBlock metaValue(Object value) {
    if (value instanceof String text) {
      return JavaText.literal(text);
    }
    List<CodeBlock> parts = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> parts.add(metaValue(item)));
      return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(parts, ", "));
    }
    ((Map<?, ?>) value).forEach((key, item) -> {
      parts.add(JavaText.literal((String) key));
      parts.add(metaValue(item));
    });
    return CodeBlock.of("$T.orderedMap($L)", PAGE, CodeBlock.join(parts, ", "));
  }

  private CodeBlock module(ModuleModel module) {
    return module.accept(moduleCode);
  }

  /** Each kind of module as the Java that builds it. */
  private final class ModuleCode implements ModuleModel.Visitor<CodeBlock> {
    @Override
    public CodeBlock own(ModuleModel.Own own) {
      return ownModule(own);
    }

    @Override
    public CodeBlock section(ModuleModel.Section section) {
      return CodeBlock.of("$T.section($L, $L)", JavaText.BINDINGS, section.slot(), module(section.module()));
    }

    @Override
    public CodeBlock properties(ModuleModel.Properties module) {
      ClassName type = ClassName.get(DSL, module.name());
      if (!module.call().builder()) {
        int count = module.call().arguments();
        List<CodeBlock> arguments = new ArrayList<>();
        module.values().subList(0, count).forEach(setting -> arguments.add(builtInValue(setting.value())));
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($L)", type, CodeBlock.join(arguments, ", "));
        for (ModuleModel.Setting setting : module.values().subList(count, module.values().size())) {
          code.add("\n$>$>.$L($L)$<$<", setting.property(), builtInValue(setting.value()));
        }
        return code.build();
      }
      CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()$>$>", type);
      for (ModuleModel.Setting setting : module.values()) {
        Declared.Type kind = setting.type();
        if (kind instanceof Declared.ListOf list && list.of() instanceof Declared.AnyModule) {
          ((Value.Items) setting.value()).items().forEach(item -> code.add("\n.module($L)", value(item)));
        } else if (kind == Declared.Structured.TABLE_COLUMNS) {
          tableColumns(code, (Value.TableColumns) setting.value());
        } else if (kind == Declared.Structured.TABLE_ROWS) {
          tableRows(code, (Value.TableRows) setting.value());
        } else if (kind == Declared.Structured.BUTTON_COLUMNS) {
          buttonColumns(code, (Value.ButtonColumns) setting.value());
        } else if (kind == Declared.Structured.WIDTHS || kind == Declared.Structured.COLUMN_KEYS) {
          code.add("\n.$L($L)", setting.property(), CodeBlock.join(
              ((Value.Items) setting.value()).items().stream().map(PageClassWriter.this::value).toList(), ", "));
        } else if (kind == Declared.Scalar.MARKDOWN) {
          textProperty(code, setting.property(), ((Value.Markdown) setting.value()).text());
        } else {
          code.add("\n.$L($L)", setting.property(), builtInValue(setting.value()));
        }
      }
      return code.add("\n.build()$<$<").build();
    }
  }

  /**
   * A call of the method that builds an own module with its record's canonical constructor; the
   * method turns what the constructor throws into a LayoutException naming the content file's place.
   */
  private CodeBlock ownModule(ModuleModel.Own own) {
    if (own.slot().isPresent()) {
      return renderedModule(own, own.slot().get());
    }
    ClassName type = className(own.shape().type());
    String name = Character.toLowerCase(own.shape().name().charAt(0)) + own.shape().name().substring(1) + (++ownModuleCount);
    Integer outer = renderSlot;
    renderSlot = null;
    CodeBlock construction = construct(type, own.values()); // numbers the modules it holds after this one
    renderSlot = outer;
    ownModules.add(MethodSpec.methodBuilder(name)
        .addJavadoc("{@code $L} at {@code $L}.\n", own.shape().name(), comment(own.where()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .beginControlFlow("try")
        .addStatement("return $L", construction)
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .addStatement("throw $T.in($L, $S, e)", ClassName.get(DSL, "LayoutException"), JavaText.quote(own.where()),
            own.shape().name())
        .endControlFlow()
        .build());
    return CodeBlock.of("$N()", name);
  }

  /**
   * An own module whose values hold placeholders: in the template, {@code Bindings.module(slot)} stands
   * for it; {@code read} makes it for each render with a method that gives each text and URL its
   * values ({@code BINDINGS.text(slot, …, frames)}, {@code BINDINGS.url}) and turns what the constructor
   * throws into a LayoutException naming the content file's place and the placeholders.
   */
  private CodeBlock renderedModule(ModuleModel.Own own, int slot) {
    ClassName type = className(own.shape().type());
    String name = Character.toLowerCase(own.shape().name().charAt(0)) + own.shape().name().substring(1) + (++ownModuleCount);
    Integer outer = renderSlot;
    renderSlot = slot;
    CodeBlock construction = construct(type, own.values());
    renderSlot = outer;
    java.util.Set<String> placeholders = new java.util.LinkedHashSet<>();
    own.values().forEach(value -> placeholders(value, placeholders));
    ownModules.add(MethodSpec.methodBuilder(name)
        .addJavadoc("{@code $L} at {@code $L}, made for each render with the model's values.\n", own.shape().name(),
            comment(own.where()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(Object[].class, "frames")
        .beginControlFlow("try")
        .addStatement("return $L", construction)
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .addStatement("throw $T.in($L, $S, $L, e)", ClassName.get(DSL, "LayoutException"), JavaText.quote(own.where()),
            own.shape().name(), JavaText.quote(String.join(", ", placeholders)))
        .endControlFlow()
        .build());
    renderedModules.put(slot, name);
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(CodeBlock.of("$L", slot));
    if (needsTable(own.values())) {
      arguments.add(CodeBlock.of("$S", "table"));
    }
    return CodeBlock.of("$T.module($L)", JavaText.BINDINGS, CodeBlock.join(arguments, ", "));
  }

  /** The placeholders ({@code {{a}}}) a module's text and URL values read, by the sources of their slots. */
  private void placeholders(Value value, java.util.Set<String> out) {
    String text = value instanceof Value.Text t ? t.value() : value instanceof Value.Url u ? u.value()
        : value instanceof Value.ImageUrl i ? i.value() : null;
    if (text != null) {
      for (int i = 0; i + 2 < text.length(); i++) {
        if (dev.quire.dsl.internal.Bound.isMarkerStart(text.charAt(i))) {
          out.add(slots.get(dev.quire.dsl.internal.Bound.slotAt(text, i)).source());
          i += 2;
        }
      }
    } else if (value instanceof Value.Maybe maybe && maybe.value() != null) {
      placeholders(maybe.value(), out);
    } else if (value instanceof Value.Items items) {
      items.items().forEach(item -> placeholders(item, out));
    } else if (value instanceof Value.Nested nested) {
      nested.values().forEach(item -> placeholders(item, out));
    }
  }

  /** Whether a RowDynamicTable, which needs the table script, is among the modules inside {@code values}. */
  private static boolean needsTable(List<Value> values) {
    for (Value value : values) {
      if (value instanceof Value.Module module && needsTable(module.module())
          || value instanceof Value.Items items && needsTable(items.items())
          || value instanceof Value.Maybe maybe && maybe.value() != null && needsTable(List.of(maybe.value()))
          || value instanceof Value.Nested nested && needsTable(nested.values())) {
        return true;
      }
    }
    return false;
  }

  private static boolean needsTable(ModuleModel module) {
    if (module instanceof ModuleModel.Properties properties) {
      return properties.name().equals("RowDynamicTable")
          || needsTable(properties.values().stream().map(ModuleModel.Setting::value).toList());
    }
    if (module instanceof ModuleModel.Section section) {
      return needsTable(section.module());
    }
    return needsTable(((ModuleModel.Own) module).values());
  }

  /** {@code new Type(a, b, …)}, one argument a line when there are several. */
  private CodeBlock construct(ClassName type, List<Value> values) {
    if (values.isEmpty()) {
      return CodeBlock.of("new $T()", type);
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (Value value : values) {
      arguments.add(value(value));
    }
    return arguments(CodeBlock.of("new $T", type), arguments);
  }

  /** {@code head(a, b)} on one line when it is short, else one argument a line. */
  private static CodeBlock arguments(CodeBlock head, List<CodeBlock> arguments) {
    CodeBlock line = CodeBlock.of("$L($L)", head, CodeBlock.join(arguments, ", "));
    // As written in the class: types by their simple names (the file imports them).
    String written = line.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    if (written.length() <= SHORT_CALL && !written.contains("\n")) {
      return line;
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$L($>$>", head);
    for (int i = 0; i < arguments.size(); i++) {
      code.add(i == 0 ? "\n$L" : ",\n$L", arguments.get(i));
    }
    return code.add(")$<$<").build();
  }

  /** A built-in's property value as Java code: its dsl class takes URLs as text. */
  private CodeBlock builtInValue(Value value) {
    if (value instanceof Value.Url || value instanceof Value.ImageUrl) {
      return JavaText.literal(Value.text(value));
    }
    return value(value);
  }

  /** A component's value as Java code. */
  private CodeBlock value(Value value) {
    if (renderSlot != null) {
      String made = value instanceof Value.Text text ? "text" : value instanceof Value.Url ? "url"
          : value instanceof Value.ImageUrl ? "image" : null;
      String template = value instanceof Value.Text text ? text.value() : value instanceof Value.Url url ? url.value()
          : value instanceof Value.ImageUrl image ? image.value() : null;
      if (made != null && template.chars().anyMatch(c -> dev.quire.dsl.internal.Bound.isMarkerChar((char) c))) {
        return CodeBlock.of("BINDINGS.$L($L, $L, frames)", made, renderSlot, JavaText.literal(template));
      }
    }
    if (value instanceof Value.Text text) {
      return JavaText.literal(text.value());
    }
    if (value instanceof Value.Whole whole) {
      return CodeBlock.of(whole.isLong() ? "$LL" : "$L", whole.value());
    }
    if (value instanceof Value.Bool bool) {
      return CodeBlock.of("$L", bool.value());
    }
    if (value instanceof Value.Constant constant) {
      return CodeBlock.of("$T.$L", className(constant.type()), constant.name());
    }
    if (value instanceof Value.Markdown markdown) {
      return markdown.text().isEmpty() ? CodeBlock.of("$T.empty()", MARKDOWN) : text("TEXT_" + (texts.size() + 1), markdown.text());
    }
    if (value instanceof Value.Url url) {
      return CodeBlock.of("$T.of($L)", ClassName.get(DSL, "Url"), JavaText.literal(url.value()));
    }
    if (value instanceof Value.ImageUrl image) {
      return CodeBlock.of("$T.of($L)", ClassName.get(DSL, "ImageUrl"), JavaText.literal(image.value()));
    }
    if (value instanceof Value.IconValue icon) {
      return icon(icon.icon());
    }
    if (value instanceof Value.SizeValue size) {
      return CodeBlock.of("$T.$L", SIZE, size.size().name());
    }
    if (value instanceof Value.Maybe maybe) {
      return maybe.value() == null ? CodeBlock.of("$T.empty()", Optional.class)
          : CodeBlock.of("$T.of($L)", Optional.class, value(maybe.value()));
    }
    if (value instanceof Value.Items items) {
      List<CodeBlock> elements = new ArrayList<>();
      for (Value item : items.items()) {
        elements.add(value(item));
      }
      return arguments(CodeBlock.of("$T.of", List.class), elements);
    }
    if (value instanceof Value.Nested nested) {
      return construct(className(nested.shape().type()), nested.values());
    }
    if (value instanceof Value.Entries entries) {
      return entries(entries);
    }
    if (value instanceof Value.PageHeadings) {
      return CodeBlock.of("HEADINGS");
    }
    if (value instanceof Value.Module module) {
      Integer outer = renderSlot;
      renderSlot = null; // the modules inside keep their markers: the renderer fills them where they are written
      CodeBlock code = module(module.module());
      renderSlot = outer;
      return code;
    }
    throw new IllegalStateException("no Java code for the value " + value); // a new kind of Value needs its case here
  }

  private static ClassName className(Declared.JavaName name) {
    return Names.poet(name);
  }

  private void textProperty(CodeBlock.Builder code, String property, PageModel.Text text) {
    if (!text.isEmpty()) {
      code.add("\n.$L($L)", property, text("TEXT_" + (texts.size() + 1), text));
    }
  }

  /**
   * A Markdown value, as its compiled HTML only (the source stays in the content file): inline when
   * short, otherwise a named constant declared before PAGE.
   */
  private CodeBlock text(String name, PageModel.Text text) {
    String html = text.html();
    int lineEnd = html.indexOf('\n');
    if (html.length() <= INLINE_TEXT && (lineEnd < 0 || lineEnd == html.length() - 1)) {
      return CodeBlock.of("$T.generated($L)", MARKDOWN, JavaText.literal(html));
    }
    texts.add(FieldSpec.builder(MARKDOWN, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(CodeBlock.of("$T.generated($>$>\n$L)$<$<", MARKDOWN, JavaText.literal(html)))
        .build());
    return CodeBlock.of("$N", name);
  }


  /** {@code HEADINGS}: the headings the page's tables of contents list, in page order. */
  private static FieldSpec headings(List<TableOfContents.Heading> headings) {
    List<CodeBlock> elements = new ArrayList<>();
    for (TableOfContents.Heading heading : headings) {
      elements.add(CodeBlock.of("new $T($L, $L, $L)", HEADING, heading.level(), JavaText.literal(heading.id()),
          JavaText.literal(heading.text())));
    }
    return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), HEADING), "HEADINGS", Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The headings the page's table of contents lists, in the order the page shows them.\n")
        .initializer(arguments(CodeBlock.of("$T.of", List.class), elements))
        .build();
  }

  private CodeBlock entries(Value.Entries entries) {
    return CodeBlock.of("$T.entries().$L()", Names.poet(collections.classOf(entries.collection())),
        entries.selection() == Value.Entries.Selection.HOMEPAGE ? "onHomepage" : "newestFirst");
  }

  /** The constant of an icon ({@code ICON_COG}), declared once per class. */
  private CodeBlock icon(Icon icon) {
    FieldSpec field = icons.get(icon.spec());
    if (field == null) {
      String name = "ICON_" + Names.constant(icon.name());
      for (FieldSpec other : icons.values()) {
        if (other.name().equals(name)) {
          name = "ICON_" + Names.constant(icon.prefix() + "_" + icon.name());
        }
      }
      field = FieldSpec.builder(ICON, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.svg($S, $S, $L, $L,$>$>\n$L)$<$<", ICON, icon.prefix(), icon.name(), icon.width(), icon.height(),
              JavaText.literal(icon.path()))
          .build();
      icons.put(icon.spec(), field);
    }
    return CodeBlock.of("$N", field);
  }

  /** RowButtonGrid's columns, one {@code .column(…)} each. */
  private void buttonColumns(CodeBlock.Builder code, Value.ButtonColumns columns) {
    for (ButtonColumn column : columns.columns()) {
      code.add("\n.column($T.of($L)$>$>", ClassName.get(DSL, "ButtonColumn"), icon(column.icon()));
      column.title().ifPresent(title -> code.add("\n.title($L)", JavaText.literal(title)));
      column.subtitle().ifPresent(subtitle -> code.add("\n.subtitle($L)", JavaText.literal(subtitle)));
      for (Button button : column.buttons()) {
        code.add("\n.button($T.of($L)", ClassName.get(DSL, "Button"), JavaText.literal(button.title()));
        button.subtitle().ifPresent(subtitle -> code.add(".subtitle($L)", JavaText.literal(subtitle)));
        button.status().ifPresent(status -> code.add(".status($T.$L)", ClassName.get(DSL, "ButtonStatus"), status.name()));
        button.url().ifPresent(url -> code.add(".url($L)", JavaText.literal(url)));
        button.target().ifPresent(target -> code.add(".target($L)", JavaText.literal(target)));
        code.add(")");
      }
      code.add(")$<$<");
    }
  }

  /** RowDynamicTable's columns as written, one {@code .column(…)} each. */
  private void tableColumns(CodeBlock.Builder code, Value.TableColumns columns) {
    for (TableColumn column : columns.columns()) {
      code.add("\n.column($T.of($L, $L)$L)", ClassName.get(DSL, "TableColumn"), JavaText.literal(column.key()),
          JavaText.literal(column.label()), column.sortable() ? ".sortable(true)" : "");
    }
  }

  /** RowDynamicTable's rows, one {@code .row(…)} each. */
  private void tableRows(CodeBlock.Builder code, Value.TableRows rows) {
    for (TableRow row : rows.rows()) {
      code.add("\n.row($T.of($>$>", ClassName.get(DSL, "TableRow"));
      int i = 0;
      for (Map.Entry<String, Cell> cell : row.cells().entrySet()) {
        code.add(i++ == 0 ? "\n$L, $L" : ",\n$L, $L", JavaText.literal(cell.getKey()), cell(cell.getValue()));
      }
      code.add("))$<$<");
    }
  }

  private CodeBlock cell(Cell cell) {
    ClassName type = ClassName.get(DSL, "Cell");
    CodeBlock.Builder code = CodeBlock.builder();
    boolean titled = false;
    if (cell.icon().isPresent()) {
      code.add("$T.icon($L)", type, icon(cell.icon().get()));
    } else if (cell.image().isPresent()) {
      code.add("$T.image($L)", type, JavaText.literal(cell.image().get()));
    } else if (cell.title().isPresent()) {
      code.add("$T.text($L)", type, JavaText.literal(cell.title().get()));
      titled = true;
    } else {
      code.add("$T.EMPTY", type);
    }
    if (!titled) {
      cell.title().ifPresent(title -> code.add(".title($L)", JavaText.literal(title)));
    }
    cell.url().ifPresent(url -> code.add(".url($L)", JavaText.literal(url)));
    cell.target().ifPresent(target -> code.add(".target($L)", JavaText.literal(target)));
    return code.build();
  }

  private CodeBlock navigation(List<NavItem> items) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of($T.of($>$>", ClassName.get(DSL, "Navigation"), List.class);
    for (int i = 0; i < items.size(); i++) {
      code.add(i == 0 ? "\n$L" : ",\n$L", navItem(items.get(i)));
    }
    return code.add("))$<$<").build();
  }

  private CodeBlock navItem(NavItem item) {
    ClassName type = ClassName.get(DSL, "NavItem");
    CodeBlock.Builder code = CodeBlock.builder();
    if (!item.items().isEmpty()) {
      code.add("$T.dropdown($L)", type, JavaText.literal(item.title().orElse("")));
    } else if (item.icon().isPresent()) {
      code.add("$T.icon($L, $L)", type, icon(item.icon().get()), JavaText.literal(item.url().orElse("")));
      item.title().ifPresent(title -> code.add(".title($L)", JavaText.literal(title)));
    } else {
      code.add("$T.link($L, $L)", type, JavaText.literal(item.title().orElse("")), JavaText.literal(item.url().orElse("")));
    }
    item.target().ifPresent(target -> code.add(".target($L)", JavaText.literal(target)));
    item.cssClass().ifPresent(css -> code.add(".cssClass($L)", JavaText.literal(css)));
    for (NavItem child : item.items()) {
      code.add("$>$>\n.item($L)$<$<", navItem(child));
    }
    return code.build();
  }
}
