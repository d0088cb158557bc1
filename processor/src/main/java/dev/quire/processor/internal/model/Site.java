package dev.quire.processor.internal.model;

import java.util.Optional;
import java.util.Set;

/**
 * What a page's reader knows of the site around it: the static folder images must be in, the
 * folders of the content folder (each one a collection that modules may name), and the application's
 * own modules, and the Java types pages can be bound to.
 */
public record Site(Optional<StaticFiles> staticFiles, Set<String> folders, Declared.Modules modules, ModelTypes models) {
  public Site {
    folders = Set.copyOf(folders);
  }

  /** A site whose model types are not known ({@link ModelTypes#none()}). */
  public Site(Optional<StaticFiles> staticFiles, Set<String> folders, Declared.Modules modules) {
    this(staticFiles, folders, modules, ModelTypes.none());
  }

  /** A site with no static folder, no folders and no own modules (one file on its own). */
  public static Site none() {
    return new Site(Optional.empty(), Set.of(), Declared.Modules.none());
  }
}
