package dev.quire.dsl;

import dev.quire.dsl.internal.Bound;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The placeholders of a page bound to a model ({@code model:} in its content file), as the processor
 * writes them: a template page whose placeholders are slots ({@link #value}, and {@link #open} and
 * {@link #close} around a section or a module with {@code each:} or {@code if:}), what each slot does
 * and the frame it reads, and a {@link Reader} that reads every slot with plain accessor calls. {@link #page} binds a model; the page it returns renders with
 * {@code HtmlRenderer} like any other, its static parts copied as they are and only the values written.
 *
 * <pre>{@code
 * private static final Bindings<Basket> BINDINGS = Bindings.<Basket>builder(TEMPLATE, BasketPage::read)
 *     .value(0, 0)  // {{customer.name}}
 *     .each(1, 0)   // {{#lines}}
 *     .value(2, 1)  // {{quantity}} of a line
 *     .build();
 *
 * private static Object read(int slot, Object[] frames) {
 *   return switch (slot) {
 *     case 0 -> {
 *       var customer = ((Basket) frames[0]).customer();
 *       yield customer == null ? null : customer.name();
 *     }
 *     case 1 -> ((Basket) frames[0]).lines();
 *     case 2 -> ((Basket.Line) frames[1]).quantity();
 *     default -> throw new IndexOutOfBoundsException(slot);
 *   };
 * }
 * }</pre>
 *
 * @param <M> the model's type
 */
public final class Bindings<M> {
  private final Page template;
  private final List<Bound.Slot> slots;
  private final Bound.Reader reader;

  private Bindings(Page template, List<Bound.Slot> slots, Bound.Reader reader) {
    this.template = template;
    this.slots = List.copyOf(slots);
    this.reader = reader;
  }

  /**
   * A builder for the slots of {@code template}, numbered from 0 in the order they are added.
   *
   * @param template the page with slots where the model's values go
   * @param reader what each slot reads
   * @param <M> the model's type
   * @return a builder with no slots yet
   */
  public static <M> Builder<M> builder(Page template, Reader reader) {
    Objects.requireNonNull(reader, "reader");
    return new Builder<>(Objects.requireNonNull(template, "template"), reader::read);
  }

  /**
   * The page with {@code model}'s values in its slots.
   *
   * @param model the model
   * @return the page
   */
  public Page page(M model) {
    return new Page(template, new Bound(template, Objects.requireNonNull(model, "model"), slots, reader));
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
   * Reads each slot's value: the method the processor writes in a bound page's class, a switch over the
   * slot numbers with the accessor calls of each placeholder's path.
   */
  @FunctionalInterface
  public interface Reader {
    /**
     * The value of a slot: a value to show, or what a section repeats or tests.
     *
     * @param slot the slot's number
     * @param frames the model in frame 0, then the element of each enclosing section that has one
     * @return the value, or null when the path meets a null
     */
    Object read(int slot, Object[] frames);
  }

  /** Builds {@link Bindings}: one call per slot, in slot order. */
  public static final class Builder<M> {
    private final Page template;
    private final Bound.Reader reader;
    private final List<Bound.Slot> slots = new ArrayList<>();

    private Builder(Page template, Bound.Reader reader) {
      this.template = template;
      this.reader = reader;
    }

    /**
     * A value.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at: 0 for the model, then one per enclosing section with an element
     * @return this builder
     */
    public Builder<M> value(int slot, int frame) {
      return add(slot, Bound.Kind.VALUE, frame);
    }

    /**
     * A section repeated once per element of an {@code Iterable} or array; inside it, the element is frame
     * {@code path}'s frame plus one.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at: 0 for the model, then one per enclosing section with an element
     * @return this builder
     */
    public Builder<M> each(int slot, int frame) {
      return add(slot, Bound.Kind.EACH, frame);
    }

    /**
     * A section written once when the value is {@code true}, a present {@code Optional} or a non-empty
     * collection, array or text.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at: 0 for the model, then one per enclosing section with an element
     * @return this builder
     */
    public Builder<M> when(int slot, int frame) {
      return add(slot, Bound.Kind.WHEN, frame);
    }

    /**
     * A section written once with a present {@code Optional}'s value as its frame.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at: 0 for the model, then one per enclosing section with an element
     * @return this builder
     */
    public Builder<M> with(int slot, int frame) {
      return add(slot, Bound.Kind.WITH, frame);
    }

    /**
     * A section written once when the value is {@code false}, empty, absent or null.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at: 0 for the model, then one per enclosing section with an element
     * @return this builder
     */
    public Builder<M> unless(int slot, int frame) {
      return add(slot, Bound.Kind.UNLESS, frame);
    }

    private Builder<M> add(int slot, Bound.Kind kind, int frame) {
      if (slot != slots.size()) {
        throw new IllegalArgumentException("slot " + slot + " added where slot " + slots.size() + " is next");
      }
      if (frame < 0) {
        throw new IllegalArgumentException("frame " + frame + " is negative");
      }
      slots.add(new Bound.Slot(kind, frame));
      return this;
    }

    /**
     * The bindings.
     *
     * @return the bindings
     */
    public Bindings<M> build() {
      return new Bindings<>(template, slots, reader);
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
