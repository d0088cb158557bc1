package dev.quire.languageserver;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Starts the language server on standard input and output:
 * {@code java -jar quire-language-server.jar [--classpath PATH]}, in the project's folder. Anything
 * else that would print to standard output goes to standard error, which keeps the protocol's stream
 * clean.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the server until the client ends the session.
   *
   * @param args {@code --classpath PATH} optionally: the application's class path
   * @throws Exception when the streams fail
   */
  public static void main(String[] args) throws Exception {
    String classPath = "";
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--classpath")) {
        classPath = args[i + 1];
      }
    }
    InputStream in = System.in;
    PrintStream out = System.out;
    System.setOut(System.err);
    QuireLanguageServer server = new QuireLanguageServer(Path.of("").toAbsolutePath(), classPath);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    launcher.startListening().get();
  }
}
