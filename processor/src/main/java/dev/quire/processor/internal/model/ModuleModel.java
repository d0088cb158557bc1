package dev.quire.processor.internal.model;

import dev.quire.dsl.Icon;
import java.util.List;
import java.util.Optional;

/**
 * One validated module; absent properties stay empty so the generated code only states what the file
 * states. Whoever handles modules (the class writer, the walk that finds the collections a page shows)
 * does it through {@link Visitor}: a module added here without its case there does not compile.
 */
public sealed interface ModuleModel {
  /** Calls the method of {@code visitor} for this kind of module. */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of module. */
  interface Visitor<R> {
    R own(Own module);

    R properties(Properties module);

    R newsCards(NewsCards module);

    R newsList(NewsList module);
  }

  /**
   * An own module: its shape, its components' values in order, and where the content file writes it
   * ({@code pages/about.md:12:5}, for the errors its own rules may raise when the page loads).
   */
  record Own(Declared.Shape shape, List<Value> values, String where) implements ModuleModel {
    public Own {
      values = List.copyOf(values);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.own(this);
    }
  }

  /** How the generated code makes a module read property by property. */
  enum Call {
    /** {@code RowText.builder().text(…).build()}: the builder, a setter per property set. */
    BUILDER,
    /** {@code RowSeparator.of(Size.M)}: the properties as the factory's arguments, in order. */
    OF
  }

  /** One property of a {@link Properties} module and its value: a setter call or an argument. */
  record Setting(String property, Schema.Type type, Value value) {}

  /**
   * A built-in module that is its properties (RowText, RowMultiColumns…, see {@code PropertyModules}):
   * the values the content sets (or the defaults), in the order the generated code sets them.
   */
  record Properties(String name, Call call, List<Setting> values) implements ModuleModel {
    public Properties {
      values = List.copyOf(values);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.properties(this);
    }
  }

  /** Which entries of a collection a news module shows. */
  enum Selection {
    /** Entries with a homepage rank, lowest first. */
    HOMEPAGE,
    /** Every entry, newest first. */
    ALL
  }

  /** RowNewsCards of a collection (a content folder). */
  record NewsCards(String collection, Selection selection) implements ModuleModel {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.newsCards(this);
    }
  }

  /** RowNewsList of a collection. */
  record NewsList(Icon icon, Optional<String> title, Optional<String> subtitle, String collection, Selection selection)
      implements ModuleModel {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.newsList(this);
    }
  }
}
