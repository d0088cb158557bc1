package dev.quire.dsl.internal;

import dev.quire.dsl.Page;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Not API. Lets {@code dev.quire.runtime} keep the render plan of a page on the page itself, so that
 * finding it costs one field read instead of a map lookup, and it lives exactly as long as the page.
 * Pages are immutable, so what is rendered from one never changes; the slot is a cache, not state.
 */
public final class RenderCache {
  private static final VarHandle SLOT;

  static {
    try {
      SLOT = MethodHandles.privateLookupIn(Page.class, MethodHandles.lookup())
          .findVarHandle(Page.class, "renderCache", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private RenderCache() {}

  /** What the runtime last stored on {@code page}, or null. */
  public static Object get(Page page) {
    return SLOT.getAcquire(page);
  }

  /** Stores {@code value} (an immutable object) on {@code page}. */
  public static void set(Page page, Object value) {
    SLOT.setRelease(page, value);
  }
}
