package dev.quire.dsl.internal;

import dev.quire.dsl.Page;

/**
 * Not API. Lets {@code dev.quire.runtime} keep the render plan of a page on the page itself, so that
 * finding it costs one field read instead of a map lookup, and it lives exactly as long as the page.
 * Pages are immutable, so what is rendered from one never changes; the slot is a cache, not state.
 * {@link Page} hands over its accessor when it is initialized (plain code rather than a VarHandle,
 * which would cost the first render of a page tens of milliseconds of JVM start-up).
 */
public final class RenderCache {
  /** Reads and writes the slot of a page. */
  public interface Slot {
    Object get(Page page);

    void set(Page page, Object value);
  }

  private static volatile Slot installed;

  /**
   * The installed slot as a constant the JIT can inline through. Initialized on first use, which
   * comes after {@link Page} was initialized: a page has to exist before anyone asks for its slot.
   */
  private static final class Installed {
    static final Slot SLOT;

    static {
      try {
        Class.forName(Page.class.getName(), true, Page.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new ExceptionInInitializerError(e);
      }
      SLOT = installed;
    }
  }

  private RenderCache() {}

  /** Called once, by {@link Page}'s static initializer. */
  public static void install(Slot pageSlot) {
    if (installed != null) {
      throw new IllegalStateException("the render cache slot is installed by dev.quire.dsl.Page only");
    }
    installed = pageSlot;
  }

  /** What the runtime last stored on {@code page}, or null. */
  public static Object get(Page page) {
    return Installed.SLOT.get(page);
  }

  /** Stores {@code value} (an immutable object with final fields only) on {@code page}. */
  public static void set(Page page, Object value) {
    Installed.SLOT.set(page, value);
  }
}
