package dev.quire.dsl;

import dev.quire.dsl.internal.Bound;
import dev.quire.dsl.internal.Refusals;
import dev.quire.dsl.internal.UrlPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The placeholders of a page bound to a model ({@code model:} in its content file), as the processor
 * writes them: a template page whose placeholders are slots ({@link #value}, and {@link #open} and
 * {@link #close} around a section or a module with {@code each:} or {@code if:}), what each slot does
 * and the frame it reads, and a {@link Reader} that reads every slot with plain accessor calls. {@link #page} binds a model; the page it returns renders with
 * {@code HtmlRenderer} like any other, its static parts copied as they are and only the values written.
 *
 * <pre>{@code
 * private static final Bindings<Basket> BINDINGS = Bindings.<Basket>builder(TEMPLATE, BasketPage::read)
 *     .value(0, 0, "{{customer.name}} at pages/basket.md:7:17")
 *     .each(1, 0, "{{#lines}} at pages/basket.md:10:1")
 *     .value(2, 1, "{{quantity}} at pages/basket.md:11:5")  // of a line: frame 1
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
   * Where a module made for each render goes (an own module whose values hold placeholders, slot kind
   * {@link Builder#module}): the slot's value is the module, built by the reader from the model's values
   * and rendered in place.
   *
   * @param slot the slot's number
   * @param scripts the scripts the module's content needs, as a renderer names them ({@code table} for a
   *     RowDynamicTable inside it), which the document must carry although the template cannot show them
   * @return a module that stands for it in the template
   */
  public static Module module(int slot, String... scripts) {
    return new ModuleSlot(value(slot), List.of(scripts));
  }

  /**
   * For the reader of a generated class: the text of an own module's component that holds placeholders
   * ({@code "Hello " + Bindings.value(3)}), with each placeholder's value as text and each section
   * written or repeated by its value, read from {@code frames}. A value never reads as a slot marker
   * (its marker characters become U+FFFD).
   *
   * @param module the module's slot ({@link Builder#module}), whose frame its sections put elements after
   * @param template the component's text with slot markers
   * @param frames the frames of the render
   * @return the text
   */
  public String text(int module, String template, Object[] frames) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    evaluate(template, 0, template.length(), frames, slots.get(module).frame(), out);
    return out.toString();
  }

  /**
   * For the reader of a generated class: a link URL component made of placeholders ({@link #text}),
   * checked as a whole by the URL policy; one the policy refuses is reported and becomes a URL that
   * goes nowhere ({@code about:invalid#quire-refused-url}), so the page still renders.
   *
   * @param module the module's slot
   * @param template the component's URL with slot markers
   * @param frames the frames of the render
   * @return the URL
   */
  public Url url(int module, String template, Object[] frames) {
    return new Url(checked(module, template, frames, UrlPolicy.Use.LINK));
  }

  /**
   * For the reader of a generated class: an image URL component made of placeholders, checked as a
   * whole like {@link #url}.
   *
   * @param module the module's slot
   * @param template the component's URL with slot markers
   * @param frames the frames of the render
   * @return the URL
   */
  public ImageUrl image(int module, String template, Object[] frames) {
    return new ImageUrl(checked(module, template, frames, UrlPolicy.Use.IMAGE));
  }

  private String checked(int module, String template, Object[] frames, UrlPolicy.Use use) {
    String url = text(module, template, frames);
    if (UrlPolicy.check(url, use).level() != UrlPolicy.Level.ERROR) {
      return url;
    }
    Set<String> where = new LinkedHashSet<>();
    for (int i = 0; i + 2 < template.length(); i++) {
      if (template.charAt(i) == Bound.VALUE) {
        int slot = Bound.slotAt(template, i);
        where.add(slots.get(slot).describe(slot));
      }
    }
    Refusals.url(String.join(", ", where), url, use, Refusals.reason(url, use));
    return UrlPolicy.REFUSED;
  }

  /** Writes {@code template}'s text from {@code from} to {@code to}; sections put their element in frame {@code depth}. */
  private void evaluate(String template, int from, int to, Object[] frames, int depth, StringBuilder out) {
    int i = from;
    while (i < to) {
      char c = template.charAt(i);
      if (!Bound.isMarkerStart(c) || i + 2 >= to) {
        out.append(c);
        i++;
        continue;
      }
      int slot = Bound.slotAt(template, i);
      i += 3;
      if (c == Bound.VALUE) {
        out.append(shownText(reader.read(slot, frames)));
        continue;
      }
      if (c == Bound.CLOSE) {
        throw new IllegalStateException(slots.get(slot).describe(slot) + " ends a section that is not open here");
      }
      int end = template.indexOf(Bound.marker(Bound.CLOSE, slot), i);
      if (end < 0 || end > to) {
        throw new IllegalStateException(slots.get(slot).describe(slot) + " starts a section that never ends");
      }
      Object value = reader.read(slot, frames);
      switch (slots.get(slot).kind()) {
        case EACH -> {
          for (Object element : Bound.elements(value)) {
            Object[] inner = frames.length > depth ? frames : Arrays.copyOf(frames, depth + 1);
            inner[depth] = element;
            evaluate(template, i, end, inner, depth + 1, out);
          }
        }
        case WITH -> {
          Object present = Bound.shown(value);
          if (present != null) {
            Object[] inner = frames.length > depth ? frames : Arrays.copyOf(frames, depth + 1);
            inner[depth] = present;
            evaluate(template, i, end, inner, depth + 1, out);
          }
        }
        case WHEN -> {
          if (Bound.truthy(value)) {
            evaluate(template, i, end, frames, depth, out);
          }
        }
        case UNLESS -> {
          if (!Bound.truthy(value)) {
            evaluate(template, i, end, frames, depth, out);
          }
        }
        default -> throw new IllegalStateException(slots.get(slot).describe(slot) + " is not a section");
      }
      i = end + 3;
    }
  }

  /** A value as an own module's text gets it: an {@code Optional}'s value, nothing for null, Markdown as its HTML. */
  private static String shownText(Object value) {
    Object shown = Bound.shown(value);
    if (shown == null) {
      return "";
    }
    String text = shown instanceof Markdown markdown ? markdown.html() : String.valueOf(shown);
    return Bound.withoutMarkers(text);
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
     * As {@link #value(int, int)}, with what the content file wrote there, which messages name.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at
     * @param source what the content wrote and where ({@code {{name}} at pages/basket.md:7:17})
     * @return this builder
     */
    public Builder<M> value(int slot, int frame, String source) {
      return add(slot, Bound.Kind.VALUE, frame, source);
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
     * As {@link #each(int, int)}, with what the content file wrote there, which messages name.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at
     * @param source what the content wrote and where ({@code {{name}} at pages/basket.md:7:17})
     * @return this builder
     */
    public Builder<M> each(int slot, int frame, String source) {
      return add(slot, Bound.Kind.EACH, frame, source);
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
     * As {@link #when(int, int)}, with what the content file wrote there, which messages name.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at
     * @param source what the content wrote and where ({@code {{name}} at pages/basket.md:7:17})
     * @return this builder
     */
    public Builder<M> when(int slot, int frame, String source) {
      return add(slot, Bound.Kind.WHEN, frame, source);
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
     * As {@link #with(int, int)}, with what the content file wrote there, which messages name.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at
     * @param source what the content wrote and where ({@code {{name}} at pages/basket.md:7:17})
     * @return this builder
     */
    public Builder<M> with(int slot, int frame, String source) {
      return add(slot, Bound.Kind.WITH, frame, source);
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

    /**
     * As {@link #unless(int, int)}, with what the content file wrote there, which messages name.
     *
     * @param slot the slot's number: the next one
     * @param frame the frame its path starts at
     * @param source what the content wrote and where ({@code {{name}} at pages/basket.md:7:17})
     * @return this builder
     */
    public Builder<M> unless(int slot, int frame, String source) {
      return add(slot, Bound.Kind.UNLESS, frame, source);
    }

    /**
     * A module made for each render from the model's values ({@link Bindings#module(int, String...)}
     * stands for it in the template): the reader returns the module.
     *
     * @param slot the slot's number: the next one
     * @param frame the frames open where the module stands (its sections put their elements in this one)
     * @param source the module and where the content file writes it ({@code Price at pages/shop.md:5:5})
     * @return this builder
     */
    public Builder<M> module(int slot, int frame, String source) {
      return add(slot, Bound.Kind.MODULE, frame, source);
    }

    private Builder<M> add(int slot, Bound.Kind kind, int frame) {
      return add(slot, kind, frame, "");
    }

    private Builder<M> add(int slot, Bound.Kind kind, int frame, String source) {
      Objects.requireNonNull(source, "source");
      if (slot != slots.size()) {
        throw new IllegalArgumentException("slot " + slot + " added where slot " + slots.size() + " is next");
      }
      if (frame < 0) {
        throw new IllegalArgumentException("frame " + frame + " is negative");
      }
      slots.add(new Bound.Slot(kind, frame, source));
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

  /** The module standing for a module made for each render: its slot's marker, and the scripts it needs. */
  private record ModuleSlot(String marker, List<String> scripts) implements Module {
    @Override
    public void render(Html html) {
      scripts.forEach(html::requireScript);
      html.text(marker);
    }

    @Override
    public String name() {
      return "a module made for each model";
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
