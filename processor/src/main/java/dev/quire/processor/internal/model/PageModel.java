package dev.quire.processor.internal.model;

import dev.quire.dsl.NavItem;
import dev.quire.dsl.TableOfContents;
import dev.quire.processor.internal.source.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A validated page, ready to be written as Java: everything the generated class needs and nothing
 * about YAML. {@code meta} values are strings, lists and maps, in file order. {@code entry} is present for
 * a dated page in a folder (an entry of that folder's collection); {@code menus} is not empty for the
 * file that defines the navigation bar, and {@code menusAt} is where its {@code menus:} key is.
 * {@code links} are the site addresses the page links to, each where it is written, and
 * {@code anchors} the ids a {@code #fragment} can go to on the page: what the whole site's link
 * check needs ({@code LinkCheck}). {@code headings} are those the page's tables of contents list, in
 * page order (none when it has no {@code TableOfContents}).
 */
public record PageModel(
    String path,
    String slug,
    Optional<String> title,
    Optional<String> description,
    Map<String, Object> meta,
    List<ModuleModel> modules,
    Text body,
    Optional<EntryModel> entry,
    List<NavItem> menus,
    Optional<Position> menusAt,
    Optional<Binding> binding,
    List<Link> links,
    Set<String> anchors,
    List<TableOfContents.Heading> headings) {
  public PageModel {
    headings = List.copyOf(headings);
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    modules = List.copyOf(modules);
    menus = List.copyOf(menus);
    links = List.copyOf(links);
    anchors = Collections.unmodifiableSet(new TreeSet<>(anchors));
  }

  /**
   * A URL the page links to or shows as an image, as written, where, and what holds it ({@code label},
   * such as {@code RowButtonGrid button url}; empty in Markdown): checked against the site's addresses
   * once every page is read.
   */
  public record Link(String url, Position position, boolean image, String label) {}

  /** The collections (folders) the page's news modules show, nested modules included. */
  public Set<String> collectionsUsed() {
    Set<String> used = new TreeSet<>();
    collect(modules, used);
    return used;
  }

  private static void collect(List<ModuleModel> modules, Set<String> used) {
    for (ModuleModel module : modules) {
      module.accept(new ModuleModel.Visitor<Void>() {
        @Override
        public Void own(ModuleModel.Own own) {
          own.values().forEach(value -> collect(value, used));
          return null;
        }

        @Override
        public Void properties(ModuleModel.Properties module) {
          module.values().forEach(setting -> collect(setting.value(), used));
          return null;
        }

        @Override
        public Void section(ModuleModel.Section section) {
          collect(List.of(section.module()), used);
          return null;
        }
      });
    }
  }

  /** The modules a value holds, at any depth (RowMultiColumns' modules, an own module's List<Module>, Optional<Module>…). */
  private static void collect(Value value, Set<String> used) {
    if (value instanceof Value.Entries entries) {
      used.add(entries.collection());
    } else if (value instanceof Value.Module module) {
      collect(List.of(module.module()), used);
    } else if (value instanceof Value.Maybe maybe && maybe.value() != null) {
      collect(maybe.value(), used);
    } else if (value instanceof Value.Items items) {
      items.items().forEach(item -> collect(item, used));
    } else if (value instanceof Value.Nested nested) {
      nested.values().forEach(item -> collect(item, used));
    }
  }

  /** A page bound to a model: the model's class and the page's slots, numbered in order. */
  public record Binding(ModelTypes.JavaClass model, List<Slot> slots) {
    public Binding {
      slots = List.copyOf(slots);
    }
  }

  /**
   * One slot of a bound page: what it does, the frame its path starts at (0 for the model, then one
   * per enclosing section with an element) and that frame's class (empty for a primitive element),
   * the accessors, and what the content wrote where.
   */
  public record Slot(dev.quire.dsl.internal.Bound.Kind kind, int frame, Optional<ModelTypes.JavaClass> frameType,
      List<Step> steps, String source, Position position) {
    public Slot {
      steps = List.copyOf(steps);
    }
  }

  /** One accessor of a path: the class it is called on, its name, and whether other methods share the name. */
  public record Step(ModelTypes.JavaClass owner, String name, boolean overloaded) {}

  /** Markdown source with the HTML rendered and checked at compile time. */
  public record Text(String source, String html) {
    public static final Text EMPTY = new Text("", "");

    public boolean isEmpty() {
      return source.isEmpty();
    }
  }
}
