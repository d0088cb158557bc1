package dev.quire.languageserver;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The server in this JVM, talked to through the protocol as an editor talks to it: LSP4J's client
 * side over a pair of pipes, initialized for a project. For the tests and the latency benchmark.
 * NIO pipes, because java.io's piped streams fail once a thread that wrote to them ends, and the
 * server answers requests on pooled threads.
 */
public final class InProcess {
  private InProcess() {}

  /**
   * A session with a server: the server as the client sees it, and what it said it can do.
   *
   * @param server the server, as the client sees it
   * @param capabilities what {@code initialize} answered
   */
  public record Session(LanguageServer server, ServerCapabilities capabilities) {}

  /**
   * A client of a new server for {@code project}, initialized; the diagnostics the server publishes
   * go to {@code diagnostics}, its log messages to standard error.
   *
   * @param project the project's folder
   * @param diagnostics what receives each {@code publishDiagnostics}
   * @return the session
   * @throws IOException when the pipes cannot be made
   * @throws ExecutionException when {@code initialize} fails
   * @throws InterruptedException when interrupted while waiting for {@code initialize}
   * @throws TimeoutException when {@code initialize} takes more than a minute
   */
  public static Session start(Path project, Consumer<PublishDiagnosticsParams> diagnostics)
      throws IOException, ExecutionException, InterruptedException, TimeoutException {
    Pipe toServer = Pipe.open();
    Pipe toClient = Pipe.open();
    QuireLanguageServer quire = new QuireLanguageServer(project, "");
    Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(quire,
        Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink()));
    quire.connect(serverSide.getRemoteProxy());
    serverSide.startListening();
    Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(new Client(diagnostics),
        Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
    clientSide.startListening();
    LanguageServer server = clientSide.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(project.toUri().toString(), project.getFileName().toString())));
    init.setCapabilities(new ClientCapabilities());
    return new Session(server, server.initialize(init).get(1, TimeUnit.MINUTES).getCapabilities());
  }

  /** The editor's side: hands on the diagnostics, prints the server's log. */
  private static final class Client implements LanguageClient {
    private final Consumer<PublishDiagnosticsParams> diagnostics;

    Client(Consumer<PublishDiagnosticsParams> diagnostics) {
      this.diagnostics = diagnostics;
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams published) {
      diagnostics.accept(published);
    }

    @Override
    public void showMessage(MessageParams message) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
      System.err.println("server: " + message.getMessage());
    }
  }
}
