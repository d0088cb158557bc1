package dev.quire.languageserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server in a real editor: Debian's Neovim (0.7), headless, driven by a Lua script that starts
 * the server as the README's set-up does ({@code vim.lsp.start_client}), opens a content file with an
 * error, waits for the diagnostics and asks for completion after {@code - name: }. Skipped where
 * {@code nvim} is not installed ({@code .ci/run} installs it).
 */
class NeovimTest {
  @TempDir Path project;

  private static final String SCRIPT = """
      local out = {}
      local root = vim.fn.getcwd()
      local file = root .. '/src/main/resources/pages/about.md'
      vim.cmd('edit ' .. file)
      local buf = vim.api.nvim_get_current_buf()
      local client = vim.lsp.start_client({ name = 'quire', cmd = vim.fn.json_decode(os.getenv('QUIRE_CMD')),
        root_dir = root })
      vim.lsp.buf_attach_client(buf, client)
      local ok = vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        table.insert(out, 'diagnostic ' .. d.lnum .. ':' .. d.col .. ' ' .. tostring(d.code) .. ' ' .. d.message)
      end
      local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 3, character = 10 } }
      local result = vim.lsp.get_client_by_id(client).request_sync('textDocument/completion', params, 30000, buf)
      if result and result.result then
        local items = result.result.items or result.result
        for _, item in ipairs(items) do table.insert(out, 'completion ' .. item.label) end
      end
      vim.fn.writefile(out, os.getenv('QUIRE_OUT'))
      vim.lsp.get_client_by_id(client).stop()
      vim.cmd('qall!')
      """;

  @Test
  void neovimShowsTheBuildsDiagnosticsAndCompletesModuleNames() throws Exception {
    assumeTrue(onPath("nvim"), "nvim is not installed");
    Path pages = project.resolve("src/main/resources/pages");
    Files.createDirectories(pages);
    Files.writeString(pages.resolve("about.md"), "---\ntitle: About\nmodules:\n  - name: Row\n  - name: RowSeparator\n"
        + "    size: XXL\n---\nText.\n");
    Path script = project.resolve("test.lua");
    Files.writeString(script, SCRIPT);
    Path out = project.resolve("out.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    String command = "[\"" + json(java) + "\", \"-cp\", \"" + json(System.getProperty("java.class.path"))
        + "\", \"dev.quire.languageserver.Main\"]";
    ProcessBuilder builder = new ProcessBuilder("nvim", "--headless", "--clean", "-n", "-c", "luafile " + script)
        .directory(project.toFile()).redirectErrorStream(true).redirectOutput(project.resolve("nvim.log").toFile());
    builder.environment().put("QUIRE_CMD", command);
    builder.environment().put("QUIRE_OUT", out.toString());
    Process nvim = builder.start();
    assertTrue(nvim.waitFor(120, TimeUnit.SECONDS), "nvim did not finish");
    assertTrue(Files.exists(out), () -> "nvim wrote nothing: " + read(project.resolve("nvim.log")));
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<String> diagnostics = lines.stream().filter(line -> line.startsWith("diagnostic ")).sorted().toList();
    assertEquals(2, diagnostics.size(), lines.toString());
    assertTrue(diagnostics.get(0).startsWith("diagnostic 3:10 QUIRE-MODULE-001 unknown module 'Row'"), diagnostics.toString());
    assertTrue(diagnostics.get(1).startsWith("diagnostic 5:10 QUIRE-TYPE-003 RowSeparator size 'XXL' is not a size"),
        diagnostics.toString());
    List<String> completion = lines.stream().filter(line -> line.startsWith("completion ")).toList();
    assertTrue(completion.containsAll(List.of("completion RowText", "completion RowTextImage", "completion TableOfContents")),
        completion.toString());
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
