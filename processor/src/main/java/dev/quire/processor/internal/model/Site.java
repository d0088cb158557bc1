package dev.quire.processor.internal.model;

import java.util.Optional;
import java.util.Set;

/**
 * What a page's reader knows of the site around it: the static folder images must be in, and the
 * folders of the content folder (each one a collection that modules may name).
 */
public record Site(Optional<StaticFiles> staticFiles, Set<String> folders) {
  public Site {
    folders = Set.copyOf(folders);
  }

  /** A site with no static folder and no folders (one file on its own). */
  public static Site none() {
    return new Site(Optional.empty(), Set.of());
  }
}
