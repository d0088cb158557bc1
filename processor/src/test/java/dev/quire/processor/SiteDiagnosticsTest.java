package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagnostics of the whole-site modules and files: RowButtonGrid and its icons, RowDynamicTable,
 * the news modules, dated pages of a collection and the navigation file. Each case is a small site
 * ({@code pages/p.md}, and {@code pages/news/a.md} where a collection is involved) and exactly the
 * diagnostics javac prints for it.
 */
class SiteDiagnosticsTest {
  private static final String NEWS = "---\ntitle: A\ndate: 2024-Oct-2\n---\nText\n";

  @TempDir Path resources;

  static Stream<Arguments> cases() {
    return Stream.of(
        // ---- RowButtonGrid
        bad("button grid column without an icon", grid("      - title: T\n        items:\n          - title: B\n"),
            "ERROR pages/p.md:5:9: [QUIRE-MODULE-006] RowButtonGrid column needs an image, the icon over it, like image: fas cog (the original site dropped the whole grid without one)"),
        bad("misspelt icon name", grid("      - image: fas cgo\n"),
            "ERROR pages/p.md:5:16: [QUIRE-ICON-001] RowButtonGrid column image: icon 'fas cgo' is not a Font Awesome 5.15.4 free solid icon; did you mean 'fas cog'?"),
        bad("brand icon written as solid", grid("      - image: fas github\n"),
            "ERROR pages/p.md:5:16: [QUIRE-ICON-001] RowButtonGrid column image: icon 'fas github' is not a solid icon; did you mean 'fab github'?"),
        bad("icon without its prefix", grid("      - image: users\n"),
            "ERROR pages/p.md:5:16: [QUIRE-ICON-001] RowButtonGrid column image: icon 'users' is not a prefix and a name separated by one space, like 'fas cog' or 'fab github'; did you mean 'fas users'?"),
        bad("icon with two spaces", grid("      - image: fas  users\n"),
            "ERROR pages/p.md:5:16: [QUIRE-ICON-001] RowButtonGrid column image: icon 'fas  users' is not a prefix and a name separated by one space, like 'fas cog' or 'fab github'"),
        bad("icon from the regular set", grid("      - image: far user\n"),
            "ERROR pages/p.md:5:16: [QUIRE-ICON-001] RowButtonGrid column image: icon prefix 'far' is not one of fas (solid) and fab (brands), the free Font Awesome 5 sets; did you mean 'fas user'?"),
        bad("Font Awesome 6 spelling", grid("      - image: fa-solid fa-users\n"),
            "ERROR pages/p.md:5:16: [QUIRE-ICON-001] RowButtonGrid column image: icon 'fa-solid fa-users' is written the Font Awesome 6 way; write 'fas users'"),
        bad("unknown button status", grid("      - image: fas cog\n        items:\n          - title: B\n            status: activ\n"),
            "ERROR pages/p.md:8:21: [QUIRE-BUTTON-001] RowButtonGrid button status 'activ' is not one of active, deactive, pending, highlight; did you mean 'active'?"),
        bad("button without a title", grid("      - image: fas cog\n        items:\n          - url: /p/\n"),
            "ERROR pages/p.md:7:13: [QUIRE-MODULE-006] RowButtonGrid button needs a title"),
        bad("button target that is not a target", grid("      - image: fas cog\n        items:\n          - title: B\n            url: /p/\n            target: new tab\n"),
            "ERROR pages/p.md:9:21: [QUIRE-TYPE-006] RowButtonGrid button target 'new tab' is not a link target; use _blank, _self, _parent, _top or a window name"),
        bad("button URL that runs code", grid("      - image: fas cog\n        items:\n          - title: B\n            url: javascript:alert(1)\n"),
            "ERROR pages/p.md:8:18: [QUIRE-URL-001] RowButtonGrid button url: link URL scheme 'javascript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"),
        bad("misspelt button property", grid("      - image: fas cog\n        items:\n          - title: B\n            subtitel: x\n"),
            "ERROR pages/p.md:8:13: [QUIRE-MODULE-005] RowButtonGrid button has no property 'subtitel'; did you mean 'subtitle'?"),
        bad("grid without columns", "---\nmodules:\n  - name: RowButtonGrid\n    id: events\n---\n",
            "ERROR pages/p.md:3:5: [QUIRE-MODULE-006] RowButtonGrid needs cols, a list of columns each with an image (icon) and items"),
        bad("grid cols written as a number", "---\nmodules:\n  - name: RowButtonGrid\n    cols: 3\n---\n",
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-001] RowButtonGrid cols must be a list of button columns (each item starting with '- '), not text"),
        bad("grid id that is not an id", "---\nmodules:\n  - name: RowButtonGrid\n    id: my events\n    cols:\n      - image: fas cog\n---\n",
            "ERROR pages/p.md:4:9: [QUIRE-TYPE-004] RowButtonGrid id 'my events' is not an HTML id; use a letter, then letters, digits, '-' or '_'"),
        // ---- RowDynamicTable
        bad("filter key that is no column", table("    filter: [title, typ]\n"),
            "ERROR pages/p.md:4:21: [QUIRE-TABLE-001] RowDynamicTable filter key 'typ' is not a column; did you mean 'type'?; the columns are title, type"),
        bad("row key that is no column", table("", "        kind: {title: x}\n"),
            "ERROR pages/p.md:10:9: [QUIRE-TABLE-001] RowDynamicTable row key 'kind' is not a column; the columns are title, type"),
        bad("cell written as text", table("", "        type: PDF\n"),
            "ERROR pages/p.md:10:15: [QUIRE-TABLE-002] RowDynamicTable cell 'type' must be a mapping, like type: {title: …}, not text"),
        bad("cell with only a url", table("", "        type: {url: /p/}\n"),
            "ERROR pages/p.md:10:15: [QUIRE-TABLE-002] RowDynamicTable cell 'type' has a url but nothing to show; give it a title, an icon or an image"),
        ok("cell whose url was left empty", table("", "        type:\n          title: PDF\n          url:\n          target: _blank\n"),
            "WARNING pages/p.md:13:19: [QUIRE-TABLE-003] RowDynamicTable cell 'type' has a target but no url, so it is not a link; give the url, or remove the target"),
        ok("cell written empty", table("", "        type:\n          title:\n")),
        ok("columns taken from the rows' keys", "---\nmodules:\n  - name: RowDynamicTable\n    filter: [b]\n    items:\n"
            + "      - a: {title: x}\n      - b: {title: y}\n---\n"),
        bad("two columns with one key", "---\nmodules:\n  - name: RowDynamicTable\n    columns: [a, a]\n    items:\n      - a: {title: x}\n---\n",
            "ERROR pages/p.md:4:18: [QUIRE-TABLE-004] RowDynamicTable has two columns with the key 'a'"),
        bad("sortable that is not a boolean", "---\nmodules:\n  - name: RowDynamicTable\n    columns:\n      - key: a\n        sortable: yes\n    items:\n      - a: {title: x}\n---\n",
            "ERROR pages/p.md:6:19: [QUIRE-TYPE-005] RowDynamicTable column sortable must be true or false, not 'yes'"),
        bad("pagination of zero", table("    pagination: 0\n"),
            "ERROR pages/p.md:4:17: [QUIRE-TABLE-005] RowDynamicTable pagination 0 is not a number of rows per page; use 1 or more, or leave it out"),
        bad("table without rows", "---\nmodules:\n  - name: RowDynamicTable\n    columns: [a]\n---\n",
            "ERROR pages/p.md:3:5: [QUIRE-MODULE-006] RowDynamicTable needs items, one per row"),
        bad("cell icon that does not exist", table("", "        type: {icon: fas dowload, url: /p/}\n"),
            "ERROR pages/p.md:10:22: [QUIRE-ICON-001] RowDynamicTable cell icon: icon 'fas dowload' is not a Font Awesome 5.15.4 free solid icon; did you mean 'fas download'?"),
        // ---- news modules
        bad("news cards of a folder that does not exist", "---\nmodules:\n  - name: RowNewsCards\n---\n",
            "ERROR pages/p.md:3:5: [QUIRE-COLLECTION-002] RowNewsCards shows the collection 'news', but there is no folder news/ of dated pages; the content folder has no folders"),
        bad("news list without its icon", site("---\nmodules:\n  - name: RowNewsList\n    title: News\n---\n"),
            "ERROR pages/p.md:3:5: [QUIRE-MODULE-006] RowNewsList needs an image, the icon over the list, like image: fas newspaper"),
        bad("news selection that is not one", site("---\nmodules:\n  - name: RowNewsCards\n    news: latest\n---\n"),
            "ERROR pages/p.md:4:11: [QUIRE-TYPE-001] RowNewsCards news 'latest' is not homepage (entries with a homepage rank) or all (every entry, newest first)"),
        bad("misspelt collection", site("---\nmodules:\n  - name: RowNewsCards\n    collection: nws\n---\n"),
            "ERROR pages/p.md:4:17: [QUIRE-COLLECTION-002] RowNewsCards shows the collection 'nws', but there is no folder nws/ of dated pages; did you mean 'news'?; the folders are news"),
        ok("news cards and list of a collection", site("---\nmodules:\n  - name: RowNewsCards\n    news: all\n  - name: RowMultiColumns\n    widths: [4, 8]\n    modules:\n      - name: RowNewsList\n        image: fas newspaper\n      - name: RowNewsCards\n---\n")),
        // ---- dated pages
        bad("a date that is not a date", news("date: 2024-Oct-32"),
            "ERROR pages/news/a.md:3:7: [QUIRE-DATE-001] date '2024-Oct-32' is not a day of the calendar"),
        bad("a month that is not a month", news("date: 2024-Okt-2"),
            "ERROR pages/news/a.md:3:7: [QUIRE-DATE-001] date '2024-Okt-2' has no month called 'Okt'; write a month's English name, its first three letters or its number"),
        bad("free text as a date", news("date: last tuesday"),
            "ERROR pages/news/a.md:3:7: [QUIRE-DATE-001] date 'last tuesday' is not a date; write it like 2024-10-02, 2024-Oct-2 or 2024-July-29"),
        ok("tags written as text", news("date: 2024-10-02\ntags: a, b"),
            "WARNING pages/news/a.md:4:7: [QUIRE-COLLECTION-001] tags is the text 'a, b', not a list, so it is read as the list [a, b]; write each tag on a line of its own, starting with '- ' and indented under tags:"),
        bad("a dated page without a title", Map.of("pages/news/a.md", "---\ndate: 2024-10-02\n---\n"),
            "ERROR pages/news/a.md:2:1: [QUIRE-COLLECTION-003] this dated page is an entry of the news collection and needs a title: for its card and its header"),
        bad("homepage rank that is not a number", news("date: 2024-10-02\nhomepage: first"),
            "ERROR pages/news/a.md:4:11: [QUIRE-TYPE-002] page homepage must be a whole number, not 'first'"),
        // ---- navigation
        bad("menu entry without a url", Map.of("pages/menus.md", "---\nmenus:\n  - title: About\n---\n"),
            "ERROR pages/menus.md:3:5: [QUIRE-MODULE-006] menu entry needs a url (or items, to be a dropdown)"),
        bad("menu icon that does not exist", Map.of("pages/menus.md", "---\nmenus:\n  - icon: fab githb\n    url: https://github.com/\n---\n"),
            "ERROR pages/menus.md:3:11: [QUIRE-ICON-001] menu entry icon: icon 'fab githb' is not a Font Awesome 5.15.4 free brands icon; did you mean 'fab github'?"),
        bad("a menu entry's class is named as written", Map.of("pages/menus.md", "---\nmenus:\n  - {title: A, url: '#top', class: 'ml-auto \"x'}\n---\n"),
            "ERROR pages/menus.md:3:36: [QUIRE-TYPE-004] menu entry class 'ml-auto \"x' is not a list of CSS class names (\"\"x\" is not a class name)"),
        bad("a table cell's target is named as written", Map.of("pages/p.md", "---\nmodules:\n  - name: RowDynamicTable\n    items:\n      - a: {title: x, url: /p/, target: 'a b'}\n---\n"),
            "ERROR pages/p.md:5:41: [QUIRE-TYPE-006] RowDynamicTable cell target 'a b' is not a link target; use _blank, _self, _parent, _top or a window name"),
        bad("menus in two files", Map.of("pages/menus.md", "---\nmenus:\n  - {title: A, url: '#top'}\n---\n",
                "pages/more.md", "---\nmenus:\n  - {title: B, url: '#top'}\n---\n"),
            "ERROR pages/more.md:2:1: [QUIRE-NAV-001] menus: is already in pages/menus.md; a site has one navigation bar, so keep the menus in one file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactly(String name, Map<String, Object> files, boolean fails, List<String> expected) {
    Compilation compilation = Fixture.compile(resources, files);

    assertThat(Fixture.diagnostics(compilation)).containsExactlyElementsIn(expected).inOrder();
    if (fails) {
      assertThat(compilation).failed();
    } else {
      assertThat(compilation).succeeded();
    }
  }

  private static String grid(String columns) {
    return "---\nmodules:\n  - name: RowButtonGrid\n    cols:\n" + columns + "---\n";
  }

  /** A two-column table ({@code title}, {@code type}) with one row, plus {@code extra} properties and cells. */
  private static String table(String extra, String... cells) {
    return "---\nmodules:\n  - name: RowDynamicTable\n" + extra + "    columns:\n      - key: title\n        sortable: true\n"
        + "      - type\n    items:\n      - title: {title: x}\n" + String.join("", cells) + "---\n";
  }

  /** {@code page} next to a news collection of one dated page. */
  private static Map<String, Object> site(String page) {
    Map<String, Object> files = new LinkedHashMap<>();
    files.put("pages/p.md", page);
    files.put("pages/news/a.md", NEWS);
    return files;
  }

  /** A dated page of the news folder with these front matter lines after its title. */
  private static Map<String, Object> news(String lines) {
    return Map.of("pages/news/a.md", "---\ntitle: A\n" + lines + "\n---\nText\n");
  }

  private static Arguments bad(String name, Object content, String... expected) {
    return Arguments.of(name, files(content), true, List.of(expected));
  }

  private static Arguments ok(String name, Object content, String... expected) {
    return Arguments.of(name, files(content), false, List.of(expected));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> files(Object content) {
    return content instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("pages/p.md", content);
  }
}
