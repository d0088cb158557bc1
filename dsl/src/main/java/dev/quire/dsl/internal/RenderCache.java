package dev.quire.dsl.internal;

/**
 * Not API. Lets {@code dev.quire.runtime} keep the render plan of a page on the page itself, so that
 * finding it costs one field read instead of a map lookup, and it lives exactly as long as the page.
 * Pages are immutable, so what is rendered from one never changes; the slot is a cache, not state.
 * {@code dev.quire.dsl.Page} hands over its accessor when it is initialized (plain code rather than a VarHandle,
 * which would cost the first render of a page tens of milliseconds of JVM start-up).
 */
public final class RenderCache {
  /** Reads and writes the slot of a page. */
  public interface Slot {
    Object get(Object page);

    void set(Object page, Object value);

    /** The {@link Bound} of a page bound to a model, or null. */
    Object bound(Object page);
  }

  private static volatile Slot installed;

  /**
   * The installed slot as a constant the JIT can inline through. Initialized on first use, which
   * comes after {@code dev.quire.dsl.Page} was initialized: a page has to exist before anyone asks for its slot.
   */
  private static final class Installed {
    static final Slot SLOT;

    static {
      try {
        Class.forName(PAGE, true, RenderCache.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new ExceptionInInitializerError(e);
      }
      SLOT = installed;
    }
  }

  /** The class that installs the slot (named, not referenced: the API depends on this package, not the other way). */
  private static final String PAGE = "dev.quire.dsl.Page";

  private RenderCache() {}

  /** Called once, by {@code dev.quire.dsl.Page}'s static initializer. */
  public static void install(Slot pageSlot) {
    if (installed != null) {
      throw new IllegalStateException("the render cache slot is installed by dev.quire.dsl.Page only");
    }
    installed = pageSlot;
  }

  /** What the runtime last stored on {@code page}, or null. */
  public static Object get(Object page) {
    return Installed.SLOT.get(page);
  }

  /** The {@link Bound} of {@code page} when it is bound to a model, or null. */
  public static Bound bound(Object page) {
    return (Bound) Installed.SLOT.bound(page);
  }

  /** Stores {@code value} (an immutable object with final fields only) on {@code page}. */
  public static void set(Object page, Object value) {
    Installed.SLOT.set(page, value);
  }
}
