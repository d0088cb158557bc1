package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's early check prints each problem at a place a terminal and an IDE can follow: the path
 * from the project's root, the line and the column, for content files and for a module's declaration.
 */
class EarlyCheckTest {
  @TempDir Path project;

  @Test
  void everyProblemStartsWithItsPlaceFromTheProjectsRoot() throws Exception {
    Path java = project.resolve("src/main/java/com/example/site");
    Path pages = project.resolve("src/main/resources/pages");
    Files.createDirectories(java);
    Files.createDirectories(pages);
    Files.writeString(java.resolve("package-info.java"),
        "@dev.quire.dsl.Pages(value = \"pages\", modules = Feature.class)\npackage com.example.site;\n");
    Files.writeString(java.resolve("Feature.java"), """
        package com.example.site;

        import dev.quire.dsl.Html;
        import dev.quire.dsl.Module;

        public record Feature(String title, java.util.Map<String, String> data) implements Module {
          @Override
          public void render(Html html) {
          }
        }
        """);
    Files.writeString(pages.resolve("index.md"), "---\nmodules:\n  - name: RowSeparator\n    size: XXL\n---\n");
    List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));

    List<EarlyCheck.Problem> problems = EarlyCheck.run(List.of(java.resolve("package-info.java")),
        List.of(project.resolve("src/main/java")), classPath, project.resolve("src/main/resources"), List.of(), project,
        project.resolve("target/quire/check"));

    List<String> first = problems.stream().map(p -> (p.error() ? "ERROR " : "WARNING ") + p.message().lines().findFirst()
        .orElseThrow()).sorted().toList();
    assertEquals(List.of(
        "ERROR src/main/java/com/example/site/Feature.java:6:67: [QUIRE-MODULE-008] Feature.data: the component type "
            + "java.util.Map<java.lang.String,java.lang.String> is not one Quire reads from content files; use String, "
            + "int, long, Integer, Long, boolean, an enum, Markdown, Url, ImageUrl, Icon, Size, a record, Module, or an "
            + "Optional or List of one of those",
        "ERROR src/main/resources/pages/index.md:4:11: [QUIRE-TYPE-003] RowSeparator size 'XXL' is not a size; use one "
            + "of XS, S, M, L, XL"), first);
  }
}
