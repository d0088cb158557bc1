package dev.quire.processor.internal.model;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Bound;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.processor.internal.content.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The placeholders of one page: reads {@code {{a.b}}}, {@code {{#x}}…{{/x}}} and {@code {{^x}}…{{/x}}}
 * in its text, URL and Markdown values, resolves each path against the page's model (and the elements
 * of the sections around it, innermost first), checks what the value can be there, and replaces the
 * placeholder with its slot's marker ({@link Bound}). Every slot it makes is one the generated class
 * binds, in order. A page without {@code model:} has no placeholders: each is an error that says how
 * to write literal braces.
 */
final class Placeholders {
  /** The most names a path has: a slot's case in the generated {@code read} stays small. */
  static final int MAX_NAMES = 8;
  /** The most slots a page has: the generated {@code read} and bindings stay well inside javac's 64 KB a method. */
  static final int MAX_SLOTS = 500;
  private static final Pattern PATH = Pattern.compile("\\.|[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*");

  /** Where a value goes, which decides how {@code \{{} and code are read. */
  enum Use {
    /** Plain text or a URL: {@code \{{} writes literal braces. */
    TEXT,
    /** Markdown: code spans and fenced code keep their braces; {@code \{{} is Markdown's own escape. */
    MARKDOWN
  }

  /** A value with its placeholders replaced, and how its offsets map back to the value as written. */
  record Replaced(String text, int[] outStarts, int[] sourceStarts) {
    /** The offset in the value as written of {@code offset} in {@link #text}. */
    int original(int offset) {
      if (outStarts.length == 0 || offset < outStarts[0]) {
        return offset; // before the first placeholder the value is as written
      }
      int i = outStarts.length - 1;
      while (i > 0 && outStarts[i] > offset) {
        i--;
      }
      return outStarts.length == 0 ? offset : sourceStarts[i] + Math.max(0, offset - outStarts[i]);
    }
  }

  private record Frame(ModelTypes.ModelType type) {}

  private record Open(String path, int slot, boolean pushes, Position position) {}

  private final ReadContext context;
  private final ModelTypes.ModelType model;
  private final String modelName;
  private final List<Frame> scope = new ArrayList<>();
  private final List<PageModel.Slot> slots = new ArrayList<>();
  /** Whether the page was told that its Markdown values need an engine the class path lacks (once a page). */
  private boolean warnedMarkdown;

  /** {@code model} null: the page has no {@code model:}. */
  Placeholders(ReadContext context, ModelTypes.ModelType model, String modelName) {
    this.context = context;
    this.model = model;
    this.modelName = modelName;
    if (model != null) {
      scope.add(new Frame(model));
    }
  }

  boolean bound() {
    return model != null;
  }

  /** The page's slots so far, in number order (a copy, for the page model). */
  List<PageModel.Slot> slots() {
    return List.copyOf(slots);
  }

  /** Slot {@code number}. */
  PageModel.Slot slot(int number) {
    return slots.get(number);
  }

  /** {@code value} with its placeholders replaced by markers; {@code where} maps an offset of it to the file. */
  Replaced replace(String value, IntFunction<Position> where, Use use) {
    if (value.indexOf('{') < 0 || value.indexOf("{{") < 0) {
      return new Replaced(value, new int[0], new int[0]);
    }
    StringBuilder out = new StringBuilder(value.length());
    List<int[]> map = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    int i = 0;
    boolean lineStart = true;
    String fence = null;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (use == Use.MARKDOWN && lineStart) {
        String line = value.substring(i, lineEnd(value, i)).stripLeading();
        String marker = line.startsWith("```") ? "```" : line.startsWith("~~~") ? "~~~" : null;
        if (fence != null && marker != null && marker.charAt(0) == fence.charAt(0)) {
          fence = null;
        } else if (fence == null && marker != null) {
          fence = marker;
        }
      }
      lineStart = c == '\n';
      if (use == Use.MARKDOWN && (fence != null || c == '`')) {
        int end = fence != null ? i + 1 : codeSpanEnd(value, i);
        out.append(value, i, end);
        lineStart = value.charAt(end - 1) == '\n';
        i = end;
        continue;
      }
      if (c == '\\' && value.startsWith("{{", i + 1)) {
        map.add(new int[] {out.length(), use == Use.TEXT ? i + 1 : i});
        out.append(use == Use.TEXT ? "{{" : "\\{{");
        i += 3;
        continue;
      }
      if (c != '{' || !value.startsWith("{{", i)) {
        out.append(c);
        i++;
        continue;
      }
      int close = value.indexOf("}}", i + 2);
      if (close < 0 || value.substring(i + 2, close).indexOf('\n') >= 0) {
        context.add(Code.DATA_007, where.apply(i), "'{{' is not closed by '}}' on its line; write '\\{{' for literal braces");
        out.append("{{");
        i += 2;
        continue;
      }
      String tag = value.substring(i + 2, close);
      int end = close + 2;
      map.add(new int[] {out.length(), i});
      tag(tag.strip(), i, i + 2 + (tag.length() - tag.stripLeading().length()), where, out, open);
      map.add(new int[] {out.length(), end});
      i = end;
    }
    while (!open.isEmpty()) {
      Open unclosed = open.pop();
      if (unclosed.pushes) {
        scope.remove(scope.size() - 1);
      }
      if (unclosed.slot < 0) {
        continue;
      }
      context.add(Code.DATA_005, unclosed.position, "the section {{#" + unclosed.path + "}} is not closed: end it with {{/"
          + unclosed.path + "}} in the same value");
    }
    int[] outStarts = new int[map.size()];
    int[] sourceStarts = new int[map.size()];
    for (int k = 0; k < map.size(); k++) {
      outStarts[k] = map.get(k)[0];
      sourceStarts[k] = map.get(k)[1];
    }
    return new Replaced(out.toString(), outStarts, sourceStarts);
  }

  /** One tag, {@code tag} trimmed, its braces at {@code start} and its text at {@code at}. */
  private void tag(String tag, int start, int at, IntFunction<Position> where, StringBuilder out, Deque<Open> open) {
    Position position = where.apply(start);
    char sigil = tag.isEmpty() ? ' ' : tag.charAt(0);
    String path = sigil == '#' || sigil == '^' || sigil == '/' ? tag.substring(1).strip() : tag;
    int pathAt = at + (path.isEmpty() ? 0 : tag.indexOf(path));
    if (!PATH.matcher(path).matches()) {
      context.add(Code.DATA_007, position, "'{{" + tag + "}}' is not a placeholder: write {{name}}, {{a.b}}, "
          + "{{#a}}…{{/a}} or {{^a}}…{{/a}}, or '\\{{' for literal braces");
      out.append("{{").append(tag).append("}}");
      return;
    }
    if (model == null) {
      context.add(Code.DATA_006, position, "{{" + tag + "}} is a placeholder, but this page has no model: name its type "
          + "with 'model: YourType' in the front matter, or write '\\{{' for literal braces");
      out.append("{{").append(tag).append("}}");
      return;
    }
    if (sigil == '/') {
      if (open.isEmpty() || !open.peek().path.equals(path)) {
        context.add(Code.DATA_005, position, "{{/" + path + "}} closes " + (open.isEmpty() ? "no section"
            : "the wrong section: {{#" + open.peek().path + "}} is open"));
        return;
      }
      Open section = open.pop();
      if (section.pushes) {
        scope.remove(scope.size() - 1);
      }
      if (section.slot >= 0) {
        out.append(Bound.marker(Bound.CLOSE, section.slot));
      }
      return;
    }
    Optional<Resolved> resolved = resolve(path, pathAt, where);
    if (resolved.isEmpty()) {
      refused(sigil, path, position, open);
      return;
    }
    Resolved value = resolved.get();
    if (sigil != '#' && sigil != '^') { // a value ('/' ends a section above)
      if (!showable(value.type)) {
        context.add(Code.DATA_004, where.apply(pathAt), "{{" + path + "}} is " + article(value.type.display())
            + ", which cannot be shown as text" + hint(path, value.type));
        out.append("{{").append(tag).append("}}");
        return;
      }
      if (value.type.shape() == ModelTypes.ModelType.Shape.MARKDOWN && !warnedMarkdown
          && !context.site.models().markdownEngine()) {
        warnedMarkdown = true;
        context.add(Code.DATA_010, where.apply(pathAt), "{{" + path + "}} is Markdown, which the application makes with "
            + "Markdown.of at run time, and that needs Quire's Markdown engine: add the dependency dev.quire:quire-markdown "
            + "(the Spring Boot starter brings it)");
      }
      out.append(Bound.marker(Bound.VALUE, add(Bound.Kind.VALUE, value, "{{" + tag + "}}", position)));
      return;
    }
    Optional<Bound.Kind> kind = sigil == '^' ? condition(value.type).map(k -> Bound.Kind.UNLESS) : sectionKind(value.type);
    if (kind.isEmpty()) {
      context.add(Code.DATA_003, where.apply(pathAt), "{{" + sigil + path + "}}: " + path + " is " + article(value.type.display())
          + ", which " + (sigil == '^' ? "is not a condition" : "neither repeats nor is a condition")
          + ": a section takes a collection, an array, an Optional or a boolean");
      refused(sigil, path, position, open);
      return;
    }
    int slot = add(kind.get(), value, "{{" + tag + "}}", position);
    boolean pushes = kind.get() == Bound.Kind.EACH || kind.get() == Bound.Kind.WITH;
    if (pushes) {
      scope.add(new Frame(value.type.element().orElseThrow()));
    }
    open.push(new Open(path, slot, pushes, position));
    out.append(Bound.marker(Bound.OPEN, slot));
  }

  /** A section whose start was reported: its end still closes it, without a second error. */
  private static void refused(char sigil, String path, Position position, Deque<Open> open) {
    if (sigil == '#' || sigil == '^') {
      open.push(new Open(path, -1, false, position));
    }
  }

  /**
   * The slot of a module's {@code each:} ({@code repeat} true) or {@code if:}, read from the scalar at
   * {@code position}; the caller reads the module inside it and then calls {@link #leave}.
   */
  Optional<Integer> module(String path, boolean repeat, Position position, IntFunction<Position> where) {
    String key = repeat ? "each" : "if";
    if (model == null) {
      context.add(Code.DATA_006, position, key + ": needs a model: name its type with 'model: YourType' in the front matter");
      return Optional.empty();
    }
    String trimmed = path.strip();
    if (!PATH.matcher(trimmed).matches()) {
      context.add(Code.DATA_007, position, key + ": takes a path like lines or customer.orders, not '" + path + "'");
      return Optional.empty();
    }
    Optional<Resolved> resolved = resolve(trimmed, path.indexOf(trimmed), where);
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    ModelTypes.ModelType type = resolved.get().type;
    if (repeat && type.shape() != ModelTypes.ModelType.Shape.REPEATS && type.shape() != ModelTypes.ModelType.Shape.ANY) {
      context.add(Code.DATA_003, position, "each: " + trimmed + " is " + article(type.display()) + ", which cannot repeat: "
          + "each: takes a collection or an array" + (condition(type).isPresent() ? "; for a condition use if:" : ""));
      return Optional.empty();
    }
    if (!repeat && condition(type).isEmpty()) {
      context.add(Code.DATA_003, position, "if: " + trimmed + " is " + article(type.display()) + ", which is not a condition: "
          + "if: takes a boolean, an Optional, a collection or an array");
      return Optional.empty();
    }
    int slot = add(repeat ? Bound.Kind.EACH : Bound.Kind.WHEN, resolved.get(), key + ": " + trimmed, position);
    if (repeat) {
      scope.add(new Frame(type.element().orElseThrow()));
    }
    return Optional.of(slot);
  }

  /** Ends the scope a module's {@code each:} opened. */
  void leave(boolean repeat) {
    if (repeat) {
      scope.remove(scope.size() - 1);
    }
  }

  private record Resolved(int frame, List<PageModel.Step> steps, ModelTypes.ModelType type) {}

  /** The frame and accessors {@code path} reads, or empty (reported) when a name is not an accessor. */
  private Optional<Resolved> resolve(String path, int at, IntFunction<Position> where) {
    int innermost = scope.size() - 1;
    if (path.equals(".")) {
      return Optional.of(new Resolved(innermost, List.of(), scope.get(innermost).type));
    }
    String[] names = path.split("\\.");
    if (names.length > MAX_NAMES) {
      context.add(Code.DATA_007, where.apply(at), "'" + path + "' has " + names.length + " names; a path has at most "
          + MAX_NAMES + " (give the model an accessor that goes part of the way)");
      return Optional.empty();
    }
    int frame = -1;
    for (int f = innermost; f >= 0 && frame < 0; f--) {
      if (scope.get(f).type.member(names[0]).isPresent()) {
        frame = f;
      }
    }
    if (frame < 0) {
      Set<String> known = new LinkedHashSet<>();
      for (int f = innermost; f >= 0; f--) {
        known.addAll(scope.get(f).type.memberNames());
      }
      String types = innermost == 0 ? modelName : scope.get(innermost).type.display() + " (nor " + modelName + ")";
      context.add(Code.DATA_002, where.apply(at), "'" + names[0] + "' is not an accessor of " + types
          + Suggestions.closest(names[0], known).map(s -> "; did you mean '" + s + "'?").orElse(known.isEmpty()
              ? "" : "; its accessors are " + String.join(", ", known)));
      return Optional.empty();
    }
    ModelTypes.ModelType type = scope.get(frame).type;
    List<PageModel.Step> steps = new ArrayList<>();
    int offset = at;
    for (String name : names) {
      Optional<ModelTypes.Member> member = type.member(name);
      if (member.isEmpty() || type.javaClass().isEmpty()) {
        List<String> known = type.memberNames();
        context.add(Code.DATA_002, where.apply(offset), type.display() + " has no accessor '" + name + "'"
            + (type.shape() == ModelTypes.ModelType.Shape.OPTIONAL ? "; it is an Optional: open it with a section, "
                + "{{#" + path.substring(0, offset - at - 1) + "}}…{{/" + path.substring(0, offset - at - 1) + "}}"
            : Suggestions.closest(name, known).map(s -> "; did you mean '" + s + "'?").orElse("")));
        return Optional.empty();
      }
      Optional<String> unreachable = context.site.models().unreachable(type, context.slug);
      if (unreachable.isPresent()) {
        context.add(Code.DATA_009, where.apply(offset), "'" + path + "' reads " + name + " of " + type.display() + ", but "
            + unreachable.get());
        return Optional.empty();
      }
      steps.add(new PageModel.Step(type.javaClass().get(), name, member.get().overloaded()));
      type = member.get().type();
      offset += name.length() + 1;
    }
    return Optional.of(new Resolved(frame, steps, type));
  }

  /**
   * The slot of own module {@code name}, written at {@code position}, made for each render: its frame is
   * the number of frames open where it stands (its sections put their elements there).
   */
  int module(String name, Position position) {
    if (slots.size() == MAX_SLOTS) {
      context.add(Code.LIMIT_009, position, "the page has more than " + MAX_SLOTS + " placeholders, sections, each: and "
          + "if:; split it into several pages");
    }
    slots.add(new PageModel.Slot(Bound.Kind.MODULE, scope.size(), Optional.empty(), List.of(), name, position));
    return slots.size() - 1;
  }

  /** A new slot that reads what {@code slot} reads, with another kind (a block section's "none" and "any" parts). */
  int alias(int slot, Bound.Kind kind) {
    PageModel.Slot of = slots.get(slot);
    slots.add(new PageModel.Slot(kind, of.frame(), of.frameType(), of.steps(), of.source(), of.position()));
    return slots.size() - 1;
  }

  private int add(Bound.Kind kind, Resolved value, String source, Position position) {
    if (slots.size() == MAX_SLOTS) {
      context.add(Code.LIMIT_009, position, "the page has more than " + MAX_SLOTS + " placeholders, sections, each: and "
          + "if:; split it into several pages");
    }
    slots.add(new PageModel.Slot(kind, value.frame, scope.get(value.frame).type.javaClass(), value.steps, source, position));
    return slots.size() - 1;
  }

  /** What a section over {@code type} does. */
  private static Optional<Bound.Kind> sectionKind(ModelTypes.ModelType type) {
    return switch (type.shape()) {
      case REPEATS, ANY -> Optional.of(Bound.Kind.EACH);
      case OPTIONAL -> Optional.of(Bound.Kind.WITH);
      case BOOLEAN -> Optional.of(Bound.Kind.WHEN);
      default -> Optional.empty();
    };
  }

  /** A condition's kind, when {@code type} is one. */
  private static Optional<Bound.Kind> condition(ModelTypes.ModelType type) {
    return switch (type.shape()) {
      case REPEATS, OPTIONAL, BOOLEAN, ANY -> Optional.of(Bound.Kind.WHEN);
      default -> Optional.empty();
    };
  }

  private static boolean showable(ModelTypes.ModelType type) {
    return switch (type.shape()) {
      case TEXT, BOOLEAN, MARKDOWN, URL, ANY -> true;
      case OPTIONAL -> type.element().map(Placeholders::showable).orElse(false);
      case REPEATS, OTHER -> false;
    };
  }

  private static String hint(String path, ModelTypes.ModelType type) {
    return switch (type.shape()) {
      case REPEATS -> "; repeat it with a section, {{#" + path + "}}…{{/" + path + "}}, or show one of its accessors";
      case OPTIONAL -> "; open it with a section, {{#" + path + "}}…{{/" + path + "}}";
      default -> type.memberNames().isEmpty() ? "" : "; show one of its accessors ("
          + String.join(", ", type.memberNames().subList(0, Math.min(5, type.memberNames().size()))) + ")";
    };
  }

  private static String article(String type) {
    return "of type " + type;
  }

  private static int lineEnd(String value, int from) {
    int end = value.indexOf('\n', from);
    return end < 0 ? value.length() : end;
  }

  /** The end of a code span starting at a backtick run at {@code start}, or of the run itself when nothing closes it. */
  private static int codeSpanEnd(String value, int start) {
    int run = start;
    while (run < value.length() && value.charAt(run) == '`') {
      run++;
    }
    int length = run - start;
    int at = run;
    while (at < value.length()) {
      int next = value.indexOf('`', at);
      if (next < 0) {
        break;
      }
      int end = next;
      while (end < value.length() && value.charAt(end) == '`') {
        end++;
      }
      if (end - next == length) {
        return end;
      }
      at = end;
    }
    return run;
  }
}
