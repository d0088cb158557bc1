package dev.quire.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes the project's whole site as static files ({@code mvn package quire:export}, or bound to a
 * phase): every page and entry, the collections' indexes and tags' pages, {@code 404.html}, the static
 * folder's files and, with a base URL, {@code sitemap.xml}, {@code robots.txt} and the feeds. It runs
 * the project's own compiled pages and its own {@code quire-runtime} ({@code dev.quire.runtime.StaticExport},
 * the same code as {@code java -cp … dev.quire.runtime.StaticExport}), with the renderer the
 * application names ({@code renderer}: a public static method without parameters that returns its
 * {@code HtmlRenderer}) or the default one.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class ExportMojo extends AbstractMojo {
  private static final String EXPORT = "dev.quire.runtime.StaticExport";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Where the site is written. */
  @Parameter(property = "quire.export.out", defaultValue = "${project.build.directory}/site")
  private File out;

  /**
   * The site's address ({@code https://www.example.org}): canonical links, the sitemap, robots.txt and
   * the feeds need it; without it (and without one in the renderer) they are not written.
   */
  @Parameter(property = "quire.baseUrl")
  private String baseUrl;

  /** The static folder to copy beside the pages; by default {@code static/} under the first resource folder, when it exists. */
  @Parameter(property = "quire.export.static")
  private File staticFolder;

  /** The application's renderer: {@code com.example.site.Site#renderer}, a public static method without parameters. */
  @Parameter(property = "quire.renderer")
  private String renderer;

  /** Skips the goal. */
  @Parameter(property = "quire.export.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Quire: export skipped");
      return;
    }
    List<String> args = new ArrayList<>(List.of("--out", out.getAbsolutePath()));
    if (baseUrl != null && !baseUrl.isBlank()) {
      args.addAll(List.of("--base-url", baseUrl.strip()));
    }
    File statics = staticFolder != null ? staticFolder : defaultStaticFolder();
    if (statics != null) {
      args.addAll(List.of("--static", statics.getAbsolutePath()));
    }
    if (renderer != null && !renderer.isBlank()) {
      args.addAll(List.of("--renderer", renderer.strip()));
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int status;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
      Class<?> export;
      try {
        export = Class.forName(EXPORT, true, loader);
      } catch (ClassNotFoundException e) {
        throw new MojoFailureException("Quire: " + EXPORT + " is not on the project's class path: add the"
            + " dev.quire:quire-runtime dependency");
      }
      Method run = export.getMethod("run", String[].class, PrintStream.class, ClassLoader.class);
      thread.setContextClassLoader(loader);
      status = (int) run.invoke(null, args.toArray(String[]::new), new PrintStream(printed, true, StandardCharsets.UTF_8),
          loader);
    } catch (InvocationTargetException e) {
      throw new MojoExecutionException("Quire: the export failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | IOException e) {
      throw new MojoExecutionException("Quire: the export could not start: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
    for (String line : printed.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("error: ")) {
        getLog().error("Quire: " + line.substring("error: ".length()));
      } else if (!line.isBlank()) {
        getLog().info("Quire: " + line);
      }
    }
    if (status != 0) {
      throw new MojoFailureException("Quire: the site was not exported (see the errors above)");
    }
  }

  private URL[] classPath() throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    try {
      for (String element : project.getRuntimeClasspathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException("Quire: the project's runtime class path is not resolved: " + e, e);
    }
    return urls.toArray(URL[]::new);
  }

  private File defaultStaticFolder() {
    for (Resource resource : project.getResources()) {
      File folder = new File(resource.getDirectory(), "static");
      if (folder.isDirectory()) {
        return folder;
      }
    }
    return null;
  }
}
