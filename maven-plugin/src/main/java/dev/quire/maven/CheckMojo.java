package dev.quire.maven;

import dev.quire.processor.tools.ContentStamp;
import dev.quire.processor.tools.PagesSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Makes {@code mvn compile} see content files. Before Java compiles, it compares the content folders
 * named by {@code @Pages} with what the last build compiled (a digest in
 * {@code target/quire/content.sha256}). When a file was added, changed or deleted, it runs the content
 * checks (the processor's own diagnostics, so a newly broken file fails the build here, with the same
 * messages as {@code javac}), then removes the class files of the {@code @Pages} files, so that the
 * compiler plugin sees them stale and recompiles: the changed page classes are generated again and a
 * deleted file's class goes with the files the compiler plugin made before.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CheckMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Skips the goal. */
  @Parameter(property = "quire.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Whether content errors fail the build here. The check runs Quire's processor alone; a project whose
   * model or module types come from another annotation processor in the same compilation can set it
   * to false, and then {@code javac}, which runs every processor, reports the errors that remain.
   */
  @Parameter(property = "quire.failOnError", defaultValue = "true")
  private boolean failOnError;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Quire: skipped");
      return;
    }
    try {
      check();
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("Quire's content check failed: " + e, e);
    }
  }

  /**
   * The {@code -Aquire.…} options the compiler plugin passes the processor ({@code compilerArgs}), so
   * that the early check runs with them and a change to them is a change of the build's input.
   */
  private List<String> processorOptions() {
    List<String> options = new ArrayList<>();
    org.apache.maven.model.Plugin compiler = project.getBuild().getPluginsAsMap()
        .get("org.apache.maven.plugins:maven-compiler-plugin");
    if (compiler != null && compiler.getConfiguration() instanceof Xpp3Dom configuration) {
      Xpp3Dom args = configuration.getChild("compilerArgs");
      if (args != null) {
        for (Xpp3Dom arg : args.getChildren()) {
          String value = arg.getValue() == null ? "" : arg.getValue().strip();
          if (value.startsWith("-Aquire.") && !value.startsWith("-Aquire.resources=")) {
            options.add(value);
          }
        }
      }
    }
    return options;
  }

  private void check() throws IOException, MojoFailureException {
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).filter(Files::isDirectory).toList();
    List<PagesSources.Source> sources = PagesSources.find(sourceRoots, classes);
    if (sources.isEmpty()) {
      getLog().debug("Quire: no @Pages in " + sourceRoots);
      return;
    }
    List<Path> resourceRoots = new ArrayList<>();
    for (Resource resource : project.getResources()) {
      Path root = Path.of(resource.getDirectory());
      if (!resourceRoots.contains(root)) { // Spring Boot's parent lists src/main/resources twice (filtered or not)
        resourceRoots.add(root);
      }
    }
    List<Path> folders = new ArrayList<>();
    Path resourceRoot = resourceRoots.isEmpty() ? project.getBasedir().toPath().resolve("src/main/resources")
        : resourceRoots.get(0);
    for (PagesSources.Source source : sources) {
      for (Path root : resourceRoots) {
        if (Files.isDirectory(root.resolve(source.folder()))) {
          resourceRoot = root;
        }
        folders.add(root.resolve(source.folder()));
      }
    }
    // Every input of the checks: the content, the static folders (an image deleted, the folder created)
    // and the processor options the compiler plugin passes.
    List<String> options = processorOptions();
    List<Path> statics = new ArrayList<>();
    for (Path root : resourceRoots) {
      statics.add(root.resolve("static"));
    }
    options.stream().filter(option -> option.startsWith("-Aquire.static="))
        .forEach(option -> statics.add(project.getBasedir().toPath().resolve(option.substring("-Aquire.static=".length()))));
    Path stampFile = Path.of(project.getBuild().getDirectory(), "quire", "content.sha256");
    String stamp = ContentStamp.of(folders, statics, List.of()) + " " + String.join(" ", options).hashCode();
    boolean compiled = sources.stream().allMatch(source -> Files.exists(source.classFile()));
    if (compiled && Files.exists(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).strip().equals(stamp)) {
      getLog().info("Quire: content unchanged since the last build");
      return;
    }
    getLog().info("Quire: checking " + folders.size() + (folders.size() == 1 ? " content folder" : " content folders"));
    List<String> classPath = new ArrayList<>();
    try {
      classPath.addAll(project.getCompileClasspathElements());
    } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
      throw new IOException("the compile class path is not resolved", e);
    }
    List<EarlyCheck.Problem> problems = EarlyCheck.run(sources.stream().map(PagesSources.Source::file).toList(),
        sourceRoots, classPath, resourceRoot, options, project.getBasedir().toPath(),
        Path.of(project.getBuild().getDirectory(), "quire", "check"));
    int errors = 0;
    for (EarlyCheck.Problem problem : problems) {
      if (problem.error()) {
        errors++;
        getLog().error(problem.message());
      } else {
        getLog().warn(problem.message());
      }
    }
    for (PagesSources.Source source : sources) {
      Files.deleteIfExists(source.classFile());
    }
    Files.deleteIfExists(stampFile);
    if (errors > 0 && !failOnError) {
      getLog().warn("Quire: " + errors + (errors == 1 ? " error" : " errors") + " in the content files (above); javac "
          + "checks them again");
      return;
    }
    if (errors > 0) {
      throw new MojoFailureException("Quire: " + errors + (errors == 1 ? " error" : " errors")
          + " in the content files (above)");
    }
    Files.createDirectories(stampFile.getParent());
    Files.writeString(stampFile, stamp + "\n", StandardCharsets.UTF_8);
  }
}
