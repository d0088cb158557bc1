package dev.quire.languageserver;

import dev.quire.processor.internal.ContentCompiler;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.PageModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Completion, hover, go to definition and quick fixes for one content file, from the vocabulary the
 * processor reads content by and the site as the last check read it (its pages' addresses and ids,
 * its static files).
 */
final class Assist {
  private static final Pattern SECTION = Pattern.compile("\\{\\{\\s*([#^/])\\s*([\\w.]*)\\s*}}");
  private static final Pattern ITEM = Pattern.compile("^(\\s*)-\\s+name:");
  private static final Pattern EACH = Pattern.compile("^\\s*(?:-\\s+)?each:\\s*([\\w.]+)");
  private static final Pattern PLACEHOLDER_AT = Pattern.compile("\\{\\{\\s*[#^/]?\\s*([\\w.]+)\\s*}}");
  private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean '([^']+)'\\?");
  private static final Pattern NAME_VALUE = Pattern.compile("name:\\s*([\\w]+)");
  private static final Pattern KEY_AT = Pattern.compile("^(\\s*)(-\\s+)?([A-Za-z_][\\w-]*):");
  private static final Pattern LINK_AT = Pattern.compile("\\]\\(([^)\\s]+)\\)|(?:url|image|link|href):\\s*[\"']?(/[^\\s\"'#]*)");

  /** Icons offered at most: the sets have 1,600, a client filters what it is given. */
  private static final int MAX_ICONS = 300;

  private final Vocabulary vocabulary;
  private final Checker.Outcome site;
  private final Project project;

  Assist(Vocabulary vocabulary, Checker.Outcome site, Project project) {
    this.vocabulary = vocabulary;
    this.site = site;
    this.project = project;
  }

  /** What can be written at {@code position} of {@code text}, the file {@code file}. */
  List<CompletionItem> complete(Path file, String text, Position position) {
    Cursor cursor = Cursor.at(text, position.getLine(), position.getCharacter());
    Range replaced = new Range(new Position(position.getLine(), cursor.wordStart()), position);
    List<CompletionItem> items = new ArrayList<>();
    switch (cursor.kind()) {
      case MODULE_NAME -> vocabulary.modules().forEach((name, shape) ->
          items.add(item(name, CompletionItemKind.Module, shape.doc(), Vocabulary.document(shape), name, replaced)));
      case KEY -> {
        if (cursor.module().isPresent() && vocabulary.module(cursor.module().get()).isEmpty()) {
          break;
        }
        for (Declared.Component key : vocabulary.keys(cursor.module())) {
          if (!cursor.keys().contains(key.name()) && !key.name().equals("name")) {
            items.add(item(key.name(), CompletionItemKind.Property, key.type().description()
                    + (key.required() ? ", required" : ""), Vocabulary.document(cursor.module().orElse("page"), key),
                key.name() + ": ", replaced));
          }
        }
      }
      case VALUE -> {
        Optional<Declared.Component> key = vocabulary.key(cursor.module(), cursor.key().orElseThrow());
        if (key.isPresent()) {
          for (String choice : Vocabulary.choices(key.get().type())) {
            items.add(item(choice, CompletionItemKind.EnumMember, key.get().type().description(), key.get().doc(), choice,
                replaced));
          }
          if (Vocabulary.isAddress(key.get().type())) {
            addresses(file, cursor.word(), key.get().type() != Declared.Scalar.URL, replaced, items);
          }
          Declared.Type type = key.get().type() instanceof Declared.OptionalOf optional ? optional.of() : key.get().type();
          if (type == Declared.Scalar.ICON) {
            dev.quire.dsl.internal.FontAwesome.specs().stream().filter(icon -> icon.startsWith(cursor.word())).limit(MAX_ICONS)
                .forEach(icon -> items.add(item(icon, CompletionItemKind.Value, "a Font Awesome 5 icon", icon, icon, replaced)));
          }
          if (cursor.module().isEmpty() && key.get().name().equals("model")) {
            site.modelNames().stream().filter(name -> name.startsWith(cursor.word())).forEach(name -> items.add(item(name,
                CompletionItemKind.Class, "a type of the @Pages package", name, name, replaced)));
          }
        }
      }
      case LINK -> addresses(file, cursor.word(), false, replaced, items);
      case PLACEHOLDER -> Optional.ofNullable(site.models().get(file))
          .map(model -> context(model, text, position))
          .flatMap(context -> context.at(cursor.key().orElse("")))
          .ifPresent(tree -> tree.members().forEach((member, type) -> items.add(item(member, CompletionItemKind.Field,
              type.display(), "`" + member + "`: " + type.display(), member, replaced))));
      case NONE -> { }
    }
    return items;
  }

  /**
   * What placeholders at {@code position} are about: the model, or the element of the list the
   * enclosing module repeats ({@code each:}), then of each section open before the place.
   */
  static ModelTree context(ModelTree model, String text, Position position) {
    List<String> lines = text.lines().toList();
    ModelTree context = model;
    Optional<String> each = eachOfModuleAt(lines, Math.min(position.getLine(), lines.size() - 1));
    if (each.isPresent()) {
      context = context.at(each.get()).map(ModelTree::inside).orElse(context);
    }
    StringBuilder before = new StringBuilder();
    for (int i = 0; i < position.getLine() && i < lines.size(); i++) {
      before.append(lines.get(i)).append('\n');
    }
    if (position.getLine() < lines.size()) {
      String line = lines.get(position.getLine());
      before.append(line, 0, Math.min(line.length(), position.getCharacter()));
    }
    java.util.Deque<ModelTree> open = new java.util.ArrayDeque<>();
    Matcher section = SECTION.matcher(before);
    while (section.find()) {
      String kind = section.group(1);
      if (kind.equals("/")) {
        if (!open.isEmpty()) {
          open.pop();
        }
      } else {
        ModelTree outer = open.isEmpty() ? context : open.peek();
        // an inverted section shows when there is nothing: its placeholders are about the outer value
        open.push(kind.equals("^") ? outer : outer.at(section.group(2)).map(ModelTree::inside).orElse(outer));
      }
    }
    return open.isEmpty() ? context : open.peek();
  }

  /** The {@code each:} of the module whose text or keys hold {@code line}, when it has one. */
  private static Optional<String> eachOfModuleAt(List<String> lines, int line) {
    int end = Cursor.frontMatterEnd(lines);
    if (line < 1 || end >= 0 && line >= end) {
      return Optional.empty();
    }
    int indent = indentOf(lines.get(line));
    for (int i = line; i >= 1; i--) {
      Matcher item = ITEM.matcher(lines.get(i));
      if (item.find() && (item.group(1).length() < indent || i == line)) {
        for (int j = i; j < lines.size() && (j == i || indentOf(lines.get(j)) > item.group(1).length()
            || lines.get(j).isBlank()); j++) {
          Matcher each = EACH.matcher(lines.get(j));
          if (each.find()) {
            return Optional.of(each.group(1));
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int indentOf(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    return indent;
  }

  /** The documentation of the module name or key at {@code position}. */
  Optional<Hover> hover(Path file, String text, Position position) {
    List<String> lines = text.lines().toList();
    if (position.getLine() < lines.size()) {
      Optional<String> placeholder = placeholderAt(lines.get(position.getLine()), position.getCharacter());
      Optional<ModelTree> model = Optional.ofNullable(site.models().get(file));
      if (placeholder.isPresent() && model.isPresent()) {
        Optional<ModelTree> value = context(model.get(), text, position).at(placeholder.get());
        if (value.isPresent()) {
          return Optional.of(hover("`{{" + placeholder.get() + "}}`: `" + value.get().display() + "`", null));
        }
      }
    }
    int end = Cursor.frontMatterEnd(lines);
    if (position.getLine() <= 0 || position.getLine() >= lines.size() || end >= 0 && position.getLine() >= end) {
      return Optional.empty();
    }
    String line = lines.get(position.getLine());
    Matcher name = NAME_VALUE.matcher(line);
    if (name.find() && position.getCharacter() >= name.start(1) && position.getCharacter() <= name.end(1)) {
      return vocabulary.module(name.group(1)).map(shape -> hover(Vocabulary.document(shape),
          new Range(new Position(position.getLine(), name.start(1)), new Position(position.getLine(), name.end(1)))));
    }
    Matcher key = KEY_AT.matcher(line);
    if (key.find() && position.getCharacter() >= key.start(3) && position.getCharacter() <= key.end(3)) {
      int column = key.start(3);
      Optional<String> owner = Cursor.owner(lines, position.getLine(), column);
      if (key.group(3).equals("name") && owner.isPresent()) {
        return Optional.empty();
      }
      return vocabulary.key(owner, key.group(3)).map(component -> hover(Vocabulary.document(owner.orElse("page"), component),
          new Range(new Position(position.getLine(), key.start(3)), new Position(position.getLine(), key.end(3)))));
    }
    return Optional.empty();
  }

  /** The content file a site address at {@code position} goes to. */
  Optional<Location> definition(Path file, String text, Position position) {
    List<String> lines = text.lines().toList();
    if (position.getLine() >= lines.size()) {
      return Optional.empty();
    }
    String line = lines.get(position.getLine());
    Matcher name = NAME_VALUE.matcher(line);
    if (name.find() && position.getCharacter() >= name.start(1) && position.getCharacter() <= name.end(1)
        && site.modules().module(name.group(1)).isPresent()) {
      Declared.JavaName type = site.modules().module(name.group(1)).get().type();
      return declaration(type.packageName(), type.simpleNames(), Optional.empty());
    }
    Optional<String> placeholder = placeholderAt(line, position.getCharacter());
    Optional<ModelTree> model = Optional.ofNullable(site.models().get(file));
    if (placeholder.isPresent() && model.isPresent()) {
      String path = placeholder.get();
      Optional<ModelTree> owner = context(model.get(), text, position).owner(path);
      if (owner.isPresent() && owner.get().javaClass().isPresent()) {
        dev.quire.processor.internal.model.ModelTypes.JavaClass type = owner.get().javaClass().get();
        return declaration(type.packageName(), type.simpleNames(), Optional.of(path.substring(path.lastIndexOf('.') + 1)));
      }
    }
    Matcher link = LINK_AT.matcher(line);
    while (link.find()) {
      int group = link.group(1) != null ? 1 : 2;
      if (position.getCharacter() >= link.start(group) && position.getCharacter() <= link.end(group)) {
        String address = link.group(group);
        int hash = address.indexOf('#');
        String path = hash >= 0 ? address.substring(0, hash) : address;
        return pageFile(path).map(page -> location(page, 0, 0));
      }
    }
    return Optional.empty();
  }

  /** The path of the placeholder {@code character} is in on {@code line}, up to the segment it is on. */
  static Optional<String> placeholderAt(String line, int character) {
    Matcher placeholder = PLACEHOLDER_AT.matcher(line);
    while (placeholder.find()) {
      if (character >= placeholder.start(1) && character <= placeholder.end(1)) {
        String path = placeholder.group(1);
        int end = path.indexOf('.', character - placeholder.start(1));
        return Optional.of(end < 0 ? path : path.substring(0, end));
      }
    }
    return Optional.empty();
  }

  /**
   * Where the class {@code simpleNames} of {@code packageName} is declared in the project's sources,
   * or its accessor {@code member}: the line that names it after the class's declaration.
   */
  private Optional<Location> declaration(String packageName, List<String> simpleNames, Optional<String> member) {
    Path source = project.root().resolve("src/main/java").resolve(packageName.replace('.', '/'))
        .resolve(simpleNames.get(0) + ".java");
    List<String> lines;
    try {
      lines = Files.readAllLines(source);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Pattern declared = Pattern.compile("\\b(?:record|class|interface|enum)\\s+" + Pattern.quote(simpleNames.get(
        simpleNames.size() - 1)) + "\\b");
    for (int i = 0; i < lines.size(); i++) {
      Matcher type = declared.matcher(lines.get(i));
      if (!type.find()) {
        continue;
      }
      if (member.isEmpty()) {
        return Optional.of(location(source, i, type.start()));
      }
      Pattern named = Pattern.compile("\\b" + Pattern.quote(member.get()) + "\\b");
      for (int j = i; j < lines.size(); j++) {
        Matcher accessor = named.matcher(j == i ? lines.get(j).substring(type.end()) : lines.get(j));
        if (accessor.find()) {
          return Optional.of(location(source, j, accessor.start() + (j == i ? type.end() : 0)));
        }
      }
      return Optional.of(location(source, i, type.start()));
    }
    return Optional.empty();
  }

  private static Location location(Path file, int line, int character) {
    return new Location(file.toUri().toString(), new Range(new Position(line, character), new Position(line, character)));
  }

  /** The one fix of a diagnostic that has one: its "did you mean", or a value a {@code #} comment emptied. */
  static List<CodeAction> fixes(String uri, String text, List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
    List<CodeAction> actions = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (org.eclipse.lsp4j.Diagnostic diagnostic : diagnostics) {
      String code = diagnostic.getCode() == null ? "" : diagnostic.getCode().getLeft();
      Matcher suggestion = DID_YOU_MEAN.matcher(diagnostic.getMessage());
      Range range = diagnostic.getRange();
      if (suggestion.find()) {
        String replacement = suggestion.group(1);
        Range replaced = range;
        if (replacement.startsWith("#")) {
          // a link's anchor (/about#teem → #team): the range is the whole address, the fix its fragment
          if (range.getStart().getLine() >= lines.size()) {
            continue;
          }
          String line = lines.get(range.getStart().getLine());
          int hash = line.indexOf('#', range.getStart().getCharacter());
          if (hash < 0 || hash >= range.getEnd().getCharacter()) {
            continue;
          }
          replaced = new Range(new Position(range.getStart().getLine(), hash), range.getEnd());
        }
        actions.add(action("Change to '" + replacement + "'", uri, replaced, replacement, diagnostic));
      } else if (code.equals("QUIRE-PAGE-002") && range.getStart().getLine() < lines.size()) {
        String line = lines.get(range.getStart().getLine());
        int start = range.getStart().getCharacter();
        int stop = line.length();
        String comment = line.substring(Math.min(start, stop)).strip();
        actions.add(action("Quote " + comment + " as the value", uri, new Range(range.getStart(),
            new Position(range.getStart().getLine(), stop)), "\"" + comment.replace("\"", "\\\"") + "\"", diagnostic));
      }
    }
    return actions;
  }

  private static CodeAction action(String title, String uri, Range range, String text, org.eclipse.lsp4j.Diagnostic fixed) {
    CodeAction action = new CodeAction(title);
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(fixed));
    action.setIsPreferred(true);
    action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(range, text)))));
    return action;
  }

  private static Hover hover(String markdown, Range range) {
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), range);
  }

  private static CompletionItem item(String label, CompletionItemKind kind, String detail, String documentation,
      String insert, Range replaced) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(kind);
    item.setDetail(detail);
    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, documentation));
    item.setTextEdit(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(new TextEdit(replaced, insert)));
    return item;
  }

  /**
   * The site's addresses that start with {@code written}: pages, entries and collections, the ids of
   * the page when it names one after {@code #}, static files (only those for an image).
   */
  private void addresses(Path file, String written, boolean images, Range replaced, List<CompletionItem> items) {
    Map<String, String> found = new LinkedHashMap<>();
    int hash = written.indexOf('#');
    if (hash >= 0) {
      String page = written.substring(0, hash);
      Optional<PageModel> target = page.isEmpty() ? pageOf(file) : pageAt(page);
      target.ifPresent(model -> model.anchors().forEach(id -> found.put(page + "#" + id, "an id on " + model.path())));
    } else {
      if (!images) {
        for (ContentCompiler.FileResult result : site.results()) {
          found.put(address(result.slug()), result.path());
        }
        for (String collection : ContentCompiler.collections(site.results())) {
          found.put("/" + collection, "the " + collection + " collection's index");
        }
      }
      staticFiles().forEach(path -> found.put(path, "a static file"));
    }
    new TreeSet<>(found.keySet()).stream().filter(address -> address.startsWith(written))
        .forEach(address -> items.add(item(address, CompletionItemKind.File, found.get(address), found.get(address),
            address, replaced)));
  }

  private static String address(String slug) {
    if (slug.equals("index")) {
      return "/";
    }
    return "/" + (slug.endsWith("/index") ? slug.substring(0, slug.length() - "/index".length()) : slug);
  }

  private Optional<PageModel> pageOf(Path file) {
    for (ContentCompiler.FileResult result : site.results()) {
      if (project.resources().resolve(result.path()).normalize().equals(file)) {
        return result.read();
      }
    }
    return Optional.empty();
  }

  private Optional<PageModel> pageAt(String path) {
    String wanted = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    for (ContentCompiler.FileResult result : site.results()) {
      if (address(result.slug()).equals(wanted)) {
        return result.read();
      }
    }
    return Optional.empty();
  }

  private Optional<Path> pageFile(String path) {
    String wanted = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    for (ContentCompiler.FileResult result : site.results()) {
      if (address(result.slug()).equals(wanted)) {
        return Optional.of(project.resources().resolve(result.path()).normalize());
      }
    }
    return Optional.empty();
  }

  private List<String> staticFiles() {
    if (project.staticFolder().isEmpty()) {
      return List.of();
    }
    Path dir = project.staticFolder().get();
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> "/" + dir.relativize(p).toString().replace('\\', '/'))
          .sorted().limit(2_000).toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
