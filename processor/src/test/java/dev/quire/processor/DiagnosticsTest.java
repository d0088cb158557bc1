package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per diagnostic the processor reports for a content file: the file, and exactly the
 * diagnostics javac prints for it (kind, path, line, column, message). An ERROR fails the build; a
 * WARNING does not.
 */
class DiagnosticsTest {
  @TempDir Path resources;

  static Stream<Arguments> cases() {
    return Stream.of(
        // ---- reading the file
        bad("empty file", "",
            "ERROR pages/p.md:1:1: [QUIRE-FILE-001] the file is empty; a page starts with a '---' line that opens its front matter"),
        bad("no front matter", "# Title\n",
            "ERROR pages/p.md:1:1: [QUIRE-FILE-002] a page starts with a '---' line that opens its front matter (then title, modules…, then another '---' line)"),
        bad("front matter never closed", "---\ntitle: x\n",
            "ERROR pages/p.md:1:1: [QUIRE-FILE-003] the front matter opened here is never closed; end it with a '---' line"),
        bad("invalid UTF-8", bytes("---\ntitle: caf", new byte[] {(byte) 0xC3, 0x28}, "\n---\n"),
            "ERROR pages/p.md:2:11: [QUIRE-ENC-001] invalid UTF-8 byte 0xC3; content files must be UTF-8 (save it as UTF-8)"),
        bad("every invalid byte, and the rest of the file read on",
            bytes("---\ntitle: \"bad ", new byte[] {(byte) 0xFF}, " byte\"\n---\n[x](javascript:a) ",
                new byte[] {(byte) 0xFE}, "\r\nmore\n"),
            "ERROR pages/p.md:2:13: [QUIRE-ENC-001] invalid UTF-8 byte 0xFF; content files must be UTF-8 (save it as UTF-8)",
            "ERROR pages/p.md:4:1: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor",
            "ERROR pages/p.md:4:19: [QUIRE-ENC-001] invalid UTF-8 byte 0xFE; content files must be UTF-8 (save it as UTF-8)"),
        bad("every control character, and the rest of the file read on", "---\ntitle: a\0b\0\n---\n[x](javascript:a)\u0007\n",
            "ERROR pages/p.md:2:9: [QUIRE-ENC-003] control character U+0000 is not allowed in content files; delete it (it is invisible in most editors); a file full of U+0000 is usually UTF-16 without a BOM: save it as UTF-8",
            "ERROR pages/p.md:2:11: [QUIRE-ENC-003] control character U+0000 is not allowed in content files; delete it (it is invisible in most editors)",
            "ERROR pages/p.md:4:1: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor",
            "ERROR pages/p.md:4:18: [QUIRE-ENC-003] control character U+0007 is not allowed in content files; delete it (it is invisible in most editors)"),
        bad("a control character escape stops only its value",
            "---\nmodules:\n  - name: RowText\n    text: \"[a](javascript:x) \\x01 [b](javascript:y)\"\n  - name: RowImage\n"
                + "    image: \"javascript:z\"\n  - name: RowText\n    text: \"\\x02 \\uD800\"\n---\n[c](javascript:q)\n",
            "ERROR pages/p.md:4:12: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor",
            "ERROR pages/p.md:4:30: [QUIRE-ENC-003] the escape \\x01 is the control character U+0001, which is not allowed in content; delete it",
            "ERROR pages/p.md:4:35: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor",
            "ERROR pages/p.md:6:12: [QUIRE-URL-001] RowImage image: image URL scheme 'javascript:' is not allowed; use http, https, a site path (/...) or a data:image/...",
            "WARNING pages/p.md:6:12: [QUIRE-ACCESS-001] RowImage image has no alternative text (its title), so a screen reader says nothing of it: add title: what it shows, or title: \"\" for an image that is only decoration",
            "ERROR pages/p.md:8:12: [QUIRE-ENC-003] the escape \\x02 is the control character U+0002, which is not allowed in content; delete it",
            "ERROR pages/p.md:8:17: [QUIRE-ENC-006] the escape \\uD800 is half of a surrogate pair, not a character, and cannot be written as UTF-8; write the character itself, or both halves (\\uD83D\\uDE00)",
            "ERROR pages/p.md:10:1: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        bad("UTF-16", new byte[] {(byte) 0xFF, (byte) 0xFE, '-', 0, '-', 0, '-', 0},
            "ERROR pages/p.md:1:1: [QUIRE-ENC-002] the file is UTF-16; content files must be UTF-8 (save it as UTF-8)"),
        ok("UTF-8 BOM is skipped", bytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "---\ntitle: # x\n---\n"),
            "WARNING pages/p.md:2:8: [QUIRE-PAGE-002] 'title' has no value: '# x' is a YAML comment, so the value is empty and ignored. Write the value without '#' (quote it if it starts with '#'), or delete the line"),
        bad("CRLF line ends keep LF positions", "---\r\nmodules:\r\n  - name: RowSeparator\r\n    size: XXL\r\n---\r\n",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-003] RowSeparator size 'XXL' is not a size; use one of XS, S, M, L, XL"),
        bad("lone CR line ends", "---\rmodules:\r  - name: RowSeparator\r    size: XXL\r---\r",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-003] RowSeparator size 'XXL' is not a size; use one of XS, S, M, L, XL"),
        // ---- YAML
        bad("link in a quoted text that spans lines", "---\nmodules:\n  - name: RowText\n    text: \"one 'two'\\t\n      three [x](javascript:y)\"\n---\n",
            "ERROR pages/p.md:5:13: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        ok("a file silences a warning code", "---\nsuppress: [QUIRE-URL-005]\n---\n[x](p)\n"),
        ok("a file silences one code, written in any case", "---\nsuppress: quire-url-005\n---\n[x](p)\n"),
        ok("silencing leaves other codes", "---\nsuppress: [QUIRE-URL-004]\n---\n[x](p)\n",
            "WARNING pages/p.md:4:1: [QUIRE-URL-005] relative link URL 'p' resolves against the page's own address; start it with / for a path on this site"),
        bad("suppress is a mapping", "---\nsuppress: {a: b}\n---\n",
            "ERROR pages/p.md:2:11: [QUIRE-SUPPRESS-001] suppress lists warning codes, like suppress: [QUIRE-URL-005]; found a mapping"),
        ok("suppress names an unknown code", "---\nsuppress: [QUIRE-URL-05]\n---\n",
            "WARNING pages/p.md:2:12: [QUIRE-SUPPRESS-002] suppress: 'QUIRE-URL-05' is not a Quire code; did you mean 'QUIRE-URL-005'?"),
        bad("columns count code points, in YAML and in Markdown alike", "---\ntitle: \"🎉🎉\" &a x\n---\n🎉🎉 [a](javascript:x)\n",
            "ERROR pages/p.md:2:13: [QUIRE-YAML-001] the front matter is not valid YAML: expected <block end>, but found '<anchor>' (while parsing a block mapping at line 2)"),
        bad("columns count code points in Markdown", "---\n---\n🎉🎉 [a](javascript:x)\n",
            "ERROR pages/p.md:3:4: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        bad("unclosed quote", "---\ntitle: \"open\n---\n",
            "ERROR pages/p.md:2:8: [QUIRE-YAML-001] this quoted value is never closed; end it with the same quote character"),
        bad("YAML syntax", "---\ntitle: [a\n---\n",
            "ERROR pages/p.md:2:8: [QUIRE-YAML-001] this list opens with '[' but is never closed: end it with ']' on the same line, or write one '- ' item per line under the key"),
        bad("tab indentation", "---\nmodules:\n\t- name: RowText\n---\n",
            "ERROR pages/p.md:3:1: [QUIRE-YAML-002] a tab is used for indentation; YAML indents with spaces only"),
        bad("anchor and alias", "---\ntitle: &t Hello\ndescription: *t\n---\n",
            "ERROR pages/p.md:2:8: [QUIRE-YAML-003] anchors (&t) are not supported in front matter; write each value out",
            "ERROR pages/p.md:3:14: [QUIRE-YAML-004] aliases (*name) are not supported in front matter; write the value out"),
        bad("explicit tag", "---\ntitle: !!str x\n---\n",
            "ERROR pages/p.md:2:8: [QUIRE-YAML-005] explicit YAML tags (tag:yaml.org,2002:str) are not allowed; Quire reads every value by the page schema"),
        bad("gadget tag", "---\ntitle: !!javax.script.ScriptEngineManager [x]\n---\n",
            "ERROR pages/p.md:2:8: [QUIRE-YAML-005] explicit YAML tags (tag:yaml.org,2002:javax.script.ScriptEngineManager) are not allowed; Quire reads every value by the page schema"),
        bad("root is a list", "---\n- a\n- b\n---\n",
            "ERROR pages/p.md:2:1: [QUIRE-YAML-007] the front matter must be a mapping of keys (title:, description:, modules:), not a list"),
        bad("duplicate key", "---\ntitle: a\ntitle: b\n---\n",
            "ERROR pages/p.md:3:1: [QUIRE-YAML-008] duplicate key 'title' (first written at line 2); keep one"),
        bad("merge key", "---\n<<: {title: a}\n---\n",
            "ERROR pages/p.md:2:1: [QUIRE-YAML-009] merge keys (<<) are not supported in front matter; write the keys out"),
        bad("non-text key", "---\n? [a, b]\n: x\n---\n",
            "ERROR pages/p.md:2:3: [QUIRE-YAML-010] keys must be plain names, not a list"),
        bad("too deep", "---\nx: " + "[".repeat(25) + "]".repeat(25) + "\n---\n",
            "ERROR pages/p.md:2:23: [QUIRE-LIMIT-003] the front matter nests deeper than 20 levels"),
        // ---- page keys
        ok("unknown page key close to a known one", "---\ntitel: About\n---\n",
            "WARNING pages/p.md:2:1: [QUIRE-PAGE-001] 'titel' is not a page key and is kept as metadata; did you mean 'title'?"),
        bad("title is a list", "---\ntitle: [a, b]\n---\n",
            "ERROR pages/p.md:2:8: [QUIRE-TYPE-001] title must be text, not a list"),
        ok("value emptied by a comment", "---\ntitle: # About us\n---\n",
            "WARNING pages/p.md:2:8: [QUIRE-PAGE-002] 'title' has no value: '# About us' is a YAML comment, so the value is empty and ignored. Write the value without '#' (quote it if it starts with '#'), or delete the line"),
        bad("modules is not a list", "---\nmodules: RowText\n---\n",
            "ERROR pages/p.md:2:10: [QUIRE-MODULE-004] modules of the page must be a list of modules (each starting with '- name: …'), not text"),
        bad("module is not a mapping", "---\nmodules:\n  - RowText\n---\n",
            "ERROR pages/p.md:3:5: [QUIRE-MODULE-003] a module is a mapping that starts with 'name:', not text"),
        bad("module without name", "---\nmodules:\n  - text: hi\n---\n",
            "ERROR pages/p.md:3:5: [QUIRE-MODULE-002] a module needs a name; one of RowText, RowTextImage, RowImageText, RowImage, RowSeparator, RowMultiColumns, RowButtonGrid, RowDynamicTable, RowNewsCards, RowNewsList, TableOfContents"),
        // ---- modules and properties
        bad("misspelt module", "---\nmodules:\n  - name: RowSepartor\n---\n",
            "ERROR pages/p.md:3:11: [QUIRE-MODULE-001] unknown module 'RowSepartor'; did you mean 'RowSeparator'?"),
        bad("unknown module", "---\nmodules:\n  - name: Carousel\n---\n",
            "ERROR pages/p.md:3:11: [QUIRE-MODULE-001] unknown module 'Carousel'; the modules are RowText, RowTextImage, RowImageText, RowImage, RowSeparator, RowMultiColumns, RowButtonGrid, RowDynamicTable, RowNewsCards, RowNewsList, TableOfContents"),
        bad("misspelt property", "---\nmodules:\n  - name: RowText\n    txt: hi\n---\n",
            "ERROR pages/p.md:4:5: [QUIRE-MODULE-005] RowText has no property 'txt'; did you mean 'text'?"),
        bad("unknown property", "---\nmodules:\n  - name: RowSeparator\n    height: 3\n---\n",
            "ERROR pages/p.md:4:5: [QUIRE-MODULE-005] RowSeparator has no property 'height'; its properties are size"),
        bad("text is a list", "---\nmodules:\n  - name: RowText\n    text: [a]\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-001] RowText text must be Markdown text, not a list"),
        bad("status is not CSS classes", "---\nmodules:\n  - name: RowText\n    status: 'a\"b'\n---\n",
            "ERROR pages/p.md:4:13: [QUIRE-TYPE-004] RowText status 'a\"b' is not a list of CSS class names (\"a\"b\" is not a class name)"),
        bad("separator size", "---\nmodules:\n  - name: RowSeparator\n    size: XXL\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-003] RowSeparator size 'XXL' is not a size; use one of XS, S, M, L, XL"),
        bad("cols out of range", "---\nmodules:\n  - name: RowTextImage\n    cols: 12\n    image: /a.png\n    title: A diagram\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-GRID-006] RowTextImage cols 12 is out of range; use 1 to 11 (the image column takes the rest of the 12)"),
        bad("cols is text", "---\nmodules:\n  - name: RowImageText\n    cols: six\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-002] RowImageText cols must be a whole number, not 'six'"),
        bad("cols quoted", "---\nmodules:\n  - name: RowImageText\n    cols: \"6\"\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-002] RowImageText cols must be a whole number, not '6' (it is quoted; write the number without quotes)"),
        bad("cols YAML 1.1 octal", "---\nmodules:\n  - name: RowImageText\n    cols: 07\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-002] RowImageText cols must be a whole number, not '07' (write it without a sign or leading zeros)"),
        bad("huge number", "---\nmodules:\n  - name: RowImageText\n    cols: 99999999999999999999\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-002] RowImageText cols must be a whole number, not '99999999999999999999' (it is too large)"),
        bad("RowImage without image", "---\nmodules:\n  - name: RowImage\n    title: x\n---\n",
            "ERROR pages/p.md:3:5: [QUIRE-MODULE-006] RowImage needs an image: add 'image: /images/…'"),
        bad("javascript image", "---\nmodules:\n  - name: RowImage\n    image: JaVaScRiPt:alert(1)\n    title: x\n---\n",
            "ERROR pages/p.md:4:12: [QUIRE-URL-001] RowImage image: image URL scheme 'javascript:' is not allowed; use http, https, a site path (/...) or a data:image/..."),
        ok("relative image", "---\nmodules:\n  - name: RowImage\n    image: images/a.png\n    title: A diagram\n---\n",
            "WARNING pages/p.md:4:12: [QUIRE-URL-005] RowImage image: relative image URL 'images/a.png' resolves against the page's own address; start it with / for a path on this site"),
        // ---- the grid
        bad("widths add up to 13", "---\nmodules:\n  - name: RowMultiColumns\n    widths: [6, 7]\n    modules:\n      - name: RowText\n      - name: RowText\n---\n",
            "ERROR pages/p.md:4:13: [QUIRE-GRID-001] RowMultiColumns widths [6, 7] add up to 13; a row has 12 columns"),
        ok("widths leave space", "---\nmodules:\n  - name: RowMultiColumns\n    widths: [4, 4]\n    modules:\n      - name: RowText\n      - name: RowText\n---\n",
            "WARNING pages/p.md:4:13: [QUIRE-GRID-002] RowMultiColumns widths [4, 4] add up to 8; the last 4 of 12 columns stay empty"),
        bad("fewer widths than modules", "---\nmodules:\n  - name: RowMultiColumns\n    widths: [6, 6]\n    modules:\n      - name: RowText\n      - name: RowText\n      - name: RowText\n---\n",
            "ERROR pages/p.md:4:13: [QUIRE-GRID-004] RowMultiColumns has 3 modules but 2 widths; give one width per module"),
        bad("width out of range", "---\nmodules:\n  - name: RowMultiColumns\n    widths: [0, 12]\n    modules:\n      - name: RowText\n      - name: RowText\n---\n",
            "ERROR pages/p.md:4:14: [QUIRE-GRID-003] RowMultiColumns width 0 is out of range; each width is 1 to 12"),
        bad("width not a number", "---\nmodules:\n  - name: RowMultiColumns\n    widths: [6, x]\n    modules:\n      - name: RowText\n      - name: RowText\n---\n",
            "ERROR pages/p.md:4:17: [QUIRE-TYPE-002] RowMultiColumns widths must be a whole number, not 'x'"),
        bad("cols does not match modules", "---\nmodules:\n  - name: RowMultiColumns\n    cols: 3\n    widths: [12]\n    modules:\n      - name: RowText\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-GRID-005] RowMultiColumns cols 3 does not match its 1 module; cols is the number of modules (or leave it out)"),
        bad("no widths", "---\nmodules:\n  - name: RowMultiColumns\n    modules:\n      - name: RowText\n---\n",
            "ERROR pages/p.md:3:5: [QUIRE-MODULE-006] RowMultiColumns needs widths, one per module, like widths: [6, 6]"),
        bad("no modules", "---\nmodules:\n  - name: RowMultiColumns\n    widths: [12]\n---\n",
            "ERROR pages/p.md:3:5: [QUIRE-MODULE-006] RowMultiColumns needs modules, one per column"),
        bad("empty modules", "---\nmodules:\n  - name: RowMultiColumns\n    widths: []\n    modules: []\n---\n",
            "ERROR pages/p.md:5:14: [QUIRE-GRID-007] RowMultiColumns needs at least one module"),
        bad("error inside a nested grid", "---\nmodules:\n  - name: RowMultiColumns\n    widths: [12]\n    modules:\n      - name: RowMultiColumns\n        widths: [10, 3]\n        modules:\n          - name: RowText\n          - name: RowTxt\n---\n",
            "ERROR pages/p.md:7:17: [QUIRE-GRID-001] RowMultiColumns widths [10, 3] add up to 13; a row has 12 columns",
            "ERROR pages/p.md:10:19: [QUIRE-MODULE-001] unknown module 'RowTxt'; did you mean 'RowText'?"),
        // ---- Markdown
        bad("javascript link in module text", "---\nmodules:\n  - name: RowText\n    text: |\n      Hello\n      see [x](javascript:alert(1)) now\n---\n",
            "ERROR pages/p.md:6:11: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        bad("entity-encoded javascript link in the body", "---\n---\n\nText [x](java&#115;cript:alert(1))\n",
            "ERROR pages/p.md:4:6: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        bad("data link in a plain scalar", "---\nmodules:\n  - name: RowText\n    text: go [x](data:text/html;base64,xx)\n---\n",
            "ERROR pages/p.md:4:14: [QUIRE-URL-001] link URL scheme 'data:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        bad("raw script", "---\n---\n<script>alert(1)</script>\n",
            "ERROR pages/p.md:3:1: [QUIRE-HTML-001] raw HTML <script> is not allowed in content"),
        bad("event handler", "---\n---\nHi <img src=\"/a.png\" onerror=\"alert(1)\" alt=\"\"> there\n",
            "ERROR pages/p.md:3:22: [QUIRE-HTML-002] event handler onerror on <img> is not allowed in content"),
        bad("javascript in a raw link", "---\n---\n<a href=\"javascript:alert(1)\">x</a>\n",
            "ERROR pages/p.md:3:4: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        ok("unknown raw tag", "---\n---\n<h7>Title</h7>\n",
            "WARNING pages/p.md:3:1: [QUIRE-HTML-004] raw HTML tag <h7> is not in the allowlist and is dropped (its text stays)"),
        bad("javascript in a link reference definition", "---\n---\n[x][r]\n\n[r]: javascript:alert(1)\n",
            "ERROR pages/p.md:5:1: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        bad("javascript autolink", "---\n---\nGo <javascript:alert(1)>\n",
            "ERROR pages/p.md:3:4: [QUIRE-URL-001] link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        bad("javascript image in Markdown", "---\n---\n![x](javascript:alert(1))\n",
            "ERROR pages/p.md:3:1: [QUIRE-URL-001] image URL scheme 'javascript:' is not allowed; use http, https, a site path (/...) or a data:image/..."),
        bad("CSS that loads something", "---\n---\n<p style=\"background: url(https://x/y.png)\">x</p>\n",
            "ERROR pages/p.md:3:4: [QUIRE-HTML-003] style on <p> is refused (\"background: url(https://x/y.png)\"): the CSS function url() loads from another address; only plain CSS properties are allowed"),
        ok("e-mail without mailto", "---\n---\nWrite to [us](help@example.org).\n",
            "WARNING pages/p.md:3:10: [QUIRE-URL-006] link URL 'help@example.org' looks like an e-mail address but is a relative path; write mailto:help@example.org"),
        ok("empty link", "---\n---\nSee [nothing]().\n",
            "WARNING pages/p.md:3:5: [QUIRE-URL-004] empty link URL: the link points to the page itself; give the address, or remove the link"),
        ok("relative link", "---\n---\nSee [the guide](p).\n",
            "WARNING pages/p.md:3:5: [QUIRE-URL-005] relative link URL 'p' resolves against the page's own address; start it with / for a path on this site"),
        // ---- accessibility of content: warnings at the place, with the fix
        ok("Markdown image without alternative text", "---\n---\nOur team: ![](/team.png)\n",
            "WARNING pages/p.md:3:11: [QUIRE-ACCESS-001] ![](/team.png) has no alternative text, so a screen reader says only \"image\": write what it shows between the brackets (![The team at work](/team.png)), or, for an image that is only decoration, <img src=\"/team.png\" alt=\"\">"),
        ok("module image without alternative text", "---\nmodules:\n  - name: RowImage\n    image: /team.png\n---\n",
            "WARNING pages/p.md:4:12: [QUIRE-ACCESS-001] RowImage image has no alternative text (its title), so a screen reader says nothing of it: add title: what it shows, or title: \"\" for an image that is only decoration"),
        ok("images described or marked as decoration", "---\nmodules:\n  - name: RowImage\n    image: /line.png\n    title: \"\"\n"
            + "  - name: RowTextImage\n    image: /team.png\n    title: The team at work\n---\n![Our office](/office.png) <img src=\"/dot.png\" alt=\"\">\n"),
        ok("a heading that skips a level", "---\n---\n## Products\n\n#### Pricing\n",
            "WARNING pages/p.md:5:1: [QUIRE-ACCESS-002] this heading is level 4 after the level-2 heading on line 3: a screen reader's outline of the page skips level 3; make it level 3 (### or <h3>)"),
        ok("the first heading under the page's title", "---\ntitle: Products\nmodules:\n  - name: RowText\n    text: \"### Overview\"\n---\n## Details\n",
            "WARNING pages/p.md:5:12: [QUIRE-ACCESS-002] this heading is level 3 after the page's title (level 1): a screen reader's outline of the page skips level 2; make it level 2 (## or <h2>)"),
        ok("headings in order across modules and the body", "---\nmodules:\n  - name: RowText\n    text: \"## Overview\"\n---\n### Details\n\n## More\n\n<h3>Raw</h3>\n"),
        ok("a warning of the outline silenced in the file", "---\nsuppress: [QUIRE-ACCESS-002]\n---\n#### Small print\n"),
        ok("a link without text", "---\n---\nSee [](/p) and <a href=\"/p\"></a>.\n",
            "WARNING pages/p.md:3:5: [QUIRE-ACCESS-003] [](/p) has no text, so a screen reader announces only \"link\": write where it leads between the brackets",
            "WARNING pages/p.md:3:16: [QUIRE-ACCESS-003] <a href=\"/p\"> has no text, so a screen reader announces only \"link\": write where it leads inside it (or give its image an alt)"),
        ok("a link inside a button", "---\n---\n<button><a href=\"/p\">Event</a></button>\n",
            "WARNING pages/p.md:3:9: [QUIRE-ACCESS-004] <a> inside <button>: a browser and a screen reader see one control, and which one a click or Enter reaches is not defined; write the link alone, styled as a button: <a href=\"…\" class=\"btn btn-light\">…</a>"),
        ok("a raw link never closed", "---\n---\nVisit <a href=\"https://example.org/\">example.org.\n\nMore text.\n",
            "WARNING pages/p.md:3:7: [QUIRE-HTML-007] this <a> is never closed: a browser carries the link on into the text after it (and Quire drops the empty copy it would make); write </a> where the link's text ends"),
        ok("an image width in percent", "---\n---\n<img src=\"/logo.png\" width=\"40%\" alt=\"Logo\">\n",
            "WARNING pages/p.md:3:22: [QUIRE-HTML-008] width=\"40%\" on <img> is not a whole number of pixels, the only value HTML allows there (the W3C checker reports it): write width=\"400\", or style=\"width: 40%\""),
        // ---- everything at once
        bad("all errors of a file in one build", "---\nmodules:\n  - name: RowSeparator\n    size: huge\n  - name: RowTxt\n  - name: RowMultiColumns\n    widths: [6, 7]\n    modules:\n      - name: RowText\n      - name: RowText\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-003] RowSeparator size 'huge' is not a size; use one of XS, S, M, L, XL",
            "ERROR pages/p.md:5:11: [QUIRE-MODULE-001] unknown module 'RowTxt'; did you mean 'RowText'?",
            "ERROR pages/p.md:7:13: [QUIRE-GRID-001] RowMultiColumns widths [6, 7] add up to 13; a row has 12 columns"));
  }

  static Stream<Arguments> staticFolderCases() {
    return Stream.of(
        bad("module image missing from the static folder", "---\nmodules:\n  - name: RowImage\n    image: /images/nope.png\n    title: x\n---\n",
            "ERROR pages/p.md:4:12: [QUIRE-STATIC-001] image '/images/nope.png' is not in the static folder (looked for static/images/nope.png); add the file or fix the path"),
        bad("Markdown image missing from the static folder", "---\n---\nText\n\n![x](/images/nope.png)\n",
            "ERROR pages/p.md:5:1: [QUIRE-STATIC-001] image '/images/nope.png' is not in the static folder (looked for static/images/nope.png); add the file or fix the path"),
        bad("raw image missing from the static folder", "---\n---\n<img src=\"/images/nope.png\" alt=\"\">\n",
            "ERROR pages/p.md:3:1: [QUIRE-STATIC-001] image '/images/nope.png' is not in the static folder (looked for static/images/nope.png); add the file or fix the path"),
        bad("image path that leaves the static folder", "---\nmodules:\n  - name: RowImage\n    image: /../../etc/passwd\n    title: x\n---\n",
            "ERROR pages/p.md:4:12: [QUIRE-STATIC-002] image '/../../etc/passwd' points outside the static folder static"),
        ok("images that exist", "---\nmodules:\n  - name: RowImage\n    image: /images/ok%20file.png?v=2\n    title: x\n---\n![x](/images/ok%20file.png)\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("staticFolderCases")
  void checksImagesAgainstTheStaticFolder(String name, Object content, boolean fails, List<String> expected) {
    Fixture.write(resources, Map.of("static/images/ok file.png", new byte[] {1}));

    reportsExactly(name, content, fails, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactly(String name, Object content, boolean fails, List<String> expected) {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/p.md", content));

    assertThat(Fixture.diagnostics(compilation)).containsExactlyElementsIn(expected).inOrder();
    if (fails) {
      assertThat(compilation).failed();
    } else {
      assertThat(compilation).succeeded();
    }
  }

  private static Arguments bad(String name, Object content, String... expected) {
    return Arguments.of(name, content, true, List.of(expected));
  }

  private static Arguments ok(String name, Object content, String... expected) {
    return Arguments.of(name, content, false, List.of(expected));
  }

  private static byte[] bytes(String a, byte[] b, String c, byte[] d, String e) {
    byte[] first = bytes(a, b, c);
    byte[] last = bytes("", d, e);
    byte[] all = java.util.Arrays.copyOf(first, first.length + last.length);
    System.arraycopy(last, 0, all, first.length, last.length);
    return all;
  }

  private static byte[] bytes(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(middle, 0, all, a.length, middle.length);
    System.arraycopy(c, 0, all, a.length + middle.length, c.length);
    return all;
  }
}
