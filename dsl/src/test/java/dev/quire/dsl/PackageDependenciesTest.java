package dev.quire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.internal.UrlPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the packages go one way: the API ({@code dev.quire.dsl}) uses its internals
 * ({@code dev.quire.dsl.internal}), never the reverse. Read from the compiled classes, so every kind of
 * use counts (imports, signatures, casts, constants).
 */
class PackageDependenciesTest {
  private static final Pattern API_CLASS = Pattern.compile("dev/quire/dsl/([A-Z][A-Za-z0-9_$]*)");

  @Test
  void theInternalPackageUsesNothingOfTheApi() throws Exception {
    Path internal = classes().resolve("dev/quire/dsl/internal");
    TreeSet<String> uses = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.list(internal)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).toList();
    }
    assertTrue(files.size() > 5, "the internal classes were found: " + files);
    for (Path file : files) {
      Matcher matcher = API_CLASS.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      while (matcher.find()) {
        uses.add(file.getFileName() + " uses dev.quire.dsl." + matcher.group(1));
      }
    }
    assertEquals(new TreeSet<>(), uses);
  }

  private static Path classes() throws IOException {
    try {
      return Path.of(UrlPolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
