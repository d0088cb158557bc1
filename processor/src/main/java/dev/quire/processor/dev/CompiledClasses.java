package dev.quire.processor.dev;

import dev.quire.dsl.internal.DevEngine;
import java.util.Map;

/**
 * The classes one dev-mode compile generated, defined from memory in a loader of their own; every other
 * class (the page DSL, the application's models and modules) comes from the application's loader, so a
 * model the application passes is the type the page expects. A newer version of the content gets a new
 * loader, and the old classes go when nothing uses them.
 */
final class CompiledClasses extends ClassLoader implements DevEngine.Compiled {
  static {
    registerAsParallelCapable();
  }

  /** The class files, by binary name: the generated classes and their nested classes. */
  private final Map<String, byte[]> classes;

  CompiledClasses(String name, ClassLoader application, Map<String, byte[]> classes) {
    super(name, application);
    this.classes = Map.copyOf(classes);
  }

  /** The class of this version named {@code name}, or null when the content no longer generates it. */
  Class<?> generated(String name) throws ClassNotFoundException {
    return classes.containsKey(name) ? loadClass(name) : null;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> type = findLoadedClass(name);
      if (type == null) {
        type = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(type);
      }
      return type;
    }
  }
}
