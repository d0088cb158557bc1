package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front matter's JSON Schema the build writes beside the generated sources: the page's keys,
 * every module with its properties, types, ranges and required ones, the application's own modules
 * too, the same bytes at every build.
 */
class FrontMatterSchemaTest {
  @TempDir Path resources;

  private static final String HERO = """
      package test;

      import dev.quire.dsl.Html;
      import dev.quire.dsl.Module;

      /** A banner with a title. */
      public record Hero(String title, @dev.quire.dsl.Range(min = 1, max = 3) int level) implements Module {
        @Override
        public void render(Html html) {
          html.open("h2").text(title).close();
        }
      }
      """;

  private Compilation compile() {
    Fixture.write(resources, Map.of("pages/index.md", "---\ntitle: Home\n---\nHello.\n"));
    return Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info",
            "@dev.quire.dsl.Pages(value = \"pages\", modules = {Hero.class})\npackage test;\n"),
        JavaFileObjects.forSourceString("test.Hero", HERO));
  }

  private static String schema(Compilation compilation) throws IOException {
    JavaFileObject file = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "test", "front-matter.schema.json")
        .orElseThrow();
    return file.getCharContent(true).toString();
  }

  @Test
  void describesThePageEveryModuleAndTheApplicationsOwn() throws IOException {
    Compilation compilation = compile();
    assertThat(compilation).succeeded();
    String schema = schema(compilation);
    assertThat(schema).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",");
    assertThat(schema).contains("\"modules\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/module\"\n");
    assertThat(schema).contains("\"name\": {\n          \"enum\": [\"RowText\", \"RowTextImage\", \"RowImageText\", \"RowImage\","
        + " \"RowSeparator\", \"RowMultiColumns\", \"RowButtonGrid\", \"RowDynamicTable\", \"RowNewsCards\", \"RowNewsList\","
        + " \"TableOfContents\", \"Hero\"]");
    assertThat(schema).contains("\"depth\": {\n          \"type\": \"integer\",\n          \"minimum\": 1,\n"
        + "          \"maximum\": 6,\n");
    assertThat(schema).contains("\"size\": {\n          \"enum\": [\"XS\", \"S\", \"M\", \"L\", \"XL\", \"xs\", \"s\", \"m\", \"l\", \"xl\"],");
    assertThat(schema).contains("\"Hero\": {\n      \"description\": \"A banner with a title.\",");
    assertThat(schema).contains("\"level\": {\n          \"type\": \"integer\",\n          \"minimum\": 1,\n          \"maximum\": 3,");
    assertThat(schema).contains("\"required\": [\"title\", \"level\"],\n      \"additionalProperties\": false");
  }

  @Test
  void twoBuildsWriteTheSameBytes() throws IOException {
    assertThat(schema(compile())).isEqualTo(schema(compile()));
  }
}
