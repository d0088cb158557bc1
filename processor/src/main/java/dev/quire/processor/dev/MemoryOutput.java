package dev.quire.processor.dev;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Keeps what one dev-mode javac run writes in memory: the sources the processor generates (javac reads
 * them back in its next round) and the class files. Inputs come from the standard file manager, which
 * dev mode keeps between compiles so that the class path's jars are opened once, and from the class
 * files this run is given: those of the last compile, kept, which come first on the class path (before
 * the classes the application was built with).
 *
 * <p>Classes Quire generates are never read from the class path's folders and jars, only from memory:
 * the application's build wrote older ones there (and their sources too, when javac wrote them beside
 * the classes: javac looks for sources on the class path, and would take such a source for the
 * class). And javac lists every class of a package it enters (creating a symbol for each), which for a
 * site of 10,000 pages was a third of an edit's compile: so only the kept classes this run can need are
 * listed ({@code DevBuild.visible}).
 */
final class MemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
  private final Map<String, Source> sources = new TreeMap<>();
  private final Map<String, ByteArrayOutputStream> classFiles = new TreeMap<>();
  /** The top-level classes Quire generates: their files on the class path are the build's, and stale. */
  private final Set<String> generated;
  /** The class path's listings, kept between compiles. */
  private final ClassPathListings listings;

  /** The kept classes by package, made once: javac lists every package it looks into, and a site of 10,000 pages keeps 20,000. */
  private final Map<String, List<JavaFileObject>> byPackage = new java.util.HashMap<>();

  /**
   * @param files the standard file manager
   * @param listings its listings of the class path, kept between compiles
   * @param classPath the kept classes this run sees, by binary name
   * @param generated the top-level classes Quire generates (those of {@code classPath} and others): none
   *     of them is taken from the class path's folders and jars
   */
  MemoryOutput(StandardJavaFileManager files, ClassPathListings listings, Map<String, byte[]> classPath,
      Set<String> generated) {
    super(files);
    this.listings = listings;
    this.generated = generated;
    classPath.forEach((name, bytes) -> byPackage.computeIfAbsent(name.lastIndexOf('.') < 0 ? "" : name.substring(0,
        name.lastIndexOf('.')), pkg -> new ArrayList<>()).add(new Kept(name, bytes)));
  }

  /** The top-level class of a binary name: {@code a.B$C} → {@code a.B}. */
  static String topLevel(String binaryName) {
    int dollar = binaryName.indexOf('$', binaryName.lastIndexOf('.') + 1);
    return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
  }

  @Override
  public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
      FileObject sibling) {
    if (kind == JavaFileObject.Kind.SOURCE) {
      Source source = new Source(className);
      sources.put(className, source);
      return source;
    }
    return new SimpleJavaFileObject(uri(className, kind), kind) {
      @Override
      public OutputStream openOutputStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classFiles.put(className, bytes);
        return bytes;
      }
    };
  }

  @Override
  public FileObject getFileForOutput(Location location, String packageName, String relativeName, FileObject sibling) {
    // A resource the processor writes: kept nowhere, since dev mode loads classes only.
    return new SimpleJavaFileObject(URI.create("mem:///" + packageName.replace('.', '/') + "/" + relativeName),
        JavaFileObject.Kind.OTHER) {
      @Override
      public OutputStream openOutputStream() {
        return OutputStream.nullOutputStream();
      }
    };
  }

  @Override
  public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
      boolean recurse) throws IOException {
    if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS)) {
      return super.list(location, packageName, kinds, recurse);
    }
    List<JavaFileObject> all = new ArrayList<>(byPackage.getOrDefault(packageName, List.of()));
    List<ClassPathListings.Listed> listed = new ArrayList<>();
    if (recurse) { // javac asks for one package at a time; this is for other callers
      byPackage.forEach((pkg, kept) -> {
        if (pkg.startsWith(packageName + ".")) {
          all.addAll(kept);
        }
      });
      for (JavaFileObject file : super.list(location, packageName, kinds, true)) {
        listed.add(ClassPathListings.Listed.of(fileManager, file));
      }
    } else {
      listed = listings.list(packageName, kinds);
    }
    for (ClassPathListings.Listed file : listed) {
      if (file.topLevel() == null || !generated.contains(file.topLevel())) {
        all.add(file.file());
      }
    }
    return all;
  }

  @Override
  public String inferBinaryName(Location location, JavaFileObject file) {
    return file instanceof Kept kept ? kept.binaryName : super.inferBinaryName(location, file);
  }

  @Override
  public boolean isSameFile(FileObject a, FileObject b) {
    return a == b || a.toUri().equals(b.toUri());
  }

  @Override
  public boolean hasLocation(Location location) {
    return location == StandardLocation.SOURCE_OUTPUT || location == StandardLocation.CLASS_OUTPUT
        || super.hasLocation(location);
  }

  /** The generated sources' text, by class name. */
  Map<String, String> sources() {
    Map<String, String> texts = new TreeMap<>();
    sources.forEach((name, source) -> texts.put(name, source.text.toString()));
    return texts;
  }

  /** A source file of {@code text}, for a class the processor gave dev mode without the Filer. */
  static JavaFileObject source(String className, String text) {
    Source source = new Source(className);
    source.text.write(text);
    return source;
  }

  /** The class files written, by binary name. */
  Map<String, byte[]> classFiles() {
    Map<String, byte[]> classes = new TreeMap<>();
    classFiles.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
    return classes;
  }

  private static URI uri(String className, JavaFileObject.Kind kind) {
    return URI.create("mem:///" + className.replace('.', '/') + kind.extension);
  }

  /** A generated source: written by the processor's Filer, read back by javac. */
  private static final class Source extends SimpleJavaFileObject {
    private final StringWriter text = new StringWriter();

    Source(String className) {
      super(uri(className, Kind.SOURCE), Kind.SOURCE);
    }

    @Override
    public Writer openWriter() {
      return text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text.toString();
    }
  }

  /** A class file of the last compile, read from memory. */
  private static final class Kept extends SimpleJavaFileObject {
    private final String binaryName;
    private final byte[] bytes;

    Kept(String binaryName, byte[] bytes) {
      super(URI.create("kept:///" + binaryName.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
      this.binaryName = binaryName;
      this.bytes = bytes;
    }

    @Override
    public InputStream openInputStream() {
      return new ByteArrayInputStream(bytes);
    }
  }
}
