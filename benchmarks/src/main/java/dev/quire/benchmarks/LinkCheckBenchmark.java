package dev.quire.benchmarks;

import dev.quire.processor.internal.model.EntryModel;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.site.LinkCheck;
import dev.quire.processor.internal.site.Served;
import dev.quire.processor.internal.site.SiteAddresses;
import dev.quire.processor.internal.source.SourceFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the site's link check adds to a build (issue 22's target: under 1 s for 10,000 pages with
 * 100,000 links): the index of addresses built once, then every link of every page resolved. The
 * pages are as the processor reads them, each with ten links of the kinds a site has (pages with and
 * without a trailing slash, anchors on other pages and on itself, an entry, the collection filtered
 * by a tag, a relative link, an external one); none is broken, as in a site that builds. A build
 * without the check does none of this work, so this time is what the check adds; the benchmarks'
 * README sets it beside the compile of the same 10,000 pages ({@code ScaleTest}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class LinkCheckBenchmark {
  static final int PAGES = 10_000;
  static final int ENTRIES = 1_000;

  private List<SiteAddresses.SitePage> pages;

  @Setup
  public void site() {
    pages = site(PAGES);
  }

  /** The check of a whole site: the addresses, then every link. */
  @Benchmark
  public Object checkTheSite() {
    SiteAddresses addresses = SiteAddresses.of(pages, Set.of("news"), Optional.empty(), Served.none());
    return LinkCheck.check(pages, addresses);
  }

  /** {@code count} pages (the last {@value #ENTRIES} of them entries of {@code news}), ten links each. */
  static List<SiteAddresses.SitePage> site(int count) {
    List<SiteAddresses.SitePage> site = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean entry = i >= count - ENTRIES;
      String slug = entry ? "news/e" + i : "p" + i;
      String path = "pages/" + slug + ".md";
      SourceFile source = new SourceFile(path, "---\n---\n");
      int next = (i + 1) % (count - ENTRIES);
      int other = (i * 7 + 3) % (count - ENTRIES);
      List<PageModel.Link> links = List.of(
          link("/p" + next, source), link("/p" + other + "/", source), link("/p" + next + "#section-2", source),
          link("#section-1", source), link("/news/e" + (count - 1), source), link("/news?tag=release", source),
          link("/news/", source), link(entry ? "e" + (count - 1) : "p" + other, source),
          link("https://example.org/" + i, source), link("/p" + other + "?ref=home#section-3", source));
      Optional<EntryModel> model = entry
          ? Optional.of(new EntryModel("news", slug, "Entry " + i, LocalDate.of(2024, 1, 1), "2024-01-01",
              Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of("release"),
              PageModel.Text.EMPTY))
          : Optional.empty();
      PageModel page = new PageModel(path, slug, Optional.of("Page " + i), Optional.empty(), Map.of(), List.of(),
          PageModel.Text.EMPTY, model, List.of(), Optional.empty(), Optional.empty(), links,
          Set.of("section-1", "section-2", "section-3"), List.of());
      site.add(new SiteAddresses.SitePage(path, slug, Optional.of(page), true));
    }
    return site;
  }

  private static PageModel.Link link(String url, SourceFile source) {
    return new PageModel.Link(url, source.at(4, 1), false, "");
  }
}
