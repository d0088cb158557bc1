package dev.quire.dsl;

import dev.quire.dsl.internal.Problem;

import dev.quire.dsl.internal.RenderCache;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable page: optional title and description (for the document head), metadata (the front
 * matter keys Quire does not know, in file order), modules rendered in order, then the Markdown body.
 */
public final class Page {
  private final String title;
  private final String description;
  private final String slug;
  private final Map<String, Object> meta;
  private final List<Module> modules;
  private final Markdown body;
  /** The model and slots of a page bound to a model ({@link Bindings#page}), or null. Part of the page's value. */
  private final dev.quire.dsl.internal.Bound bound;
  /**
   * The runtime's render plan for this page (see {@link dev.quire.dsl.internal.RenderCache}). Not part
   * of the page's value: equality, hashing and the builder ignore it.
   */
  // Not volatile, like String's hash: what is stored is immutable and has only final fields, so a
  // thread that sees it sees it whole; a thread that does not yet works the same plan out again.
  private Object renderCache;

  static {
    RenderCache.install(new RenderCache.Slot() {
      @Override
      public Object get(Object page) {
        return ((Page) page).renderCache;
      }

      @Override
      public void set(Object page, Object value) {
        ((Page) page).renderCache = value;
      }

      @Override
      public Object bound(Object page) {
        return ((Page) page).bound;
      }
    });
  }

  private Page(Builder builder) {
    this.title = builder.title;
    this.description = builder.description;
    this.slug = builder.slug;
    this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(builder.meta));
    this.modules = List.copyOf(builder.modules);
    this.body = builder.body;
    this.bound = null;
  }

  /** {@code template} bound to a model: its fields, and {@code bound} for the renderer. */
  Page(Page template, dev.quire.dsl.internal.Bound bound) {
    this.title = template.title;
    this.description = template.description;
    this.slug = template.slug;
    this.meta = template.meta;
    this.modules = template.modules;
    this.body = template.body;
    this.bound = bound;
  }

  /**
   * A builder with nothing set yet.
   *
   * @return a builder with nothing set yet
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A metadata map that keeps the order of its keys, for nested front matter values:
   * {@code orderedMap("name", "x", "size", "2")}.
   *
   * @param keysAndValues the keys and values
   * @return a metadata map that keeps the order of its keys
   */
  public static Map<String, Object> orderedMap(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("orderedMap takes keys and values in pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], Builder.immutable(keysAndValues[i + 1]));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The title, if there is one.
   *
   * @return the title, if there is one
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * The description, if there is one.
   *
   * @return the description, if there is one
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Where the page is in its site, when it is known: the content file's path without {@code .md}
   * ({@code about}, {@code news/2024-10-02-release}, {@code index} for the root), which a renderer with
   * a base URL makes the page's canonical address.
   *
   * @return the slug, if the page has one
   */
  public Optional<String> slug() {
    return Optional.ofNullable(slug);
  }

  /**
   * Front matter keys that are not part of the page format, in file order. Values are strings, lists
   * of values or maps of values, exactly as written (no YAML type guessing).
   *
   * @return front matter keys that are not part of the page format, in file order
   */
  public Map<String, Object> meta() {
    return meta;
  }

  /**
   * The modules.
   *
   * @return the modules
   */
  public List<Module> modules() {
    return modules;
  }

  /**
   * The body.
   *
   * @return the body
   */
  public Markdown body() {
    return body;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Page that && Objects.equals(title, that.title)
        && Objects.equals(description, that.description) && Objects.equals(slug, that.slug) && meta.equals(that.meta)
        && modules.equals(that.modules) && body.equals(that.body) && Objects.equals(bound, that.bound);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, description, slug, meta, modules, body, bound);
  }

  @Override
  public String toString() {
    return "Page[title=" + title + ", modules=" + modules + "]";
  }

  /** Builds a {@link Page}. */
  public static final class Builder {
    private String title;
    private String description;
    private String slug;
    private final Map<String, Object> meta = new LinkedHashMap<>();
    private final List<Module> modules = new ArrayList<>();
    private Markdown body = Markdown.empty();

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets where the page is in its site: a path of segments without a leading or trailing slash
     * ({@code about}, {@code news/2024-10-02-release}; {@code index} for the site's root).
     *
     * @param slug the slug
     * @return this builder
     * @throws IllegalArgumentException when it is not such a path
     */
    public Builder slug(String slug) {
      Objects.requireNonNull(slug, "slug");
      if (slug.isEmpty() || slug.startsWith("/") || slug.endsWith("/") || slug.contains("//") || !plainSegments(slug)) {
        throw new IllegalArgumentException("slug: '" + slug + "' is not a path of names like about or news/2024-x");
      }
      this.slug = slug;
      return this;
    }

    /**
     * Adds a metadata entry: a string, a list or a map (of the same kinds of values).
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder meta(String key, Object value) {
      meta.put(Objects.requireNonNull(key, "key"), immutable(value));
      return this;
    }

    /**
     * Adds the next module.
     *
     * @param module the module
     * @return this builder
     */
    public Builder module(Module module) {
      modules.add(Objects.requireNonNull(module, "module"));
      return this;
    }

    /**
     * Sets the body.
     *
     * @param body the body
     * @return this builder
     */
    public Builder body(Markdown body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * The body as Markdown, rendered as the original site's bodies ({@link Markdown#body}).
     *
     * @param markdown the Markdown source
     * @return this builder
     */
    public Builder body(String markdown) {
      return body(Markdown.body(markdown));
    }
    /**
     * Checks the rules and builds the page.
     *
     * @return the page
     * @throws LayoutException when the body breaks a rule
     */
    public Page build() {
      List<Problem> problems = new ArrayList<>();
      body.check("Page", "body", problems);
      LayoutException.throwIfAny(problems);
      return new Page(this);
    }

    /**
     * Whether no segment of {@code slug} is {@code .} or {@code ..} and no character is a control
     * character, a backslash, {@code ?} or {@code #} (in loops: a page's first build runs in a fresh JVM).
     */
    private static boolean plainSegments(String slug) {
      int start = 0;
      for (int i = 0; i <= slug.length(); i++) {
        char c = i < slug.length() ? slug.charAt(i) : '/';
        if (c == '/') {
          int length = i - start;
          if (length == 1 && slug.charAt(start) == '.' || length == 2 && slug.startsWith("..", start)) {
            return false;
          }
          start = i + 1;
        } else if (c < 0x20 || c == 0x7f || c == '\\' || c == '?' || c == '#') {
          return false;
        }
      }
      return true;
    }

    private static Object immutable(Object value) {
      if (value instanceof String) {
        return value;
      }
      if (value instanceof List<?> list) {
        List<Object> copy = new ArrayList<>();
        for (Object item : list) {
          copy.add(immutable(item));
        }
        return Collections.unmodifiableList(copy);
      }
      if (value instanceof Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          copy.put((String) entry.getKey(), immutable(entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
      }
      throw new IllegalArgumentException("metadata values are strings, lists or maps, not "
          + (value == null ? "null" : value.getClass().getName()));
    }
  }
}
