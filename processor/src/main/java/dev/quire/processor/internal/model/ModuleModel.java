package dev.quire.processor.internal.model;

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

    R section(Section module);
  }

  /**
   * A module of a bound page written once per element of a collection ({@code each:}) or only when a
   * condition holds ({@code if:}): {@code module} between the markers of slot {@code slot}.
   */
  record Section(int slot, ModuleModel module) implements ModuleModel {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.section(this);
    }
  }

  /**
   * An own module: its shape, its components' values in order, where the content file writes it
   * ({@code pages/about.md:12:5}, for the errors its own rules may raise), and, when its values hold
   * placeholders (text and URLs, its own or its nested records'), the slot of a bound page that makes
   * it for each render from the model's values, so that its constructor and methods see the values,
   * never a slot marker.
   */
  record Own(Declared.Shape shape, List<Value> values, String where, Optional<Integer> slot) implements ModuleModel {
    public Own {
      values = List.copyOf(values);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.own(this);
    }
  }

  /**
   * How the generated code makes a module read property by property: its builder, a setter per value
   * ({@code RowText.builder().text(…).build()}), or its factory {@code of} with the first
   * {@code arguments} values, then a wither per other value ({@code RowNewsList.of(icon, entries).title(…)}).
   */
  record Call(boolean builder, int arguments) {
    /** The builder. */
    public static final Call BUILDER = new Call(true, 0);

    /** {@code of} with the first {@code arguments} values. */
    public static Call of(int arguments) {
      return new Call(false, arguments);
    }
  }

  /** One property of a {@link Properties} module, what it accepts, and its value: a setter call or an argument. */
  record Setting(String property, Declared.Type type, Value value) {}

  /**
   * A built-in module that is its properties (RowText, RowMultiColumns…, see {@link BuiltIn}):
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
}
