package dev.quire.processor.internal.bound;

import dev.quire.dsl.internal.Bound;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.model.ModelTypes;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.Site;
import dev.quire.processor.internal.source.Position;
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
public final class Placeholders {
  /** The most names a path has: a slot's case in the generated {@code read} stays small. */
  static final int MAX_NAMES = 8;
  /** The most slots a page has: the generated {@code read} and bindings stay well inside javac's 64 KB a method. */
  static final int MAX_SLOTS = 500;
  private static final Pattern PATH = Pattern.compile("\\.|[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*");

  /** Where a value goes, which decides how {@code \{{} and code are read. */
  public enum Use {
    /** Plain text or a URL: {@code \{{} writes literal braces. */
    TEXT,
    /** Markdown: code spans and fenced code keep their braces; {@code \{{} is Markdown's own escape. */
    MARKDOWN
  }

  /** A value with its placeholders replaced, and how its offsets map back to the value as written. */
  public record Replaced(String text, int[] outStarts, int[] sourceStarts) {
    /** The offset in the value as written of {@code offset} in {@link #text}. */
    public int original(int offset) {
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

  private final Report report;
  private final Site site;
  private final String slug;
  private final ModelTypes.ModelType model;
  private final String modelName;
  private final List<Frame> scope = new ArrayList<>();
  private final List<PageModel.Slot> slots = new ArrayList<>();
  /** Whether the page was told that its Markdown values need an engine the class path lacks (once a page). */
  private boolean warnedMarkdown;

  /**
   * The placeholders of the page {@code slug} of {@code site}, problems going to {@code report};
   * {@code model} null: the page has no {@code model:}.
   */
  public Placeholders(Report report, Site site, String slug, ModelTypes.ModelType model, String modelName) {
    this.report = report;
    this.site = site;
    this.slug = slug;
    this.model = model;
    this.modelName = modelName;
    if (model != null) {
      scope.add(new Frame(model));
    }
  }

  /** Reports {@code problem} at {@code position} in the page's report. */
  void report(Position position, Problem problem) {
    report.add(position, problem);
  }

  public boolean bound() {
    return model != null;
  }

  /** The page's slots so far, in number order (a copy, for the page model). */
  public List<PageModel.Slot> slots() {
    return List.copyOf(slots);
  }

  /** Slot {@code number}. */
  PageModel.Slot slot(int number) {
    return slots.get(number);
  }

  /** {@code value} with its placeholders replaced by markers; {@code where} maps an offset of it to the file. */
  public Replaced replace(String value, IntFunction<Position> where, Use use) {
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
        report.add(where.apply(i), Message.DATA_UNCLOSED_BRACES.with());
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
      report.add(unclosed.position, Message.DATA_SECTION_UNCLOSED.with(unclosed.path));
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
      report.add(position, Message.DATA_NOT_A_PLACEHOLDER.with(tag));
      out.append("{{").append(tag).append("}}");
      return;
    }
    if (model == null) {
      report.add(position, Message.DATA_NO_MODEL.with(tag));
      out.append("{{").append(tag).append("}}");
      return;
    }
    if (sigil == '/') {
      if (open.isEmpty() || !open.peek().path.equals(path)) {
        report.add(position, Message.DATA_SECTION_CLOSES.with(path, open.isEmpty() ? "no section"
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
        report.add(where.apply(pathAt), Message.DATA_NOT_TEXT.with(path, value.type.display(), hint(path, value.type)));
        out.append("{{").append(tag).append("}}");
        return;
      }
      if (value.type.shape() == ModelTypes.ModelType.Shape.MARKDOWN && !warnedMarkdown
          && !site.models().markdownEngine()) {
        warnedMarkdown = true;
        report.add(where.apply(pathAt), Message.DATA_MARKDOWN_ENGINE.with(path));
      }
      out.append(Bound.marker(Bound.VALUE, add(Bound.Kind.VALUE, value, "{{" + tag + "}}", position)));
      return;
    }
    Optional<Bound.Kind> kind = sigil == '^' ? condition(value.type).map(k -> Bound.Kind.UNLESS) : sectionKind(value.type);
    if (kind.isEmpty()) {
      report.add(where.apply(pathAt), Message.DATA_SECTION_TYPE.with(sigil + path, path, value.type.display(),
          sigil == '^' ? "is not a condition" : "neither repeats nor is a condition"));
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
  public Optional<Integer> module(String path, boolean repeat, Position position, IntFunction<Position> where) {
    String key = repeat ? "each" : "if";
    if (model == null) {
      report.add(position, Message.DATA_KEY_NO_MODEL.with(key));
      return Optional.empty();
    }
    String trimmed = path.strip();
    if (!PATH.matcher(trimmed).matches()) {
      report.add(position, Message.DATA_KEY_PATH.with(key, path));
      return Optional.empty();
    }
    Optional<Resolved> resolved = resolve(trimmed, path.indexOf(trimmed), where);
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    ModelTypes.ModelType type = resolved.get().type;
    if (repeat && type.shape() != ModelTypes.ModelType.Shape.REPEATS && type.shape() != ModelTypes.ModelType.Shape.ANY) {
      report.add(position, Message.DATA_EACH_TYPE.with(trimmed, type.display(),
          condition(type).isPresent() ? "; for a condition use if:" : ""));
      return Optional.empty();
    }
    if (!repeat && condition(type).isEmpty()) {
      report.add(position, Message.DATA_IF_TYPE.with(trimmed, type.display()));
      return Optional.empty();
    }
    int slot = add(repeat ? Bound.Kind.EACH : Bound.Kind.WHEN, resolved.get(), key + ": " + trimmed, position);
    if (repeat) {
      scope.add(new Frame(type.element().orElseThrow()));
    }
    return Optional.of(slot);
  }

  /** Ends the scope a module's {@code each:} opened. */
  public void leave(boolean repeat) {
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
      report.add(where.apply(at), Message.DATA_PATH_LONG.with(path, names.length, MAX_NAMES));
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
      report.add(where.apply(at), Message.DATA_NOT_AN_ACCESSOR.with(names[0], types, Suggestions.closest(names[0], known)
          .map(s -> "; did you mean '" + s + "'?").orElse(known.isEmpty() ? "" : "; its accessors are " + String.join(", ", known))));
      return Optional.empty();
    }
    ModelTypes.ModelType type = scope.get(frame).type;
    List<PageModel.Step> steps = new ArrayList<>();
    int offset = at;
    for (String name : names) {
      Optional<ModelTypes.Member> member = type.member(name);
      if (member.isEmpty() || type.javaClass().isEmpty()) {
        List<String> known = type.memberNames();
        report.add(where.apply(offset), Message.DATA_NO_ACCESSOR.with(type.display(), name,
            type.shape() == ModelTypes.ModelType.Shape.OPTIONAL ? "; it is an Optional: open it with a section, "
                + "{{#" + path.substring(0, offset - at - 1) + "}}…{{/" + path.substring(0, offset - at - 1) + "}}"
            : Suggestions.closest(name, known).map(s -> "; did you mean '" + s + "'?").orElse("")));
        return Optional.empty();
      }
      Optional<String> unreachable = site.models().unreachable(type, slug);
      if (unreachable.isPresent()) {
        report.add(where.apply(offset), Message.DATA_PATH_UNREACHABLE.with(path, name, type.display(), unreachable.get()));
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
  public int module(String name, Position position) {
    if (slots.size() == MAX_SLOTS) {
      report.add(position, Message.LIMIT_SLOTS.with(MAX_SLOTS));
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
      report.add(position, Message.LIMIT_SLOTS.with(MAX_SLOTS));
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
