package dev.quire.processor.internal;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.model.Declared;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outcomes of content files kept from one compile to the next, for dev mode, which compiles the
 * same folder again at every save: a file whose bytes, class and surroundings (the folder's folders,
 * the silenced codes, the own modules) are those of the last compile gets that compile's outcome, which
 * the same code made from the same input, instead of being read, parsed and checked again. What else a
 * file's outcome depends on (the static folder's files, the Java types of models, the options) is the
 * dev session's to watch: it starts a new cache when any of them changes. A build uses {@link #none()},
 * which keeps nothing. Outcomes of the last two compiles are kept, no more.
 */
public final class ContentCache {
  private static final ContentCache NONE = new ContentCache(false);

  private final boolean keeps;
  private volatile Map<Key, ContentCompiler.FileResult> previous = new ConcurrentHashMap<>();
  private volatile Map<Key, ContentCompiler.FileResult> current = new ConcurrentHashMap<>();

  private ContentCache(boolean keeps) {
    this.keeps = keeps;
  }

  /** An empty cache for a dev session. */
  public static ContentCache create() {
    return new ContentCache(true);
  }

  /** The cache of a build: it keeps nothing. */
  public static ContentCache none() {
    return NONE;
  }

  /** What a file's outcome is made from, besides what the session watches. */
  record Key(String path, Declared.JavaName className, String digest, Set<String> folders, Set<Code> silenced,
      Declared.Modules modules) {}

  /** Starts a compile: the outcomes of the one before the last are dropped. */
  public synchronized void nextCompile() {
    if (keeps) {
      previous = current;
      current = new ConcurrentHashMap<>();
    }
  }

  /** The key of a file's outcome; {@code bytes} are the file's. */
  static Key key(String path, Declared.JavaName className, byte[] bytes, Set<String> folders, Set<Code> silenced,
      Declared.Modules modules) {
    try {
      String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return new Key(path, className, digest, Set.copyOf(folders), Set.copyOf(silenced), modules);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Whether this cache keeps anything (a build's does not). */
  boolean keeps() {
    return keeps;
  }

  /** The kept outcome of {@code key}, or null; a hit is kept for the next compile too. */
  ContentCompiler.FileResult get(Key key) {
    ContentCompiler.FileResult result = current.get(key);
    if (result == null) {
      result = previous.get(key);
      if (result != null) {
        current.put(key, result);
      }
    }
    return result;
  }

  void put(Key key, ContentCompiler.FileResult result) {
    current.put(key, result);
  }
}
