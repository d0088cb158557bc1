package dev.quire.languageserver;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.ClassPathModules;
import dev.quire.processor.internal.ContentCache;
import dev.quire.processor.internal.ContentCompiler;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModelTypes;
import dev.quire.processor.internal.model.StaticFiles;
import dev.quire.processor.internal.site.Served;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a project's content folder with the processor's own pipeline ({@link ContentCompiler}, and,
 * when the project has a {@code @Pages} file, inside javac's round over it, as {@code quire check
 * --pages} does, so that own modules and {@code model:} types are the build's), with the editor's
 * unsaved buffers in place of the files on disk. Outcomes of unchanged files are kept between checks
 * ({@link ContentCache}): a keystroke recompiles the file it changed and the site's link check.
 */
final class Checker {
  /**
   * What one check found: every content file's diagnostics (an empty list for a clean file, so the
   * editor clears what it showed), the files as read, the own modules, the problems of the set-up
   * (the {@code @Pages} file, the class path), which belong to no content file, and what the
   * placeholders of each page with a {@code model:} can name, and the types a {@code model:} can name
   * without qualification.
   */
  record Outcome(Map<Path, List<Diagnostic>> byFile, List<ContentCompiler.FileResult> results, Declared.Modules modules,
      List<String> setup, Map<Path, ModelTree> models, List<String> modelNames) {}

  private final Path root;
  private final String classPath;
  private volatile Project project;
  private ContentCache cache = ContentCache.create();
  /** Each model type's accessors, read once until Java files change (reading them costs javac lookups). */
  private final Map<String, ModelTree> trees = new java.util.concurrent.ConcurrentHashMap<>();

  Checker(Path root, String classPath) {
    this.root = root;
    this.classPath = classPath;
    this.project = Project.in(root, classPath);
  }

  Project project() {
    return project;
  }

  /**
   * Forgets kept outcomes and finds the project again: the Java types they were read against may have
   * changed, and a {@code @Pages} file may have come or gone.
   */
  synchronized void javaChanged() {
    cache = ContentCache.create();
    trees.clear();
    project = Project.in(root, classPath);
  }

  /** Checks the content folder, {@code unsaved} (absolute paths) read in place of the disk. */
  synchronized Outcome check(Map<Path, byte[]> unsaved) throws IOException {
    Project project = this.project;
    cache.nextCompile();
    Optional<StaticFiles> staticFiles = project.staticFolder().map(dir -> StaticFiles.at(dir, "static"));
    Set<Code> silenced = Set.of();
    List<String> setup = new ArrayList<>();
    List<ContentCompiler.FileResult> results = null;
    Declared.Modules modules = Declared.Modules.none();
    Map<Path, ModelTree> placeholders = Map.of();
    List<String> modelNames = new ArrayList<>();
    if (project.pages().isPresent()) {
      List<ContentCompiler.FileResult> inRound = new ArrayList<>();
      List<Declared.Modules> read = new ArrayList<>();
      Map<Path, ModelTree> pageTrees = new LinkedHashMap<>();
      List<IOException> failed = new ArrayList<>();
      ClassPathModules.Result outcome = ClassPathModules.read(project.pages().get(), project.classPath(),
          project.folder(), (own, models, served) -> {
            read.add(own);
            try {
              inRound.addAll(ContentCompiler.compileFolder(project.resources(), project.folder(), "",
                  new ContentCompiler.Options(staticFiles, silenced, own, models, served), cache, unsaved));
              pageTrees.putAll(trees(project, inRound, models));
              modelNames.addAll(models.names());
            } catch (IOException e) {
              failed.add(e);
            }
          });
      outcome.problems().forEach(problem -> setup.add(problem.message()));
      if (!failed.isEmpty()) {
        throw failed.get(0);
      }
      if (!read.isEmpty()) {
        results = inRound;
        modules = read.get(0);
        placeholders = pageTrees;
      }
    }
    if (results == null) {
      results = ContentCompiler.compileFolder(project.resources(), project.folder(), "", new ContentCompiler.Options(
          staticFiles, silenced, Declared.Modules.none(), ModelTypes.none(), Served.none()), cache, unsaved);
    }
    Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
    for (ContentCompiler.FileResult result : results) {
      byFile.put(project.resources().resolve(result.path()).normalize(), result.diagnostics());
    }
    return new Outcome(byFile, results, modules, setup, placeholders, modelNames);
  }

  /** The accessors each page with a {@code model:} can name, read while the round's types are there. */
  private Map<Path, ModelTree> trees(Project project, List<ContentCompiler.FileResult> results, ModelTypes models) {
    Map<Path, ModelTree> trees = new LinkedHashMap<>();
    for (ContentCompiler.FileResult result : results) {
      result.read().flatMap(page -> page.binding()).ifPresent(binding -> {
        String name = binding.model().packageName().isEmpty() ? binding.model().simpleName()
            : binding.model().packageName() + "." + binding.model().simpleName();
        ModelTree tree = this.trees.get(name);
        if (tree == null) {
          tree = models.find(name).map(ModelTree::of).orElse(null);
          if (tree != null) {
            this.trees.put(name, tree);
          }
        }
        if (tree != null) {
          trees.put(project.resources().resolve(result.path()).normalize(), tree);
        }
      });
    }
    return trees;
  }
}
