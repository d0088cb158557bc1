package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application's own modules: records listed in @Pages(modules = ...), read and checked like the built-ins. */
class OwnModulesTest {
  @TempDir Path resources;

  static final String HERO = """
      package test;

      import dev.quire.dsl.Default;
      import dev.quire.dsl.Html;
      import dev.quire.dsl.Markdown;
      import dev.quire.dsl.Module;
      import dev.quire.dsl.Range;
      import dev.quire.dsl.Url;
      import java.util.List;
      import java.util.Locale;
      import java.util.Optional;

      /** A full-width banner. */
      public record Hero(String title, Optional<Markdown> text, Optional<Url> action,
                         @Default("2") @Range(min = 1, max = 6) int level, Tone tone, List<Badge> badges)
          implements Module {
        public enum Tone { LIGHT, DARK }
        public record Badge(String label, Optional<Url> url) {}

        @Override
        public void render(Html html) {
          html.open("section", "class", "hero hero-" + tone.name().toLowerCase(Locale.ROOT));
          html.open("h" + level).text(title).close();
          text.ifPresent(html::markdown);
          action.ifPresent(url -> html.open("a", "href", url.value(), "class", "btn").text("Go").close());
          for (Badge badge : badges) {
            html.open("span", "class", "badge").text(badge.label()).close();
          }
          html.close();
        }
      }
      """;

  static final String PACKAGE = "@dev.quire.dsl.Pages(value = \"pages\", modules = {test.Hero.class}, serves = \"/docs/**\")\npackage test;\n";

  private Compilation compile(Map<String, String> files, String packageInfo, String... sources) {
    Fixture.write(resources, files);
    List<JavaFileObject> all = new ArrayList<>();
    all.add(JavaFileObjects.forSourceString("test.package-info", packageInfo));
    for (String source : sources) {
      String name = source.replaceAll("(?s).*?public (?:record|class|enum|interface) (\\w+).*", "$1");
      all.add(JavaFileObjects.forSourceString("test." + name, source));
    }
    return Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"), all.toArray(JavaFileObject[]::new));
  }

  @Test
  void theContractsHeroCompilesAndRenders() throws Exception {
    Compilation compilation = compile(Map.of("pages/welcome.md", """
        ---
        title: Welcome
        modules:
          - name: Hero
            title: Welcome
            text: We build **pages**.
            tone: dark
            badges:
              - label: New
              - label: Docs
                url: /docs/
          - name: RowMultiColumns
            widths: [6, 6]
            modules:
              - name: Hero
                title: Inside
                level: 3
                tone: LIGHT
              - name: RowText
                text: beside it
        ---
        """), PACKAGE, HERO);

    assertThat(compilation).succeededWithoutWarnings();
    Page page = Fixture.page(compilation, "test.WelcomePage");
    Document html = Jsoup.parse(HtmlRenderer.create().render(page));
    assertThat(html.select("section.hero.hero-dark > h2").text()).isEqualTo("Welcome");
    assertThat(html.select("section.hero-dark > p").html()).isEqualTo("We build <strong>pages</strong>.");
    assertThat(html.select("section.hero-dark > span.badge").eachText()).containsExactly("New", "Docs").inOrder();
    assertThat(html.select("div.row-multi-columns div.col-md-6 > section.hero.hero-light > h3").text()).isEqualTo("Inside");
    String source = compilation.generatedSourceFile("test.WelcomePage").orElseThrow().getCharContent(true).toString();
    assertThat(source).contains("new Hero(");
    assertThat(source).contains("Hero.Tone.DARK");
    assertThat(source).contains("new Hero.Badge(\"Docs\", Optional.of(Url.of(\"/docs/\")))");
  }

  /**
   * A news module held by an own module still gets its collection class: the walk that finds the
   * collections a page shows goes through own modules' values (here a folder with no dated page yet,
   * whose collection exists only because of this use).
   */
  @Test
  void aNewsModuleInsideAnOwnModuleGetsItsCollection() throws Exception {
    String tabs = """
        package test;

        import dev.quire.dsl.Html;
        import dev.quire.dsl.Module;
        import java.util.List;

        /** Modules one after the other, in a box. */
        public record Box(List<Module> items) implements Module {
          @Override
          public void render(Html html) {
            html.open("div", "class", "box");
            items.forEach(html::module);
            html.close();
          }
        }
        """;
    Compilation compilation = compile(Map.of("pages/home.md", """
        ---
        title: Home
        modules:
          - name: Box
            items:
              - name: RowNewsCards
                news: all
        ---
        """, "pages/news/draft.md", """
        ---
        title: A draft, not dated yet
        ---
        """), "@dev.quire.dsl.Pages(value = \"pages\", modules = {test.Box.class})\npackage test;\n", tabs);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.news.NewsCollection").isNotNull();
    Page page = Fixture.page(compilation, "test.HomePage");
    Document html = Jsoup.parse(HtmlRenderer.create().render(page));
    assertThat(html.select("div.box").size()).isEqualTo(1);
  }

  static final String EVERYTHING = """
      package test;

      import dev.quire.dsl.Default;
      import dev.quire.dsl.Html;
      import dev.quire.dsl.Icon;
      import dev.quire.dsl.ImageUrl;
      import dev.quire.dsl.Markdown;
      import dev.quire.dsl.Module;
      import dev.quire.dsl.Range;
      import dev.quire.dsl.Size;
      import dev.quire.dsl.Url;
      import java.util.List;
      import java.util.Optional;

      /** Every component type an own module may have. */
      public record Everything(String text, int small, long big, Integer boxed, @Range(min = -5, max = 5) Long bounded,
          boolean flag, Mood mood, Markdown markdown, Url link, ImageUrl picture, Icon icon, Size size,
          Optional<String> maybe, Optional<Integer> none, List<String> words, List<Mood> moods, Inner inner,
          List<Inner> inners, Module one, List<Module> many, @Default("HAPPY") Mood defaulted,
          @Default("7") int seven, @Default("true") boolean yes) implements Module {
        public enum Mood { HAPPY, SAD }
        public record Inner(String label, Optional<Inner> child) {}

        @Override
        public void render(Html html) {
          html.open("div", "class", "everything").module(one);
          many.forEach(html::module);
          html.close();
        }
      }
      """;

  @Test
  void everyComponentTypeIsReadAndWritten() throws Exception {
    Compilation compilation = compile(Map.of("pages/all.md", """
        ---
        modules:
          - name: Everything
            text: plain 'text'
            small: 12
            big: 123456789012
            boxed: 0
            bounded: -5
            flag: false
            mood: sad
            markdown: "*em*"
            link: https://example.org/a?b=c
            picture: /images/a.png
            icon: fab github
            size: xl
            maybe: here
            words: [one, two]
            moods: [HAPPY, sad]
            inner: {label: outer, child: {label: innermost}}
            inners:
              - label: first
            one:
              name: RowSeparator
              size: S
            many:
              - name: RowText
                text: a
              - name: Everything
                text: nested
                small: 1
                big: 2
                boxed: 3
                bounded: 4
                flag: true
                mood: happy
                markdown: b
                link: /x
                picture: /images/b.png
                icon: fas cog
                size: m
                inner: {label: i}
                one: {name: RowSeparator}
        ---
        """), "@dev.quire.dsl.Pages(value = \"pages\", modules = {test.Everything.class}, serves = \"/x\")\npackage test;\n", EVERYTHING);

    assertThat(compilation).succeededWithoutWarnings();
    Page page = Fixture.page(compilation, "test.AllPage");
    String everything = page.modules().get(0).toString();
    assertThat(everything).startsWith("Everything[text=plain 'text', small=12, big=123456789012, boxed=0, bounded=-5, "
        + "flag=false, mood=SAD, markdown=Markdown[html=<p><em>em</em></p>\n], link=https://example.org/a?b=c, "
        + "picture=/images/a.png, icon=Icon[fab github], size=XL, maybe=Optional[here], none=Optional.empty, "
        + "words=[one, two], moods=[HAPPY, SAD], inner=Inner[label=outer, child=Optional[Inner[label=innermost, "
        + "child=Optional.empty]]], inners=[Inner[label=first, child=Optional.empty]], one=RowSeparator");
    assertThat(everything).endsWith("defaulted=HAPPY, seven=7, yes=true]");
    Document html = Jsoup.parse(HtmlRenderer.create().render(page));
    assertThat(html.select("div.everything > div.row-separator.small")).hasSize(1);
    assertThat(html.select("div.everything > div.row-text p").text()).isEqualTo("a");
    assertThat(html.select("div.everything div.everything > div.row-separator.medium")).hasSize(1);
  }

  private List<String> heroDiagnostics(String modules) {
    Compilation compilation = compile(Map.of("pages/p.md", "---\nmodules:\n" + modules + "---\n"), PACKAGE, HERO);
    assertThat(compilation).failed();
    return Fixture.diagnostics(compilation);
  }

  @Test
  void everyMistakeWithAnOwnModuleIsAPositionedError() {
    assertThat(heroDiagnostics("  - name: Heroo\n")).containsExactly(
        "ERROR pages/p.md:3:11: [QUIRE-MODULE-001] unknown module 'Heroo'; did you mean 'Hero'?");
    assertThat(heroDiagnostics("  - name: Hero\n    titel: Hi\n    tone: dark\n")).containsExactly(
        "ERROR pages/p.md:3:5: [QUIRE-MODULE-006] Hero needs title (text): add 'title: …'",
        "ERROR pages/p.md:4:5: [QUIRE-MODULE-005] Hero has no property 'titel'; did you mean 'title'?").inOrder();
    assertThat(heroDiagnostics("  - name: Hero\n    title: [a, b]\n    tone: dark\n")).containsExactly(
        "ERROR pages/p.md:4:12: [QUIRE-TYPE-001] Hero title must be text, not a list");
    assertThat(heroDiagnostics("  - name: Hero\n    title: Hi\n    tone: dark\n    level: '3'\n")).containsExactly(
        "ERROR pages/p.md:6:12: [QUIRE-TYPE-002] Hero level must be a whole number, not '3' (it is quoted; write the "
            + "number without quotes)");
    assertThat(heroDiagnostics("  - name: Hero\n    title: Hi\n    tone: dark\n    level: 9\n")).containsExactly(
        "ERROR pages/p.md:6:12: [QUIRE-TYPE-007] Hero level is 9, outside 1\u20136");
    assertThat(heroDiagnostics("  - name: Hero\n    title: Hi\n    tone: darkk\n")).containsExactly(
        "ERROR pages/p.md:5:11: [QUIRE-TYPE-008] Hero tone 'darkk' is not one of light, dark; did you mean 'dark'?");
    assertThat(heroDiagnostics("  - name: Hero\n    title: Hi\n    tone: dark\n    action: javascript:alert(1)\n"))
        .containsExactly("ERROR pages/p.md:6:13: [QUIRE-URL-001] Hero action: link URL scheme 'javascript:' is not "
            + "allowed; use http, https, mailto, a site path (/...) or an #anchor");
    assertThat(heroDiagnostics("  - name: Hero\n    title: Hi\n    tone: dark\n    text: a <script>x</script>\n"))
        .containsExactly("ERROR pages/p.md:6:13: [QUIRE-HTML-001] raw HTML <script> is not allowed in content");
    assertThat(heroDiagnostics("  - name: Hero\n    title: Hi\n    tone: dark\n    badges:\n      - label: x\n        urll: /p\n"))
        .containsExactly("ERROR pages/p.md:8:9: [QUIRE-MODULE-005] Hero badges has no property 'urll'; did you mean 'url'?");
    assertThat(heroDiagnostics("  - name: Hero\n    title: Hi\n    tone: dark\n    badges:\n      - url: /p\n"))
        .containsExactly("ERROR pages/p.md:7:9: [QUIRE-MODULE-006] Hero badges needs label (text): add 'label: …'");
    assertThat(heroDiagnostics("  - name: Hero\n    title: Hi\n    tone: dark\n    badges: New\n"))
        .containsExactly("ERROR pages/p.md:6:13: [QUIRE-TYPE-001] Hero badges must be a list of mappings of "
            + "Hero.Badge's properties (each item starting with '- '), not text");
  }

  @Test
  void aDeclarationQuireCannotUseIsAnErrorAtTheComponent() {
    JavaFileObject bad = JavaFileObjects.forSourceString("test.Bad", """
        package test;

        import dev.quire.dsl.Default;
        import dev.quire.dsl.Html;
        import dev.quire.dsl.Module;
        import dev.quire.dsl.Range;
        import java.util.Map;
        import java.util.Optional;

        public record Bad(
            Map<String, String> data,
            @Default("many") int count,
            @Range(min = 1, max = 3) String label,
            @Default("x") Optional<String> maybe,
            @Range(min = 5, max = 1) int never,
            String name /* the module's */,
            java.util.List<String> each,
            Part part) implements Module {
          public record Part(String name, String each) {}

          @Override
          public void render(Html html) {
          }
        }
        """);
    Fixture.write(resources, Map.of("pages/p.md", "---\nmodules:\n  - name: Bad\n---\n"));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info",
            "@dev.quire.dsl.Pages(value = \"pages\", modules = {test.Bad.class})\npackage test;\n"), bad);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] Bad.data: the component type "
        + "java.util.Map<java.lang.String,java.lang.String> is not one Quire reads from content files; use String, int,")
        .inFile(bad).onLineContaining("Map<String, String> data");
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] Bad.count: @Default(\"many\") is not a value this "
        + "component takes: the default must be a whole number, not 'many'").inFile(bad).onLineContaining("int count");
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] Bad.label: @Range is for whole numbers (int, long, "
        + "Integer, Long), not text").inFile(bad).onLineContaining("String label");
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] Bad.maybe: @Default is for components a content "
        + "file writes as one value").inFile(bad).onLineContaining("Optional<String> maybe");
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] Bad.never: @Range(min = 5, max = 1) allows no int at all")
        .inFile(bad).onLineContaining("int never");
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] Bad.name: a module's component cannot be called 'name': "
        + "'name:' in a content file names the module, so content could never set it; rename the component (title or "
        + "label, say)").inFile(bad).onLineContaining("String name /*");
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] Bad.each: a module's component cannot be called 'each': "
        + "'each:' in a content file repeats the module over a model's collection, so content could never set it; rename "
        + "the component (items or entries, say)").inFile(bad).onLineContaining("List<String> each");
    // A record inside a module is a mapping of its own: name and each are its keys like any other.
    assertThat(compilation.errors().stream().filter(e -> e.getMessage(null).contains("Part.")).toList()).isEmpty();
    assertThat(compilation).hadErrorContaining("pages/p.md:3:11: [QUIRE-MODULE-008] the module Bad cannot be used: its "
        + "declaration has errors (reported at the record)");
  }

  @Test
  void aModuleMustBeAPublicRecordWithANameOfItsOwn() {
    JavaFileObject notRecord = JavaFileObjects.forSourceString("test.Plain", """
        package test;
        public final class Plain implements dev.quire.dsl.Module {
          public void render(dev.quire.dsl.Html html) {}
        }
        """);
    JavaFileObject clash = JavaFileObjects.forSourceString("test.RowText", """
        package test;
        public record RowText(String text) implements dev.quire.dsl.Module {
          public void render(dev.quire.dsl.Html html) {}
        }
        """);
    JavaFileObject hidden = JavaFileObjects.forSourceString("test.Hidden", """
        package test;
        record Hidden(String text) implements dev.quire.dsl.Module {
          public void render(dev.quire.dsl.Html html) {}
        }
        """);
    Fixture.write(resources, Map.of("pages/p.md", "---\ntitle: x\n---\n"));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", "@dev.quire.dsl.Pages(value = \"pages\", modules = "
            + "{test.Plain.class, test.RowText.class, test.Hidden.class})\npackage test;\n"), notRecord, clash, hidden);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] test.Plain is listed in @Pages(modules = ...) but is "
        + "not a record implementing dev.quire.dsl.Module; declare it as: public record Plain(...) implements Module")
        .inFile(notRecord);
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] the module RowText has the name of a built-in module, "
        + "RowText; rename the record");
    assertThat(compilation).hadErrorContaining("[QUIRE-MODULE-008] test.Hidden must be public (and so must the types it is "
        + "nested in), so that page classes can build it").inFile(hidden);
  }

  @Test
  void aModuleRefusingItsValuesNamesTheContentFilesPlace() throws Exception {
    JavaFileObject strict = JavaFileObjects.forSourceString("test.Strict", """
        package test;

        import dev.quire.dsl.Html;
        import dev.quire.dsl.LayoutException;
        import dev.quire.dsl.Module;
        import java.util.List;

        public record Strict(int low, int high) implements Module {
          public Strict {
            if (low > high) {
              throw new LayoutException(List.of("low " + low + " is above high " + high));
            }
          }

          @Override
          public void render(Html html) {
          }
        }
        """);
    Fixture.write(resources, Map.of("pages/p.md", "---\nmodules:\n  - name: RowSeparator\n  - name: Strict\n"
        + "    low: 5\n    high: 2\n---\n"));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info",
            "@dev.quire.dsl.Pages(value = \"pages\", modules = {test.Strict.class})\npackage test;\n"), strict);

    assertThat(compilation).succeededWithoutWarnings();
    Throwable failure = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, () -> Fixture.page(compilation, "test.PPage"));
    while (!(failure instanceof dev.quire.dsl.LayoutException) && failure.getCause() != null) {
      failure = failure.getCause();
    }
    assertThat(failure.getMessage()).isEqualTo("pages/p.md:4:11: [QUIRE-MODULE-007] Strict refused its values: "
        + "low 5 is above high 2");
  }

  @Test
  void aModuleFromAJarWorksLikeOneFromTheCompilation(@TempDir Path jar) throws Exception {
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    java.nio.file.Path source = jar.resolve("src/test/Hero.java");
    java.nio.file.Files.createDirectories(source.getParent());
    java.nio.file.Files.writeString(source, HERO.replace("package test;", "package lib;"));
    java.nio.file.Path classes = java.nio.file.Files.createDirectories(jar.resolve("classes"));
    int status = javac.run(null, null, null, "-proc:none", "-cp", System.getProperty("java.class.path"),
        "-d", classes.toString(), source.toString());
    assertThat(status).isEqualTo(0);

    Fixture.write(resources, Map.of("pages/p.md", """
        ---
        modules:
          - name: Hero
            title: From a jar
            tone: light
            level: 7
        ---
        """));
    List<java.io.File> classpath = new ArrayList<>(List.of(classes.toFile()));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classpath.add(new java.io.File(entry));
    }
    Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(new PagesProcessor())
        .withOptions("-Aquire.resources=" + resources, "-Xlint:-processing").withClasspath(classpath)
        .compile(JavaFileObjects.forSourceString("test.package-info",
            "@dev.quire.dsl.Pages(value = \"pages\", modules = {lib.Hero.class})\npackage test;\n"));

    // The @Range and @Default of a class file's record components are read too.
    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/p.md:6:12: [QUIRE-TYPE-007] Hero level is 7, outside 1\u20136");
  }

  /** A shared reader speaks for the module it reads: an own module's Size is named after that module, not RowSeparator. */
  @Test
  void aValueIsReportedInTheWordsOfTheModuleThatHoldsIt() {
    JavaFileObject spaced = JavaFileObjects.forSourceString("test.Spaced", """
        package test;

        import dev.quire.dsl.Html;
        import dev.quire.dsl.Module;
        import dev.quire.dsl.Size;
        import java.util.List;

        public record Spaced(Size gap, List<Integer> counts) implements Module {
          @Override
          public void render(Html html) {
          }
        }
        """);
    Fixture.write(resources, Map.of("pages/p.md", "---\nmodules:\n  - name: Spaced\n    gap: huge\n    counts: [1, 40]\n---\n"));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info",
            "@dev.quire.dsl.Pages(value = \"pages\", modules = {test.Spaced.class})\npackage test;\n"), spaced);
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/p.md:4:10: [QUIRE-TYPE-003] Spaced gap 'huge' is not a size; use one of XS, S, M, L, XL");
  }
}
