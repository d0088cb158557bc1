package dev.quire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The writer modules render with: what it writes, and every refusal with what it says. */
class HtmlTest {
  private final StringBuilder out = new StringBuilder();
  private final Html html = Html.writer(out);

  @Test
  void writesElementsAttributesAndTextEscaped() {
    html.open("section", "class", "hero \"x\"", "id", null, "hidden", "", "data-n", "1 < 2")
        .open("h2").text("Tom & Jerry <3 'quotes'").close()
        .open("img", "src", "/a.png", "alt", "")
        .open("a", "href", "https://example.org/?a=1&b=2").text("go").close()
        .close();
    html.finish();
    assertEquals("<section class=\"hero &quot;x&quot;\" hidden data-n=\"1 &lt; 2\"><h2>Tom &amp; Jerry &lt;3 &#39;quotes&#39;</h2>"
        + "<img src=\"/a.png\" alt=\"\"><a href=\"https://example.org/?a=1&amp;b=2\">go</a></section>", out.toString());
  }

  @Test
  void writesMarkdownIconsAndModules() {
    Module inner = h -> h.open("p").text("inner").close();
    html.open("div").markdown(Markdown.plainText("a <b>")).module(inner)
        .icon(Icon.svg("fas", "cog", 512, 512, "M0 0"), "fa-2x").close();
    assertEquals("<div><p>a &lt;b&gt;</p>\n<p>inner</p><svg aria-hidden=\"true\" focusable=\"false\" data-prefix=\"fas\""
        + " data-icon=\"cog\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\""
        + " class=\"fa-2x svg-inline--fa fa-cog\"><path fill=\"currentColor\" d=\"M0 0\"></path></svg></div>", out.toString());
  }

  @Test
  void columnClassesFollowTheRenderersBreakpoint() {
    assertEquals("col-md-4", html.columnClass(4));
    assertEquals("col-md", html.columnClass());
    Html fixed = Html.writer(new StringBuilder(), Breakpoint.NONE, Optional.empty());
    assertEquals("col-4", fixed.columnClass(4));
    assertEquals("col", fixed.columnClass());
    assertEquals("a column is 1 to 12 twelfths wide, not 13",
        assertThrows(IllegalArgumentException.class, () -> html.columnClass(13)).getMessage());
  }

  @Test
  void anImageNeedsAlternativeTextOrToSayItIsDecoration() {
    assertEquals("Html: <img> needs alt: what the image shows, or \"\" for an image that is only decoration (a screen"
        + " reader reads out the file name of an image without one)",
        assertThrows(IllegalArgumentException.class, () -> html.open("img", "src", "/team.png")).getMessage());
    html.open("img", "src", "/team.png", "alt", "The team").open("img", "src", "/line.png", "alt", "");
    assertEquals("<img src=\"/team.png\" alt=\"The team\"><img src=\"/line.png\" alt=\"\">", out.toString());
  }

  @Test
  void aModuleAsksForTheHeadingLevelBelowTheLastHeadingWritten() {
    assertEquals(2, html.subheadingLevel(), "no heading yet: below the page's title");
    html.open("h3").text("News").close();
    assertEquals(4, html.subheadingLevel());
    html.markdown(Markdown.trusted("<h2 id=\"x\">Back up</h2><p>text</p>"));
    assertEquals(3, html.subheadingLevel(), "Markdown's headings count too");
    html.open("h6").close();
    assertEquals(6, html.subheadingLevel(), "never below h6");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "script | Html: <script> is refused: it runs code, loads other documents or styles the page",
      "IFRAME | Html: <iframe> is refused: it runs code, loads other documents or styles the page",
      "svg | Html: <svg> is refused: it runs code, loads other documents or styles the page; write icons with icon(Icon)",
      "'div onclick' | Html: 'div onclick' is not an element name (letters, digits and '-')",
      "'a\"' | Html: 'a\"' is not an element name (letters, digits and '-')",
  })
  void refusesElements(String tag, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> html.open(tag)).getMessage());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "onclick | x | Html: the event handler onclick on <a> is refused; pages run no script of a module's",
      "ONMOUSEOVER | x | Html: the event handler onmouseover on <a> is refused; pages run no script of a module's",
      "href | javascript:alert(1) | Html: href on <a> is refused: link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor",
      "href | /\\evil.example | Html: href on <a> is refused: link URL '/\\evil.example' leads to another site: browsers read a backslash as a slash, so it is //evil.example; write a site path with forward slashes only (/x/y), or the full address (https://...)",
      "style | background:url(x.png) | Html: style \"background:url(x.png)\" on <a> is refused: the CSS function url() loads from another address",
      "srcdoc | <p> | Html: srcdoc on <a> is refused",
      "'x y' | 1 | Html: 'x y' on <a> is not an attribute name",
  })
  void refusesAttributes(String name, String value, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> html.open("a", name, value)).getMessage());
  }

  @Test
  void imagesPassTheImagePolicy() {
    assertEquals("Html: src on <img> is refused: image URL scheme 'mailto:' is not allowed; use http, https, a site path"
            + " (/...) or a data:image/...",
        assertThrows(IllegalArgumentException.class, () -> html.open("img", "src", "mailto:a@b.c", "alt", "")).getMessage());
    assertEquals("Html: <p> attributes come in name, value pairs; 1 strings were given",
        assertThrows(IllegalArgumentException.class, () -> html.open("p", "class")).getMessage());
  }

  @Test
  void elementsAreBalanced() {
    assertEquals("Html: close() with no element open", assertThrows(IllegalStateException.class, html::close).getMessage());
    html.open("div").open("p");
    assertEquals("Html: <p> is never closed", assertThrows(IllegalStateException.class, html::finish).getMessage());
    Module leaky = new Module() {
      @Override
      public void render(Html h) {
        h.open("span");
      }

      @Override
      public String name() {
        return "Leaky";
      }
    };
    assertEquals("Html: Leaky left <span> open",
        assertThrows(IllegalStateException.class, () -> Html.writer(new StringBuilder()).module(leaky)).getMessage());
    Module greedy = new Module() {
      @Override
      public void render(Html h) {
        h.close();
      }

      @Override
      public String name() {
        return "Greedy";
      }
    };
    assertEquals("Html: Greedy left an element closed that it did not open",
        assertThrows(IllegalStateException.class, () -> Html.writer(new StringBuilder()).open("div").module(greedy))
            .getMessage());
  }
}
