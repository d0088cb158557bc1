package dev.quire.dsl;

import dev.quire.dsl.internal.Bound;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The placeholders of a page bound to a model ({@code model:} in its content file), as the processor
 * writes them: a template page whose placeholders are slots ({@link #value}, and {@link #open} and
 * {@link #close} around a section or a module with {@code each:} or {@code if:}), and, for each slot,
 * the path that reads it from the model. {@link #page} binds a model; the page it returns renders with
 * {@code HtmlRenderer} like any other, its static parts copied as they are and only the values written.
 *
 * <pre>{@code
 * private static final Bindings<Basket> BINDINGS = Bindings.<Basket>builder(TEMPLATE)
 *     .value(0, Bindings.path(0, Basket::customer, Customer::name))  // {{customer.name}}
 *     .each(1, Bindings.path(0, Basket::lines))                      // {{#lines}}
 *     .value(2, Bindings.path(1, Line::quantity))                    // {{quantity}} of a line
 *     .build();
 * }</pre>
 *
 * @param <M> the model's type
 */
public final class Bindings<M> {
  private final Page template;
  private final List<Bound.Slot> slots;

  private Bindings(Page template, List<Bound.Slot> slots) {
    this.template = template;
    this.slots = List.copyOf(slots);
  }

  /**
   * A builder for the slots of {@code template}, numbered from 0 in the order they are added.
   *
   * @param template the page with slots where the model's values go
   * @param <M> the model's type
   * @return a builder with no slots yet
   */
  public static <M> Builder<M> builder(Page template) {
    return new Builder<>(Objects.requireNonNull(template, "template"));
  }

  /**
   * The page with {@code model}'s values in its slots.
   *
   * @param model the model
   * @return the page
   */
  public Page page(M model) {
    return new Page(template, new Bound(template, Objects.requireNonNull(model, "model"), slots));
  }

  /**
   * Where a value goes: in text, in an attribute or as a URL (the renderer escapes it for the place it
   * finds it in, and checks a URL).
   *
   * @param slot the slot's number
   * @return the slot's marker
   */
  public static String value(int slot) {
    return Bound.marker(Bound.VALUE, slot);
  }

  /**
   * Where a section (or a module with {@code each:} or {@code if:}) starts.
   *
   * @param slot the slot's number
   * @return the slot's start marker
   */
  public static String open(int slot) {
    return Bound.marker(Bound.OPEN, slot);
  }

  /**
   * Where a section ends.
   *
   * @param slot the slot's number
   * @return the slot's end marker
   */
  public static String close(int slot) {
    return Bound.marker(Bound.CLOSE, slot);
  }

  /**
   * A module written once per element, or only when a condition holds: {@code module} between the
   * slot's start and end.
   *
   * @param slot the slot's number
   * @param module the module
   * @return the module between the slot's markers
   */
  public static Module section(int slot, Module module) {
    return new Section(open(slot), Objects.requireNonNull(module, "module"), close(slot));
  }

  /**
   * The frame itself: the model ({@code frame} 0) or the current element of an enclosing section ({@code {{.}}}).
   *
   * @param frame the frame
   * @return the path
   */
  public static Path path(int frame) {
    return new Path(frame, List.of());
  }

  /**
   * One accessor from a frame.
   *
   * @param frame the frame the path starts at: 0 for the model, then one per enclosing section with an element
   * @param a the accessor
   * @param <A> the frame's type
   * @param <B> the value's type
   * @return the path
   */
  public static <A, B> Path path(int frame, Function<? super A, ? extends B> a) {
    return new Path(frame, List.of(a));
  }

  /**
   * Two accessors from a frame, each applied to what the one before gives.
   *
   * @param frame the frame
   * @param a the first accessor
   * @param b the second accessor
   * @param <A> the frame's type
   * @param <B> the first value's type
   * @param <C> the value's type
   * @return the path
   */
  public static <A, B, C> Path path(int frame, Function<? super A, ? extends B> a, Function<? super B, ? extends C> b) {
    return new Path(frame, List.of(a, b));
  }

  /**
   * Three accessors from a frame.
   *
   * @param frame the frame
   * @param a the first accessor
   * @param b the second accessor
   * @param c the third accessor
   * @param <A> the frame's type
   * @param <B> the first value's type
   * @param <C> the second value's type
   * @param <D> the value's type
   * @return the path
   */
  public static <A, B, C, D> Path path(int frame, Function<? super A, ? extends B> a, Function<? super B, ? extends C> b,
      Function<? super C, ? extends D> c) {
    return new Path(frame, List.of(a, b, c));
  }

  /**
   * Four accessors from a frame.
   *
   * @param frame the frame
   * @param a the first accessor
   * @param b the second accessor
   * @param c the third accessor
   * @param d the fourth accessor
   * @param <A> the frame's type
   * @param <B> the first value's type
   * @param <C> the second value's type
   * @param <D> the third value's type
   * @param <E> the value's type
   * @return the path
   */
  public static <A, B, C, D, E> Path path(int frame, Function<? super A, ? extends B> a, Function<? super B, ? extends C> b,
      Function<? super C, ? extends D> c, Function<? super D, ? extends E> d) {
    return new Path(frame, List.of(a, b, c, d));
  }

  /**
   * 5 accessors from a frame.
   *
   * @param frame the frame
   * @param a accessor 1
   * @param b accessor 2
   * @param c accessor 3
   * @param d accessor 4
   * @param e accessor 5
   * @param <A> the type of the frame
   * @param <B> the type of value 1
   * @param <C> the type of value 2
   * @param <D> the type of value 3
   * @param <E> the type of value 4
   * @param <F> the value's type
   * @return the path
   */
  public static <A, B, C, D, E, F> Path path(int frame,
      Function<? super A, ? extends B> a,
      Function<? super B, ? extends C> b,
      Function<? super C, ? extends D> c,
      Function<? super D, ? extends E> d,
      Function<? super E, ? extends F> e) {
    return new Path(frame, List.of(a, b, c, d, e));
  }

  /**
   * 6 accessors from a frame.
   *
   * @param frame the frame
   * @param a accessor 1
   * @param b accessor 2
   * @param c accessor 3
   * @param d accessor 4
   * @param e accessor 5
   * @param f accessor 6
   * @param <A> the type of the frame
   * @param <B> the type of value 1
   * @param <C> the type of value 2
   * @param <D> the type of value 3
   * @param <E> the type of value 4
   * @param <F> the type of value 5
   * @param <G> the value's type
   * @return the path
   */
  public static <A, B, C, D, E, F, G> Path path(int frame,
      Function<? super A, ? extends B> a,
      Function<? super B, ? extends C> b,
      Function<? super C, ? extends D> c,
      Function<? super D, ? extends E> d,
      Function<? super E, ? extends F> e,
      Function<? super F, ? extends G> f) {
    return new Path(frame, List.of(a, b, c, d, e, f));
  }

  /**
   * 7 accessors from a frame.
   *
   * @param frame the frame
   * @param a accessor 1
   * @param b accessor 2
   * @param c accessor 3
   * @param d accessor 4
   * @param e accessor 5
   * @param f accessor 6
   * @param g accessor 7
   * @param <A> the type of the frame
   * @param <B> the type of value 1
   * @param <C> the type of value 2
   * @param <D> the type of value 3
   * @param <E> the type of value 4
   * @param <F> the type of value 5
   * @param <G> the type of value 6
   * @param <H> the value's type
   * @return the path
   */
  public static <A, B, C, D, E, F, G, H> Path path(int frame,
      Function<? super A, ? extends B> a,
      Function<? super B, ? extends C> b,
      Function<? super C, ? extends D> c,
      Function<? super D, ? extends E> d,
      Function<? super E, ? extends F> e,
      Function<? super F, ? extends G> f,
      Function<? super G, ? extends H> g) {
    return new Path(frame, List.of(a, b, c, d, e, f, g));
  }

  /**
   * 8 accessors from a frame.
   *
   * @param frame the frame
   * @param a accessor 1
   * @param b accessor 2
   * @param c accessor 3
   * @param d accessor 4
   * @param e accessor 5
   * @param f accessor 6
   * @param g accessor 7
   * @param h accessor 8
   * @param <A> the type of the frame
   * @param <B> the type of value 1
   * @param <C> the type of value 2
   * @param <D> the type of value 3
   * @param <E> the type of value 4
   * @param <F> the type of value 5
   * @param <G> the type of value 6
   * @param <H> the type of value 7
   * @param <I> the value's type
   * @return the path
   */
  public static <A, B, C, D, E, F, G, H, I> Path path(int frame,
      Function<? super A, ? extends B> a,
      Function<? super B, ? extends C> b,
      Function<? super C, ? extends D> c,
      Function<? super D, ? extends E> d,
      Function<? super E, ? extends F> e,
      Function<? super F, ? extends G> f,
      Function<? super G, ? extends H> g,
      Function<? super H, ? extends I> h) {
    return new Path(frame, List.of(a, b, c, d, e, f, g, h));
  }

  /** How a slot reads its value: a frame, then accessors. */
  public static final class Path {
    private final int frame;
    private final List<Function<Object, Object>> steps;

    @SuppressWarnings("unchecked")
    private Path(int frame, List<? extends Function<?, ?>> steps) {
      if (frame < 0) {
        throw new IllegalArgumentException("frame " + frame + " is negative");
      }
      this.frame = frame;
      List<Function<Object, Object>> list = new ArrayList<>();
      for (Function<?, ?> step : steps) {
        list.add((Function<Object, Object>) Objects.requireNonNull(step, "step"));
      }
      this.steps = List.copyOf(list);
    }
  }

  /** Builds {@link Bindings}: one call per slot, in slot order. */
  public static final class Builder<M> {
    private final Page template;
    private final List<Bound.Slot> slots = new ArrayList<>();

    private Builder(Page template) {
      this.template = template;
    }

    /**
     * A value.
     *
     * @param slot the slot's number: the next one
     * @param path where the value comes from
     * @return this builder
     */
    public Builder<M> value(int slot, Path path) {
      return add(slot, Bound.Kind.VALUE, path);
    }

    /**
     * A section repeated once per element of an {@code Iterable} or array; inside it, the element is frame
     * {@code path}'s frame plus one.
     *
     * @param slot the slot's number: the next one
     * @param path where the elements come from
     * @return this builder
     */
    public Builder<M> each(int slot, Path path) {
      return add(slot, Bound.Kind.EACH, path);
    }

    /**
     * A section written once when the value is {@code true}, a present {@code Optional} or a non-empty
     * collection, array or text.
     *
     * @param slot the slot's number: the next one
     * @param path where the condition comes from
     * @return this builder
     */
    public Builder<M> when(int slot, Path path) {
      return add(slot, Bound.Kind.WHEN, path);
    }

    /**
     * A section written once with a present {@code Optional}'s value as its frame.
     *
     * @param slot the slot's number: the next one
     * @param path where the {@code Optional} comes from
     * @return this builder
     */
    public Builder<M> with(int slot, Path path) {
      return add(slot, Bound.Kind.WITH, path);
    }

    /**
     * A section written once when the value is {@code false}, empty, absent or null.
     *
     * @param slot the slot's number: the next one
     * @param path where the condition comes from
     * @return this builder
     */
    public Builder<M> unless(int slot, Path path) {
      return add(slot, Bound.Kind.UNLESS, path);
    }

    private Builder<M> add(int slot, Bound.Kind kind, Path path) {
      if (slot != slots.size()) {
        throw new IllegalArgumentException("slot " + slot + " added where slot " + slots.size() + " is next");
      }
      Objects.requireNonNull(path, "path");
      slots.add(new Bound.Slot(kind, path.frame, path.steps));
      return this;
    }

    /**
     * The bindings.
     *
     * @return the bindings
     */
    public Bindings<M> build() {
      return new Bindings<>(template, slots);
    }
  }

  /** A module between a slot's markers. */
  private record Section(String open, Module module, String close) implements Module {
    @Override
    public void render(Html html) {
      html.text(open);
      html.module(module);
      html.text(close);
    }

    @Override
    public String name() {
      return module.name();
    }
  }
}
