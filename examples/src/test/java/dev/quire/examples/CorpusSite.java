package dev.quire.examples;

import dev.quire.runtime.HtmlRenderer;
import dev.quire.runtime.PageRoutes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The original site's pages (the corpus, {@code -Dcorpus.dir}) as a user of Quire would publish them:
 * compiled by javac with the processor, each address of its index rendered as a document with the
 * site's navigation, written as {@code <path>/index.html}. The pages' images are not in the corpus.
 */
final class CorpusSite {
  private CorpusSite() {}

  /**
   * Writes the corpus's pages as files, to look at them or run other checkers on them:
   * {@code CorpusSite <corpus folder> <work folder> <output folder>}.
   *
   * @param args the folders
   * @throws Exception when the corpus does not compile or a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    System.out.println(write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])).size() + " pages written to " + args[2]);
  }

  /** The corpus folder (holding {@code content/}), if the build was given one. */
  static Optional<Path> corpus() {
    String property = System.getProperty("quire.corpus");
    return property != null && Files.isDirectory(Path.of(property, "content")) ? Optional.of(Path.of(property))
        : Optional.empty();
  }

  /** Compiles the corpus in {@code work} and writes every page under {@code out}; returns the paths written. */
  static List<String> write(Path corpus, Path work, Path out) throws IOException, ClassNotFoundException {
    Path resources = work.resolve("resources");
    Path sources = work.resolve("sources/oma");
    Path classes = work.resolve("classes");
    copy(corpus.resolve("content"), resources.resolve("pages"));
    Files.createDirectories(sources);
    Files.createDirectories(classes);
    Files.writeString(sources.resolve("package-info.java"), "@dev.quire.dsl.Pages(\"pages\")\npackage oma;\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    boolean compiled = javac.getTask(messages, null, null, List.of("-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(), "-s", work.resolve("generated").toString(), "-Aquire.resources=" + resources,
        "-Xlint:-processing", "-implicit:class"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(sources.resolve("package-info.java"))).call();
    if (!compiled) {
      throw new IOException("the corpus did not compile:\n" + messages);
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        CorpusSite.class.getClassLoader())) {
      PageRoutes routes = PageRoutes.of(loader.loadClass("oma.PageIndex"));
      HtmlRenderer.Builder renderer = HtmlRenderer.builder().stylesheet("/css/bootstrap.min.css")
          .siteName("OMA SpecWorks DMSE");
      routes.navigation().ifPresent(renderer::navigation);
      HtmlRenderer html = renderer.build();
      List<String> written = new ArrayList<>();
      for (String path : routes.paths()) {
        Path file = out.resolve(path.substring(1)).resolve("index.html");
        Files.createDirectories(file.getParent());
        try (OutputStream stream = Files.newOutputStream(file)) {
          html.renderDocument(routes.find(path, null).orElseThrow(), stream);
        }
        written.add(path);
      }
      return written;
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
