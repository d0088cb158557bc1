package dev.quire.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The dependency-free script behind RowDynamicTable's search, sorting and pages ({@code table.js}). */
final class TableScript {
  private TableScript() {}

  /** Read on first use: pages without a table never load it. */
  private static final class Holder {
    static final String SOURCE = read();
  }

  static String source() {
    return Holder.SOURCE;
  }

  private static String read() {
    try (InputStream in = TableScript.class.getResourceAsStream("table.js")) {
      if (in == null) {
        throw new IllegalStateException("table.js is missing from quire-runtime");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
