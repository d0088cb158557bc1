package dev.quire.languageserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server through the protocol, as an editor talks to it (LSP4J's client side over a pipe):
 * initialize, didOpen with the build's diagnostics at the value's range, completion of module names,
 * keys, values and addresses, hover, go to definition, a quick fix, didChange that clears the error
 * and updates the page that links to a page, and shutdown.
 */
class LanguageServerTest {
  @TempDir Path project;

  private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
  /** What {@link #nextWithErrors} has taken from {@link #published}, for the files it waits for next. */
  private final List<PublishDiagnosticsParams> seen = new java.util.ArrayList<>();
  private LanguageServer server;

  private static final String ABOUT = """
      ---
      title: About
      modules:
        - name: RowSeparator
          size: XXL
      ---
      ## Our team
      """;

  private static final String INDEX = """
      ---
      title: Home
      ---
      Read [about us](/about#our-team).
      """;

  @BeforeEach
  void start() throws Exception {
    Path pages = project.resolve("src/main/resources/pages");
    Files.createDirectories(pages);
    Files.writeString(pages.resolve("about.md"), ABOUT);
    Files.writeString(pages.resolve("index.md"), INDEX);
    InProcess.Session session = InProcess.start(project, published::add);
    server = session.server();
    assertTrue(session.capabilities().getHoverProvider().getLeft());
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown().get(30, TimeUnit.SECONDS);
  }

  @Test
  void diagnosticsCarryTheBuildsCodeAndWordsAtTheValuesRangeAndClearWhenFixed() throws Exception {
    String uri = uri("about.md");
    open(uri, ABOUT);
    PublishDiagnosticsParams about = next(uri);
    assertEquals(1, about.getDiagnostics().size(), about.toString());
    Diagnostic size = about.getDiagnostics().get(0);
    assertEquals("QUIRE-TYPE-003", size.getCode().getLeft());
    assertEquals(DiagnosticSeverity.Error, size.getSeverity());
    assertEquals("quire", size.getSource());
    assertEquals(new Range(new Position(4, 10), new Position(4, 13)), size.getRange());
    assertTrue(size.getMessage().startsWith("RowSeparator size 'XXL' is not a size"), size.getMessage());

    change(uri, ABOUT.replace("XXL", "XL").replace("## Our team", "## Our teams"), 2);
    assertEquals(List.of(), next(uri).getDiagnostics(), "fixed");
    // index.md, which is not open, links to #our-team: the site's check tells it at once
    PublishDiagnosticsParams index = next(uri("index.md"));
    Diagnostic anchor = index.getDiagnostics().get(0);
    assertEquals("QUIRE-LINK-002", anchor.getCode().getLeft());
    assertEquals(new Range(new Position(3, 16), new Position(3, 31)), anchor.getRange(), "/about#our-team, not the ')'");
    // its fix changes the anchor alone
    CodeAction fix = server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(
        uri("index.md")), anchor.getRange(), new CodeActionContext(List.of(anchor)))).get(30, TimeUnit.SECONDS).get(0)
        .getRight();
    assertEquals(new TextEdit(new Range(new Position(3, 22), new Position(3, 31)), "#our-teams"),
        fix.getEdit().getChanges().get(uri("index.md")).get(0));
  }

  @Test
  void completesModuleNamesKeysValuesAndAddresses() throws Exception {
    String text = """
        ---
        title: New
        modules:
          - name: Row
          - name: RowSeparator
            si
          - name: RowSeparator
            size:\s
          - name: RowImage
            image: /
          - name: RowTextImage
            cols: 4

            ti
        ---
        See [the team](/ab
        """;
    String uri = uri("new.md");
    open(uri, text);
    next(uri);
    List<String> names = labels(uri, 3, 14);
    assertTrue(names.containsAll(List.of("RowText", "RowSeparator", "RowMultiColumns", "TableOfContents")), names.toString());
    assertEquals(List.of("size"), labels(uri, 5, 6));
    assertEquals(List.of("XS", "S", "M", "L", "XL"), labels(uri, 7, 10));
    assertEquals(List.of("/about"), labels(uri, 15, 18));
    // the keys written above in the same module are left out, blank lines or not
    assertEquals(List.of("image", "title", "status", "text"), labels(uri, 13, 6));
    // a Font Awesome icon, as content names it, once its set and first letters are written
    String icons = "---\nmodules:\n  - name: RowNewsList\n    image: fas new\n---\n";
    open(uri("icons.md"), icons);
    next(uri("icons.md"));
    assertEquals(List.of("fas newspaper"), labels(uri("icons.md"), 3, 18));
    List<String> top = labels(uri, 2, 0);
    assertTrue(top.contains("description") && !top.contains("title"), top.toString());
    CompletionItem name = completion(uri, 3, 14).stream().filter(item -> item.getLabel().equals("RowText")).findFirst()
        .orElseThrow();
    assertEquals("A full-width block of Markdown.", name.getDetail());
  }

  @Test
  void hoverDefinitionAndQuickFix() throws Exception {
    String uri = uri("index.md");
    String text = INDEX.replace("title: Home", "title: Home\nmodules:\n  - name: RowSeperator");
    open(uri, text);
    PublishDiagnosticsParams diagnostics = next(uri);
    Diagnostic unknown = diagnostics.getDiagnostics().get(0);
    assertEquals("QUIRE-MODULE-001", unknown.getCode().getLeft());

    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), unknown.getRange(),
        new CodeActionContext(List.of(unknown)));
    CodeAction fix = server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS).get(0).getRight();
    assertEquals("Change to 'RowSeparator'", fix.getTitle());
    assertEquals("RowSeparator", fix.getEdit().getChanges().get(uri).get(0).getNewText());
    assertEquals(unknown.getRange(), fix.getEdit().getChanges().get(uri).get(0).getRange());

    Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
        new Position(1, 2))).get(30, TimeUnit.SECONDS);
    assertTrue(hover.getContents().getRight().getValue().startsWith("**page `title`**: text"), hover.toString());

    List<? extends Location> definition = server.getTextDocumentService().definition(new DefinitionParams(
        new TextDocumentIdentifier(uri), new Position(5, 20))).get(30, TimeUnit.SECONDS).getLeft();
    assertEquals(List.of(uri("about.md")), definition.stream().map(Location::getUri).toList());
  }

  @Test
  void hostileFilesGetTheBuildsErrorsAndTheSessionGoesOn() throws Exception {
    Path pages = project.resolve("src/main/resources/pages");
    Files.write(pages.resolve("bytes.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, '\n', '-', '-', '-', '\n'});
    Files.writeString(pages.resolve("huge.md"), "---\ntitle: Huge\n---\n" + "x".repeat(2 << 20));
    Map<String, String> hostile = new java.util.LinkedHashMap<>();
    hostile.put("aliases.md", "---\na: &a [x, x]\nb: *a\n---\n");
    hostile.put("deep.md", "---\nt: " + "[".repeat(5_000) + "\n---\n");
    hostile.put("quotes.md", "---\ntitle: Q\n---\n" + ">".repeat(100_000) + " deep\n");
    hostile.put("open.md", "---\ntitle: never closed\n");
    hostile.put("control.md", "---\ntitle: \u0000\u2028\n---\n<script>alert(1)</script>\n");
    hostile.put("empty.md", "");
    for (Map.Entry<String, String> file : hostile.entrySet()) {
      open(uri(file.getKey()), file.getValue());
    }
    for (String file : List.of("bytes.md", "huge.md", "aliases.md", "deep.md", "quotes.md", "open.md", "control.md",
        "empty.md")) {
      PublishDiagnosticsParams params = nextWithErrors(uri(file));
      assertTrue(params.getDiagnostics().stream().anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error
          && d.getCode().getLeft().startsWith("QUIRE-")), file + ": " + params);
    }
    // every request at every line's start, middle and end of each hostile text is answered
    for (Map.Entry<String, String> file : hostile.entrySet()) {
      List<String> lines = file.getValue().lines().toList();
      for (int line = 0; line <= lines.size(); line++) {
        int length = line < lines.size() ? Math.min(lines.get(line).length(), 200) : 0;
        for (int character : new int[] {0, length / 2, length}) {
          Position at = new Position(line, character);
          TextDocumentIdentifier document = new TextDocumentIdentifier(uri(file.getKey()));
          server.getTextDocumentService().completion(new CompletionParams(document, at)).get(30, TimeUnit.SECONDS);
          server.getTextDocumentService().hover(new HoverParams(document, at)).get(30, TimeUnit.SECONDS);
          server.getTextDocumentService().definition(new DefinitionParams(document, at)).get(30, TimeUnit.SECONDS);
        }
      }
    }
    // the session goes on: requests at places that are not there are answered too
    assertTrue(labels(uri("deep.md"), 1, 10_000).isEmpty());
    assertTrue(labels(uri("nowhere.md"), 0, 0).isEmpty());
    assertTrue(labels(uri("empty.md"), 5, 5).isEmpty());
    String uri = uri("about.md");
    open(uri, ABOUT);
    assertEquals("QUIRE-TYPE-003", next(uri).getDiagnostics().get(0).getCode().getLeft());
  }

  @Test
  void placeholdersCompleteFromTheModelTypeTheBuildReads() throws Exception {
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/example/site"));
    Files.writeString(sources.resolve("package-info.java"), "@dev.quire.dsl.Pages(\"pages\")\npackage com.example.site;\n");
    Files.writeString(sources.resolve("Basket.java"), """
        package com.example.site;

        import java.util.List;

        public record Basket(Customer customer, List<Line> lines) {
          public record Customer(String name, boolean vip) {}
          public record Line(String product, int quantity) {}
        }
        """);
    server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(List.of(
        new org.eclipse.lsp4j.FileEvent(sources.resolve("Basket.java").toUri().toString(),
            org.eclipse.lsp4j.FileChangeType.Created))));
    String text = """
        ---
        model: Basket
        modules:
          - name: RowText
            each: lines
            text: "{{ }} and {{customer.nmae}}"
        ---
        Hello {{customer.}}! {{#lines}}{{ }}{{/lines}}
        """;
    String uri = uri("basket.md");
    open(uri, text);
    PublishDiagnosticsParams diagnostics = nextWithErrors(uri);
    // the model's types are the build's: a misspelt accessor is the build's error (the places still
    // being typed, {{ }}, are errors too)
    assertTrue(diagnostics.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("QUIRE-DATA-002")
        && d.getMessage().contains("nmae")), diagnostics.toString());
    assertEquals(List.of("name", "vip"), labels(uri, 7, 17));
    assertEquals(List.of("product", "quantity"), labels(uri, 7, 33));
    assertEquals(List.of("product", "quantity"), labels(uri, 5, 14));
    assertEquals(List.of("customer", "lines"), labels(uri, 7, 8));
    assertEquals(List.of("Basket", "Basket.Customer", "Basket.Line"), labels(uri, 1, 9),
        "model: offers the @Pages package's types");

    // hover shows a placeholder's Java type; go to definition goes to its accessor in the record
    change(uri, text.replace("{{customer.}}", "{{customer.name}}"), 2);
    next(uri);
    Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
        new Position(7, 12))).get(30, TimeUnit.SECONDS);
    assertEquals("`{{customer}}`: `Basket.Customer`", hover.getContents().getRight().getValue());
    Location accessor = server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri),
        new Position(7, 19))).get(30, TimeUnit.SECONDS).getLeft().get(0);
    assertEquals(sources.resolve("Basket.java").toUri().toString(), accessor.getUri());
    assertEquals(new Position(5, 32), accessor.getRange().getStart(), "name in record Customer(String name, …)");
  }

  /** The next diagnostics for {@code uri} that have an error (a file's first check may publish none). */
  private PublishDiagnosticsParams nextWithErrors(String uri) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < end) {
      PublishDiagnosticsParams params = published.poll(1, TimeUnit.SECONDS);
      if (params != null) {
        seen.add(params);
      }
      for (PublishDiagnosticsParams any : seen) {
        if (any.getUri().equals(uri) && !any.getDiagnostics().isEmpty()) {
          return any;
        }
      }
    }
    throw new AssertionError("no errors for " + uri);
  }

  private List<CompletionItem> completion(String uri, int line, int character) throws Exception {
    return server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri),
        new Position(line, character))).get(30, TimeUnit.SECONDS).getLeft();
  }

  private List<String> labels(String uri, int line, int character) throws Exception {
    return completion(uri, line, character).stream().map(CompletionItem::getLabel).toList();
  }

  private String uri(String page) {
    return project.resolve("src/main/resources/pages").resolve(page).toAbsolutePath().normalize().toUri().toString();
  }

  private void open(String uri, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
  }

  private void change(String uri, String text, int version) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri,
        version), List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** The next diagnostics published for {@code uri} (others are skipped). */
  private PublishDiagnosticsParams next(String uri) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < end) {
      PublishDiagnosticsParams params = published.poll(1, TimeUnit.SECONDS);
      if (params != null && params.getUri().equals(uri)) {
        return params;
      }
    }
    throw new AssertionError("no diagnostics for " + uri);
  }
}
