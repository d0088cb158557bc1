package dev.quire.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.processor.internal.site.LinkCheck;
import dev.quire.processor.internal.site.Served;
import dev.quire.processor.internal.site.SiteAddresses;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark's site is one that builds: its 100,000 links all resolve, so it times the check, not its messages. */
class LinkCheckBenchmarkTest {
  @Test
  void everyLinkOfTheBenchmarksSiteResolves() {
    List<SiteAddresses.SitePage> site = LinkCheckBenchmark.site(LinkCheckBenchmark.PAGES);

    assertEquals(100_000, site.stream().mapToInt(page -> page.page().orElseThrow().links().size()).sum());
    assertEquals(Map.of(), LinkCheck.check(site, SiteAddresses.of(site, Set.of("news"), Optional.empty(), Served.none())));
  }
}
