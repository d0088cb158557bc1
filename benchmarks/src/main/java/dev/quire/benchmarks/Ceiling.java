package dev.quire.benchmarks;

import dev.quire.runtime.ByteSink;
import java.nio.charset.StandardCharsets;

/**
 * The physical limit: the expected output already exists, and rendering is one copy of it (one
 * {@code System.arraycopy} into the reused sink; one {@code append} of the finished string).
 */
final class Ceiling implements Implementation {
  private final byte[] bytes = Seed.expected();
  private final String text = new String(bytes, StandardCharsets.UTF_8);

  @Override
  public String name() {
    return "ceiling";
  }

  @Override
  public void bytes(ByteSink sink) {
    sink.write(bytes, 0, bytes.length);
  }

  @Override
  public void chars(StringBuilder out) {
    out.append(text);
  }
}
