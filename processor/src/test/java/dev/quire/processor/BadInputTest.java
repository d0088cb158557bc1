package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The named bad inputs of YAML, Markdown and encodings (numbered by kind, plus the rows found while
 * building Quire). Each row runs the real javac command with the processor and asserts the outcome:
 * exit status 1 with exactly the expected {@code path:line:col: [code]} diagnostics, or exit status 0
 * and safe output. Never status 3 (a crash), never a stack trace, never more than 2 s (the suite runs
 * with {@code -Xmx256m}).
 */
class BadInputTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String SEPARATOR = "---\nmodules:\n  - name: RowSeparator\n    size: XXL\n---\n";
  private static final String SEPARATOR_ERROR = "ERROR pages/p.md:4:11: [QUIRE-TYPE-003]";

  @TempDir Path dir;

  /** What to check on a compilation that succeeded. */
  interface Check {
    void verify(Javac.Result result) throws Exception;
  }

  /** The first javac run in a JVM loads javac itself; the 2 s budget is for the input, not for that. */
  @BeforeAll
  static void warmUp(@TempDir Path warm) {
    Javac.compile(warm, Map.of("pages/p.md", "---\ntitle: warm\n---\nbody\n"));
  }

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    // ---- 1-4: the file's shape
    rows.add(bad("01 empty file", "", "ERROR pages/p.md:1:1: [QUIRE-FILE-001]"));
    rows.add(bad("02 Markdown only, no fences", "# Title\n\ntext\n", "ERROR pages/p.md:1:1: [QUIRE-FILE-002]"));
    rows.add(bad("03 opening fence never closed", "---\ntitle: x\n\nbody\n", "ERROR pages/p.md:1:1: [QUIRE-FILE-003]"));
    rows.add(safe("04 fences with trailing spaces are fences", "---  \ntitle: T\n---   \nbody\n",
        r -> assertThat(page(r).title()).hasValue("T")));
    rows.add(bad("04 four dashes are not a fence", "----\ntitle: x\n---\n", "ERROR pages/p.md:1:1: [QUIRE-FILE-002]"));
    rows.add(bad("04 an indented fence is not a fence", " ---\ntitle: x\n---\n", "ERROR pages/p.md:1:1: [QUIRE-FILE-002]"));
    // ---- 5-12: bytes and characters
    rows.add(safe("05 UTF-8 BOM is skipped before the fence and before Markdown",
        bytes(BOM, "---\ntitle: T\n---\n# Head\n"),
        r -> assertThat(html(r).select("h1").text()).isEqualTo("Head")));
    rows.add(bad("05 UTF-8 BOM leaves columns unchanged", bytes(BOM, SEPARATOR), SEPARATOR_ERROR));
    rows.add(bad("06 CRLF keeps the positions of LF", SEPARATOR.replace("\n", "\r\n"), SEPARATOR_ERROR));
    rows.add(bad("07 lone CR counts as a line end", SEPARATOR.replace("\n", "\r"), SEPARATOR_ERROR));
    rows.add(bad("08 invalid UTF-8 (C3 28)", bytes("---\ntitle: caf", new byte[] {(byte) 0xC3, 0x28}, "\n---\n"),
        "ERROR pages/p.md:2:11: [QUIRE-ENC-001]"));
    rows.add(bad("08 Latin-1 e-acute", bytes("---\ntitle: caf", new byte[] {(byte) 0xE9}, "\n---\n"),
        "ERROR pages/p.md:2:11: [QUIRE-ENC-001]"));
    rows.add(bad("09 UTF-16LE with BOM", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16le("---\n---\n")),
        "ERROR pages/p.md:1:1: [QUIRE-ENC-002]"));
    rows.add(bad("09 UTF-16BE with BOM", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, "---\n---\n".getBytes(StandardCharsets.UTF_16BE)),
        "ERROR pages/p.md:1:1: [QUIRE-ENC-002]"));
    rows.add(bad("09 UTF-32BE with BOM", bytes(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, new byte[] {0, 0, 0, '-'}),
        "ERROR pages/p.md:1:1: [QUIRE-ENC-002]"));
    rows.add(bad("09 UTF-16 without BOM", utf16le("---\n---\n"), "ERROR pages/p.md:1:2: [QUIRE-ENC-003]"));
    rows.add(bad("10 NUL in front matter", "---\ntitle: a\0b\n---\n", "ERROR pages/p.md:2:9: [QUIRE-ENC-003]"));
    rows.add(bad("10 BEL in front matter", "---\ntitle: a\u0007\n---\n", "ERROR pages/p.md:2:9: [QUIRE-ENC-003]"));
    rows.add(bad("11 NUL in the body", "---\n---\nab\0\n", "ERROR pages/p.md:3:3: [QUIRE-ENC-003]"));
    rows.add(bad("11 C1 control (NEL) in the body", "---\n---\na\u0085\n", "ERROR pages/p.md:3:2: [QUIRE-ENC-003]"));
    rows.add(bad("12 bidi override in the title warns", "---\ntitle: abc\u202edef\n---\n",
        "WARNING pages/p.md:2:11: [QUIRE-ENC-004]"));
    // ---- 13-14: size limits
    byte[] huge = new byte[20 << 20];
    Arrays.fill(huge, (byte) 'a');
    rows.add(bad("13 a 20 MB file is refused before it is read", bytes("---\n---\n", huge), "ERROR pages/p.md:1:1: [QUIRE-LIMIT-001]"));
    rows.add(bad("14 front matter of 100k characters", "---\ntitle: " + "x".repeat(100_000) + "\n---\n",
        "ERROR pages/p.md:2:1: [QUIRE-LIMIT-002]"));
    // ---- 15-28: YAML
    rows.add(bad("15 tab used for indentation", "---\nmodules:\n\t- name: RowText\n---\n", "ERROR pages/p.md:3:1: [QUIRE-YAML-002]"));
    rows.add(bad("16 unclosed quote points at the quote", "---\ntitle: \"open\ndescription: x\n---\n",
        "ERROR pages/p.md:2:8: [QUIRE-YAML-001]"));
    rows.add(bad("17 bad indentation", "---\na:\n  b: 1\n c: 2\n---\n", "ERROR pages/p.md:4:2: [QUIRE-YAML-001]"));
    rows.add(bad("18 duplicate key", "---\ntitle: a\ntitle: b\n---\n", "ERROR pages/p.md:3:1: [QUIRE-YAML-008]"));
    rows.add(bad("19 merge key", "---\n<<: {title: a}\n---\n", "ERROR pages/p.md:2:1: [QUIRE-YAML-009]"));
    rows.add(bad("20 alias bomb: one error per kind, nothing expanded", billionLaughs(),
        "ERROR pages/p.md:2:4: [QUIRE-YAML-003]", "ERROR pages/p.md:3:8: [QUIRE-YAML-004]"));
    rows.add(bad("21 recursive alias", "---\na: &a [*a]\n---\n",
        "ERROR pages/p.md:2:4: [QUIRE-YAML-003]", "ERROR pages/p.md:2:8: [QUIRE-YAML-004]"));
    rows.add(bad("22 10k-deep flow nesting", "---\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\n",
        "ERROR pages/p.md:2:23: [QUIRE-LIMIT-003]"));
    rows.add(bad("22 300-deep block nesting", "---\n" + blockNesting(300) + "---\n",
        "ERROR pages/p.md:22:21: [QUIRE-LIMIT-003]"));
    rows.add(bad("23 CVE-2022-1471 gadget tag",
        "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n---\n",
        "ERROR pages/p.md:2:8: [QUIRE-YAML-005]"));
    for (String tagged : List.of("!!float x", "!!int 0x", "!!binary '!!!'", "!!set [a]", "!!str [a]", "!<tag:yaml.org,2002:str> x")) {
      rows.add(bad("24 tag " + tagged, "---\ntitle: " + tagged + "\n---\n", "ERROR pages/p.md:2:8: [QUIRE-YAML-005]"));
    }
    rows.add(safe("25 ._ is text in metadata", "---\nkey: ._\nother: ._e1\n---\n",
        r -> assertThat(page(r).meta()).containsExactly("key", "._", "other", "._e1").inOrder()));
    rows.add(bad("25 ._ where a number belongs", textImage("cols: ._"), "ERROR pages/p.md:4:11: [QUIRE-TYPE-002]"));
    rows.add(bad("26 %YAML directive", "---\n%YAML 1.1\ntitle: x\n---\n", "ERROR pages/p.md:2:1: [QUIRE-YAML-006]"));
    rows.add(bad("26 '...' document end marker", "---\ntitle: x\n...\nmodules: y\n---\n", "ERROR pages/p.md:3:1: [QUIRE-YAML-006]"));
    rows.add(bad("27 root is a list", "---\n- a\n- b\n---\n", "ERROR pages/p.md:2:1: [QUIRE-YAML-007]"));
    rows.add(bad("27 root is a scalar", "---\njust text\n---\n", "ERROR pages/p.md:2:1: [QUIRE-YAML-007]"));
    rows.add(bad("28 list as a key", "---\n? [a, b]\n: x\n---\n", "ERROR pages/p.md:2:3: [QUIRE-YAML-010]"));
    rows.add(bad("28 mapping as a key", "---\n? {a: b}\n: x\n---\n", "ERROR pages/p.md:2:3: [QUIRE-YAML-010]"));
    // ---- 29-38: the schema
    rows.add(bad("29 unknown key near a known one", "---\ntitel: x\n---\n", "WARNING pages/p.md:2:1: [QUIRE-PAGE-001]"));
    rows.add(bad("30 missing required property", "---\nmodules:\n  - name: RowImage\n    title: x\n---\n",
        "ERROR pages/p.md:3:5: [QUIRE-MODULE-006]"));
    rows.add(bad("30 required property left empty", "---\nmodules:\n  - name: RowImage\n    image:\n---\n",
        "ERROR pages/p.md:3:5: [QUIRE-MODULE-006]"));
    rows.add(bad("31 unknown module", "---\nmodules:\n  - name: carousel\n---\n", "ERROR pages/p.md:3:11: [QUIRE-MODULE-001]"));
    rows.add(bad("32 title is a list", "---\ntitle: [a, b]\n---\n", "ERROR pages/p.md:2:8: [QUIRE-TYPE-001]"));
    rows.add(bad("32 cols is a word", textImage("cols: abc"), "ERROR pages/p.md:4:11: [QUIRE-TYPE-002]"));
    rows.add(bad("32 cols is a fraction", textImage("cols: 3.5"), "ERROR pages/p.md:4:11: [QUIRE-TYPE-002]"));
    rows.add(bad("32 cols is quoted", textImage("cols: \"4\""), "ERROR pages/p.md:4:11: [QUIRE-TYPE-002]"));
    rows.add(bad("32 text is a list", textImage("text: [a]"), "ERROR pages/p.md:4:11: [QUIRE-TYPE-001]"));
    rows.add(bad("32 widths is a mapping", "---\nmodules:\n  - name: RowMultiColumns\n    widths: {a: 1}\n    modules:\n      - name: RowText\n---\n",
        "ERROR pages/p.md:4:13: [QUIRE-TYPE-001]"));
    rows.add(bad("32 modules is a mapping", "---\nmodules: {name: RowText}\n---\n", "ERROR pages/p.md:2:10: [QUIRE-MODULE-004]"));
    rows.add(bad("32 description is a mapping", "---\ndescription: {a: b}\n---\n", "ERROR pages/p.md:2:14: [QUIRE-TYPE-001]"));
    rows.add(bad("32 status is a list", textImage("status: [a, b]"), "ERROR pages/p.md:4:13: [QUIRE-TYPE-001]"));
    rows.add(bad("32 image is a list", textImage("image: [/a.png]"), "ERROR pages/p.md:4:12: [QUIRE-TYPE-001]"));
    rows.add(bad("32 size is a list", "---\nmodules:\n  - name: RowSeparator\n    size: [XL]\n---\n", "ERROR pages/p.md:4:11: [QUIRE-TYPE-001]"));
    rows.add(bad("32 a module name is a list", "---\nmodules:\n  - name: [RowText]\n---\n", "ERROR pages/p.md:3:11: [QUIRE-MODULE-002]"));
    rows.add(bad("32 widths hold words", columns("[a, 12]", 2), "ERROR pages/p.md:4:14: [QUIRE-TYPE-002]"));
    rows.add(bad("32 widths hold a list", columns("[[6], 6]", 2), "ERROR pages/p.md:4:14: [QUIRE-TYPE-001]"));
    rows.add(bad("32 cols is null", textImage("cols: null"), "ERROR pages/p.md:4:11: [QUIRE-TYPE-002]"));
    rows.add(bad("33 YAML 1.1 boolean where a number belongs", textImage("cols: yes"), "ERROR pages/p.md:4:11: [QUIRE-TYPE-002]"));
    rows.add(safe("33 YAML 1.1 booleans stay words in text", "---\ntitle: no\nmodules:\n  - name: RowText\n    text: off\n---\n",
        r -> {
          assertThat(page(r).title()).hasValue("no");
          assertThat(html(r).select(".row p").text()).isEqualTo("off");
        }));
    for (String number : List.of("0777", "1_000", "1:30", "+4", "0x4", "4e0")) {
      rows.add(bad("34 YAML 1.1 number form " + number, textImage("cols: " + number), "ERROR pages/p.md:4:11: [QUIRE-TYPE-002]"));
    }
    rows.add(safe("35 an impossible date in metadata stays text", "---\ndate: 2024-13-45\n---\n",
        r -> assertThat(page(r).meta()).containsExactly("date", "2024-13-45")));
    rows.add(bad("36 a number too large for int", textImage("cols: 99999999999999999999999"),
        "ERROR pages/p.md:4:11: [QUIRE-TYPE-002]"));
    rows.add(bad("37 widths add up to 13", columns("[6, 7]", 2), "ERROR pages/p.md:4:13: [QUIRE-GRID-001]"));
    rows.add(bad("37 a zero width", columns("[0, 12]", 2), "ERROR pages/p.md:4:14: [QUIRE-GRID-003]"));
    rows.add(bad("37 negative and too wide", columns("[-1, 13]", 2),
        "ERROR pages/p.md:4:14: [QUIRE-GRID-003]", "ERROR pages/p.md:4:18: [QUIRE-GRID-003]"));
    rows.add(bad("37 no widths for a module", columns("[]", 1), "ERROR pages/p.md:4:13: [QUIRE-GRID-004]"));
    rows.add(bad("38 a 1 MB title", "---\ntitle: " + "x".repeat(1_000_000) + "\n---\n", "ERROR pages/p.md:2:1: [QUIRE-LIMIT-002]"));
    // ---- 39-41: URLs and paths
    for (String url : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#115;cript:alert(1)",
        "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd")) {
      rows.add(bad("39 link " + url, "---\n---\n[x](" + url + ")\n", "ERROR pages/p.md:3:1: [QUIRE-URL-001]"));
    }
    rows.add(bad("39 percent-encoded space makes a harmless relative link (to no page)",
        "---\n---\n[x](%20javascript:alert(1))\n", "WARNING pages/p.md:3:1: [QUIRE-URL-005]",
        "ERROR pages/p.md:3:5: [QUIRE-LINK-001]"));
    rows.add(bad("39 reference definition (reported where it is defined)", "---\n---\n[x][r]\n\n[r]: javascript:alert(1)\n",
        "ERROR pages/p.md:5:1: [QUIRE-URL-001]"));
    rows.add(bad("39 autolink", "---\n---\nsee <javascript:alert(1)>\n", "ERROR pages/p.md:3:5: [QUIRE-URL-001]"));
    rows.add(bad("39 link with an entity-encoded tab", "---\n---\n[x](java&#9;script:alert(1))\n", "ERROR pages/p.md:3:1: [QUIRE-URL-001]"));
    rows.add(bad("40 image javascript:", "---\n---\n![x](javascript:alert(1))\n", "ERROR pages/p.md:3:1: [QUIRE-URL-001]"));
    rows.add(bad("40 image data:text/html", "---\n---\n![x](data:text/html,<script>alert(1)</script>)\n",
        "ERROR pages/p.md:3:1: [QUIRE-URL-001]"));
    rows.add(bad("40 front matter image javascript:", "---\nmodules:\n  - name: RowImage\n    image: \"javascript:alert(1)\"\n---\n",
        "ERROR pages/p.md:4:12: [QUIRE-URL-001]"));
    rows.add(safe("40 a data:image/png image is allowed", "---\n---\n![x](data:image/png;base64,iVBORw0KGgo=)\n",
        r -> assertThat(html(r).select("img").attr("src")).startsWith("data:image/png")));
    for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/images/..%2f..%2f..%2fetc/passwd",
        "/images/%00.png", "/images/..\\\\..\\\\x.png", "/link/secret.txt")) {
      rows.add(withStatic("41 path traversal " + path, "---\nmodules:\n  - name: RowImage\n    image: \"" + path + "\"\n---\n",
          "ERROR pages/p.md:4:12: [QUIRE-STATIC-002]"));
    }
    rows.add(bad("41 file: URL", "---\nmodules:\n  - name: RowImage\n    image: file:///etc/passwd\n---\n",
        "ERROR pages/p.md:4:12: [QUIRE-URL-001]"));
    // ---- 43-44: raw HTML and the Java source
    rows.add(bad("43 raw <script>", "---\n---\n<script>alert(1)</script>\n", "ERROR pages/p.md:3:1: [QUIRE-HTML-001]"));
    rows.add(bad("43 <img onerror>", "---\n---\nx <img src=\"/a.png\" onerror=\"alert(1)\">\n", "ERROR pages/p.md:3:21: [QUIRE-HTML-002]"));
    rows.add(bad("43 <iframe>", "---\n---\n<iframe src=\"https://evil.example\"></iframe>\n", "ERROR pages/p.md:3:1: [QUIRE-HTML-001]"));
    rows.add(bad("43 raw <a href=javascript:>", "---\n---\n<a href=\"javascript:alert(1)\">x</a>\n", "ERROR pages/p.md:3:4: [QUIRE-URL-001]"));
    rows.add(bad("43 <svg onload> inline", "---\n---\nx <svg onload=alert(1)>\n", "ERROR pages/p.md:3:3: [QUIRE-HTML-001]"));
    rows.add(safe("43 an HTML comment is dropped", "---\n---\ntext <!-- secret --> more\n",
        r -> assertThat(render(r)).doesNotContain("secret")));
    String injection = "\\u0022 + evil() + \\u0022 */ \\u000a \" \\ end \u00e9";
    rows.add(safe("44 Java-source injection through the title", "---\ntitle: '" + injection + "'\n---\n",
        r -> assertThat(page(r).title()).hasValue(injection)));
    rows.add(safe("44 a carriage return decoded from an entity cannot end a Java string literal",
        "---\n---\n<a href=\"/p&#13;\">x&#13;y</a>\n",
        r -> assertThat(html(r).selectFirst("a").attr("href")).isEqualTo("/p\r")));
    // ---- 45: pathological Markdown (flexmark overflows or takes > 10 s on these)
    rows.add(bad("45 1,000 nested quotes", "---\n---\n" + "> ".repeat(1000) + "a\n", "ERROR pages/p.md:3:65: [QUIRE-LIMIT-007]"));
    rows.add(safe("45 10,000 nested emphasis", "---\n---\n" + "*a **a ".repeat(10_000) + "\n", r -> assertThat(render(r)).contains("*a **a")));
    rows.add(bad("45 [](x50k", "---\n---\n" + "[](".repeat(50_000) + "\n", "ERROR pages/p.md:3:3001: [QUIRE-LIMIT-008]"));
    rows.add(bad("45 [](x100k is longer than a text may be", "---\n---\n" + "[](".repeat(100_000) + "\n",
        "ERROR pages/p.md:3:1: [QUIRE-LIMIT-006]"));
    rows.add(bad("45 backtick runs 1..100", "---\n---\n" + backtickRuns(100), "ERROR pages/p.md:3:561: [QUIRE-LIMIT-008]"));
    rows.add(bad("45 40,000 nested images", "---\n---\n" + "![".repeat(40_000) + "\n", "ERROR pages/p.md:3:2002: [QUIRE-LIMIT-008]"));
    rows.add(bad("45 200-level nested list", "---\n---\n" + nestedList(200), "ERROR pages/p.md:68:131: [QUIRE-LIMIT-007]"));
    rows.add(safe("45 a_ x80,000", "---\n---\n" + "a_ ".repeat(80_000) + "\n", r -> assertThat(render(r)).contains("a_")));
    rows.add(bad("45 a_ x100,000 is longer than a text may be", "---\n---\n" + "a_ ".repeat(100_000) + "\n",
        "ERROR pages/p.md:3:1: [QUIRE-LIMIT-006]"));
    rows.add(bad("45 2,000 raw tags", "---\n---\n" + "<b>x</b>".repeat(1000) + "\n", "ERROR pages/p.md:3:4001: [QUIRE-LIMIT-008]"));
    rows.add(bad("45 10,000 entities in a paragraph (flexmark: 3.5 s)", "---\n---\n" + "&amp; ".repeat(10_000) + "\n",
        "ERROR pages/p.md:3:6001: [QUIRE-LIMIT-008]"));
    rows.add(bad("45 10,000 code spans in a paragraph (flexmark: 3 s)", "---\n---\n" + "`a` ".repeat(10_000) + "\n",
        "ERROR pages/p.md:3:2001: [QUIRE-LIMIT-008]"));
    rows.add(safe("45 a raw HTML table of 1,000 rows is one block, not inline tags", "---\n---\n<table>\n"
        + "<tr><td>a &amp; b</td><td>c</td></tr>\n".repeat(1000) + "</table>\n",
        r -> assertThat(html(r).select("td")).hasSize(2000)));
    rows.add(bad("45 40,000 raw HTML blocks", "---\n---\n" + "<p>\n\n".repeat(40_000),
        "ERROR pages/p.md:4003:1: [QUIRE-LIMIT-008]"));
    rows.add(bad("45 deep quotes inside a module's text", "---\nmodules:\n  - name: RowText\n    text: \"" + "> ".repeat(40) + "a\"\n---\n",
        "ERROR pages/p.md:4:76: [QUIRE-LIMIT-007]"));
    // ---- 46-47: ids and class names
    rows.add(safe("46 repeated headings get distinct ids", "---\n---\n# Intro\n\n# Intro\n\n# Intro\n",
        r -> assertThat(html(r).select("h1").eachAttr("id")).containsExactly("intro", "intro-1", "intro-2").inOrder()));
    rows.add(Arguments.of("47 Page.md and page.md become one class",
        files("pages/Page.md", "---\n---\n", "pages/page.md", "---\n---\n"),
        List.of("ERROR pages/page.md:1:1: [QUIRE-GEN-001]"), null, false));
    rows.add(Arguments.of("47 ab.md and aB.md become classes that differ only in case",
        files("pages/aB.md", "---\n---\n", "pages/ab.md", "---\n---\n"),
        List.of("ERROR pages/ab.md:1:1: [QUIRE-GEN-001]"), null, false));
    rows.add(Arguments.of("47 awkward file names still make classes",
        files("pages/class.md", "---\n---\n", "pages/1st.md", "---\n---\n", "pages/---.md", "---\n---\n", "pages/é.md", "---\n---\n"),
        List.of(), (Check) r -> {
          for (String name : List.of("test.ClassPage", "test.Page1stPage", "test.EPage")) {
            assertWithMessage(name).that(r.page(name)).isNotNull();
          }
        }, false));
    // ---- found while building Quire
    rows.add(bad("x1 more than 200 modules", modules(201), "ERROR pages/p.md:403:5: [QUIRE-LIMIT-005]"));
    rows.add(safe("x1 200 modules (the limit) compile", modules(200), r -> assertThat(page(r).modules()).hasSize(200)));
    rows.add(bad("x2 more than 100 front matter keys", keys(101), "ERROR pages/p.md:102:1: [QUIRE-LIMIT-005]"));
    rows.add(safe("x2 100 keys with 17 values each compile", keys(100).replace(": v", ": [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q]"),
        r -> assertThat(page(r).meta()).hasSize(100)));
    rows.add(bad("x3 more than 2,000 values", "---\nx: [" + "a, ".repeat(2100) + "a]\n---\n", "ERROR pages/p.md:2:5996: [QUIRE-LIMIT-004]"));
    rows.add(bad("x4 suppressing an error is refused", "---\nsuppress: [QUIRE-GRID-001, QUIRE-NOPE-001]\n---\n",
        "WARNING pages/p.md:2:12: [QUIRE-SUPPRESS-002]", "WARNING pages/p.md:2:28: [QUIRE-SUPPRESS-002]"));
    rows.add(bad("x6 U+2028 in front matter (YAML reads a line break)", "---\ntitle: 'a\u2028b'\n---\n",
        "ERROR pages/p.md:2:10: [QUIRE-ENC-005]"));
    rows.add(safe("x6 U+2028 in the body is text", "---\n---\na\u2028b\n", r -> assertThat(render(r)).contains("a\u2028b")));
    rows.add(safe("x7 a body of 60,000 short lines compiles (javac folds '+' chains recursively)",
        "---\n---\n" + "a\n\n".repeat(30_000), r -> assertThat(page(r).body().html()).hasLength(270_000)));
    String[] capped = new String[21];
    for (int k = 0; k < capped.length; k++) {
      capped[k] = "ERROR pages/p.md:3:" + (19 + 28 * k) + ": [QUIRE-HTML-002]";
    }
    rows.add(bad("x8 500 bad tags give 20 errors and a count, not 500 (found by the fuzzer: javac ran out of memory)",
        "---\n---\n" + "<img src=\"/a.png\" onerror=x>".repeat(500) + "\n", capped));
    rows.add(safe("x9 a body that grows most as HTML (200k '<' become 800 KB of '&lt;') compiles",
        "---\n---\n" + "<".repeat(200_000) + "\n", r -> assertThat(page(r).body().html()).hasLength(800_008)));
    rows.add(safe("x5 RowMultiColumns nested eight deep (as deep as the YAML limit allows) compile", nestedColumns(8),
        r -> assertThat(html(r).select(".row p").text()).isEqualTo("deep")));
    // ---- hostile files of the second round: each row stands for a class of input
    // A backslash is a slash to a browser (in http(s) and relative URLs): every URL check sees //host.
    rows.add(bad("h1 a backslash site path in a module image leads to another host", """
        ---
        modules:
          - name: RowImage
            image: /\\evil.example/x.png
        ---
        """, "ERROR pages/p.md:4:12: [QUIRE-URL-002]"));
    rows.add(bad("h1 a backslash in a Markdown link", "---\n---\n[x](/\\evil.example/x)\n",
        "ERROR pages/p.md:3:1: [QUIRE-URL-002]"));
    rows.add(bad("h1 an entity backslash in raw HTML", "---\n---\n<a href=\"/&#92;evil.example\">x</a>\n",
        "ERROR pages/p.md:3:4: [QUIRE-URL-002]"));
    rows.add(bad("h1 a slash and a backslash in a menu entry", """
        ---
        menus:
          - title: Out
            url: /\\/evil.example
        ---
        """, "ERROR pages/p.md:4:10: [QUIRE-URL-002]"));
    rows.add(bad("h1 a backslash in a table cell", """
        ---
        modules:
          - name: RowDynamicTable
            items:
              - a: {title: x, url: '\\/evil.example'}
        ---
        """, "ERROR pages/p.md:5:28: [QUIRE-URL-002]"));
    // CSS that loads from elsewhere without url(): any function but the plain value ones is refused.
    rows.add(bad("h2 image-set() in a style", "---\n---\n<p style=\"background-image:image-set('https://t.example/p.gif' 1x)\">x</p>\n",
        "ERROR pages/p.md:3:4: [QUIRE-HTML-003]"));
    rows.add(bad("h2 -webkit-image-set() in a style", "---\n---\n<img src=\"/a.png\" style=\"content:-webkit-image-set('//t.example/p.gif' 1x)\">\n",
        "ERROR pages/p.md:3:19: [QUIRE-HTML-003]"));
    rows.add(safe("h2 plain CSS with value functions stays", "---\n---\n<p style=\"color:rgb(1, 2, 3);width:calc(100% - 2rem)\">x</p>\n",
        r -> assertThat(html(r).selectFirst("p[style]").attr("style")).isEqualTo("color:rgb(1, 2, 3);width:calc(100% - 2rem)")));
    // The check reads HTML as the sanitizer (and a browser) does: a comment ends at '--!>', and what
    // the sanitizer would drop is always reported.
    rows.add(bad("h3 an event handler after a comment closed by '--!>'", "---\n---\n<!-- a --!> <img src=/a.png onerror=alert(1)> -->\n",
        "ERROR pages/p.md:3:29: [QUIRE-HTML-002]"));
    rows.add(bad("h3 an image from a mailto: address (the sanitizer drops its src)", "---\n---\n![x](mailto:a@b.org)\n",
        "ERROR pages/p.md:3:1: [QUIRE-URL-001]"));
    // The encoding rules of the raw bytes hold for what YAML escapes decode to.
    rows.add(bad("h4 \\0 in a quoted title", "---\ntitle: \"a\\0b\"\n---\n", "ERROR pages/p.md:2:10: [QUIRE-ENC-003]"));
    rows.add(bad("h4 \\x1b in a module text", "---\nmodules:\n  - name: RowText\n    text: \"\\x1b[31mred\"\n---\n",
        "ERROR pages/p.md:4:12: [QUIRE-ENC-003]"));
    rows.add(bad("h4 \\x7f after an emoji", "---\ndescription: \"\ud83d\ude00 \\x7f\"\n---\n", "ERROR pages/p.md:2:17: [QUIRE-ENC-003]"));
    rows.add(bad("h4 \\u0085 (and YAML's \\N for it)", "---\ntitle: \"\\u0085\"\nx: \"\\N\"\n---\n",
        "ERROR pages/p.md:2:9: [QUIRE-ENC-003]", "ERROR pages/p.md:3:5: [QUIRE-ENC-003]"));
    rows.add(bad("h4 a lone surrogate", "---\ntitle: \"a\\uD800b\"\n---\n", "ERROR pages/p.md:2:10: [QUIRE-ENC-006]"));
    rows.add(bad("h4 a low surrogate alone", "---\ntitle: \"\\uDE00\"\n---\n", "ERROR pages/p.md:2:9: [QUIRE-ENC-006]"));
    rows.add(safe("h4 an escaped pair, tab, line end and quote are text", "---\ntitle: \"\\uD83D\\uDE00\\t\\n\\\"\\\\\"\n---\n",
        r -> assertThat(page(r).title()).hasValue("\ud83d\ude00\t\n\"\\")));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void handled(String name, Map<String, byte[]> files, List<String> expected, Check check, boolean withStatic) throws Exception {
    List<String> options = new ArrayList<>();
    if (withStatic) {
      Path statics = Files.createDirectories(dir.resolve("static/images"));
      Files.writeString(statics.resolve("ok.png"), "png");
      Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("secret.txt"), "secret");
      Files.createSymbolicLink(dir.resolve("static/link"), dir.resolve("outside"));
      options.add("-Aquire.static=" + dir.resolve("static"));
    }
    Javac.Result result = Javac.compile(dir, files, options.toArray(String[]::new));

    boolean errors = expected.stream().anyMatch(line -> line.startsWith("ERROR"));
    assertWithMessage(result.output()).that(result.status()).isEqualTo(errors ? 1 : 0);
    assertWithMessage(result.output()).that(result.output()).doesNotContain("\tat ");
    assertWithMessage(result.output()).that(result.output()).doesNotContain("QUIRE-INTERNAL");
    // Hostile images rarely have alternative text: a row sees the accessibility warnings (QUIRE-ACCESS-…,
    // DiagnosticsTest's) only when it is about them.
    boolean accessibility = expected.stream().anyMatch(line -> line.contains("[QUIRE-ACCESS-"));
    List<String> seen = result.diagnostics().stream().map(BadInputTest::prefix)
        .filter(line -> accessibility || !line.contains("[QUIRE-ACCESS-")).toList();
    assertWithMessage(result.output()).that(seen).containsExactlyElementsIn(expected).inOrder();
    assertWithMessage("javac took %s ms", result.millis()).that(result.millis()).isLessThan(2000L);
    if (check != null) {
      check.verify(result);
    }
  }

  /** "ERROR pages/p.md:4:11: [QUIRE-TYPE-003]" of a diagnostic's first line. */
  private static String prefix(String diagnostic) {
    int end = diagnostic.indexOf(']');
    return end < 0 ? diagnostic : diagnostic.substring(0, end + 1);
  }

  // ---- rows

  private static Arguments bad(String name, Object content, String... expected) {
    return Arguments.of(name, files("pages/p.md", content), List.of(expected), null, false);
  }

  private static Arguments safe(String name, Object content, Check check) {
    return Arguments.of(name, files("pages/p.md", content), List.of(), check, false);
  }

  private static Arguments withStatic(String name, String content, String... expected) {
    return Arguments.of(name, files("pages/p.md", content), List.of(expected), null, true);
  }

  private static Map<String, byte[]> files(Object... pathsAndContents) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      Object content = pathsAndContents[i + 1];
      files.put((String) pathsAndContents[i], content instanceof byte[] bytes ? bytes
          : ((String) content).getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  // ---- inputs

  private static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(part instanceof byte[] bytes ? bytes : ((String) part).getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] utf16le(String text) {
    return text.getBytes(StandardCharsets.UTF_16LE);
  }

  private static String textImage(String property) {
    return "---\nmodules:\n  - name: RowTextImage\n    " + property + "\n---\n";
  }

  private static String columns(String widths, int modules) {
    return "---\nmodules:\n  - name: RowMultiColumns\n    widths: " + widths + "\n    modules:\n"
        + "      - name: RowText\n".repeat(modules) + "---\n";
  }

  private static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      String previous = String.valueOf((char) (c - 1));
      yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, "*" + previous)))
          .append("]\n");
    }
    return yaml.append("---\n").toString();
  }

  private static String blockNesting(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      yaml.append(" ".repeat(i)).append("a:\n");
    }
    return yaml.toString();
  }

  private static String backtickRuns(int longest) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= longest; i++) {
      text.append("`".repeat(i)).append('a');
    }
    return text.append('\n').toString();
  }

  private static String nestedList(int depth) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      text.append("  ".repeat(i)).append("- a\n");
    }
    return text.toString();
  }

  private static String modules(int count) {
    return "---\nmodules:\n" + "  - name: RowSeparator\n    size: S\n".repeat(count) + "---\n";
  }

  private static String keys(int count) {
    StringBuilder yaml = new StringBuilder("---\n");
    for (int i = 0; i < count; i++) {
      yaml.append("key").append(i).append(": v\n");
    }
    return yaml.append("---\n").toString();
  }

  private static String nestedColumns(int depth) {
    StringBuilder yaml = new StringBuilder("---\nmodules:\n");
    String indent = "  ";
    for (int i = 0; i < depth; i++) {
      yaml.append(indent).append("- name: RowMultiColumns\n").append(indent).append("  widths: [12]\n")
          .append(indent).append("  modules:\n");
      indent += "    ";
    }
    return yaml.append(indent).append("- name: RowText\n").append(indent).append("  text: deep\n---\n").toString();
  }

  // ---- output

  private static Page page(Javac.Result result) throws ReflectiveOperationException {
    return result.page("test.PPage");
  }

  private static String render(Javac.Result result) throws ReflectiveOperationException {
    String html = HtmlRenderer.create().render(page(result));
    HtmlSafety.assertSafe(html);
    return html;
  }

  private static Document html(Javac.Result result) throws ReflectiveOperationException {
    return Jsoup.parse(render(result));
  }
}
