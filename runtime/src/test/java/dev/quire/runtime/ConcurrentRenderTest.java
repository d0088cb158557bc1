package dev.quire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.dsl.Markdown;
import dev.quire.dsl.Module;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowImage;
import dev.quire.dsl.RowImageText;
import dev.quire.dsl.RowMultiColumns;
import dev.quire.dsl.RowSeparator;
import dev.quire.dsl.RowText;
import dev.quire.dsl.RowTextImage;
import dev.quire.dsl.Size;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;

/**
 * 32 threads, released together by a latch, render 50 different pages (every module, nested
 * grids, hand-written Markdown, text that needs escaping) through every output form (String,
 * Appendable, OutputStream; fragment and document) with one shared renderer, and every output must
 * equal the single-threaded render of an identically built page. Repeated three times with fresh
 * pages.
 */
class ConcurrentRenderTest {
  private static final int THREADS = 32;
  private static final int PAGES = 50;
  private static final int RENDERS_PER_THREAD = 400;

  @RepeatedTest(3)
  void manyThreadsRenderWhatOneThreadRenders() throws Exception {
    HtmlRenderer renderer = HtmlRenderer.create();
    List<String> fragments = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      Page page = page(i);
      fragments.add(renderer.render(page));
      documents.add(renderer.renderDocument(page));
    }
    List<Page> shared = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      shared.add(page(i));
    }

    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger mismatches = new AtomicInteger();
    AtomicInteger renders = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Random order = new Random(t);
      done.add(pool.submit(() -> {
        start.await();
        for (int r = 0; r < RENDERS_PER_THREAD; r++) {
          int i = order.nextInt(PAGES);
          Page page = shared.get(i);
          String fragment;
          String document;
          switch (r % 3) {
            case 0 -> {
              fragment = renderer.render(page);
              document = renderer.renderDocument(page);
            }
            case 1 -> {
              StringBuilder out = new StringBuilder();
              renderer.render(page, out);
              fragment = out.toString();
              out.setLength(0);
              renderer.renderDocument(page, out);
              document = out.toString();
            }
            default -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              renderer.render(page, out);
              fragment = out.toString(StandardCharsets.UTF_8);
              out.reset();
              renderer.renderDocument(page, out);
              document = out.toString(StandardCharsets.UTF_8);
            }
          }
          if (!fragment.equals(fragments.get(i)) || !document.equals(documents.get(i))) {
            mismatches.incrementAndGet();
          }
          renders.incrementAndGet();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(THREADS * RENDERS_PER_THREAD, renders.get());
    assertEquals(0, mismatches.get(), "outputs that differ from the single-threaded render");
  }

  /** Page {@code n}: built the same way every time, different from the other pages. */
  private static Page page(int n) {
    Random random = new Random(n * 7919L);
    Page.Builder page = Page.builder().title("Page " + n + " <&\"'>").description("About page " + n);
    int modules = 1 + random.nextInt(6);
    for (int m = 0; m < modules; m++) {
      page.module(module(random, n, 0));
    }
    return page.body(Markdown.of("# Page " + n + "\n\n" + text(random, n) + "\n\n- a\n- [b](/b/" + n + ")\n")).build();
  }

  private static Module module(Random random, int n, int depth) {
    return switch (random.nextInt(depth < 2 ? 6 : 5)) {
      case 0 -> RowText.builder().text(Markdown.of(text(random, n))).status("lead").build();
      case 1 -> RowTextImage.builder().cols(1 + random.nextInt(11)).image("/images/" + n + ".png")
          .title("alt " + n + " \"quoted\"").text(Markdown.of(text(random, n))).build();
      case 2 -> RowImageText.builder().cols(1 + random.nextInt(11)).image("https://example.org/" + n + ".jpg")
          .text(text(random, n)).build();
      case 3 -> RowImage.builder().image("/images/" + n + ".jpg").title("image " + n).status("wide").build();
      case 4 -> RowSeparator.of(Size.values()[random.nextInt(Size.values().length)]);
      default -> RowMultiColumns.builder().widths(4, 8).module(module(random, n, depth + 1))
          .module(module(random, n, depth + 1)).build();
    };
  }

  private static String text(Random random, int n) {
    return "Text " + n + "." + random.nextInt(1000) + " with **bold**, _em_, `code` & <b>raw</b> and [a link](https://example.org/"
        + n + ").";
  }
}
