package dev.quire.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed inline templates are exactly what {@link InlineTemplates} writes for the seed page. */
class InlineTemplatesTest {
  @Test
  void inlineTemplatesAreUpToDate() throws Exception {
    for (Map.Entry<String, String> file : InlineTemplates.all().entrySet()) {
      String committed = Files.readString(Path.of("src/main").resolve(file.getKey()), StandardCharsets.UTF_8);
      assertEquals(file.getValue(), committed, file.getKey() + " is out of date: run java -cp "
          + "benchmarks/target/benchmarks.jar dev.quire.benchmarks.InlineTemplates benchmarks/src/main");
    }
  }
}
