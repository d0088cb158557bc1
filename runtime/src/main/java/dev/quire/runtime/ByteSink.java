package dev.quire.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A reusable, growable byte buffer to render into: {@link #reset()} it and render again, and once it
 * has grown to the largest page nothing more is allocated. Not thread-safe: keep one per thread or per
 * request.
 */
public final class ByteSink {
  private byte[] buffer;
  private int size;

  /** A sink with room for 8 KiB before it grows. */
  public ByteSink() {
    this(8192);
  }

  /**
   * A sink with room for {@code capacity} bytes before it grows.
   *
   * @param capacity the capacity
   */
  public ByteSink(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity " + capacity + " is negative");
    }
    this.buffer = new byte[capacity];
  }

  /**
   * Appends all of {@code bytes}.
   *
   * @param bytes the bytes to write
   */
  public void write(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  /**
   * Appends {@code length} bytes of {@code bytes} from {@code offset}.
   *
   * @param bytes the bytes to write
   * @param offset the offset
   * @param length the length
   */
  public void write(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    int end = size + length;
    if (end > buffer.length || end < 0) {
      grow(end);
    }
    System.arraycopy(bytes, offset, buffer, size, length);
    size = end;
  }

  /** Forgets what was written; the buffer is kept. */
  public void reset() {
    size = 0;
  }

  /**
   * How many bytes were written since the last {@link #reset()}.
   *
   * @return how many bytes were written since the last {@link #reset()}
   */
  public int size() {
    return size;
  }

  /**
   * A copy of the bytes written.
   *
   * @return a copy of the bytes written
   */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  /**
   * A read-only view of the bytes written (valid until the next write or reset).
   *
   * @return a read-only view of the bytes written (valid until the next write or reset)
   */
  public ByteBuffer asByteBuffer() {
    return ByteBuffer.wrap(buffer, 0, size).asReadOnlyBuffer();
  }

  /**
   * Writes the bytes written to {@code out} (not flushed, not closed).
   *
   * @param out where to write
   * @throws IOException when {@code out} fails to take the output
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buffer, 0, size);
  }

  /** The bytes written, decoded as UTF-8. */
  @Override
  public String toString() {
    return new String(buffer, 0, size, StandardCharsets.UTF_8);
  }

  private void grow(int needed) {
    if (needed < 0) {
      throw new OutOfMemoryError("a ByteSink holds at most 2 GiB");
    }
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * buffer.length));
    if (capacity < needed) {
      throw new OutOfMemoryError("a ByteSink holds at most 2 GiB");
    }
    buffer = Arrays.copyOf(buffer, capacity);
  }
}
