package dev.quire.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code quire.dev} in Spring's settings becomes the system property dev mode reads. (Dev mode itself
 * is decided once a JVM, when the first page class loads: the example site's DevModeTest runs it in a
 * JVM of its own.)
 */
class QuireDevEnvironmentTest {
  @AfterEach
  void clear() {
    QuireDevEnvironment.SETTINGS.forEach(System::clearProperty);
  }

  @Test
  void theSettingsBecomeSystemPropertiesUnlessAlreadySet() {
    System.setProperty("quire.dev.options", "-Aquire.suppress=QUIRE-URL-005");
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("application.properties", Map.of(
        "quire.dev", "src/main/resources", "quire.dev.sources", "src/main/java", "quire.dev.options", "ignored")));
    new QuireDevEnvironment().postProcessEnvironment(environment, new SpringApplication());
    assertEquals("src/main/resources", System.getProperty("quire.dev"));
    assertEquals("src/main/java", System.getProperty("quire.dev.sources"));
    assertEquals("-Aquire.suppress=QUIRE-URL-005", System.getProperty("quire.dev.options"), "a system property wins");
  }

  @Test
  void withoutTheSettingNothingIsSet() {
    new QuireDevEnvironment().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());
    assertNull(System.getProperty("quire.dev"));
  }
}
