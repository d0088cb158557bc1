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
    UNLESS
  }

  /**
   * One slot: what it does with its value, and the frame its path starts at (0 for the model, then one
   * per enclosing section with an element), which the renderer checks against where the slot stands.
   *
   * @param kind what the slot does
   * @param frame the frame its path starts at
   */
  public record Slot(Kind kind, int frame) {
    public Slot {
      Objects.requireNonNull(kind, "kind");
    }
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
