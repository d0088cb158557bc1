package dev.quire.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn quire:language-server}: what the language server needs to know of this project that only
 * Maven knows, its compile class path (for own modules and models whose types come from compiled
 * classes or jars). Writes it to {@code target/quire/classpath.txt}, which the server reads when it
 * starts in the project, and prints the command line that starts the server with it.
 */
@Mojo(name = "language-server", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class LanguageServerMojo extends AbstractMojo {
  /** Where the server finds the class path, relative to the project's folder. */
  static final String CLASS_PATH_FILE = "target/quire/classpath.txt";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    List<String> elements;
    try {
      elements = project.getCompileClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("Quire: the compile class path is not resolved: " + e.getMessage(), e);
    }
    String classPath = String.join(File.pathSeparator, elements);
    Path file = project.getBasedir().toPath().resolve(CLASS_PATH_FILE);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, classPath + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Quire: cannot write " + file + ": " + e.getMessage(), e);
    }
    getLog().info("Quire: the language server reads the class path from " + CLASS_PATH_FILE + " (" + elements.size()
        + " entries); start it in " + project.getBasedir() + " with");
    getLog().info("  java -jar quire-language-server.jar --classpath " + classPath);
  }
}
