package dev.quire.runtime;

import dev.quire.dsl.Html;
import dev.quire.dsl.ImageUrl;
import dev.quire.dsl.LayoutException;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.Module;
import dev.quire.dsl.Url;
import dev.quire.dsl.internal.Bound;
import dev.quire.dsl.internal.Refusals;
import dev.quire.dsl.internal.UrlPolicy;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * What rendering a page bound to a model runs: the template's output (worked out once, like a static
 * page's) cut at its slot markers into static runs, each kept as text and as UTF-8, and the slots
 * between them: values, each escaped for the place it stands in (element text, an attribute value, a
 * URL), sections, repeated or written once by their value, and modules made for each render (own
 * modules whose values hold placeholders). Rendering copies the runs and writes only the values.
 *
 * <p>Where a value stands is found by reading the output as a browser does (tags, quoted attribute
 * values, comments, {@code <script>} and {@code <style>}); a slot in a place no value can safely go
 * (a tag's name, an attribute's name, a style, a script, a comment) makes the plan fail naming the
 * slot's placeholder and place in the content file, which the processor prevents for content files.
 *
 * <p>A URL attribute is judged as the browser will read it: whole, once every value is in it. A value
 * that is the whole attribute is checked alone; values after a start that already decides the verdict
 * ({@code /shop/}, {@code https:}, {@code #}; see {@link UrlPolicy#prefixDecides}) need no check; any
 * other URL ({@code {{a}}{{b}}}, {@code {{a}}/x}, {@code /{{a}}}) is composed, checked as a whole, and
 * written as {@link UrlPolicy#REFUSED} when the policy refuses it, which is reported
 * ({@link Refusals}).
 */
final class BoundPlan {
  /** What an unsafe URL value is written as: it goes nowhere and says why. */
  static final String REFUSED_URL = UrlPolicy.REFUSED;
  private static final byte[] REFUSED_BYTES = REFUSED_URL.getBytes(StandardCharsets.UTF_8);

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "cite",
      "background", "data", "xlink:href", "manifest", "longdesc", "usemap", "codebase", "ping");
  private static final Set<String> IMAGE_ATTRIBUTES = Set.of("src", "poster", "background");

  // The plan is a flat program, run by one loop that never calls itself: a render makes no virtual
  // call per piece of output, and the JIT compiles one method the same way in every JVM (a recursive
  // section once made the compiled code depend on which method a fork compiled first). code holds
  // instructions of two ints, an opcode and its argument:
  //   RUN r      writes static run r;
  //   VALUE v    writes run valueBefore[v], if any, value v, then run valueAfter[v], if any (the runs around a
  //              value folded into it, so that a value and its text cost one instruction);
  //   EACH s     reads section s's elements; none: jumps to sectionEnd[s]; else puts the first in its frame;
  //   NEXT s     puts section s's next element in its frame and jumps to sectionBody[s], or goes on;
  //   WITH s, WHEN s, UNLESS s   goes on into section s's body, or jumps to sectionEnd[s];
  //   URL u      writes composed URL u; MODULE m   writes module slot m.
  private static final int RUN = 0;
  private static final int VALUE = 1;
  private static final int EACH = 2;
  private static final int NEXT = 3;
  private static final int WITH = 4;
  private static final int WHEN = 5;
  private static final int UNLESS = 6;
  private static final int URL = 7;
  private static final int MODULE = 8;

  private final int[] code;
  private final byte[][] runBytes;
  private final byte[][] valueBefore;
  private final byte[][] valueAfter;
  private final int[] valueSlot;
  private final Context[] valueContext;
  private final int[] sectionSlot;
  private final int[] sectionFrame;
  private final int[] sectionBody;
  private final int[] sectionEnd;
  /** How many {@code each} sections stand around section s: the cursor it keeps its place in. */
  private final int[] sectionDepth;
  private final ComposedUrl[] urls;
  private final ModuleValue[] modules;
  private final List<Bound.Slot> slots;
  private final Bound.Reader reader;
  private final Layout layout;
  /** How many frames a render needs: the model, and one per section with an element around the deepest slot. */
  private final int frames;
  /** How many {@code each} sections stand inside one another at most: the cursors a render needs. */
  private final int depth;

  private BoundPlan(Node[] nodes, int frames, List<Bound.Slot> slots, Bound.Reader reader, Layout layout) {
    Assembler assembler = new Assembler();
    assembler.add(nodes, 0);
    this.code = ints(assembler.code);
    this.runBytes = bytes(assembler.runs);
    this.valueBefore = bytes(assembler.valueBefore);
    this.valueAfter = bytes(assembler.valueAfter);
    this.valueSlot = ints(assembler.valueSlots);
    this.valueContext = assembler.valueContexts.toArray(Context[]::new);
    this.sectionSlot = ints(assembler.sectionSlots);
    this.sectionFrame = ints(assembler.sectionFrames);
    this.sectionBody = ints(assembler.sectionBodies);
    this.sectionEnd = ints(assembler.sectionEnds);
    this.sectionDepth = ints(assembler.sectionDepths);
    this.urls = assembler.urls.toArray(ComposedUrl[]::new);
    this.modules = assembler.modules.toArray(ModuleValue[]::new);
    this.slots = slots;
    this.reader = reader;
    this.layout = layout;
    this.frames = frames;
    this.depth = assembler.depth;
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Each text as UTF-8; null stays null. */
  private static byte[][] bytes(List<String> texts) {
    byte[][] bytes = new byte[texts.size()][];
    for (int i = 0; i < bytes.length; i++) {
      String text = texts.get(i);
      bytes[i] = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  /**
   * The plan of {@code output}, the template's output with markers, for {@code slots} read by
   * {@code reader}; modules made for each render are written with {@code layout}.
   */
  static BoundPlan of(String output, List<Bound.Slot> slots, Bound.Reader reader, Layout layout) {
    return of(output, slots, reader, layout, 1);
  }

  /** The plan of {@code output} where {@code open} frames are open already (a module's output inside a section). */
  private static BoundPlan of(String output, List<Bound.Slot> slots, Bound.Reader reader, Layout layout, int open) {
    Parser parser = new Parser(RenderPlan.valid(output), slots);
    parser.frames = open;
    Node[] nodes = parser.nodes(-1, open);
    return new BoundPlan(nodes, parser.frames, slots, reader, layout);
  }

  /**
   * Each thread's working state, reused from render to render so that a render allocates nothing;
   * emptied after each render, so no model stays reachable from here. A render takes it out while it
   * runs: a render inside this one (a value's toString that renders a page) gets one of its own.
   */
  private static final ThreadLocal<Cursors[]> STATE = ThreadLocal.withInitial(() -> new Cursors[] {new Cursors(8, 4)});

  /** The state for one render on this thread: {@code model} in frame 0, the others filled by the sections. */
  private Cursors take(Object model) {
    Cursors[] holder = STATE.get();
    Cursors state = holder[0];
    if (state == null || state.frames.length < frames || state.sources.length < depth) {
      state = new Cursors(Math.max(frames, 8), Math.max(depth, 4));
    }
    holder[0] = null;
    state.frames[0] = model;
    return state;
  }

  /** Gives the state back to this thread, emptied. */
  private static void release(Cursors state) {
    state.clear();
    STATE.get()[0] = state;
  }

  /**
   * Writes the page for {@code model} to {@code out}. There is one output path, in bytes: a text sink
   * gets them decoded (see {@link #text}), which costs a copy where speed matters least.
   */
  void write(Object model, ByteSink out) {
    Cursors state = take(model);
    try {
      run(state, out);
    } finally {
      release(state);
    }
  }

  /** The page for {@code model} as text. */
  String text(Object model) {
    ByteSink sink = new ByteSink();
    write(model, sink);
    return sink.toString();
  }

  private void run(Cursors state, ByteSink out) {
    int[] code = this.code;
    Object[] frames = state.frames;
    int pc = 0;
    while (pc < code.length) {
      int arg = code[pc + 1];
      switch (code[pc]) {
        case RUN -> out.write(runBytes[arg]);
        case VALUE -> {
          byte[] before = valueBefore[arg];
          if (before != null) {
            out.write(before);
          }
          Object value = reader.read(valueSlot[arg], frames);
          Context context = valueContext[arg];
          // the common values written here, each known safe where it stands; the others go to value()
          if (value instanceof String text && (context == Context.TEXT || context == Context.ATTRIBUTE)) {
            out.writeEscaped(text);
          } else if (value instanceof Url url && context == Context.LINK) {
            out.writeEscaped(url.value());
          } else if (value instanceof Integer number) {
            out.writeDecimal(number.intValue());
          } else {
            value(arg, shown(value), context, out);
          }
          byte[] after = valueAfter[arg];
          if (after != null) {
            out.write(after);
          }
        }
        case EACH -> {
          Object first = state.start(sectionDepth[arg], reader.read(sectionSlot[arg], frames));
          if (first == null) {
            pc = sectionEnd[arg];
            continue;
          }
          frames[sectionFrame[arg]] = first;
        }
        case NEXT -> {
          Object next = state.next(sectionDepth[arg]);
          if (next != null) {
            frames[sectionFrame[arg]] = next;
            pc = sectionBody[arg];
            continue;
          }
        }
        case WITH -> {
          Object present = shown(reader.read(sectionSlot[arg], frames));
          if (present == null) {
            pc = sectionEnd[arg];
            continue;
          }
          frames[sectionFrame[arg]] = present;
        }
        case WHEN -> {
          if (!truthy(reader.read(sectionSlot[arg], frames))) {
            pc = sectionEnd[arg];
            continue;
          }
        }
        case UNLESS -> {
          if (truthy(reader.read(sectionSlot[arg], frames))) {
            pc = sectionEnd[arg];
            continue;
          }
        }
        case URL -> composed(urls[arg], frames, out);
        default -> module(modules[arg], frames, out);
      }
      pc += 2;
    }
  }

  /**
   * A render's frames, and a cursor for each {@code each} section open: where it is in its elements
   * (a random-access list or an array of objects by index, any other iterable by its iterator, an
   * array of primitives by reflection). Null elements are skipped.
   */
  private static final class Cursors {
    private static final int LIST = 0;
    private static final int OBJECTS = 1;
    private static final int ITERATOR = 2;
    private static final int ARRAY = 3;

    final Object[] frames;
    final Object[] sources;
    final int[] kinds;
    final int[] at;
    final int[] sizes;

    Cursors(int frames, int depth) {
      this.frames = new Object[frames];
      this.sources = new Object[depth];
      this.kinds = new int[depth];
      this.at = new int[depth];
      this.sizes = new int[depth];
    }

    /** Starts cursor {@code d} on {@code value}'s elements; returns the first, or null when there is none. */
    Object start(int d, Object value) {
      if (value instanceof List<?> list && list instanceof RandomAccess) {
        kinds[d] = LIST;
        sizes[d] = list.size();
      } else if (value instanceof Object[] array) {
        kinds[d] = OBJECTS;
        sizes[d] = array.length;
      } else if (value instanceof Iterable<?> iterable) {
        kinds[d] = ITERATOR;
        value = iterable.iterator();
      } else if (value != null && value.getClass().isArray()) {
        kinds[d] = ARRAY;
        sizes[d] = Array.getLength(value);
      } else {
        return null;
      }
      sources[d] = value;
      at[d] = 0;
      return next(d);
    }

    /** Cursor {@code d}'s next element that is not null, or null (and the cursor let go) at the end. */
    Object next(int d) {
      Object source = sources[d];
      int i = at[d];
      int n = sizes[d];
      switch (kinds[d]) {
        case LIST -> {
          List<?> list = (List<?>) source;
          while (i < n) {
            Object element = list.get(i++);
            if (element != null) {
              at[d] = i;
              return element;
            }
          }
        }
        case OBJECTS -> {
          Object[] array = (Object[]) source;
          while (i < n) {
            Object element = array[i++];
            if (element != null) {
              at[d] = i;
              return element;
            }
          }
        }
        case ITERATOR -> {
          java.util.Iterator<?> iterator = (java.util.Iterator<?>) source;
          while (iterator.hasNext()) {
            Object element = iterator.next();
            if (element != null) {
              return element;
            }
          }
        }
        default -> {
          while (i < n) {
            Object element = Array.get(source, i++);
            if (element != null) {
              at[d] = i;
              return element;
            }
          }
        }
      }
      sources[d] = null;
      return null;
    }

    void clear() {
      java.util.Arrays.fill(frames, null);
      java.util.Arrays.fill(sources, null);
    }
  }

  /** Where a value is written: element text, an attribute value, or the whole or the start of a URL. */
  enum Context { TEXT, ATTRIBUTE, LINK, IMAGE }

  /** Writes value {@code index}'s shown value (null: nothing), escaped for its context. */
  private void value(int index, Object value, Context context, ByteSink out) {
    if (value == null) {
      return;
    }
    String string = value instanceof String text ? text
        : value instanceof Url url ? url.value() : value instanceof ImageUrl image ? image.value() : null;
    if (string != null) {
      out.writeEscaped(checked(index, string, value, context));
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      out.writeDecimal(((Number) value).longValue());
    } else if (value instanceof Markdown markdown && context == Context.TEXT) {
      out.writeUtf8(markdown.html());
    } else {
      CharSequence text = textOf(value);
      out.writeEscaped(text instanceof String plain ? checked(index, plain, value, context)
          : (context == Context.LINK || context == Context.IMAGE) && refused(text, context)
              ? refusal(describe(valueSlot[index]), text.toString(), context) : text);
    }
  }

  /** The text of a value, before escaping. */
  private static CharSequence textOf(Object value) {
    return value instanceof String string ? string
        : value instanceof CharSequence chars ? chars
        : value instanceof Url url ? url.value()
        : value instanceof ImageUrl image ? image.value()
        : value instanceof Markdown markdown ? markdown.html()
        : String.valueOf(value);
  }

  /**
   * {@code text}, the text of value {@code index}, or {@link #REFUSED_URL} (reported) when it stands as
   * a URL the policy refuses. A {@code Url} was checked as a link when it was made, and an
   * {@code ImageUrl} as an image: each is not checked again where it is used as what it was checked for.
   */
  private String checked(int index, String text, Object value, Context context) {
    if (context == Context.TEXT || context == Context.ATTRIBUTE || context == Context.LINK && value instanceof Url
        || context == Context.IMAGE && value instanceof ImageUrl) {
      return text;
    }
    return refused(text, context) ? refusal(describe(valueSlot[index]), text, context) : text;
  }

  /** Reports that {@code url}, made of {@code where}, was refused in {@code context}; returns what is written instead. */
  private static String refusal(String where, String url, Context context) {
    UrlPolicy.Use use = context == Context.IMAGE ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK;
    Refusals.url(where, url, use, Refusals.reason(url, use));
    return REFUSED_URL;
  }

  /** How messages name slot {@code slot}: its placeholder and place in the content file. */
  private String describe(int slot) {
    return slots.get(slot).describe(slot);
  }

  // ---- URLs made of several parts --------------------------------------------------------------

  /**
   * Writes a URL attribute's value made of fixed parts and values whose start does not decide the
   * verdict: composed as the browser will read it (fixed parts with their entities decoded, values as
   * text), checked as a whole, and written with the fixed parts as they were and the values escaped,
   * or as {@link #REFUSED_URL} when the policy refuses the whole. Each value is read once, so what is
   * checked is what is written.
   */
  private void composed(ComposedUrl url, Object[] frames, ByteSink out) {
    StringBuilder text = new StringBuilder(64);
    List<Object> pieces = new ArrayList<>();
    compose(url.parts(), frames, text, pieces);
    if (refused(text, url.context())) {
      Set<String> where = new java.util.LinkedHashSet<>();
      for (int slot : url.slots()) {
        where.add(describe(slot));
      }
      out.write(refusal(String.join(", ", where), text.toString(), url.context()).getBytes(StandardCharsets.UTF_8));
      return;
    }
    int at = 0;
    for (Object piece : pieces) {
      if (piece instanceof UrlRun run) {
        out.write(run.bytes());
        at += run.decoded().length();
      } else {
        int end = (Integer) piece;
        out.writeEscaped(text.subSequence(at, end));
        at = end;
      }
    }
  }

  /**
   * Appends the URL's text for {@code parts} to {@code text}, and to {@code pieces} each fixed part
   * written and, for each value, where its text ends.
   */
  private void compose(Node[] parts, Object[] frames, StringBuilder text, List<Object> pieces) {
    for (Node part : parts) {
      if (part instanceof UrlRun run) {
        text.append(run.decoded());
        pieces.add(run);
      } else if (part instanceof Value value) {
        Object shown = shown(reader.read(value.slot(), frames));
        if (shown != null) {
          text.append(textOf(shown));
        }
        pieces.add(text.length());
      } else {
        Section section = (Section) part;
        Object value = reader.read(section.slot(), frames);
        switch (section.kind()) {
          case EACH -> {
            for (Object element : Bound.elements(value)) {
              frames[section.frame()] = element;
              compose(section.nodes(), frames, text, pieces);
            }
          }
          case WITH -> {
            Object present = shown(value);
            if (present != null) {
              frames[section.frame()] = present;
              compose(section.nodes(), frames, text, pieces);
            }
          }
          case WHEN -> {
            if (truthy(value)) {
              compose(section.nodes(), frames, text, pieces);
            }
          }
          case UNLESS -> {
            if (!truthy(value)) {
              compose(section.nodes(), frames, text, pieces);
            }
          }
          default -> throw new IllegalStateException(describe(section.slot()) + " is not a section");
        }
      }
    }
  }

  /**
   * {@code html}, a fixed part of an attribute value, as a browser reads it: the character references
   * Quire's renderers write ({@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &#39;},
   * {@code &apos;}, {@code &nbsp;}, decimal and hexadecimal ones) decoded. Another named reference is
   * kept as written; a fixed part that holds one is never decided by its start
   * ({@link UrlPolicy#prefixDecides} sees the {@code &}).
   */
  static String decode(String html) {
    int amp = html.indexOf('&');
    if (amp < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length());
    out.append(html, 0, amp);
    int i = amp;
    while (i < html.length()) {
      char c = html.charAt(i);
      int semicolon = c == '&' ? html.indexOf(';', i) : -1;
      if (semicolon < 0 || semicolon - i > 10) {
        out.append(c);
        i++;
        continue;
      }
      String name = html.substring(i + 1, semicolon);
      int code = switch (name) {
        case "amp" -> '&';
        case "lt" -> '<';
        case "gt" -> '>';
        case "quot" -> '"';
        case "apos" -> '\'';
        case "nbsp" -> 0xa0;
        default -> number(name);
      };
      if (code < 0) {
        out.append(c);
        i++;
      } else {
        out.appendCodePoint(code);
        i = semicolon + 1;
      }
    }
    return out.toString();
  }

  /** The code point of a numeric reference's name ({@code #39}, {@code #x27}), or -1. */
  private static int number(String name) {
    try {
      if (name.length() > 1 && name.charAt(0) == '#') {
        int value = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        return value > 0 && value <= Character.MAX_CODE_POINT && (value < 0xD800 || value > 0xDFFF) ? value : 0xFFFD;
      }
    } catch (NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  // ---- modules made for each render ----------------------------------------------------------

  /**
   * Writes a module the reader makes from the model's values: rendered with the plan's layout, and its
   * output, where it holds markers (its Markdown, the modules inside it), run as a plan of its own on the
   * same frames. What the module throws names the module and its place in the content file.
   */
  private void module(ModuleValue slot, Object[] frames, ByteSink out) {
    Object value = reader.read(slot.slot(), frames);
    if (!(value instanceof Module module)) {
      throw new IllegalStateException(describe(slot.slot()) + " gave " + (value == null ? "null" : value.getClass().getName())
          + ", not a module");
    }
    StringBuilder text = new StringBuilder(512);
    try {
      Html html = layout.writer(text);
      html.module(module);
      html.finish();
    } catch (RuntimeException e) {
      throw new IllegalStateException(describe(slot.slot()) + " failed to render: " + e.getMessage(), e);
    }
    String output = text.toString();
    if (!hasMarker(output)) {
      out.writeUtf8(output);
      return;
    }
    BoundPlan inner = of(output, slots, reader, layout, slot.open());
    Cursors state = new Cursors(Math.max(frames.length, inner.frames), Math.max(inner.depth, 1));
    System.arraycopy(frames, 0, state.frames, 0, frames.length);
    inner.run(state, out);
  }

  private static boolean hasMarker(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Bound.isMarkerStart(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the URL policy refuses {@code url} here. The common safe forms (a site path, a fragment,
   * an http(s) or mailto address, a relative path without a scheme) written plainly (no space, control
   * character or backslash) are known safe without the full check, which is for everything else.
   */
  static boolean refused(CharSequence url, Context context) {
    int n = url.length();
    boolean plain = n > 0;
    int scheme = -1;
    for (int i = 0; i < n && plain; i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '\\' || c >= 0x80 && c <= 0x9f) {
        plain = false;
      } else if (scheme < 0 && (c == ':' || c == '/' || c == '?' || c == '#')) {
        scheme = c == ':' ? i : n;
      }
    }
    if (plain) {
      char first = url.charAt(0);
      if (first == '/' ? n == 1 || url.charAt(1) != '/' : scheme < 0 || scheme == n) {
        return false; // a site path, a fragment, or a relative path: no scheme, no other host
      }
      if (scheme > 0 && scheme < n) {
        boolean web = (scheme == 5 && startsWith(url, "https") || scheme == 4 && startsWith(url, "http"))
            && n > scheme + 3 && url.charAt(scheme + 1) == '/' && url.charAt(scheme + 2) == '/';
        if (web || scheme == 6 && startsWith(url, "mailto") && context == Context.LINK) {
          return false;
        }
      }
    }
    return UrlPolicy.check(url.toString(), context == Context.IMAGE ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK).level()
        == UrlPolicy.Level.ERROR;
  }

  private static boolean startsWith(CharSequence text, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (text.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** What a value shows as: an {@code Optional}'s value, or null for nothing. */
  private static Object shown(Object value) {
    while (value instanceof Optional<?> optional) {
      value = optional.orElse(null);
    }
    return value;
  }

  /** True, present, not empty: what a condition holds when its section is written. */
  static boolean truthy(Object value) {
    return Bound.truthy(value);
  }
  // ---- the template's output as a tree, before it is assembled ------------------------------

  /** A piece of the parsed output. */
  private sealed interface Node permits Run, Value, Section, UrlRun, ComposedUrl, ModuleValue {}

  /** Output that is the same for every model. */
  private record Run(String text) implements Node {}

  /** A value and where it stands. */
  private record Value(int slot, Context context) implements Node {}

  /** A section: its slot, what it does, the frame an element goes into, and what it holds. */
  private record Section(int slot, Bound.Kind kind, int frame, Node[] nodes) implements Node {}

  /** A fixed part of a composed URL: as written, and as the browser reads it (entities decoded). */
  private record UrlRun(byte[] bytes, String decoded) implements Node {
    UrlRun(String text) {
      this(text.getBytes(StandardCharsets.UTF_8), decode(text));
    }
  }

  /** A URL attribute's value made of parts ({@link UrlRun}, {@link Value}, {@link Section}), checked whole; and its value slots. */
  private record ComposedUrl(Context context, Node[] parts, int[] slots) implements Node {}

  /** A module made for each render: its slot, and the frames open where it stands. */
  private record ModuleValue(int slot, int open) implements Node {}

  /** Lays the tree out as the flat program. */
  private static final class Assembler {
    final List<Integer> code = new ArrayList<>();
    final List<String> runs = new ArrayList<>();
    final List<String> valueBefore = new ArrayList<>();
    final List<String> valueAfter = new ArrayList<>();
    final List<Integer> valueSlots = new ArrayList<>();
    final List<Context> valueContexts = new ArrayList<>();
    final List<Integer> sectionSlots = new ArrayList<>();
    final List<Integer> sectionFrames = new ArrayList<>();
    final List<Integer> sectionBodies = new ArrayList<>();
    final List<Integer> sectionEnds = new ArrayList<>();
    final List<Integer> sectionDepths = new ArrayList<>();
    final List<ComposedUrl> urls = new ArrayList<>();
    final List<ModuleValue> modules = new ArrayList<>();
    /** The most {@code each} sections inside one another. */
    int depth;

    /** Adds {@code nodes}, inside {@code each} {@code each} sections. */
    void add(Node[] nodes, int each) {
      for (int i = 0; i < nodes.length; i++) {
        Node node = nodes[i];
        if (node instanceof ComposedUrl url) {
          emit(URL, urls.size());
          urls.add(url);
        } else if (node instanceof ModuleValue module) {
          emit(MODULE, modules.size());
          modules.add(module);
        } else if (node instanceof Run run && i + 1 < nodes.length && nodes[i + 1] instanceof Value value) {
          i += value(run.text(), value, i + 2 < nodes.length ? nodes[i + 2] : null) ? 2 : 1;
        } else if (node instanceof Run run) {
          emit(RUN, runs.size());
          runs.add(run.text());
        } else if (node instanceof Value value) {
          i += value(null, value, i + 1 < nodes.length ? nodes[i + 1] : null) ? 1 : 0;
        } else {
          section((Section) node, each);
        }
      }
    }

    /**
     * Adds {@code value} with the run {@code before} it (or null), and the node after it as its run
     * after when that is a run: returns whether it was.
     */
    private boolean value(String before, Value value, Node next) {
      emit(VALUE, valueSlots.size());
      valueBefore.add(before);
      valueSlots.add(value.slot());
      valueContexts.add(value.context());
      boolean takes = next instanceof Run;
      valueAfter.add(takes ? ((Run) next).text() : null);
      return takes;
    }

    private void section(Section section, int each) {
      int index = sectionSlots.size();
      sectionSlots.add(section.slot());
      sectionFrames.add(section.frame());
      sectionDepths.add(each);
      sectionBodies.add(-1);
      sectionEnds.add(-1);
      boolean repeats = section.kind() == Bound.Kind.EACH;
      emit(switch (section.kind()) {
        case EACH -> EACH;
        case WITH -> WITH;
        case WHEN -> WHEN;
        case UNLESS -> UNLESS;
        default -> throw new IllegalStateException("slot kind " + section.kind() + " is not a section");
      }, index);
      sectionBodies.set(index, code.size());
      if (repeats) {
        depth = Math.max(depth, each + 1);
        add(section.nodes(), each + 1);
        emit(NEXT, index);
      } else {
        add(section.nodes(), each);
      }
      sectionEnds.set(index, code.size());
    }

    private void emit(int opcode, int arg) {
      code.add(opcode);
      code.add(arg);
    }
  }

  // ---- reading the template's output --------------------------------------------------------

  /** Cuts the output at its markers, knowing at each where in the HTML it stands. */
  private static final class Parser {
    private final String output;
    private final List<Bound.Slot> slots;
    private int at;
    // where the scan is in the HTML
    private boolean inTag;
    private String tag = "";
    private String attribute;
    private char quote;
    private int valueStart;
    private String rawText;
    /** The frames the deepest section needs. */
    int frames = 1;

    Parser(String output, List<Bound.Slot> slots) {
      this.output = output;
      this.slots = slots;
    }

    /** The nodes up to the end marker of {@code section} (or the end, for -1); {@code frame} is the next free frame. */
    Node[] nodes(int section, int frame) {
      List<Node> nodes = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      while (at < output.length()) {
        char c = output.charAt(at);
        if (!Bound.isMarkerStart(c)) {
          scan(c);
          run.append(c);
          at++;
          continue;
        }
        int number = number();
        if (c != Bound.CLOSE && inUrl()) {
          url(frame, run, nodes);
          continue;
        }
        at += 3;
        if (run.length() > 0) {
          nodes.add(new Run(run.toString()));
          run.setLength(0);
        }
        Bound.Slot slot = slots.get(number);
        if (c == Bound.CLOSE) {
          if (number != section) {
            throw new IllegalStateException(describe(number) + " ends where " + (section < 0 ? "no section"
                : describe(section)) + " is open");
          }
          return nodes.toArray(new Node[0]);
        }
        Context context = context(number);
        if (slot.kind() == Bound.Kind.MODULE) {
          if (c != Bound.VALUE || context != Context.TEXT) {
            throw new IllegalStateException(describe(number) + " is a module, which stands between elements, not in <"
                + tag + ">");
          }
          if (slot.frame() != frame) {
            throw new IllegalStateException(describe(number) + " was made where " + slot.frame() + " frames are open, but "
                + frame + " are open where it stands");
          }
          nodes.add(new ModuleValue(number, frame));
          continue;
        }
        check(number, frame);
        if (c == Bound.VALUE) {
          if (slot.kind() != Bound.Kind.VALUE) {
            throw new IllegalStateException(describe(number) + " is a section but stands as a value");
          }
          nodes.add(new Value(number, context));
        } else {
          nodes.add(section(number, frame, false));
        }
      }
      if (section >= 0) {
        throw new IllegalStateException(describe(section) + " starts a section that never ends");
      }
      if (run.length() > 0) {
        nodes.add(new Run(run.toString()));
      }
      return nodes.toArray(new Node[0]);
    }

    /** The number of the slot whose marker starts at {@code at}. */
    private int number() {
      if (at + 2 >= output.length()) {
        throw new IllegalStateException("the page's template ends inside a slot marker");
      }
      int number = Bound.slotAt(output, at);
      if (number < 0 || number >= slots.size()) {
        throw new IllegalStateException("the page's template has a marker of slot " + number + ", but it has "
            + slots.size() + " slots");
      }
      return number;
    }

    /** Checks that slot {@code number}'s path starts at a frame that is open where it stands. */
    private void check(int number, int frame) {
      Bound.Slot slot = slots.get(number);
      if (slot.frame() >= frame) {
        throw new IllegalStateException(describe(number) + " reads frame " + slot.frame() + ", but only " + frame
            + " are open where it stands");
      }
    }

    /** The section started by slot {@code number}'s marker, just read; in a URL ({@code url}), of URL parts. */
    private Section section(int number, int frame, boolean url) {
      Bound.Slot slot = slots.get(number);
      if (slot.kind() == Bound.Kind.VALUE || slot.kind() == Bound.Kind.MODULE) {
        throw new IllegalStateException(describe(number) + " is a " + (slot.kind() == Bound.Kind.VALUE ? "value" : "module")
            + " but starts a section");
      }
      boolean pushes = slot.kind() == Bound.Kind.EACH || slot.kind() == Bound.Kind.WITH;
      frames = Math.max(frames, pushes ? frame + 1 : frame);
      int inner = pushes ? frame + 1 : frame;
      return new Section(number, slot.kind(), frame, url ? urlParts(number, inner, new ArrayList<>()) : nodes(number, inner));
    }

    /** Whether the scan stands in the quoted value of a URL attribute. */
    private boolean inUrl() {
      return inTag && rawText == null && attribute != null && quote != 0 && URL_ATTRIBUTES.contains(attribute);
    }

    /**
     * The URL attribute value the marker at {@code at} stands in, up to its closing quote: its fixed
     * start (taken back from {@code run}, which holds it) and its parts, added to {@code nodes} as a
     * value checked alone (the whole value is one placeholder), as plain runs and attribute values (the
     * fixed start decides the verdict), or as a {@link ComposedUrl} checked whole when rendered.
     */
    private void url(int frame, StringBuilder run, List<Node> nodes) {
      String prefix = output.substring(valueStart, at);
      if (run.length() < prefix.length()) {
        throw new IllegalStateException("a section ends inside the " + attribute + " of <" + tag + ">, where "
            + describe(number()) + " stands");
      }
      run.setLength(run.length() - prefix.length());
      if (run.length() > 0) {
        nodes.add(new Run(run.toString()));
        run.setLength(0);
      }
      Context context = IMAGE_ATTRIBUTES.contains(attribute) && !tag.equals("a") ? Context.IMAGE : Context.LINK;
      List<Integer> values = new ArrayList<>();
      Node[] parts = urlParts(-1, frame, values);
      if (prefix.isEmpty() && parts.length == 1 && parts[0] instanceof Value value) {
        nodes.add(new Value(value.slot(), context));
      } else if (UrlPolicy.prefixDecides(decode(prefix), context == Context.IMAGE ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK)) {
        if (!prefix.isEmpty()) {
          nodes.add(new Run(prefix));
        }
        nodes.addAll(List.of(plain(parts)));
      } else {
        List<Node> all = new ArrayList<>();
        if (!prefix.isEmpty()) {
          all.add(new UrlRun(prefix));
        }
        all.addAll(List.of(parts));
        nodes.add(new ComposedUrl(context, all.toArray(new Node[0]), values.stream().mapToInt(Integer::intValue).toArray()));
      }
    }

    /**
     * A URL value's parts from {@code at} up to its closing quote (the quote is left for the scan), or,
     * inside the URL's section {@code section}, up to that section's end; {@code values} gets each value's slot.
     */
    private Node[] urlParts(int section, int frame, List<Integer> values) {
      List<Node> parts = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      while (at < output.length()) {
        char c = output.charAt(at);
        if (c == quote) {
          if (section >= 0) {
            throw new IllegalStateException(describe(section) + " starts a section in the " + attribute + " of <" + tag
                + "> that does not end inside it");
          }
          break;
        }
        if (!Bound.isMarkerStart(c)) {
          text.append(c);
          at++;
          continue;
        }
        int number = number();
        at += 3;
        if (text.length() > 0) {
          parts.add(new UrlRun(text.toString()));
          text.setLength(0);
        }
        Bound.Slot slot = slots.get(number);
        if (c == Bound.CLOSE) {
          if (number != section) {
            throw new IllegalStateException(describe(number) + " ends in the " + attribute + " of <" + tag + ">, where "
                + (section < 0 ? "no section" : describe(section)) + " is open");
          }
          return parts.toArray(new Node[0]);
        }
        if (slot.kind() == Bound.Kind.MODULE) {
          throw new IllegalStateException(describe(number) + " is a module, which cannot stand in the " + attribute
              + " of <" + tag + ">");
        }
        check(number, frame);
        if (c == Bound.VALUE) {
          if (slot.kind() != Bound.Kind.VALUE) {
            throw new IllegalStateException(describe(number) + " is a section but stands as a value");
          }
          values.add(number);
          parts.add(new Value(number, Context.ATTRIBUTE));
        } else {
          Section inner = section(number, frame, true);
          collect(inner.nodes(), values);
          parts.add(inner);
        }
      }
      if (at >= output.length()) {
        throw new IllegalStateException("the " + attribute + " of <" + tag + "> is never closed");
      }
      if (text.length() > 0) {
        parts.add(new UrlRun(text.toString()));
      }
      return parts.toArray(new Node[0]);
    }

    /** Adds the value slots of {@code parts}, sections' included, to {@code values}. */
    private static void collect(Node[] parts, List<Integer> values) {
      for (Node part : parts) {
        if (part instanceof Value value && !values.contains(value.slot())) {
          values.add(value.slot());
        } else if (part instanceof Section section) {
          collect(section.nodes(), values);
        }
      }
    }

    /** URL parts as plain nodes: fixed parts as runs, values as attribute values. */
    private static Node[] plain(Node[] parts) {
      Node[] nodes = new Node[parts.length];
      for (int i = 0; i < parts.length; i++) {
        Node part = parts[i];
        nodes[i] = part instanceof UrlRun run ? new Run(new String(run.bytes(), StandardCharsets.UTF_8))
            : part instanceof Section section ? new Section(section.slot(), section.kind(), section.frame(),
                plain(section.nodes()))
            : part;
      }
      return nodes;
    }

    private String describe(int number) {
      return slots.get(number).describe(number);
    }

    /** Where a marker at the current place stands. */
    private Context context(int number) {
      if (rawText != null) {
        throw new IllegalStateException(describe(number) + " stands inside <" + rawText + ">, where no value can go");
      }
      if (!inTag) {
        return Context.TEXT;
      }
      if (attribute == null || quote == 0) {
        throw new IllegalStateException(describe(number) + " stands inside the tag <" + tag + ">, not in an attribute's value");
      }
      if (attribute.equals("style") || attribute.startsWith("on") || attribute.equals("srcset") || attribute.equals("srcdoc")) {
        throw new IllegalStateException(describe(number) + " stands in the " + attribute + " attribute of <" + tag
            + ">, where no value can go");
      }
      return Context.ATTRIBUTE;
    }

    /** Follows the HTML one character on: the character at {@code at}. */
    private void scan(char c) {
      if (rawText != null) {
        if (c == '<' && output.regionMatches(true, at, "</" + rawText, 0, rawText.length() + 2)) {
          rawText = null;
        } else {
          return;
        }
      }
      if (!inTag) {
        if (c == '<' && at + 1 < output.length()) {
          if (output.startsWith("<!--", at)) {
            int end = output.indexOf("-->", at + 4);
            int stop = end < 0 ? output.length() : end + 3;
            if (output.substring(at, stop).chars().anyMatch(ch -> Bound.isMarkerStart((char) ch))) {
              throw new IllegalStateException("a placeholder stands inside an HTML comment, where no value can go");
            }
            return;
          }
          char next = output.charAt(at + 1);
          if (Character.isLetter(next) || next == '/') {
            inTag = true;
            int start = at + (next == '/' ? 2 : 1);
            int end = start;
            while (end < output.length() && (Character.isLetterOrDigit(output.charAt(end)) || output.charAt(end) == '-')) {
              end++;
            }
            tag = output.substring(start, end).toLowerCase(Locale.ROOT) + (next == '/' ? "/" : "");
            attribute = null;
            quote = 0;
          }
        }
        return;
      }
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
          attribute = null;
        }
        return;
      }
      if (c == '>') {
        inTag = false;
        if (tag.equals("script") || tag.equals("style")) {
          rawText = tag;
        }
        return;
      }
      if (c == '"' || c == '\'') {
        if (attribute != null) {
          quote = c;
          valueStart = at + 1;
        }
        return;
      }
      if (c == '=') {
        int end = at;
        while (end > 0 && output.charAt(end - 1) == ' ') {
          end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(output.charAt(start - 1)) && output.charAt(start - 1) != '"'
            && output.charAt(start - 1) != '\'') {
          start--;
        }
        attribute = output.substring(start, end).toLowerCase(Locale.ROOT);
      }
    }
  }
}
