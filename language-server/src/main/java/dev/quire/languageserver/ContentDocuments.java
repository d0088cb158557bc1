package dev.quire.languageserver;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The content files an editor has open, and what the server says about them. Every edit schedules a
 * check of the whole content folder ({@link Checker}), debounced so that a burst of keystrokes costs
 * one; its diagnostics go to every file that has some or had some (a page another links to is
 * checked again when that one changes). Requests run on their own threads and answer from the last
 * check; a request that fails answers nothing and the session goes on.
 */
final class ContentDocuments implements TextDocumentService {
  /** How long after the last keystroke a check starts. */
  static final long DEBOUNCE_MILLIS = 120;

  private volatile Checker checker;
  private final Map<String, String> texts = new ConcurrentHashMap<>();
  private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "quire-check");
    thread.setDaemon(true);
    return thread;
  });
  private final Set<String> published = new HashSet<>();
  private final Set<String> setupShown = new HashSet<>();
  private volatile LanguageClient client;
  private volatile Checker.Outcome last;
  private volatile Vocabulary vocabulary = new Vocabulary(dev.quire.processor.internal.model.Declared.Modules.none());
  private ScheduledFuture<?> pending;
  /** Completed after each check: what tests and benchmarks wait on. */
  private volatile CompletableFuture<Checker.Outcome> checked = new CompletableFuture<>();

  /** The project is known once the client has initialized the session: {@link #start}. */
  ContentDocuments() {}

  /** Starts checking with {@code checker}, the project's. */
  void start(Checker checker) {
    this.checker = checker;
  }

  Checker checker() {
    return checker;
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  /** The outcome of the next check to finish. */
  CompletableFuture<Checker.Outcome> nextCheck() {
    return checked;
  }

  /**
   * Starts no more checks. A check under way finishes: interrupting it could close the stream it is
   * writing to (an interruptible channel is closed by an interrupt), and the answer to
   * {@code shutdown} would never reach the client.
   */
  synchronized void shutdown() {
    if (pending != null) {
      pending.cancel(false);
    }
    checks.shutdown();
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    texts.put(params.getTextDocument().getUri(), params.getTextDocument().getText());
    schedule(0);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    if (!params.getContentChanges().isEmpty()) {
      // Full sync: the last change holds the whole text.
      texts.put(params.getTextDocument().getUri(), params.getContentChanges().get(params.getContentChanges().size() - 1)
          .getText());
    }
    schedule(DEBOUNCE_MILLIS);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    texts.remove(params.getTextDocument().getUri());
    schedule(0);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    if (params.getTextDocument().getUri().endsWith(".java") && checker != null) {
      checker.javaChanged();
    }
    schedule(0);
  }

  /** Runs a check after {@code delay} ms, in place of one not started yet. */
  synchronized void schedule(long delay) {
    if (checker == null || checks.isShutdown()) {
      return; // not initialized yet: the first didOpen after initialize checks
    }
    if (pending != null) {
      pending.cancel(false);
    }
    pending = checks.schedule(this::checkNow, delay, TimeUnit.MILLISECONDS);
  }

  private void checkNow() {
    CompletableFuture<Checker.Outcome> done = checked;
    checked = new CompletableFuture<>();
    try {
      Map<Path, byte[]> unsaved = new HashMap<>();
      Map<Path, String> uris = new HashMap<>();
      texts.forEach((uri, text) -> path(uri).ifPresent(path -> {
        unsaved.put(path, text.getBytes(StandardCharsets.UTF_8));
        uris.put(path, uri);
      }));
      Checker.Outcome outcome = checker.check(unsaved);
      last = outcome;
      vocabulary = new Vocabulary(outcome.modules());
      publish(outcome, uris);
      done.complete(outcome);
    } catch (Throwable e) {
      log(MessageType.Error, "Quire could not check the content folder: " + e);
      done.completeExceptionally(e);
    }
  }

  private void publish(Checker.Outcome outcome, Map<Path, String> uris) {
    LanguageClient to = client;
    if (to == null) {
      return;
    }
    for (String problem : outcome.setup()) {
      if (setupShown.add(problem)) {
        to.showMessage(new MessageParams(MessageType.Warning, problem));
      }
    }
    // Every file with diagnostics, and every file that had some: an empty list clears what the editor
    // shows (a file fixed, or deleted or moved since).
    // In the folder's path order, then the files that are gone.
    Map<String, List<org.eclipse.lsp4j.Diagnostic>> sent = new java.util.LinkedHashMap<>();
    outcome.byFile().forEach((path, diagnostics) -> {
      String uri = uris.getOrDefault(path, path.toUri().toString());
      if (!diagnostics.isEmpty() || published.contains(uri)) {
        sent.put(uri, diagnostics.stream().map(Ranges::of).toList());
      }
    });
    published.forEach(uri -> sent.putIfAbsent(uri, List.of()));
    sent.forEach((uri, diagnostics) -> to.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics)));
    published.clear();
    sent.forEach((uri, diagnostics) -> {
      if (!diagnostics.isEmpty()) {
        published.add(uri);
      }
    });
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    return answer(() -> {
      String uri = params.getTextDocument().getUri();
      String text = texts.get(uri);
      Optional<Path> path = path(uri);
      if (text == null || path.isEmpty()) {
        return Either.forLeft(List.of());
      }
      return Either.forLeft(assist().complete(path.get(), text, params.getPosition()));
    }, Either.forLeft(List.of()));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return answer(() -> {
      String text = texts.get(params.getTextDocument().getUri());
      Optional<Path> path = path(params.getTextDocument().getUri());
      return text == null || path.isEmpty() ? null : assist().hover(path.get(), text, params.getPosition()).orElse(null);
    }, null);
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
      DefinitionParams params) {
    return answer(() -> {
      String text = texts.get(params.getTextDocument().getUri());
      Optional<Path> path = path(params.getTextDocument().getUri());
      List<Location> found = text == null || path.isEmpty() ? List.of()
          : assist().definition(path.get(), text, params.getPosition()).stream().toList();
      return Either.forLeft(found);
    }, Either.forLeft(List.of()));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return answer(() -> {
      String uri = params.getTextDocument().getUri();
      String text = texts.containsKey(uri) ? texts.get(uri) : path(uri).map(ContentDocuments::read).orElse("");
      return Assist.fixes(uri, text, params.getContext().getDiagnostics()).stream()
          .map(Either::<Command, CodeAction>forRight).toList();
    }, List.of());
  }

  private Assist assist() {
    Checker.Outcome outcome = last;
    if (outcome == null) {
      outcome = new Checker.Outcome(Map.of(), List.of(), dev.quire.processor.internal.model.Declared.Modules.none(),
          List.of(), Map.of(), List.of());
    }
    return new Assist(vocabulary, outcome, checker.project());
  }

  /** Runs a request on its own thread; a failure is logged and answered with {@code fallback}. */
  private <T> CompletableFuture<T> answer(Supplier<T> request, T fallback) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return request.get();
      } catch (RuntimeException | StackOverflowError e) {
        log(MessageType.Error, "Quire could not answer a request: " + e);
        return fallback;
      }
    });
  }

  private void log(MessageType type, String message) {
    LanguageClient to = client;
    if (to != null) {
      to.logMessage(new MessageParams(type, message));
    }
  }

  /** A file the editor has not opened, as it is on disk (empty when it cannot be read). */
  private static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException | RuntimeException e) {
      return "";
    }
  }

  /** The file a {@code file:} URI names, absolute and normalized. */
  static Optional<Path> path(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed).toAbsolutePath().normalize())
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
