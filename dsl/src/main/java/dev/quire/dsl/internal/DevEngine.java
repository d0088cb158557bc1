package dev.quire.dsl.internal;

import java.util.List;

/**
 * Not API. What runs dev mode ({@code -Dquire.dev=<resource root>}): the processor's implementation
 * compiles the content folders as they are now, with the same processor as the build, and loads the
 * classes it generates; {@code dev.quire.dsl.DevMode} finds it with {@link java.util.ServiceLoader} the
 * first time a generated class asks, and never without the property.
 */
public interface DevEngine {
  /**
   * Calls the public static method {@code method} of the current version of the generated class
   * {@code generated} with {@code arguments}, compiling the content again first if it changed.
   *
   * @param generated a class the processor generated, as the application loaded it
   * @param method the method's name (generated classes do not overload)
   * @param arguments the arguments
   * @return what the method returns
   * @throws ContentErrors when the content does not compile now, or the class or method is gone
   * @throws Throwable what the method itself throws
   */
  Object call(Class<?> generated, String method, Object[] arguments) throws Throwable;

  /**
   * How many versions of the content have been compiled (each change, broken or not, is one): a page
   * rendered from an older version is out of date.
   *
   * @return the number of the current version
   */
  long version();

  /** Marks the class loader of the classes dev mode compiled: in those, {@code DevMode.follows} is false. */
  interface Compiled {}

  /** The content cannot be shown as it is now: each message is one diagnostic, as javac prints it. */
  final class ContentErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The diagnostics; not serialized with the exception. */
    private final transient List<String> messages;

    /**
     * The errors {@code messages}.
     *
     * @param messages each diagnostic, as javac prints it
     */
    public ContentErrors(List<String> messages) {
      super(String.join("\n", messages), null, false, false);
      this.messages = List.copyOf(messages);
    }

    /**
     * Each diagnostic, as javac prints it.
     *
     * @return the diagnostics
     */
    public List<String> messages() {
      return messages;
    }
  }
}
