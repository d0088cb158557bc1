package dev.quire.examples.spring;

import dev.quire.dsl.Page;
import dev.quire.examples.Downloads;
import dev.quire.examples.DownloadsPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The downloads page, bound to the application's data: a controller method returns the page. */
@Controller
public class DownloadsController {
  /** Made by Spring. */
  public DownloadsController() {}

  /**
   * The downloads of this release.
   *
   * @return the page showing them
   */
  @GetMapping({"/downloads", "/downloads/"})
  public Page downloads() {
    return DownloadsPage.page(Downloads.current());
  }
}
