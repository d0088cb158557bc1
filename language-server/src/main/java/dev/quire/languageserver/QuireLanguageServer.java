package dev.quire.languageserver;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Quire's language server: the project is the {@code rootUri} the client gives (else the folder the
 * server started in); its content folder, static folder and {@code @Pages} file are found as the
 * build finds them ({@link Project}). The client may pass {@code {"classpath": "…"}} as initialization
 * options: the application's class path, for own modules and models whose types are not in its sources.
 */
public final class QuireLanguageServer implements LanguageServer, LanguageClientAware {
  private final Path workingDirectory;
  private final String classPath;
  private final ContentDocuments documents = new ContentDocuments();
  private int exitCode = 1;

  /**
   * A server for the project in {@code workingDirectory} unless the client names another.
   *
   * @param workingDirectory the folder the server started in
   * @param classPath the application's class path given on the command line (may be empty)
   */
  public QuireLanguageServer(Path workingDirectory, String classPath) {
    this.workingDirectory = workingDirectory;
    this.classPath = classPath;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    Path root = root(params).orElse(workingDirectory);
    String path = classPath;
    if (params.getInitializationOptions() instanceof JsonObject options && options.has("classpath")) {
      path = options.get("classpath").getAsString();
    }
    documents.start(new Checker(root, path));
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of(":", " ", "/", "#", "(")));
    capabilities.setHoverProvider(true);
    capabilities.setDefinitionProvider(true);
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("quire-language-server",
        QuireLanguageServer.class.getPackage().getImplementationVersion())));
  }

  /** The first workspace folder, else the {@code rootUri} older clients (Neovim 0.7) send. */
  @SuppressWarnings("deprecation")
  private static Optional<Path> root(InitializeParams params) {
    if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
      return ContentDocuments.path(params.getWorkspaceFolders().get(0).getUri());
    }
    return Optional.ofNullable(params.getRootUri()).flatMap(ContentDocuments::path);
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    documents.shutdown();
    exitCode = 0;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    System.exit(exitCode);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {}

      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (documents.checker() != null && params.getChanges().stream().anyMatch(change ->
            change.getUri().endsWith(".java") || change.getUri().endsWith(".class"))) {
          documents.checker().javaChanged();
        }
        documents.schedule(0);
      }
    };
  }

  @Override
  public void connect(LanguageClient client) {
    documents.connect(client);
  }

  /** The documents' service, once initialized: for tests and the benchmark. */
  ContentDocuments documents() {
    return documents;
  }
}
