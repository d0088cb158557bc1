package dev.quire.processor;

import com.google.auto.service.AutoService;
import dev.quire.dsl.internal.Message;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.processor.internal.BuildOptions;
import dev.quire.processor.internal.ContentCache;
import dev.quire.processor.internal.generate.Sources;
import dev.quire.processor.internal.FolderCompiler;
import dev.quire.processor.internal.content.ContentLocator;
import dev.quire.processor.internal.diag.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Compiles the content folders named by {@code @dev.quire.dsl.Pages} into page classes. Thin on purpose: it finds the
 * annotated elements (in a fixed order) and hands each to a {@link FolderCompiler}; nothing thrown
 * there reaches javac, it becomes an error on the element.
 *
 * <p>Options: {@code -Aquire.resources=<dir>} names the resource root for builds where it cannot be
 * derived (Gradle, plain javac, IDEs, tests); {@code -Aquire.static=<dir>} names the folder that
 * site-absolute image paths must exist in (default: {@code static/} under the resource root, when
 * there is one); {@code -Aquire.suppress=QUIRE-URL-005,...} silences warning codes in every file.
 */
@AutoService(Processor.class)
public final class PagesProcessor extends AbstractProcessor {
  /** The annotation, by name: reading it through mirrors works even if its class is not loadable here. */
  static final String PAGES = "dev.quire.dsl.Pages";
  /** Where the index classes are recorded (the runtime's {@code PageRoutes.INDEXES}). */
  static final String INDEXES = "META-INF/quire/indexes";
  private final ContentCache cache;
  /** Where the generated sources go; null: through javac's Filer. */
  private final Sources.Sink sink;
  /** The index classes written, and the elements they come from, recorded at the last round. */
  private final TreeMap<String, Element> indexes = new TreeMap<>();

  /** The processor a build runs (javac finds it through {@code META-INF/services}). */
  public PagesProcessor() {
    this(ContentCache.none());
  }

  /**
   * The processor dev mode runs at each save, taking the outcomes of unchanged content files from
   * {@code cache}, which the dev session keeps between its compiles.
   *
   * @param cache the session's cache
   */
  public PagesProcessor(ContentCache cache) {
    this(cache, null);
  }

  /**
   * The processor dev mode runs at each save, as {@link #PagesProcessor(ContentCache)}, with the
   * generated sources going to {@code sink} instead of javac's Filer: javac then does not parse and
   * enter them in a round of their own (for 10,000 pages, most of the round's time), and dev mode
   * compiles only those that changed.
   *
   * @param cache the session's cache
   * @param sink where the sources go
   */
  public PagesProcessor(ContentCache cache, Sources.Sink sink) {
    this.cache = cache;
    this.sink = sink;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(PAGES);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(ContentLocator.RESOURCES_OPTION, BuildOptions.STATIC_OPTION, BuildOptions.SUPPRESS_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement pages = processingEnv.getElementUtils().getTypeElement(PAGES);
    if (pages == null) {
      return false;
    }
    if (round.processingOver()) {
      recordIndexes();
      return false;
    }
    List<Element> elements = new ArrayList<>(round.getElementsAnnotatedWith(pages));
    if (!elements.isEmpty()) {
      warmUpMarkdown();
    }
    elements.sort(Comparator.comparing(PagesProcessor::sortKey));
    for (Element element : elements) {
      try {
        AnnotationMirror mirror = mirror(element, pages);
        new FolderCompiler(processingEnv, element, mirror, folder(mirror), cache, sink).run()
            .ifPresent(index -> indexes.put(index.nested("Site").binaryName(), element));
      } catch (Throwable t) {
        new Reporter(processingEnv.getMessager(), element, null).print(Message.INTERNAL_PROCESSOR.with(Reporter.stackTrace(t)));
      }
    }
    return false;
  }

  /**
   * Loads the Markdown renderer (flexmark, and jsoup for raw HTML) on a second thread while this one
   * locates the content and parses its front matter: in a cold javac, loading those libraries is most
   * of what the processor costs a small build (benchmarks/README.md). Its result is thrown away, and
   * so is anything it throws: the real render reports problems.
   */
  private static void warmUpMarkdown() {
    Thread warmUp = new Thread(() -> {
      try {
        MarkdownRenderer.render("# Warm-up\n\nA [link](/a) and <span>raw HTML</span>.\n");
      } catch (Throwable ignored) {
        // The first real page renders (and reports) the same way.
      }
    }, "quire-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /**
   * Records the index classes written in {@code META-INF/quire/indexes} (the runtime's
   * {@code PageRoutes.discover} and the Spring Boot starter read it), one binary name a line, sorted.
   */
  private void recordIndexes() {
    if (indexes.isEmpty()) {
      return;
    }
    try (Writer writer = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
        INDEXES, indexes.values().toArray(Element[]::new)).openWriter()) {
      for (String index : indexes.keySet()) {
        writer.write(index + "\n");
      }
    } catch (IOException | RuntimeException e) {
      new Reporter(processingEnv.getMessager(), indexes.firstEntry().getValue(), null)
          .print(Message.INTERNAL_INDEXES.with(INDEXES, e));
    }
  }

  /** The element's {@code @Pages}. */
  private static AnnotationMirror mirror(Element element, TypeElement pages) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(pages)) {
        return mirror;
      }
    }
    throw new IllegalStateException(element + " has no @Pages");
  }

  /** The annotation's {@code value}: the content folder. */
  private static String folder(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return String.valueOf(entry.getValue().getValue());
      }
    }
    return "";
  }

  private static String sortKey(Element element) {
    return element.getKind() + ":" + element;
  }
}
