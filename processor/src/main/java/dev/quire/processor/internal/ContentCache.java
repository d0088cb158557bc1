package dev.quire.processor.internal;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.generate.Sources;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.PageModel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.Element;

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
  private static final ContentCache NONE = new ContentCache(false, file -> null, folder -> null);

  private final boolean keeps;
  /** The SHA-256 of a file's bytes as the dev session last read them, when it can vouch for them; else null. */
  private final Function<Path, byte[]> digests;
  /** The files under a content folder as the dev session just found them; else null. */
  private final Function<Path, List<Path>> files;
  private volatile Map<Key, ContentCompiler.FileResult> previous = new ConcurrentHashMap<>();
  private volatile Map<Key, ContentCompiler.FileResult> current = new ConcurrentHashMap<>();
  /** The page classes' sources, by the page they were written for (the same object while its file's outcome is kept). */
  private volatile Map<PageModel, Written> previousSources = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
  private volatile Map<PageModel, Written> currentSources = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

  /** The other classes' sources (the index, the collections), by class name. */
  private volatile Map<String, Written> previousOthers = new ConcurrentHashMap<>();
  private volatile Map<String, Written> currentOthers = new ConcurrentHashMap<>();

  /** A generated source, and what besides its page (if any) it was written from. */
  private record Written(Object context, Sources.Source source) {}

  private ContentCache(boolean keeps, Function<Path, byte[]> digests, Function<Path, List<Path>> files) {
    this.keeps = keeps;
    this.digests = digests;
    this.files = files;
  }

  /** An empty cache for a dev session. */
  public static ContentCache create() {
    return create(file -> null, folder -> null);
  }

  /**
   * An empty cache for a dev session that knows the digests of the content files' bytes: a file whose
   * digest {@code digests} gives is not read when its outcome is kept (in a site of 10,000 pages, reading
   * and digesting every file was most of an edit's processor round).
   *
   * @param digests the SHA-256 of a file's bytes as they are now (as the session's digest of the content
   *     just read them), or null when the file must be read
   * @param files the files under a content folder as the session just found them (regular files and
   *     links to them), or null when the folder must be walked
   * @return the cache
   */
  public static ContentCache create(Function<Path, byte[]> digests, Function<Path, List<Path>> files) {
    return new ContentCache(true, digests, files);
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
      previousSources = currentSources;
      previousOthers = currentOthers;
      currentOthers = new ConcurrentHashMap<>();
      currentSources = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    }
  }

  /** The key of a file's outcome; {@code bytes} are the file's. */
  static Key key(String path, Declared.JavaName className, byte[] bytes, Set<String> folders, Set<Code> silenced,
      Declared.Modules modules) {
    try {
      return keyOfDigest(path, className, MessageDigest.getInstance("SHA-256").digest(bytes), folders, silenced, modules);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The key of a file's outcome; {@code sha256} is the digest of the file's bytes. */
  static Key keyOfDigest(String path, Declared.JavaName className, byte[] sha256, Set<String> folders,
      Set<Code> silenced, Declared.Modules modules) {
    return new Key(path, className, HexFormat.of().formatHex(sha256), Set.copyOf(folders), Set.copyOf(silenced), modules);
  }

  /** The files under the content folder {@code folder} as the session just found them, or null: walk it. */
  List<Path> files(Path folder) {
    return files.apply(folder);
  }

  /** The SHA-256 of {@code file}'s bytes as they are now, when the session knows it without reading the file; else null. */
  byte[] digest(Path file) {
    return digests.apply(file);
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

  /**
   * The source of {@code page}'s class, written from {@code context} as well (the class's name, the
   * collections' classes...): the last compile's when its file's outcome was kept (so the page is the
   * same object) and the context is equal, else {@code write}'s. An edit to one page of a large site so
   * writes one page class, not all of them; a build writes every one.
   */
  Sources.Source source(PageModel page, Object context, Element origin, Supplier<Sources.Source> write) {
    return keeps ? kept(currentSources, previousSources, page, context, origin, write) : write.get();
  }

  /**
   * The source of the class {@code className} that is not a page's (the index, a collection), written
   * from {@code context} alone: the last compile's when its context is equal, else {@code write}'s.
   */
  Sources.Source source(String className, Object context, Element origin, Supplier<Sources.Source> write) {
    return keeps ? kept(currentOthers, previousOthers, className, context, origin, write) : write.get();
  }

  /** The source kept under {@code key} in this compile or the last for an equal context, else written now; kept for the next. */
  private static <K> Sources.Source kept(Map<K, Written> current, Map<K, Written> previous, K key, Object context,
      Element origin, Supplier<Sources.Source> write) {
    Written kept = current.get(key);
    if (kept == null) {
      kept = previous.get(key);
    }
    if (kept == null || !kept.context().equals(context)) {
      kept = new Written(context, write.get());
    }
    current.put(key, kept);
    return new Sources.Source(kept.source().className(), kept.source().text(), List.of(origin));
  }
}
