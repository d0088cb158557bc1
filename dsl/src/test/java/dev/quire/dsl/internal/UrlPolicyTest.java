package dev.quire.dsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.dsl.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The URL policy decides on what a browser would see, whatever the spelling. */
class UrlPolicyTest {
  @ParameterizedTest(name = "{0} as {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "https://example.org/x | LINK | OK",
      "HTTP://EXAMPLE.ORG | LINK | OK",
      "mailto:a@b.org | LINK | OK",
      "mailto:a@b.org | IMAGE | ERROR",
      "/images/x.png | IMAGE | OK",
      "#anchor | LINK | OK",
      "data:image/png;base64,AAAA | IMAGE | OK",
      "data:image/png;base64,AAAA | LINK | ERROR",
      "data:text/html;base64,PHNjcmlwdD4= | IMAGE | ERROR",
      "javascript:alert(1) | LINK | ERROR",
      "JaVaScRiPt:alert(1) | LINK | ERROR",
      "' javascript:alert(1)' | LINK | ERROR",
      "'java\tscript:alert(1)' | LINK | ERROR",
      "vbscript:msgbox(1) | LINK | ERROR",
      "file:///etc/passwd | IMAGE | ERROR",
      "//evil.example/x | LINK | ERROR",
      // Browsers read a backslash as a slash in http(s) and relative URLs: each of these is //host.
      "/\\evil.example/x | LINK | ERROR",
      "\\\\evil.example\\x | LINK | ERROR",
      "/\\/evil.example | IMAGE | ERROR",
      "\\/evil.example | LINK | ERROR",
      "'/\t\\evil.example' | LINK | ERROR",
      "/a\\b | LINK | OK",
      "/x?next=\\\\evil.example | LINK | OK",
      "#\\\\evil.example | LINK | OK",
      "/%5C%5Cevil.example | LINK | OK",
      "images/x.png | IMAGE | WARNING",
      "../x.html | LINK | WARNING",
      "helpdesk@example.org | LINK | WARNING",
      "'' | LINK | WARNING",
      "'' | IMAGE | ERROR",
  })
  void decides(String url, UrlPolicy.Use use, UrlPolicy.Level level) {
    assertEquals(level, UrlPolicy.check(url, use).level());
  }

  @Test
  void aBackslashPathIsNamedAsTheAddressABrowserReads() {
    UrlPolicy.Verdict verdict = UrlPolicy.check("/\\evil.example/x", UrlPolicy.Use.LINK);
    assertEquals(Code.URL_002.id(), verdict.code());
    assertEquals("link URL '/\\evil.example/x' leads to another site: browsers read a backslash as a slash, so it is"
        + " //evil.example/x; write a site path with forward slashes only (/x/y), or the full address (https://...)",
        verdict.message());
  }

  /** The policy names its codes by id (this package does not depend on the API's); each is a real code of its level. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "javascript:alert(1) | LINK | QUIRE-URL-001",
      "//evil.example/x | LINK | QUIRE-URL-002",
      "'' | IMAGE | QUIRE-URL-003",
      "'' | LINK | QUIRE-URL-004",
      "x/y.html | LINK | QUIRE-URL-005",
      "helpdesk@example.org | LINK | QUIRE-URL-006",
  })
  void namesARealCodeOfItsLevel(String url, UrlPolicy.Use use, String id) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(url, use);
    assertEquals(id, verdict.code());
    Code code = Code.parse(id).orElseThrow();
    assertEquals(code.isError() ? UrlPolicy.Level.ERROR : UrlPolicy.Level.WARNING, verdict.level());
  }
}
