package dev.quire.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the peers' best case: the seed page as one template per engine with the page's content
 * inline (the HTML its Markdown compiled to, as a developer porting the page would paste it) and only
 * the document's three values as template variables. The engines pre-encode that static text, so this
 * is how fast they can render this page. The files are generated from the seed page, not typed, and
 * {@code InlineTemplatesTest} fails when they are out of date; regenerate with
 * {@code java -cp benchmarks/target/benchmarks.jar dev.quire.benchmarks.InlineTemplates benchmarks/src/main}.
 */
public final class InlineTemplates {
  static final String JTE = "jte/seedInline.jte";
  static final String MUSTACHE = "resources/seedInline.mustache";

  private InlineTemplates() {}

  public static void main(String[] args) throws IOException {
    write(args, all());
  }

  /** Writes {@code templates} (path under src/main → text) under the folder in {@code args}, or benchmarks/src/main. */
  static void write(String[] args, Map<String, String> templates) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "benchmarks/src/main");
    for (Map.Entry<String, String> file : templates.entrySet()) {
      Files.writeString(root.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + root.resolve(file.getKey()));
    }
  }

  /** Each template's path under src/main and its text. */
  static Map<String, String> all() {
    String document = new String(Seed.expected(), StandardCharsets.UTF_8);
    SeedModel model = Seed.MODEL;
    String jte = "@import dev.quire.benchmarks.Frame\n@param Frame frame\n"
        + holes(document, model, "@", "${", "${frame.lang()}", "${frame.title()}", "${frame.stylesheet()}");
    String mustache = holes(document, model, "{{", "}}", "{{lang}}", "{{title}}", "{{stylesheet}}");
    return Map.of(JTE, jte, MUSTACHE, mustache);
  }

  private static String holes(String document, SeedModel model, String syntax, String moreSyntax, String lang,
      String title, String stylesheet) {
    String withoutValues = document.replace("<html lang=\"" + model.lang() + "\">", "")
        .replace("<title>" + model.title() + "</title>", "")
        .replace("href=\"" + model.stylesheet() + "\"", "");
    if (withoutValues.contains(syntax) || withoutValues.contains(moreSyntax) || withoutValues.contains("!{")) {
      throw new IllegalStateException("the seed page's text contains template syntax (" + syntax + " or "
          + moreSyntax + "); escape it before inlining");
    }
    return once(once(once(document, "<html lang=\"" + model.lang() + "\">", "<html lang=\"" + lang + "\">"),
        "<title>" + model.title() + "</title>", "<title>" + title + "</title>"),
        "href=\"" + model.stylesheet() + "\"", "href=\"" + stylesheet + "\"");
  }

  private static String once(String text, String value, String hole) {
    int at = text.indexOf(value);
    if (at < 0 || text.indexOf(value, at + 1) >= 0) {
      throw new IllegalStateException("expected exactly one " + value + " in the seed document");
    }
    return text.substring(0, at) + hole + text.substring(at + value.length());
  }
}
