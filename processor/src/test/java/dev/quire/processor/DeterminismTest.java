package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same content in separate JVMs that differ in everything a build machine can
 * differ in (locale, time zone, default encoding, working directory, the order the files were
 * created in) produce byte-identical sources and identical diagnostics in the same order.
 */
class DeterminismTest {
  @TempDir Path dir;

  /** Good pages (the fuzz seeds, in folders, one with a non-ASCII name) and broken ones. */
  private static Map<String, byte[]> content() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/fuzz/seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        String name = seed.getFileName().toString();
        files.put((name.compareTo("05") < 0 ? "pages/" : "pages/news/") + name, Files.readAllBytes(seed));
      }
    }
    files.put("pages/café-ünïcode.md", "---\ntitle: Café\n---\nÜnïcode\n".getBytes(StandardCharsets.UTF_8));
    files.put("pages/broken/grid.md", "---\nmodules:\n  - name: RowMultiColumns\n    widths: [6, 7]\n    modules:\n      - name: RowText\n      - name: RowTxt\n---\n".getBytes(StandardCharsets.UTF_8));
    files.put("pages/broken/yaml.md", "---\ntitle: &a x\ndescription: *a\nsize: \"open\n---\n".getBytes(StandardCharsets.UTF_8));
    files.put("pages/broken/ünïcode-message.md", "---\nmodules:\n  - name: RowSeparator\n    size: ÜBERGROSS\n---\n[x](ja&#x09;vascript:1)\n".getBytes(StandardCharsets.UTF_8));
    files.put("pages/a-b.md", "---\n---\n".getBytes(StandardCharsets.UTF_8));
    files.put("pages/a_b.md", "---\n---\n".getBytes(StandardCharsets.UTF_8));
    return files;
  }

  @Test
  void separateJvmsWithDifferentLocaleZoneEncodingAndFileOrderAgree() throws Exception {
    Map<String, byte[]> content = content();
    List<String> forward = new ArrayList<>(content.keySet());
    List<String> backward = new ArrayList<>(forward);
    Collections.reverse(backward);

    Path one = build("one", content, forward, List.of("-Duser.language=tr", "-Duser.country=TR",
        "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1"), "Pacific/Kiritimati");
    Path two = build("two", content, backward, List.of("-Duser.language=en", "-Duser.country=US",
        "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8"), "UTC");

    Map<String, String> first = digests(one.resolve("sources"));
    Map<String, String> second = digests(two.resolve("sources"));
    assertThat(first.keySet()).contains("test/news/Page05HtmlPage.java");
    assertThat(first.keySet()).contains("test/news/NewsCollection.java");
    assertThat(first.keySet()).contains("test/front-matter.schema.json");
    // A class per file, minus the clashing one, plus the index, the news collection and the JSON Schema.
    assertThat(first).hasSize(content.size() + 2);
    assertThat(second).containsExactlyEntriesIn(first).inOrder();
    String diagnostics = Files.readString(one.resolve("diagnostics.txt"), StandardCharsets.UTF_8);
    assertThat(diagnostics).contains("[QUIRE-GEN-001]");
    assertThat(diagnostics).contains("ÜBERGROSS");
    assertWithMessage("diagnostics").that(Files.readString(two.resolve("diagnostics.txt"), StandardCharsets.UTF_8))
        .isEqualTo(diagnostics);
  }

  /** Writes the content in {@code order}, then runs {@link DeterminismMain} in a new JVM from its own working directory. */
  private Path build(String name, Map<String, byte[]> content, List<String> order, List<String> jvmOptions, String zone)
      throws IOException, InterruptedException {
    Path resources = dir.resolve(name + "/res");
    for (String path : order) {
      Path file = resources.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content.get(path));
    }
    Path out = dir.resolve(name + "/out");
    Path work = Files.createDirectories(dir.resolve(name + "/work"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path"), DeterminismMain.class.getName(),
        resources.toString(), out.toString()));
    ProcessBuilder process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + "/log.txt").toFile());
    process.environment().put("TZ", zone);
    int status = process.start().waitFor();
    assertWithMessage(Files.readString(dir.resolve(name + "/log.txt"), StandardCharsets.ISO_8859_1)).that(status).isEqualTo(0);
    return out;
  }

  /** SHA-256 of every file under {@code root}, by relative path in sorted order. */
  private static Map<String, String> digests(Path root) throws IOException, NoSuchAlgorithmException {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        digests.put(root.relativize(file).toString().replace(File.separatorChar, '/'), HexFormat.of().formatHex(hash));
      }
    }
    return digests;
  }
}
