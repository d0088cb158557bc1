package dev.quire.processor.internal;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.builtin.BuiltIns;
import dev.quire.processor.internal.content.ContentLocator;
import dev.quire.processor.internal.diag.Reporter;
import dev.quire.processor.internal.generate.CollectionWriter;
import dev.quire.processor.internal.generate.FrontMatterSchema;
import dev.quire.processor.internal.generate.IndexWriter;
import dev.quire.processor.internal.generate.Names;
import dev.quire.processor.internal.generate.PageClassWriter;
import dev.quire.processor.internal.generate.Sources;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.EntryModel;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.StaticFiles;
import dev.quire.processor.internal.read.Schema;
import dev.quire.processor.internal.site.Served;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Compiles the content folder of one {@code @Pages} element: locates it, has the
 * {@link ContentCompiler} read and check every file, prints the diagnostics on the element, writes a
 * page class per good file, a stub per broken one (so code using it gets no "cannot find symbol"),
 * and the index.
 */
public final class FolderCompiler {
  /** The JSON Schema's file name, in the {@code @Pages} package of the generated sources. */
  public static final String SCHEMA_FILE = "front-matter.schema.json";

  private final ProcessingEnvironment env;
  private final Element element;
  private final String folder;
  private final Reporter reporter;
  private final AnnotationMirror annotation;
  private final ContentCache cache;
  /** Where the sources go; null: through the Filer. */
  private final Sources.Sink sink;

  /**
   * The compiler of the folder {@code folder} that {@code annotation} on {@code element} names, taking
   * the outcomes of unchanged files from {@code cache} (dev mode's; a build's keeps nothing).
   */
  public FolderCompiler(ProcessingEnvironment env, Element element, AnnotationMirror annotation, String folder,
      ContentCache cache, Sources.Sink sink) {
    this.sink = sink;
    this.env = env;
    this.element = element;
    this.annotation = annotation;
    this.folder = folder;
    this.cache = cache;
    this.reporter = new Reporter(env.getMessager(), element, annotation);
  }

  /** Does the work, reporting every problem; returns the index class written, if it got that far. */
  public Optional<Declared.JavaName> run() throws IOException {
    String cleanFolder = folder.replace('\\', '/').replaceAll("^/+|/+$", "");
    if (cleanFolder.isEmpty() || cleanFolder.contains("..") || cleanFolder.chars().anyMatch(c -> c < 0x20)) {
      reporter.print(Message.SETUP_FOLDER_NAME.with(folder));
      return Optional.empty();
    }
    ContentLocator.Result located = ContentLocator.locate(cleanFolder,
        Optional.ofNullable(env.getOptions().get(ContentLocator.RESOURCES_OPTION)), env.getFiler());
    if (located.root().isEmpty()) {
      StringBuilder tried = new StringBuilder();
      located.tried().forEach(path -> tried.append("\n  ").append(path));
      if (located.tried().isEmpty()) {
        tried.append("\n  (no resource root known: the build does not say where its class output is)");
      }
      reporter.print(Message.SETUP_FOLDER_MISSING.with(folder, tried, ContentLocator.RESOURCES_OPTION));
      return Optional.empty();
    }
    Path root = located.root().get();
    boolean markGenerated = env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    Optional<StaticFiles> staticFiles = BuildOptions.staticFiles(env.getOptions().get(BuildOptions.STATIC_OPTION), root,
        reporter::print);
    Set<Code> silenced = BuildOptions.silenced(env.getOptions().get(BuildOptions.SUPPRESS_OPTION), reporter::print);
    String basePackage = packageOf(element);
    TreeMap<String, Declared.JavaName> index = new TreeMap<>();
    Declared.Modules modules = ModuleDeclarations.read(env, annotation, reporter);
    Served served = Served.of(PagesAnnotation.serves(annotation), reporter::print);
    List<ContentCompiler.FileResult> results = ContentCompiler.compileFolder(root, cleanFolder, basePackage,
        new ContentCompiler.Options(staticFiles, silenced, modules,
            new JavaModelTypes(env.getElementUtils(), env.getTypeUtils(), basePackage), served), cache);
    TreeMap<String, Declared.JavaName> collections = collections(results);
    Optional<Declared.JavaName> navigation = Optional.empty();
    for (ContentCompiler.FileResult result : results) {
      result.diagnostics().forEach(reporter::print);
      if (result.noClass()) {
        continue;
      }
      if (result.page().isPresent()) {
        PageModel page = result.page().get();
        write(cache.source(page, List.of(result.className(), markGenerated, collections), element,
            () -> PageClassWriter.write(page, result.className(), element, markGenerated, collections::get)));
        // The file with menus: is the site's navigation, not a page: the index (and so every server and
        // the static export) leaves it out, like a page that needs a model.
        if (!result.page().get().menus().isEmpty()) {
          navigation = Optional.of(result.className());
        } else if (result.page().get().binding().isEmpty()) {
          index.put(result.slug(), result.className());
        }
      } else {
        write(PageClassWriter.stub(result.path(), result.slug(), result.className(), element, markGenerated));
      }
    }
    for (Map.Entry<String, Declared.JavaName> collection : collections.entrySet()) {
      List<EntryModel> entries = new ArrayList<>();
      for (ContentCompiler.FileResult result : results) {
        result.page().flatMap(PageModel::entry).filter(entry -> entry.collection().equals(collection.getKey()))
            .ifPresent(entries::add);
      }
      write(CollectionWriter.write(collection.getValue(), collection.getKey(), cleanFolder + "/" + collection.getKey(),
          entries, element, markGenerated));
    }
    Declared.JavaName indexName = indexName(basePackage);
    Optional<Declared.JavaName> menus = navigation;
    write(cache.source(indexName.binaryName(), List.of(cleanFolder, index, collections, navigation, markGenerated), element,
        () -> IndexWriter.write(indexName, cleanFolder, index, collections, menus, element, markGenerated)));
    writeSchema(basePackage, modules);
    return Optional.of(indexName);
  }

  /** The collections to write, by name, each with the class named after it in the folder's package. */
  private static TreeMap<String, Declared.JavaName> collections(List<ContentCompiler.FileResult> results) {
    TreeMap<String, Declared.JavaName> collections = new TreeMap<>();
    for (String name : ContentCompiler.collections(results)) {
      for (ContentCompiler.FileResult result : results) {
        int slash = result.slug().lastIndexOf('/');
        if (slash > 0 && result.slug().substring(0, slash).equals(name)) {
          collections.put(name, result.className().sibling(Names.collectionClassName(name)));
          break;
        }
      }
    }
    return collections;
  }

  /**
   * {@code front-matter.schema.json} beside the generated sources, in the {@code @Pages} package: the
   * front matter's JSON Schema, built-in and own modules, for YAML tools without the language server.
   */
  private void writeSchema(String basePackage, Declared.Modules modules) throws IOException {
    Map<String, Declared.Shape> all = new java.util.LinkedHashMap<>(BuiltIns.shapes());
    new TreeMap<>(modules.byName()).forEach(all::putIfAbsent);
    String json = FrontMatterSchema.json(Schema.PAGE, Schema.ENTRY, all, modules.records());
    try {
      javax.tools.FileObject file = env.getFiler().createResource(javax.tools.StandardLocation.SOURCE_OUTPUT, basePackage,
          SCHEMA_FILE, element);
      try (java.io.Writer writer = file.openWriter()) {
        writer.write(json);
      }
    } catch (javax.annotation.processing.FilerException e) {
      // written already in this compilation (a second round over the same @Pages): the same bytes
    }
  }

  private void write(Sources.Source file) throws IOException {
    if (sink != null) {
      sink.write(file);
    } else {
      Sources.write(file, env.getFiler());
    }
  }

  private Declared.JavaName indexName(String basePackage) {
    if (element instanceof TypeElement type) {
      return Declared.JavaName.of(basePackage, type.getSimpleName() + "Pages");
    }
    return Declared.JavaName.of(basePackage, "PageIndex");
  }

  private String packageOf(Element element) {
    PackageElement pkg = element instanceof PackageElement p ? p : env.getElementUtils().getPackageOf(element);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }
}
