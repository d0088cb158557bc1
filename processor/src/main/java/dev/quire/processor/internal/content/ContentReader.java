package dev.quire.processor.internal.content;

import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.source.SourceFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the bytes of a content file: strict UTF-8 (a BOM is skipped; other encodings and malformed
 * bytes are errors with their position), CRLF and lone CR turned into LF, then the front matter
 * fences found. Reports problems instead of throwing.
 */
public final class ContentReader {
  private static final Pattern FENCE = Pattern.compile("---[ \\t]*");
  /** Characters of front matter; real pages use a few hundred. */
  public static final int MAX_FRONT_MATTER = 64 * 1024;
  /** Bytes of a content file, checked before it is read. */
  public static final long MAX_FILE_BYTES = 1L << 20;

  private ContentReader() {}

  /**
   * Characters a file may have that it must not (invalid UTF-8, control characters) before reading it
   * is pointless: each is reported and read as U+FFFD, so the rest of the file is checked in the same
   * build; a file with more is not text in UTF-8 (UTF-16 without a BOM, a binary file) and stops there.
   */
  static final int MOST_BAD_CHARACTERS = 10;

  /**
   * Reads one file, or reports why it cannot be read and returns empty. A file with a few invalid
   * bytes or control characters is read on, each of them reported and read as U+FFFD, so that every
   * problem of the file is reported in one build (the file has errors, so no page is generated from it).
   */
  public static Optional<ContentFile> read(String path, byte[] bytes, Report report) {
    Optional<String> other = otherUnicode(bytes);
    if (other.isPresent()) {
      report.add(new SourceFile(path, "").at(1, 1), Message.ENC_OTHER_UNICODE.with(other.get()));
      return Optional.empty();
    }
    List<Integer> invalid = new ArrayList<>();
    List<Integer> invalidBytes = new ArrayList<>();
    String decoded = decode(bytes, invalid, invalidBytes);
    StringBuilder text = new StringBuilder(decoded.replace("\r\n", "\n").replace('\r', '\n'));
    List<Integer> controls = new ArrayList<>();
    for (int i = 0; i < text.length() && controls.size() <= MOST_BAD_CHARACTERS; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f) {
        controls.add(i);
      }
    }
    SourceFile source = new SourceFile(path, text.toString());
    int bad = invalid.size() + controls.size();
    if (!controls.isEmpty() && text.charAt(controls.get(0)) == 0 && nuls(text) * 4 >= text.length()) {
      bad = MOST_BAD_CHARACTERS + 1; // UTF-16 or UTF-32 without a BOM: the first NUL says so
      controls = controls.subList(0, 1);
    }
    for (int k = 0; k < invalid.size() && k < MOST_BAD_CHARACTERS; k++) {
      // Line ends are LF now: the offset moves back by the CRs taken out before it.
      int at = invalid.get(k) - crlfs(decoded, invalid.get(k));
      report.add(source.atOffset(at), Message.ENC_INVALID_BYTE.with(String.format("0x%02X", invalidBytes.get(k))));
    }
    for (int k = 0; k < controls.size() && invalid.size() + k < MOST_BAD_CHARACTERS; k++) {
      char c = text.charAt(controls.get(k));
      report.add(source.atOffset(controls.get(k)), Message.ENC_CONTROL.with(String.format("U+%04X", (int) c),
          c == 0 && k == 0 ? "; a file full of U+0000 is usually UTF-16 without a BOM: save it as UTF-8" : ""));
    }
    if (bad > MOST_BAD_CHARACTERS) {
      return Optional.empty(); // not UTF-8 text: what Quire would read of it is noise
    }
    if (!controls.isEmpty()) {
      for (int at : controls) {
        text.setCharAt(at, '\uFFFD');
      }
      source = new SourceFile(path, text.toString());
    }
    return split(source, report).filter(content -> frontMatterCharacters(content, report));
  }

  private static int nuls(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == 0) {
        count++;
      }
    }
    return count;
  }

  /** How many CR LF pairs {@code text} has before {@code offset}. */
  private static int crlfs(String text, int offset) {
    int count = 0;
    for (int at = text.indexOf("\r\n"); at >= 0 && at < offset; at = text.indexOf("\r\n", at + 2)) {
      count++;
    }
    return count;
  }

  /**
   * The file's text decoded as UTF-8 (a BOM skipped), each malformed sequence read as U+FFFD, its
   * offset in the text added to {@code invalid} and its first byte to {@code invalidBytes}.
   */
  private static String decode(byte[] bytes, List<Integer> invalid, List<Integer> invalidBytes) {
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        invalid.add(out.position());
        invalidBytes.add(bytes[in.position()] & 0xff);
        out.put('\uFFFD');
        in.position(in.position() + result.length());
        continue;
      }
      result = decoder.flush(out);
      break;
    }
    out.flip();
    return out.toString();
  }

  /**
   * Refuses Unicode line and paragraph separators in the front matter (YAML 1.1 reads them as line
   * breaks: values change and positions shift), and warns about bidirectional controls, which make
   * names and values display in an order different from the one Quire reads. In the Markdown body
   * both are ordinary text.
   */
  private static boolean frontMatterCharacters(ContentFile file, Report report) {
    String text = file.frontMatter();
    int base = file.source().lineStart(file.frontMatterLine());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2028' || c == '\u2029') {
        report.add(file.source().atOffset(base + i), Message.ENC_SEPARATOR.with(String.format("U+%04X", (int) c),
            c == '\u2028' ? "line" : "paragraph"));
        return false;
      }
      if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
        report.add(file.source().atOffset(base + i), Message.ENC_BIDI.with(String.format("U+%04X", (int) c)));
        break;
      }
    }
    return true;
  }

  /** The encoding a UTF-16 or UTF-32 byte order mark announces ({@code FF FE 00 00} is UTF-32LE, not UTF-16LE). */
  private static Optional<String> otherUnicode(byte[] bytes) {
    int b0 = bytes.length > 0 ? bytes[0] & 0xff : -1;
    int b1 = bytes.length > 1 ? bytes[1] & 0xff : -1;
    int b2 = bytes.length > 2 ? bytes[2] & 0xff : -1;
    int b3 = bytes.length > 3 ? bytes[3] & 0xff : -1;
    if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)) {
      return Optional.of("UTF-32");
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      return Optional.of("UTF-16");
    }
    return Optional.empty();
  }

  private static Optional<ContentFile> split(SourceFile source, Report report) {
    if (source.text().isEmpty()) {
      report.add(source.at(1, 1), Message.FILE_EMPTY.with());
      return Optional.empty();
    }
    if (!FENCE.matcher(source.line(1)).matches()) {
      report.add(source.at(1, 1), Message.FILE_NO_FRONT_MATTER.with());
      return Optional.empty();
    }
    for (int line = 2; line <= source.lineCount(); line++) {
      if (FENCE.matcher(source.line(line)).matches()) {
        int yamlStart = source.lineStart(2);
        int yamlEnd = source.lineStart(line);
        String frontMatter = source.text().substring(Math.min(yamlStart, yamlEnd), yamlEnd);
        if (frontMatter.length() > MAX_FRONT_MATTER) {
          report.add(source.at(2, 1), Message.LIMIT_FRONT_MATTER.with(frontMatter.length(), MAX_FRONT_MATTER));
          return Optional.empty();
        }
        int bodyOffset = line < source.lineCount() ? source.lineStart(line + 1) : source.text().length();
        return Optional.of(new ContentFile(source, frontMatter, 2, source.text().substring(bodyOffset), bodyOffset));
      }
    }
    report.add(source.at(1, 1), Message.FILE_FRONT_MATTER_UNCLOSED.with());
    return Optional.empty();
  }
}
