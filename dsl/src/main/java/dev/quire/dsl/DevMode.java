package dev.quire.dsl;

import dev.quire.dsl.internal.DevEngine;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Dev mode: with the system property {@code quire.dev} set to the resource root (for example
 * {@code -Dquire.dev=src/main/resources}), the generated classes follow the content files as they are
 * now. A generated class has
 *
 * <pre>{@code
 * private static final boolean DEV = DevMode.follows(AboutPage.class);
 * }</pre>
 *
 * <p>and each of its public methods starts with
 *
 * <pre>{@code
 * if (DEV) {
 *   return DevMode.call(AboutPage.class, "page");
 * }
 * }</pre>
 *
 * <p>which, in dev mode, compiles the content again when a file changed, with the same processor as
 * the build, and calls the same method of the class it generated now: the page is exactly the one a
 * build would give. A content file with errors gives a page listing them (each {@code path:line:col},
 * the line and a caret) in place of every page, until the next good save. Dev mode needs the JDK's
 * compiler and {@code dev.quire:quire-processor} on the run-time class path; without the property,
 * {@link #ACTIVE} is {@code false}, nothing of it runs, and the JIT drops the check.
 *
 * <p>Applications do not call this class; it is public for the classes the processor generates.
 */
public final class DevMode {
  /** The system property that turns dev mode on: the resource root the content folders are in. */
  public static final String PROPERTY = "quire.dev";
  /** Whether dev mode is on: {@value #PROPERTY} is set (read once, when this class loads). */
  public static final boolean ACTIVE = !System.getProperty(PROPERTY, "").isBlank();

  private DevMode() {}

  /**
   * Whether the generated class {@code generated} stands for the content as it is now: in dev mode,
   * for the class the application loaded, not for the one dev mode compiled (that one is what a build
   * writes, and returns its own values).
   *
   * @param generated the generated class
   * @return whether its methods call {@link #call}
   */
  public static boolean follows(Class<?> generated) {
    return ACTIVE && !(generated.getClassLoader() instanceof DevEngine.Compiled);
  }

  /**
   * In dev mode, what {@code method} of the generated class {@code generated} returns for the content
   * as it is now; for the generated classes' own use.
   *
   * @param generated the generated class
   * @param method the name of one of its public static methods
   * @param arguments the method's arguments
   * @param <T> what the method returns
   * @return what the current version of the method returns; when the content has errors, a page
   *     listing them (or that page in an {@code Optional}) for a method returning one
   * @throws IllegalStateException when the content has errors and the method returns something else
   *     than a page (a navigation bar, a collection's entries), or dev mode is off
   */
  @SuppressWarnings("unchecked")
  public static <T> T call(Class<?> generated, String method, Object... arguments) {
    if (!ACTIVE) {
      throw new IllegalStateException("dev mode is off: set -D" + PROPERTY + "=<resource root>");
    }
    try {
      return (T) Engine.get(generated.getClassLoader()).call(generated, method, arguments);
    } catch (DevEngine.ContentErrors errors) {
      return (T) instead(declared(generated, method, arguments.length), errors);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(generated.getName() + "." + method + " failed in dev mode", e);
    }
  }

  /**
   * The number of the content's current version in dev mode (it grows with each change), 0 when dev
   * mode is off: documents carry it, so that an open page knows when it is out of date.
   *
   * @return the current version's number
   */
  public static long version() {
    return ACTIVE && Engine.instance != null ? Engine.instance.version() : 0;
  }

  /**
   * The page shown in place of every page while the content has errors: each diagnostic as javac
   * prints it ({@code path:line:col: [code] message}, the line, a caret), escaped.
   */
  static Page errorPage(List<String> messages) {
    StringBuilder html = new StringBuilder("<div class=\"quire-dev-errors\">\n<h1 class=\"h3 text-danger\">")
        .append(messages.size() == 1 ? "The content has an error" : "The content has " + messages.size() + " errors")
        .append("</h1>\n<p>Dev mode shows this page in place of every page until the next good save.</p>\n");
    for (String message : messages) {
      html.append("<pre class=\"alert alert-danger\">");
      Html.escape(message, html);
      html.append("</pre>\n");
    }
    html.append("</div>\n");
    return Page.builder().title("Content errors").module(new Errors(RowText.of(Markdown.trusted(html.toString())))).build();
  }

  /**
   * Whether {@code page} is dev mode's error page, shown in place of a page while the content has errors:
   * servers answer it with status 500, so that scripts, tests and the browser's tools see the failure.
   *
   * @param page a page
   * @return whether it lists the content's errors
   */
  public static boolean isErrorPage(Page page) {
    return page.modules().size() == 1 && page.modules().get(0) instanceof Errors;
  }

  /** The module of the error page: the list of errors, which {@link #isErrorPage} knows by its type. */
  private record Errors(RowText list) implements Module {
    @Override
    public void render(Html html) {
      html.module(list);
    }

    @Override
    public String name() {
      return "RowText";
    }
  }

  private static Object instead(Method method, DevEngine.ContentErrors errors) {
    if (method != null && method.getReturnType() == Page.class) {
      return errorPage(errors.messages());
    }
    if (method != null && method.getReturnType() == Optional.class) {
      return Optional.of(errorPage(errors.messages()));
    }
    throw new IllegalStateException("the content has errors (dev mode):\n" + errors.getMessage(), errors);
  }

  /** The public static method of {@code type} named {@code name} with {@code count} parameters, if any. */
  private static Method declared(Class<?> type, String name, int count) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == count && Modifier.isStatic(method.getModifiers())) {
        return method;
      }
    }
    return null;
  }

  /** The engine, found the first time a generated class asks for it. */
  private static final class Engine {
    private static volatile DevEngine instance;

    static synchronized DevEngine get(ClassLoader loader) {
      if (instance == null) {
        instance = ServiceLoader.load(DevEngine.class, loader).findFirst().orElse(Missing.INSTANCE);
      }
      return instance;
    }
  }

  /** Stands in for the engine when the processor is not on the class path, and says so on every page. */
  private enum Missing implements DevEngine {
    INSTANCE;

    @Override
    public Object call(Class<?> generated, String method, Object[] arguments) {
      throw new ContentErrors(List.of("Dev mode (-D" + PROPERTY + "=" + System.getProperty(PROPERTY) + ") compiles the "
          + "content with Quire's processor, which is not on the application's class path: add the dependency "
          + "dev.quire:quire-processor with <scope>provided</scope> and run with it (exec:java: "
          + "-Dexec.classpathScope=compile), or run without -D" + PROPERTY + "."));
    }

    @Override
    public long version() {
      return 0;
    }
  }
}
