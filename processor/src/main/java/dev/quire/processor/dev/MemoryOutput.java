package dev.quire.processor.dev;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Keeps what one dev-mode compile writes in memory: the sources the processor generates (javac reads
 * them back in its next round) and the class files. Inputs come from the standard file manager, which
 * dev mode keeps between compiles so that the class path's jars are opened once.
 */
final class MemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
  private final Set<String> generatedTypes = new TreeSet<>();
  private final Map<String, ByteArrayOutputStream> classFiles = new TreeMap<>();

  MemoryOutput(StandardJavaFileManager files) {
    super(files);
  }

  @Override
  public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
      FileObject sibling) {
    if (kind == JavaFileObject.Kind.SOURCE) {
      generatedTypes.add(className);
      return new Source(className);
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
  public boolean isSameFile(FileObject a, FileObject b) {
    return a.toUri().equals(b.toUri());
  }

  @Override
  public boolean hasLocation(Location location) {
    return location == StandardLocation.SOURCE_OUTPUT || location == StandardLocation.CLASS_OUTPUT
        || super.hasLocation(location);
  }

  /** The class files of the types the processor generated and of their nested types, by binary name. */
  Map<String, byte[]> generatedClasses() {
    Map<String, byte[]> classes = new TreeMap<>();
    classFiles.forEach((name, bytes) -> {
      int dollar = name.indexOf('$', name.lastIndexOf('.') + 1);
      if (generatedTypes.contains(dollar < 0 ? name : name.substring(0, dollar))) {
        classes.put(name, bytes.toByteArray());
      }
    });
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
}
