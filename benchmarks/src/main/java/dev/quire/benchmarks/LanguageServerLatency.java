package dev.quire.benchmarks;

import dev.quire.languageserver.InProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server's latency through the protocol, as an editor sees it, on the example site (its
 * sources, own module and content, copied): from a {@code didChange} of {@code showcase.md} to the
 * diagnostics published for it, and from a completion request after {@code - name: } to its answer.
 * The server waits {@code DEBOUNCE} ms after a change before it checks, so that a burst of keystrokes
 * costs one check; the edit figure is shown with and without it. Warm-up first, then each edit waits
 * for its diagnostics before the next. Run from the repository's root:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.quire.benchmarks.LanguageServerLatency [edits]}.
 */
public final class LanguageServerLatency {
  private static final long DEBOUNCE = 120;

  private LanguageServerLatency() {}

  public static void main(String[] args) throws Exception {
    int edits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path work = Files.createTempDirectory("quire-lsp-latency");
    for (String folder : List.of("java", "resources")) {
      DevLatency.copy(Path.of("examples/src/main").resolve(folder), work.resolve("src/main").resolve(folder));
    }
    BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    LanguageServer server = InProcess.start(work, published::add).server();
    Path file = work.resolve("src/main/resources/pages/showcase.md").toAbsolutePath().normalize();
    String uri = file.toUri().toString();
    String text = Files.readString(file);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
    await(published, uri);
    int line = (int) text.lines().takeWhile(l -> !l.contains("- name: RowSeparator")).count();
    Position name = new Position(line, text.lines().skip(line).findFirst().orElseThrow().indexOf("name: ") + 6);
    List<Long> checks = new ArrayList<>();
    List<Long> completions = new ArrayList<>();
    int warmUp = Math.max(20, edits / 4);
    for (int i = 0; i < warmUp + edits; i++) {
      String changed = text.replace("On this page", "On this page " + i);
      long start = System.nanoTime();
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri,
          i + 2), List.of(new TextDocumentContentChangeEvent(changed))));
      await(published, uri);
      long edit = System.nanoTime() - start;
      start = System.nanoTime();
      int items = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), name))
          .get(30, TimeUnit.SECONDS).getLeft().size();
      long completion = System.nanoTime() - start;
      if (items < 10) {
        throw new IllegalStateException("completion offered " + items + " modules");
      }
      if (i >= warmUp) {
        checks.add(edit);
        completions.add(completion);
      }
    }
    server.shutdown().get(30, TimeUnit.SECONDS);
    System.out.printf(Locale.ROOT, "%s; %d edits after %d to warm up (each waits for its diagnostics)%n",
        Readme.environment(), edits, warmUp);
    System.out.printf(Locale.ROOT, "edit -> diagnostics: p50 %.0f ms, p95 %.0f ms, max %.0f ms (with the %d ms debounce);"
        + " without it p50 %.0f ms, p95 %.0f ms%n", ms(checks, 50), ms(checks, 95), ms(checks, 100), DEBOUNCE,
        ms(checks, 50) - DEBOUNCE, ms(checks, 95) - DEBOUNCE);
    System.out.printf(Locale.ROOT, "completion after '- name: ': p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
        ms(completions, 50), ms(completions, 95), ms(completions, 100));
    System.exit(0);
  }

  private static double ms(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static void await(BlockingQueue<PublishDiagnosticsParams> published, String uri) throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams params = published.poll(60, TimeUnit.SECONDS);
      if (params == null) {
        throw new IllegalStateException("no diagnostics for " + uri);
      }
      if (params.getUri().equals(uri)) {
        return;
      }
    }
  }
}
