package dev.quire.processor.internal.content;

import dev.quire.processor.internal.diag.Report;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the bytes of a content file: strict UTF-8 (a BOM is skipped; other encodings and malformed
 * bytes are errors with their position), CRLF and lone CR turned into LF, then the front matter
 * fences found. Reports problems instead of throwing.
 */
public final class ContentReader {
  private static final Pattern FENCE = Pattern.compile("---[ \\t]*");

  private ContentReader() {}

  /** Reads one file, or reports why it cannot be read and returns empty. */
  public static Optional<ContentFile> read(String path, byte[] bytes, Report report) {
    Optional<String> decoded = decode(path, bytes, report);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    SourceFile source = new SourceFile(path, decoded.get().replace("\r\n", "\n").replace('\r', '\n'));
    return split(source, report);
  }

  private static Optional<String> decode(String path, byte[] bytes, Report report) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      report.error(new SourceFile(path, "").at(1, 1),
          "the file is UTF-16; content files must be UTF-8 (save it as UTF-8)");
      return Optional.empty();
    }
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      String good = out.toString().replace("\r\n", "\n").replace('\r', '\n');
      SourceFile partial = new SourceFile(path, good);
      Position at = partial.atOffset(good.length());
      report.error(at, String.format("invalid UTF-8 byte 0x%02X; content files must be UTF-8 (save it as UTF-8)",
          bytes[in.position()] & 0xff));
      return Optional.empty();
    }
    return Optional.of(out.toString());
  }

  private static Optional<ContentFile> split(SourceFile source, Report report) {
    if (source.text().isEmpty()) {
      report.error(source.at(1, 1), "the file is empty; a page starts with a '---' line that opens its front matter");
      return Optional.empty();
    }
    if (!FENCE.matcher(source.line(1)).matches()) {
      report.error(source.at(1, 1), "a page starts with a '---' line that opens its front matter "
          + "(then title, modules…, then another '---' line)");
      return Optional.empty();
    }
    for (int line = 2; line <= source.lineCount(); line++) {
      if (FENCE.matcher(source.line(line)).matches()) {
        int yamlStart = source.lineStart(2);
        int yamlEnd = source.lineStart(line);
        String frontMatter = source.text().substring(Math.min(yamlStart, yamlEnd), yamlEnd);
        int bodyOffset = line < source.lineCount() ? source.lineStart(line + 1) : source.text().length();
        return Optional.of(new ContentFile(source, frontMatter, 2, source.text().substring(bodyOffset), bodyOffset));
      }
    }
    report.error(source.at(1, 1), "the front matter opened here is never closed; end it with a '---' line");
    return Optional.empty();
  }
}
