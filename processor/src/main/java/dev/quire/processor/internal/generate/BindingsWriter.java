package dev.quire.processor.internal.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.quire.dsl.internal.Bound;
import dev.quire.processor.internal.model.ModelTypes;
import dev.quire.processor.internal.model.PageModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The code of a page with a model that binds its slots: the {@code BINDINGS} constant (each slot's
 * kind, frame and source) and the {@code read} method that reads each slot's value from the model and
 * the elements of the sections around it. {@link PageClassWriter} writes the rest of the class.
 */
final class BindingsWriter {
  private BindingsWriter() {}

  /**
   * {@code Bindings.<Model>builder(TEMPLATE, Page::read)}, a call per slot (its kind, its frame, and what
   * the content wrote there and where, which render-time messages name), then {@code build()}.
   */
  static CodeBlock bindings(String path, ClassName page, ClassName model, PageModel.Binding binding) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.<$T>builder(TEMPLATE, $T::read)$>$>", JavaText.BINDINGS, model,
        page);
    for (int i = 0; i < binding.slots().size(); i++) {
      PageModel.Slot slot = binding.slots().get(i);
      code.add("\n.$L($L, $L, $L)", kind(slot.kind()), i, slot.frame(), JavaText.quote(slot.source() + " at " + path + ":"
          + slot.position().line() + ":" + slot.position().column()));
    }
    return code.add("\n.build()$<$<").build();
  }

  /**
   * {@code read(slot, frames)}: a switch with each slot's path as accessor calls on its frame, a null
   * on the way giving null. Slots that read the same path share a case.
   */
  static MethodSpec read(PageModel.Binding binding, Map<Integer, String> modules) {
    LinkedHashMap<String, List<Integer>> cases = new LinkedHashMap<>();
    Map<String, PageModel.Slot> bySignature = new HashMap<>();
    for (int i = 0; i < binding.slots().size(); i++) {
      PageModel.Slot slot = binding.slots().get(i);
      if (slot.kind() == Bound.Kind.MODULE) {
        continue;
      }
      String signature = slot.frame() + ":" + slot.steps().stream().map(PageModel.Step::name).toList();
      cases.computeIfAbsent(signature, key -> new ArrayList<>()).add(i);
      bySignature.putIfAbsent(signature, slot);
    }
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (slot) {\n$>");
    for (Map.Entry<String, List<Integer>> entry : cases.entrySet()) {
      String labels = String.join(", ", entry.getValue().stream().map(String::valueOf).toList());
      body.add(path(labels, bySignature.get(entry.getKey())));
    }
    modules.forEach((slot, method) -> body.add("case $L -> $N(frames);\n", slot, method));
    body.add("default -> throw new $T(slot);\n$<};\n", IndexOutOfBoundsException.class);
    return MethodSpec.methodBuilder("read")
        .addJavadoc("The value of each slot: frame 0 is the model, frame 1 the element of the section around the "
            + "slot, and so on.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Object.class)
        .addParameter(int.class, "slot")
        .addParameter(Object[].class, "frames")
        .addCode(body.build())
        .build();
  }

  /** One case of {@code read}: the frame, cast, then the accessors, each after a null check of the one before. */
  private static CodeBlock path(String labels, PageModel.Slot slot) {
    CodeBlock frame = CodeBlock.of("frames[$L]", slot.frame());
    List<PageModel.Step> steps = slot.steps();
    if (steps.isEmpty()) {
      return CodeBlock.of("case $L -> $L;\n", labels, frame);
    }
    TypeName type = slot.frameType().map(BindingsWriter::castType).orElse(ClassName.OBJECT);
    CodeBlock first = CodeBlock.of("(($T) $L).$N()", type, frame, steps.get(0).name());
    if (steps.size() == 1) {
      return CodeBlock.of("case $L -> $L;\n", labels, first);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("case $L -> {\n$>", labels);
    Set<String> names = new HashSet<>(List.of("slot", "frames"));
    String previous = local(steps.get(0).name(), names);
    code.add("var $N = $L;\n", previous, first);
    for (int i = 1; i < steps.size() - 1; i++) {
      String next = local(steps.get(i).name(), names);
      code.add("if ($N == null) {\n$>yield null;\n$<}\n", previous);
      code.add("var $N = $N.$N();\n", next, previous, steps.get(i).name());
      previous = next;
    }
    code.add("yield $N == null ? null : $N.$N();\n", previous, previous, steps.get(steps.size() - 1).name());
    return code.add("$<}\n").build();
  }

  /** A local variable named after an accessor, unique in its case. */
  private static String local(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }

  /** The class a frame is cast to: with a wildcard for each type parameter ({@code List<?>}). */
  private static TypeName castType(ModelTypes.JavaClass type) {
    ClassName name = className(type);
    if (type.typeParameters() == 0) {
      return name;
    }
    TypeName[] wildcards = new TypeName[type.typeParameters()];
    Arrays.fill(wildcards, WildcardTypeName.subtypeOf(Object.class));
    return ParameterizedTypeName.get(name, wildcards);
  }

  private static String kind(Bound.Kind kind) {
    return switch (kind) {
      case VALUE -> "value";
      case EACH -> "each";
      case WHEN -> "when";
      case WITH -> "with";
      case UNLESS -> "unless";
      case MODULE -> "module";
    };
  }

  static ClassName className(ModelTypes.JavaClass type) {
    List<String> names = type.simpleNames();
    return ClassName.get(type.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
  }
}
