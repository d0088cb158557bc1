package dev.quire.dsl.internal;

import java.util.List;
import java.util.Objects;

/**
 * Not API. A page bound to a model: the template page (its placeholders are slot markers), the model,
 * and how each slot reads its value. {@code dev.quire.dsl.Bindings} makes it; the runtime renders it by
 * writing the template's output with each marker replaced by its value.
 *
 * <p>A marker is three private-use characters: its kind ({@link #VALUE}, {@link #OPEN} or
 * {@link #CLOSE}), then the slot number in two characters from {@code U+E100}. Content files cannot
 * hold private-use characters in pages with a model (the processor refuses them), so a marker is never
 * text an author wrote.
 *
 * @param template the page with markers, built once
 * @param model the model this page shows
 * @param slots the slots by number
 * @param reader what each slot reads from the frames
 */
public record Bound(Object template, Object model, List<Slot> slots, Reader reader) {
  /** Starts the marker of a value. */
  public static final char VALUE = '\uE000';
  /** Starts the marker of a section's start. */
  public static final char OPEN = '\uE001';
  /** Starts the marker of a section's end. */
  public static final char CLOSE = '\uE002';
  /** The first of the characters a slot number is written with. */
  public static final char DIGIT = '\uE100';
  /** The most slots a page can have. */
  public static final int MAX_SLOTS = 1 << 16;

  public Bound {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(reader, "reader");
    slots = List.copyOf(slots);
  }

  /** Reads a slot's value from the frames (the model in frame 0, then the sections' elements). */
  @FunctionalInterface
  public interface Reader {
    /** The value of slot {@code slot}, or null. */
    Object read(int slot, Object[] frames);
  }

  /** What a slot does with its value. */
  public enum Kind {
    /** Writes it, escaped for where it stands. */
    VALUE,
    /** Repeats its section once per element of an {@code Iterable} or array (a null element is skipped); the element is the current frame. */
    EACH,
    /** Writes its section once when the value is true, present or not empty; the frame stays. */
    WHEN,
    /** Writes its section once with the {@code Optional}'s value as the current frame, when present. */
    WITH,
    /** Writes its section once when the value is false, empty, absent or null. */
    UNLESS,
    /**
     * Writes a module made for each render from the model's values (an own module whose values hold
     * placeholders): the value is a {@code dev.quire.dsl.Module}, rendered where the marker stands.
     */
    MODULE
  }

  /**
   * One slot: what it does with its value, the frame its path starts at (0 for the model, then one
   * per enclosing section with an element), which the renderer checks against where the slot stands,
   * and what the content wrote there, for messages.
   *
   * @param kind what the slot does
   * @param frame the frame its path starts at; for {@link Kind#MODULE}, the frames open where the
   *     module stands (its own sections put their elements in this frame)
   * @param source what the content wrote and where ({@code {{a}}, pages/p.md:10:5}), or empty
   */
  public record Slot(Kind kind, int frame, String source) {
    public Slot {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(source, "source");
    }

    /** A slot with no source. */
    public Slot(Kind kind, int frame) {
      this(kind, frame, "");
    }

    /** How messages name slot {@code number}: what the content wrote and where, else its number. */
    public String describe(int number) {
      return source.isEmpty() ? "slot " + number : source;
    }
  }

  /** What a value shows as: an {@code Optional}'s value, or null for nothing. */
  public static Object shown(Object value) {
    while (value instanceof java.util.Optional<?> optional) {
      value = optional.orElse(null);
    }
    return value;
  }

  /** True, present, not empty: what a condition holds when its section is written. */
  public static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof java.util.Optional<?> optional) {
      return optional.isPresent();
    }
    if (value instanceof java.util.Collection<?> collection) {
      return !collection.isEmpty();
    }
    if (value instanceof Iterable<?> iterable) {
      return iterable.iterator().hasNext();
    }
    if (value instanceof CharSequence chars) {
      return chars.length() > 0;
    }
    if (value.getClass().isArray()) {
      return java.lang.reflect.Array.getLength(value) > 0;
    }
    return true;
  }

  /** The elements a section of kind {@link Kind#EACH} repeats over {@code value}, nulls left out. */
  public static List<Object> elements(Object value) {
    List<Object> elements = new java.util.ArrayList<>();
    if (value instanceof Iterable<?> iterable) {
      for (Object element : iterable) {
        if (element != null) {
          elements.add(element);
        }
      }
    } else if (value != null && value.getClass().isArray()) {
      for (int i = 0, n = java.lang.reflect.Array.getLength(value); i < n; i++) {
        Object element = java.lang.reflect.Array.get(value, i);
        if (element != null) {
          elements.add(element);
        }
      }
    }
    return elements;
  }

  /** {@code text} with every marker character replaced by U+FFFD: a model's value can never read as a marker. */
  public static String withoutMarkers(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isMarkerChar(text.charAt(i))) {
        char[] chars = text.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (isMarkerChar(chars[j])) {
            chars[j] = '\uFFFD';
          }
        }
        return new String(chars);
      }
    }
    return text;
  }

  /** The marker of {@code kind} for slot {@code slot}. */
  public static String marker(char kind, int slot) {
    if (slot < 0 || slot >= MAX_SLOTS) {
      throw new IllegalArgumentException("slot " + slot + " is outside 0.." + (MAX_SLOTS - 1));
    }
    return new String(new char[] {kind, (char) (DIGIT + (slot >> 8)), (char) (DIGIT + (slot & 0xFF))});
  }

  /** The slot number of the marker that starts at {@code at} in {@code text} (its kind character). */
  public static int slotAt(CharSequence text, int at) {
    return (text.charAt(at + 1) - DIGIT) << 8 | (text.charAt(at + 2) - DIGIT);
  }

  /** Whether {@code c} starts a marker: {@link #VALUE}, {@link #OPEN} or {@link #CLOSE}. */
  public static boolean isMarkerStart(char c) {
    return c >= VALUE && c <= CLOSE;
  }

  /** Whether {@code c} is one of the characters markers are made of. */
  public static boolean isMarkerChar(char c) {
    return c >= VALUE && c <= CLOSE || c >= DIGIT && c <= DIGIT + 0xFF;
  }
}
