package dev.quire.runtime;

import dev.quire.dsl.ImageUrl;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.Url;
import dev.quire.dsl.internal.Bound;
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
 * URL), and sections, repeated or written once by their value. Rendering copies the runs and writes
 * only the values.
 *
 * <p>Where a value stands is found by reading the output as a browser does (tags, quoted attribute
 * values, comments, {@code <script>} and {@code <style>}); a slot in a place no value can safely go
 * (a tag's name, an attribute's name, a style, a script, a comment) makes the plan fail with the slot's
 * number, which the processor prevents for content files.
 */
final class BoundPlan {
  /** What an unsafe URL value is written as: it goes nowhere and says why. */
  static final String REFUSED_URL = "about:invalid#quire-refused-url";

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "cite",
      "background", "data", "xlink:href", "manifest", "longdesc", "usemap", "codebase", "ping");
  private static final Set<String> IMAGE_ATTRIBUTES = Set.of("src", "poster", "background");

  // The plan is a flat program, run by one loop: a render makes no virtual call per piece of output.
  // code holds instructions of two ints: RUN and the run's index, VALUE and the value's index, or
  // SECTION and the section's index, whose body follows up to sectionEnd.
  private static final int RUN = 0;
  private static final int VALUE = 1;
  private static final int SECTION = 2;

  private final int[] code;
  private final byte[][] runBytes;
  private final int[] valueSlot;
  private final Context[] valueContext;
  private final int[] sectionSlot;
  private final Bound.Kind[] sectionKind;
  private final int[] sectionFrame;
  private final int[] sectionEnd;
  private final Bound.Reader reader;
  /** How many frames a render needs: the model, and one per section with an element around the deepest slot. */
  private final int frames;

  private BoundPlan(Node[] nodes, int frames, Bound.Reader reader) {
    Assembler assembler = new Assembler();
    assembler.add(nodes);
    this.code = assembler.code.stream().mapToInt(Integer::intValue).toArray();
    this.runBytes = new byte[assembler.runs.size()][];
    for (int i = 0; i < runBytes.length; i++) {
      runBytes[i] = assembler.runs.get(i).getBytes(StandardCharsets.UTF_8);
    }
    this.valueSlot = assembler.valueSlots.stream().mapToInt(Integer::intValue).toArray();
    this.valueContext = assembler.valueContexts.toArray(Context[]::new);
    this.sectionSlot = assembler.sectionSlots.stream().mapToInt(Integer::intValue).toArray();
    this.sectionKind = assembler.sectionKinds.toArray(Bound.Kind[]::new);
    this.sectionFrame = assembler.sectionFrames.stream().mapToInt(Integer::intValue).toArray();
    this.sectionEnd = assembler.sectionEnds.stream().mapToInt(Integer::intValue).toArray();
    this.reader = reader;
    this.frames = frames;
  }

  /** The plan of {@code output}, the template's output with markers, for {@code slots} read by {@code reader}. */
  static BoundPlan of(String output, List<Bound.Slot> slots, Bound.Reader reader) {
    Parser parser = new Parser(RenderPlan.valid(output), slots);
    Node[] nodes = parser.nodes(-1, 1);
    return new BoundPlan(nodes, parser.frames, reader);
  }

  /**
   * Each thread's frames, reused from render to render so that a render allocates nothing; cleared
   * after each render, so no model stays reachable from here.
   */
  private static final ThreadLocal<Object[][]> FRAMES = ThreadLocal.withInitial(() -> new Object[1][8]);

  /** Frames for one render on this thread: {@code model} in frame 0, the others filled by the sections. */
  private Object[] frames(Object model) {
    Object[][] holder = FRAMES.get();
    Object[] array = holder[0];
    if (array == null || array.length < frames) {
      array = new Object[Math.max(frames, 8)];
    }
    holder[0] = null; // a render inside this one (a value's toString that renders a page) gets its own frames
    array[0] = model;
    return array;
  }

  /** Gives the frames back to this thread, emptied. */
  private static void release(Object[] frames) {
    java.util.Arrays.fill(frames, null);
    FRAMES.get()[0] = frames;
  }

  /**
   * Writes the page for {@code model} to {@code out}. There is one output path, in bytes: a text sink
   * gets them decoded (see {@link #text}), which costs a copy where speed matters least.
   */
  void write(Object model, ByteSink out) {
    Object[] frames = frames(model);
    try {
      run(0, code.length, frames, out);
    } finally {
      release(frames);
    }
  }

  /** The page for {@code model} as text. */
  String text(Object model) {
    ByteSink sink = new ByteSink();
    write(model, sink);
    return sink.toString();
  }

  private void run(int from, int to, Object[] frames, ByteSink out) {
    int[] code = this.code;
    for (int pc = from; pc < to; pc += 2) {
      int arg = code[pc + 1];
      switch (code[pc]) {
        case RUN -> out.write(runBytes[arg]);
        case VALUE -> value(shown(reader.read(valueSlot[arg], frames)), valueContext[arg], out);
        default -> {
          section(arg, pc + 2, frames, out);
          pc = sectionEnd[arg] - 2;
        }
      }
    }
  }

  /** Section {@code s}, whose body starts at {@code body}: written per element, once, or not at all. */
  private void section(int s, int body, Object[] frames, ByteSink out) {
    Object value = reader.read(sectionSlot[s], frames);
    int end = sectionEnd[s];
    int frame = sectionFrame[s];
    switch (sectionKind[s]) {
      case EACH -> {
        if (value instanceof List<?> list && list instanceof RandomAccess) {
          for (int i = 0, n = list.size(); i < n; i++) {
            Object element = list.get(i);
            if (element != null) {
              frames[frame] = element;
              run(body, end, frames, out);
            }
          }
        } else if (value instanceof Iterable<?> iterable) {
          for (Object element : iterable) {
            if (element != null) {
              frames[frame] = element;
              run(body, end, frames, out);
            }
          }
        } else if (value != null && value.getClass().isArray()) {
          for (int i = 0, n = Array.getLength(value); i < n; i++) {
            Object element = Array.get(value, i);
            if (element != null) {
              frames[frame] = element;
              run(body, end, frames, out);
            }
          }
        }
      }
      case WITH -> {
        Object present = shown(value);
        if (present != null) {
          frames[frame] = present;
          run(body, end, frames, out);
        }
      }
      case WHEN -> {
        if (truthy(value)) {
          run(body, end, frames, out);
        }
      }
      case UNLESS -> {
        if (!truthy(value)) {
          run(body, end, frames, out);
        }
      }
      case VALUE -> throw new IllegalStateException("slot kind VALUE is not a section");
    }
  }

  /** Where a value is written: element text, an attribute value, or the whole or the start of a URL. */
  enum Context { TEXT, ATTRIBUTE, LINK, IMAGE }

  /** Writes a shown value (null: nothing), escaped for its context. */
  private static void value(Object value, Context context, ByteSink out) {
    if (value == null) {
      return;
    }
    String string = value instanceof String text ? text
        : value instanceof Url url ? url.value() : value instanceof ImageUrl image ? image.value() : null;
    if (string != null) {
      out.writeEscaped(checked(string, value, context));
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      out.writeDecimal(((Number) value).longValue());
    } else if (value instanceof Markdown markdown && context == Context.TEXT) {
      out.writeUtf8(markdown.html());
    } else {
      out.writeEscaped(text(value, context));
    }
  }

  /** The text of a value, before escaping: a URL that the policy refuses is {@link #REFUSED_URL}. */
  private static CharSequence text(Object value, Context context) {
    CharSequence text = value instanceof String string ? string
        : value instanceof CharSequence chars ? chars
        : value instanceof Url url ? url.value()
        : value instanceof ImageUrl image ? image.value()
        : value instanceof Markdown markdown ? markdown.html()
        : String.valueOf(value);
    return text instanceof String string ? checked(string, value, context)
        : (context == Context.LINK || context == Context.IMAGE) && refused(text, context) ? REFUSED_URL : text;
  }

  /**
   * {@code text}, the text of {@code value}, or {@link #REFUSED_URL} when it stands as a URL the policy
   * refuses. A {@code Url} was checked as a link when it was made, and an {@code ImageUrl} as an image:
   * each is not checked again where it is used as what it was checked for.
   */
  private static String checked(String text, Object value, Context context) {
    if (context == Context.TEXT || context == Context.ATTRIBUTE || context == Context.LINK && value instanceof Url
        || context == Context.IMAGE && value instanceof ImageUrl) {
      return text;
    }
    return refused(text, context) ? REFUSED_URL : text;
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
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    if (value instanceof Collection<?> collection) {
      return !collection.isEmpty();
    }
    if (value instanceof Iterable<?> iterable) {
      return iterable.iterator().hasNext();
    }
    if (value instanceof CharSequence chars) {
      return chars.length() > 0;
    }
    if (value.getClass().isArray()) {
      return Array.getLength(value) > 0;
    }
    return true;
  }
  // ---- the template's output as a tree, before it is assembled ------------------------------

  /** A piece of the parsed output. */
  private sealed interface Node permits Run, Value, Section {}

  /** Output that is the same for every model. */
  private record Run(String text) implements Node {}

  /** A value and where it stands. */
  private record Value(int slot, Context context) implements Node {}

  /** A section: its slot, what it does, the frame an element goes into, and what it holds. */
  private record Section(int slot, Bound.Kind kind, int frame, Node[] nodes) implements Node {}

  /** Lays the tree out as the flat program. */
  private static final class Assembler {
    final List<Integer> code = new ArrayList<>();
    final List<String> runs = new ArrayList<>();
    final List<Integer> valueSlots = new ArrayList<>();
    final List<Context> valueContexts = new ArrayList<>();
    final List<Integer> sectionSlots = new ArrayList<>();
    final List<Bound.Kind> sectionKinds = new ArrayList<>();
    final List<Integer> sectionFrames = new ArrayList<>();
    final List<Integer> sectionEnds = new ArrayList<>();

    void add(Node[] nodes) {
      for (Node node : nodes) {
        if (node instanceof Run run) {
          code.add(RUN);
          code.add(runs.size());
          runs.add(run.text());
        } else if (node instanceof Value value) {
          code.add(VALUE);
          code.add(valueSlots.size());
          valueSlots.add(value.slot());
          valueContexts.add(value.context());
        } else {
          Section section = (Section) node;
          int index = sectionSlots.size();
          sectionSlots.add(section.slot());
          sectionKinds.add(section.kind());
          sectionFrames.add(section.frame());
          sectionEnds.add(-1);
          code.add(SECTION);
          code.add(index);
          add(section.nodes());
          sectionEnds.set(index, code.size());
        }
      }
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
        if (at + 2 >= output.length()) {
          throw new IllegalStateException("the page's template ends inside a slot marker");
        }
        int number = Bound.slotAt(output, at);
        if (number < 0 || number >= slots.size()) {
          throw new IllegalStateException("the page's template has a marker of slot " + number + ", but it has "
              + slots.size() + " slots");
        }
        at += 3;
        if (run.length() > 0) {
          nodes.add(new Run(run.toString()));
          run.setLength(0);
        }
        Bound.Slot slot = slots.get(number);
        if (c == Bound.CLOSE) {
          if (number != section) {
            throw new IllegalStateException("slot " + number + " ends where " + (section < 0 ? "no section" : "slot "
                + section) + " is open");
          }
          return nodes.toArray(new Node[0]);
        }
        Context context = context(number);
        if (slot.frame() >= frame) {
          throw new IllegalStateException("slot " + number + " reads frame " + slot.frame() + ", but only " + frame
              + " are open where it stands");
        }
        if (c == Bound.VALUE) {
          if (slot.kind() != Bound.Kind.VALUE) {
            throw new IllegalStateException("slot " + number + " is a section but stands as a value");
          }
          nodes.add(new Value(number, context));
        } else {
          if (slot.kind() == Bound.Kind.VALUE) {
            throw new IllegalStateException("slot " + number + " is a value but starts a section");
          }
          boolean pushes = slot.kind() == Bound.Kind.EACH || slot.kind() == Bound.Kind.WITH;
          frames = Math.max(frames, pushes ? frame + 1 : frame);
          nodes.add(new Section(number, slot.kind(), frame, nodes(number, pushes ? frame + 1 : frame)));
        }
      }
      if (section >= 0) {
        throw new IllegalStateException("slot " + section + " starts a section that never ends");
      }
      if (run.length() > 0) {
        nodes.add(new Run(run.toString()));
      }
      return nodes.toArray(new Node[0]);
    }

    /** Where a marker at the current place stands. */
    private Context context(int number) {
      if (rawText != null) {
        throw new IllegalStateException("slot " + number + " stands inside <" + rawText + ">, where no value can go");
      }
      if (!inTag) {
        return Context.TEXT;
      }
      if (attribute == null || quote == 0) {
        throw new IllegalStateException("slot " + number + " stands inside the tag <" + tag + ">, not in an attribute's value");
      }
      if (attribute.equals("style") || attribute.startsWith("on")) {
        throw new IllegalStateException("slot " + number + " stands in the " + attribute + " attribute of <" + tag
            + ">, where no value can go");
      }
      if (URL_ATTRIBUTES.contains(attribute)) {
        String before = output.substring(valueStart, at - 3);
        boolean fixed = before.chars().anyMatch(ch -> ch == ':' || ch == '/' || ch == '?' || ch == '#');
        if (!fixed) {
          return IMAGE_ATTRIBUTES.contains(attribute) && !tag.equals("a") ? Context.IMAGE : Context.LINK;
        }
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
              throw new IllegalStateException("a slot stands inside an HTML comment, where no value can go");
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
