package dev.quire.processor.internal.diag;

import dev.quire.dsl.Code;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The one place that talks to javac's {@link Messager}. A content file's message goes to the
 * {@code @Pages} annotation, since javac can only point at Java code (the content file's position is
 * in the text); a problem of an own module's declaration goes to that declaration.
 */
public final class Reporter {
  private final Messager messager;
  private final Element element;
  private final AnnotationMirror annotation;

  public Reporter(Messager messager, Element element, AnnotationMirror annotation) {
    this.messager = messager;
    this.element = element;
    this.annotation = annotation;
  }

  /** Prints a content-file diagnostic: {@code path:line:col: [code] message}, the line, a caret. */
  public void print(Diagnostic diagnostic) {
    messager.printMessage(diagnostic.isError() ? Kind.ERROR : Kind.WARNING, diagnostic.format(), element, annotation);
  }

  /** Prints a problem of the message catalogue that is not about a place in a content file (the folder, an option). */
  public void print(dev.quire.dsl.internal.Problem problem) {
    print(Code.parse(problem.code()).orElseThrow(), problem.message());
  }

  /** Prints a problem of the message catalogue on the Java declaration {@code at}. */
  public void print(dev.quire.dsl.internal.Problem problem, Element at) {
    print(Code.parse(problem.code()).orElseThrow(), problem.message(), at);
  }

  /** Prints a problem that is not about a place in a content file (the folder, an option). */
  private void print(Code code, String message) {
    messager.printMessage(code.isError() ? Kind.ERROR : Kind.WARNING, "[" + code.id() + "] " + message, element,
        annotation);
  }

  /**
   * Prints a problem of Java code (an own module's declaration) on {@code at}, so javac shows that
   * code's file and line; {@code at} without a source (a class from a jar) gets the {@code @Pages}
   * annotation's.
   */
  private void print(Code code, String message, Element at) {
    messager.printMessage(code.isError() ? Kind.ERROR : Kind.WARNING, "[" + code.id() + "] " + message, at);
  }

  /** A stack trace as text, for internal-error messages (the only place a trace is shown). */
  public static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
