package dev.quire.processor.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.content.ContentLocator;
import dev.quire.processor.internal.content.ContentReader;
import dev.quire.processor.internal.content.SourceFile;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.diag.Reporter;
import dev.quire.processor.internal.generate.IndexWriter;
import dev.quire.processor.internal.generate.Names;
import dev.quire.processor.internal.generate.PageClassWriter;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.PageReader;
import dev.quire.processor.internal.model.StaticFiles;
import dev.quire.processor.internal.yaml.FrontMatterParser;
import dev.quire.processor.internal.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Compiles the content folder of one {@code @Pages} element: locate → read → parse → model and
 * validate → generate, file by file. Problems are reported on the element; a file with errors gets a
 * stub class; an internal failure on one file is reported and the other files still generate.
 */
public final class FolderCompiler {
  /** The processor option naming the static folder. */
  public static final String STATIC_OPTION = "quire.static";

  private final ProcessingEnvironment env;
  private final Element element;
  private final String folder;
  private final Reporter reporter;

  public FolderCompiler(ProcessingEnvironment env, Element element, AnnotationMirror annotation, String folder) {
    this.env = env;
    this.element = element;
    this.folder = folder;
    this.reporter = new Reporter(env.getMessager(), element, annotation);
  }

  /** Does the work, reporting every problem. */
  public void run() throws IOException {
    String cleanFolder = folder.replace('\\', '/').replaceAll("^/+|/+$", "");
    if (cleanFolder.isEmpty() || cleanFolder.contains("..")) {
      reporter.error("@Pages(\"" + folder + "\"): name a folder under the resource root, "
          + "like @Pages(\"pages\")");
      return;
    }
    ContentLocator.Result located = ContentLocator.locate(cleanFolder,
        Optional.ofNullable(env.getOptions().get(ContentLocator.RESOURCES_OPTION)), env.getFiler());
    if (located.root().isEmpty()) {
      StringBuilder message = new StringBuilder("@Pages(\"" + folder + "\"): content folder not found. Looked in:");
      located.tried().forEach(path -> message.append("\n  ").append(path));
      if (located.tried().isEmpty()) {
        message.append("\n  (no resource root known: the build does not say where its class output is)");
      }
      message.append("\nPut the folder under src/main/resources, or pass -A").append(ContentLocator.RESOURCES_OPTION)
          .append("=<resource root> to javac.");
      reporter.error(message.toString());
      return;
    }
    Path root = located.root().get();
    boolean markGenerated = env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    Optional<StaticFiles> staticFiles = staticFiles(root);
    String basePackage = packageOf(element);
    TreeMap<String, ClassName> index = new TreeMap<>();
    Map<ClassName, String> taken = new HashMap<>();
    for (Path file : contentFiles(root.resolve(cleanFolder))) {
      String relative = root.resolve(cleanFolder).relativize(file).toString().replace('\\', '/');
      String path = cleanFolder + "/" + relative;
      ClassName className = className(basePackage, relative);
      String other = taken.putIfAbsent(className, path);
      if (other != null) {
        reporter.print(new Diagnostic(Diagnostic.Kind.ERROR, new SourceFile(path, "").at(1, 1), path + " and " + other
            + " both become the class " + className + "; rename one of the files"));
        continue;
      }
      Optional<PageModel> page = compile(path, file, staticFiles);
      if (page.isPresent()) {
        write(PageClassWriter.write(page.get(), className, element, markGenerated));
        index.put(relative.substring(0, relative.length() - 3), className);
      } else {
        write(PageClassWriter.stub(path, className, element, markGenerated));
      }
    }
    write(IndexWriter.write(indexName(basePackage), cleanFolder, index, element, markGenerated));
  }

  private Optional<PageModel> compile(String path, Path file, Optional<StaticFiles> staticFiles) {
    Report report = new Report();
    Optional<PageModel> page = Optional.empty();
    try {
      byte[] bytes = Files.readAllBytes(file);
      Optional<ContentFile> content = ContentReader.read(path, bytes, report);
      Optional<YamlNode.Mapping> root = content.flatMap(c -> FrontMatterParser.parse(c, report));
      if (root.isPresent()) {
        page = PageReader.read(content.get(), root.get(), report, staticFiles);
      }
    } catch (IOException e) {
      reporter.error(path + ": cannot be read: " + e.getMessage());
      return Optional.empty();
    } catch (Throwable t) {
      report.diagnostics().forEach(reporter::print);
      reporter.error(path + ": internal error in the Quire processor, please report it "
          + "with this file:\n" + Reporter.stackTrace(t));
      return Optional.empty();
    }
    report.diagnostics().forEach(reporter::print);
    return page;
  }


  private void write(JavaFile file) throws IOException {
    file.writeTo(env.getFiler());
  }

  private Optional<StaticFiles> staticFiles(Path root) {
    String option = env.getOptions().get(STATIC_OPTION);
    if (option != null && !option.isBlank()) {
      Path dir = Path.of(option.strip()).toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        reporter.error("-A" + STATIC_OPTION + "=" + option + ": no such folder");
        return Optional.empty();
      }
      return Optional.of(StaticFiles.at(dir, dir.toString()));
    }
    Path dir = root.resolve("static");
    return Files.isDirectory(dir) ? Optional.of(StaticFiles.at(dir, "static")) : Optional.empty();
  }

  private static List<Path> contentFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).forEach(files::add);
    }
    files.sort((a, b) -> dir.relativize(a).toString().replace('\\', '/')
        .compareTo(dir.relativize(b).toString().replace('\\', '/')));
    return files;
  }

  private static ClassName className(String basePackage, String relative) {
    String[] parts = relative.split("/");
    StringBuilder pkg = new StringBuilder(basePackage);
    for (int i = 0; i < parts.length - 1; i++) {
      pkg.append(pkg.length() == 0 ? "" : ".").append(Names.packageSegment(parts[i]));
    }
    return ClassName.get(pkg.toString(), Names.className(parts[parts.length - 1]));
  }

  private ClassName indexName(String basePackage) {
    if (element instanceof TypeElement type) {
      return ClassName.get(basePackage, type.getSimpleName() + "Pages");
    }
    return ClassName.get(basePackage, "PageIndex");
  }

  private String packageOf(Element element) {
    PackageElement pkg = element instanceof PackageElement p ? p : env.getElementUtils().getPackageOf(element);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }
}
