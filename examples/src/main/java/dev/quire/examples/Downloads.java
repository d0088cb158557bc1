package dev.quire.examples;

import dev.quire.dsl.Url;
import java.util.List;
import java.util.Optional;

/**
 * What the downloads page shows ({@code model: Downloads} in {@code downloads.md}): Quire's artifacts,
 * a list the page repeats in a table and in callouts, as an application would pass its own data.
 *
 * @param version the release
 * @param artifacts the artifacts, in the order the page lists them
 */
public record Downloads(String version, List<Artifact> artifacts) {
  /**
   * One artifact.
   *
   * @param name its Maven artifact id
   * @param description what it is for
   * @param url where to read about it
   * @param required whether every application needs it
   * @param note a remark, when there is one
   */
  public record Artifact(String name, String description, Url url, boolean required, Optional<String> note) {}

  /**
   * Quire's artifacts for this release.
   *
   * @return the downloads
   */
  public static Downloads current() {
    String central = "https://central.sonatype.com/artifact/dev.quire/";
    return new Downloads("0.1.0", List.of(
        new Artifact("quire-dsl", "Pages, modules and the annotations", Url.of(central + "quire-dsl"), true, Optional.empty()),
        new Artifact("quire-runtime", "Renders pages to HTML", Url.of(central + "quire-runtime"), true,
            Optional.of("brings quire-dsl; no third-party dependency")),
        new Artifact("quire-processor", "The annotation processor that checks content and writes page classes",
            Url.of(central + "quire-processor"), true, Optional.of("a build-time dependency only")),
        new Artifact("quire-markdown", "Markdown written in Java at run time (Markdown.of)",
            Url.of(central + "quire-markdown"), false, Optional.empty())));
  }
}
