package dev.quire.processor.internal.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/**
 * Dev mode's hook in a generated class ({@code dev.quire.dsl.DevMode}): a {@code DEV} constant, true
 * only in dev mode and only in the class the application loaded (not in the class dev mode compiled
 * from the content as it is now, which is byte for byte what a build writes), and at the start of
 * each public method a call to the same method of the class dev mode compiled.
 *
 * <pre>{@code
 * private static final boolean DEV = DevMode.follows(AboutPage.class);
 *
 * public static Page page() {
 *   if (DEV) {
 *     return DevMode.call(AboutPage.class, "page");
 *   }
 *   return PAGE;
 * }
 * }</pre>
 */
final class DevHook {
  static final ClassName DEV_MODE = ClassName.get(PageClassWriter.DSL, "DevMode");

  private DevHook() {}

  /** The {@code DEV} constant of {@code owner}. */
  static FieldSpec field(ClassName owner) {
    return FieldSpec.builder(TypeName.BOOLEAN, "DEV", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Whether this class stands for the content as it is now: only in dev mode (see {@link $T}).\n",
            DEV_MODE)
        .initializer("$T.follows($T.class)", DEV_MODE, owner)
        .build();
  }

  /** A public static method of {@code owner} named {@code name}, starting with the hook; parameters are added after. */
  static MethodSpec.Builder method(ClassName owner, String name, TypeName returns, String... parameters) {
    StringBuilder arguments = new StringBuilder();
    for (String parameter : parameters) {
      arguments.append(", ").append(parameter);
    }
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returns)
        .addCode(CodeBlock.builder()
            .beginControlFlow("if (DEV)")
            .addStatement("return $T.call($T.class, $S$L)", DEV_MODE, owner, name, arguments)
            .endControlFlow()
            .build());
  }
}
