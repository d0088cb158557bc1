package dev.quire.dsl;

import java.util.Locale;
import java.util.Optional;

/**
 * Every diagnostic Quire reports, with its stable code ({@code QUIRE-GRID-001}), its severity and a
 * one-line summary. This enum is the one list: the processor, {@code quire check} and the README's
 * table of codes all come from it (a test keeps the README in step). Codes are never reused: a
 * retired problem keeps its number.
 *
 * <p>Warnings can be silenced per file (front matter {@code suppress: [QUIRE-URL-005]}) or for a whole
 * build ({@code -Aquire.suppress=QUIRE-URL-005,...}); errors cannot.
 */
public enum Code {
  // ---- the file as bytes and text
  /** {@code QUIRE-FILE-001}, an error: the file is empty. */
  FILE_001(Severity.ERROR, "the file is empty"),
  /** {@code QUIRE-FILE-002}, an error: the file does not start with a '---' front matter line. */
  FILE_002(Severity.ERROR, "the file does not start with a '---' front matter line"),
  /** {@code QUIRE-FILE-003}, an error: the front matter is never closed by a '---' line. */
  FILE_003(Severity.ERROR, "the front matter is never closed by a '---' line"),
  /** {@code QUIRE-FILE-004}, an error: the file cannot be read. */
  FILE_004(Severity.ERROR, "the file cannot be read"),
  /** {@code QUIRE-ENC-001}, an error: invalid UTF-8. */
  ENC_001(Severity.ERROR, "invalid UTF-8"),
  /** {@code QUIRE-ENC-002}, an error: the file is UTF-16 or UTF-32, not UTF-8. */
  ENC_002(Severity.ERROR, "the file is UTF-16 or UTF-32, not UTF-8"),
  /** {@code QUIRE-ENC-003}, an error: a control character (NUL, U+0001…U+001F except tab and line ends, U+007F…U+009F), written or as an escape (\x1b). */
  ENC_003(Severity.ERROR, "a control character (NUL, U+0001…U+001F except tab and line ends, U+007F…U+009F), written or as an escape (\\x1b)"),
  /** {@code QUIRE-ENC-004}, a warning: a bidirectional control character in the front matter (text may display differently from what it is). */
  ENC_004(Severity.WARNING, "a bidirectional control character in the front matter (text may display differently from what it is)"),
  /** {@code QUIRE-ENC-005}, an error: a Unicode line or paragraph separator (U+2028, U+2029) in the front matter, which YAML reads as a line break. */
  ENC_005(Severity.ERROR, "a Unicode line or paragraph separator (U+2028, U+2029) in the front matter, which YAML reads as a line break"),
  /** {@code QUIRE-ENC-006}, an error: an escape for half a surrogate pair (\uD800…\uDFFF alone), which is no character and has no UTF-8 form. */
  ENC_006(Severity.ERROR, "an escape for half a surrogate pair (\\uD800…\\uDFFF alone), which is no character and has no UTF-8 form"),

  // ---- limits, checked before any library sees the input
  /** {@code QUIRE-LIMIT-001}, an error: the file is larger than 1 MiB. */
  LIMIT_001(Severity.ERROR, "the file is larger than 1 MiB"),
  /** {@code QUIRE-LIMIT-002}, an error: the front matter is larger than 64 KiB. */
  LIMIT_002(Severity.ERROR, "the front matter is larger than 64 KiB"),
  /** {@code QUIRE-LIMIT-003}, an error: the front matter nests deeper than 20 levels. */
  LIMIT_003(Severity.ERROR, "the front matter nests deeper than 20 levels"),
  /** {@code QUIRE-LIMIT-004}, an error: the front matter holds more than 2,000 values. */
  LIMIT_004(Severity.ERROR, "the front matter holds more than 2,000 values"),
  /** {@code QUIRE-LIMIT-005}, an error: the page has more than 200 modules or its front matter more than 100 keys. */
  LIMIT_005(Severity.ERROR, "the page has more than 200 modules or its front matter more than 100 keys"),
  /** {@code QUIRE-LIMIT-006}, an error: a Markdown text is longer than 256 Ki characters. */
  LIMIT_006(Severity.ERROR, "a Markdown text is longer than 256 Ki characters"),
  /** {@code QUIRE-LIMIT-007}, an error: Markdown nests block quotes or lists too deeply. */
  LIMIT_007(Severity.ERROR, "Markdown nests block quotes or lists too deeply"),
  /** {@code QUIRE-LIMIT-008}, an error: Markdown too complex to render safely (too many brackets, code spans, inline tags or entities in a paragraph, long backtick runs, many backslashes in a word). */
  LIMIT_008(Severity.ERROR, "Markdown too complex to render safely (too many brackets, code spans, inline tags or entities in a paragraph, long backtick runs, many backslashes in a word)"),
  /** {@code QUIRE-LIMIT-009}, an error: a page with more than 500 placeholders, sections, each: and if:, or a Markdown text with more than 32 sections on lines of their own. */
  LIMIT_009(Severity.ERROR, "a page with more than 500 placeholders, sections, each: and if:, or a Markdown text with more than 32 sections on lines of their own"),

  // ---- YAML
  /** {@code QUIRE-YAML-001}, an error: the front matter is not valid YAML. */
  YAML_001(Severity.ERROR, "the front matter is not valid YAML"),
  /** {@code QUIRE-YAML-002}, an error: a tab is used for indentation. */
  YAML_002(Severity.ERROR, "a tab is used for indentation"),
  /** {@code QUIRE-YAML-003}, an error: an anchor (&amp;name). */
  YAML_003(Severity.ERROR, "an anchor (&name)"),
  /** {@code QUIRE-YAML-004}, an error: an alias (*name). */
  YAML_004(Severity.ERROR, "an alias (*name)"),
  /** {@code QUIRE-YAML-005}, an error: an explicit tag (!!str, !!javax…). */
  YAML_005(Severity.ERROR, "an explicit tag (!!str, !!javax…)"),
  /** {@code QUIRE-YAML-006}, an error: a YAML directive (%YAML) or document marker (...). */
  YAML_006(Severity.ERROR, "a YAML directive (%YAML) or document marker (...)"),
  /** {@code QUIRE-YAML-007}, an error: the front matter is not a mapping of keys. */
  YAML_007(Severity.ERROR, "the front matter is not a mapping of keys"),
  /** {@code QUIRE-YAML-008}, an error: a duplicate key. */
  YAML_008(Severity.ERROR, "a duplicate key"),
  /** {@code QUIRE-YAML-009}, an error: a merge key (&lt;&lt;). */
  YAML_009(Severity.ERROR, "a merge key (<<)"),
  /** {@code QUIRE-YAML-010}, an error: a key that is not plain text. */
  YAML_010(Severity.ERROR, "a key that is not plain text"),

  // ---- page keys
  /** {@code QUIRE-PAGE-001}, a warning: an unknown page key close to a known one (kept as metadata). */
  PAGE_001(Severity.WARNING, "an unknown page key close to a known one (kept as metadata)"),
  /** {@code QUIRE-PAGE-002}, a warning: a value emptied by a '#' comment. */
  PAGE_002(Severity.WARNING, "a value emptied by a '#' comment"),

  // ---- modules and their properties
  /** {@code QUIRE-MODULE-001}, an error: an unknown module name. */
  MODULE_001(Severity.ERROR, "an unknown module name"),
  /** {@code QUIRE-MODULE-002}, an error: a module without a name. */
  MODULE_002(Severity.ERROR, "a module without a name"),
  /** {@code QUIRE-MODULE-003}, an error: a module that is not a mapping. */
  MODULE_003(Severity.ERROR, "a module that is not a mapping"),
  /** {@code QUIRE-MODULE-004}, an error: modules that are not a list. */
  MODULE_004(Severity.ERROR, "modules that are not a list"),
  /** {@code QUIRE-MODULE-005}, an error: an unknown module property. */
  MODULE_005(Severity.ERROR, "an unknown module property"),
  /** {@code QUIRE-MODULE-006}, an error: a required module property is missing. */
  MODULE_006(Severity.ERROR, "a required module property is missing"),
  /** {@code QUIRE-MODULE-007}, an error: an own module's constructor refused the content file's values. */
  MODULE_007(Severity.ERROR, "an own module's constructor refused the content file's values"),
  /** {@code QUIRE-MODULE-008}, an error: a module listed in {@code @Pages(modules = ...)} that Quire cannot use. */
  MODULE_008(Severity.ERROR, "a module listed in @Pages(modules = ...) that Quire cannot use (not a public record, a clashing name, a component type Quire does not read, a bad @Default or @Range)"),

  // ---- value types
  /** {@code QUIRE-TYPE-001}, an error: a value of the wrong kind (a list where text belongs…). */
  TYPE_001(Severity.ERROR, "a value of the wrong kind (a list where text belongs…)"),
  /** {@code QUIRE-TYPE-002}, an error: not a whole number (quoted, signed, leading zeros, YAML 1.1 forms, too large). */
  TYPE_002(Severity.ERROR, "not a whole number (quoted, signed, leading zeros, YAML 1.1 forms, too large)"),
  /** {@code QUIRE-TYPE-003}, an error: not a separator size (XS, S, M, L, XL). */
  TYPE_003(Severity.ERROR, "not a separator size (XS, S, M, L, XL)"),
  /** {@code QUIRE-TYPE-004}, an error: status is not a list of CSS class names, or an id is not an HTML id. */
  TYPE_004(Severity.ERROR, "status is not a list of CSS class names, or an id is not an HTML id"),
  /** {@code QUIRE-TYPE-005}, an error: not true or false. */
  TYPE_005(Severity.ERROR, "not true or false"),
  /** {@code QUIRE-TYPE-006}, an error: not a link target (_blank, _self, _parent, _top or a window name). */
  TYPE_006(Severity.ERROR, "not a link target (_blank, _self, _parent, _top or a window name)"),
  /** {@code QUIRE-TYPE-007}, an error: a whole number outside the range its module allows ({@code @Range}). */
  TYPE_007(Severity.ERROR, "a whole number outside the range its module allows (@Range)"),
  /** {@code QUIRE-TYPE-008}, an error: not one of an enum's constants. */
  TYPE_008(Severity.ERROR, "not one of an enum's constants"),

  // ---- icons, buttons, tables
  /** {@code QUIRE-ICON-001}, an error: an icon that is not a Font Awesome 5 free icon (fas or fab), or is malformed. */
  ICON_001(Severity.ERROR, "an icon that is not a Font Awesome 5 free icon (fas or fab), or is malformed"),
  /** {@code QUIRE-BUTTON-001}, an error: a RowButtonGrid button status other than active, deactive, pending, highlight. */
  BUTTON_001(Severity.ERROR, "a RowButtonGrid button status other than active, deactive, pending, highlight"),
  /** {@code QUIRE-TABLE-001}, an error: a RowDynamicTable filter or row key that is not a column. */
  TABLE_001(Severity.ERROR, "a RowDynamicTable filter or row key that is not a column"),
  /** {@code QUIRE-TABLE-002}, an error: a RowDynamicTable cell with nothing to show, or that is not a mapping. */
  TABLE_002(Severity.ERROR, "a RowDynamicTable cell with nothing to show, or that is not a mapping"),
  /** {@code QUIRE-TABLE-003}, a warning: a RowDynamicTable cell target without a url (the link was lost). */
  TABLE_003(Severity.WARNING, "a RowDynamicTable cell target without a url (the link was lost)"),
  /** {@code QUIRE-TABLE-004}, an error: two RowDynamicTable columns with one key, or a column without a key. */
  TABLE_004(Severity.ERROR, "two RowDynamicTable columns with one key, or a column without a key"),
  /** {@code QUIRE-TABLE-005}, an error: RowDynamicTable pagination below 1. */
  TABLE_005(Severity.ERROR, "RowDynamicTable pagination below 1"),

  // ---- collections (dated pages in a folder) and navigation
  /** {@code QUIRE-DATE-001}, an error: a date that is not a date (2024-10-02, 2024-Oct-2, 2024-July-29). */
  DATE_001(Severity.ERROR, "a date that is not a date (2024-10-02, 2024-Oct-2, 2024-July-29)"),
  /** {@code QUIRE-COLLECTION-001}, a warning: tags written as text instead of a list (read as a list). */
  COLLECTION_001(Severity.WARNING, "tags written as text instead of a list (read as a list)"),
  /** {@code QUIRE-COLLECTION-002}, an error: a module names a collection folder that does not exist. */
  COLLECTION_002(Severity.ERROR, "a module names a collection folder that does not exist"),
  /** {@code QUIRE-COLLECTION-003}, an error: a dated page without a title. */
  COLLECTION_003(Severity.ERROR, "a dated page without a title"),
  /** {@code QUIRE-NAV-001}, an error: menus: in more than one file. */
  NAV_001(Severity.ERROR, "menus: in more than one file"),

  // ---- the 12-column grid
  /** {@code QUIRE-GRID-001}, an error: RowMultiColumns widths add up to more than 12. */
  GRID_001(Severity.ERROR, "RowMultiColumns widths add up to more than 12"),
  /** {@code QUIRE-GRID-002}, a warning: RowMultiColumns widths add up to less than 12. */
  GRID_002(Severity.WARNING, "RowMultiColumns widths add up to less than 12"),
  /** {@code QUIRE-GRID-003}, an error: a RowMultiColumns width outside 1–12. */
  GRID_003(Severity.ERROR, "a RowMultiColumns width outside 1–12"),
  /** {@code QUIRE-GRID-004}, an error: RowMultiColumns has not one width per module. */
  GRID_004(Severity.ERROR, "RowMultiColumns has not one width per module"),
  /** {@code QUIRE-GRID-005}, an error: RowMultiColumns cols is not the number of modules. */
  GRID_005(Severity.ERROR, "RowMultiColumns cols is not the number of modules"),
  /** {@code QUIRE-GRID-006}, an error: RowTextImage/RowImageText cols outside 1–11. */
  GRID_006(Severity.ERROR, "RowTextImage/RowImageText cols outside 1–11"),
  /** {@code QUIRE-GRID-007}, an error: RowMultiColumns without modules. */
  GRID_007(Severity.ERROR, "RowMultiColumns without modules"),

  // ---- URLs
  /** {@code QUIRE-URL-001}, an error: a URL scheme that is not allowed (javascript:, vbscript:, data:, file:…). */
  URL_001(Severity.ERROR, "a URL scheme that is not allowed (javascript:, vbscript:, data:, file:…)"),
  /** {@code QUIRE-URL-002}, an error: a scheme-relative URL (//host/…), or one a browser reads so (/\host, \host). */
  URL_002(Severity.ERROR, "a scheme-relative URL (//host/…), or one a browser reads so (/\\host, \\\\host)"),
  /** {@code QUIRE-URL-003}, an error: an empty image URL. */
  URL_003(Severity.ERROR, "an empty image URL"),
  /** {@code QUIRE-URL-004}, a warning: an empty link URL. */
  URL_004(Severity.WARNING, "an empty link URL"),
  /** {@code QUIRE-URL-005}, a warning: a relative URL (resolves against the page's own address). */
  URL_005(Severity.WARNING, "a relative URL (resolves against the page's own address)"),
  /** {@code QUIRE-URL-006}, a warning: an e-mail address used as a link without mailto:. */
  URL_006(Severity.WARNING, "an e-mail address used as a link without mailto:"),
  /** {@code QUIRE-URL-007}, an error: a placeholder where a URL's scheme is ({{a}}:…, {{a}}://…), which a value could make javascript:. */
  URL_007(Severity.ERROR, "a placeholder where a URL's scheme is ({{a}}:…, {{a}}://…), which a value could make javascript:"),

  // ---- raw HTML in Markdown
  /** {@code QUIRE-HTML-001}, an error: a raw HTML tag that can run code or load documents (&lt;script&gt;, &lt;iframe&gt;…). */
  HTML_001(Severity.ERROR, "a raw HTML tag that can run code or load documents (<script>, <iframe>…)"),
  /** {@code QUIRE-HTML-002}, an error: an event handler attribute (onclick…). */
  HTML_002(Severity.ERROR, "an event handler attribute (onclick…)"),
  /** {@code QUIRE-HTML-003}, an error: a style that loads or runs something (url(), image-set(), expression()…) or hides what it is (escapes, comments). */
  HTML_003(Severity.ERROR, "a style that loads or runs something (url(), image-set(), expression()…) or hides what it is (escapes, comments)"),
  /** {@code QUIRE-HTML-004}, a warning: a raw HTML tag outside the allowlist (dropped, its text stays). */
  HTML_004(Severity.WARNING, "a raw HTML tag outside the allowlist (dropped, its text stays)"),
  /** {@code QUIRE-HTML-005}, a warning: a raw HTML attribute outside the allowlist (dropped). */
  HTML_005(Severity.WARNING, "a raw HTML attribute outside the allowlist (dropped)"),
  /** {@code QUIRE-HTML-006}, a warning: rel="opener" on a raw link, which lets the page it opens navigate this one (dropped). */
  HTML_006(Severity.WARNING, "rel=\"opener\" on a raw link, which lets the page it opens navigate this one (dropped)"),
  /** {@code QUIRE-HTML-007}, a warning: a raw {@code <a>} that is never closed (a browser carries the link on into what follows; the copy it would make is dropped). */
  HTML_007(Severity.WARNING, "a raw <a> that is never closed (a browser carries the link on into what follows; the copy it would make is dropped)"),
  /** {@code QUIRE-HTML-008}, a warning: a raw HTML attribute value the HTML standard does not allow (width="40%" on an image). */
  HTML_008(Severity.WARNING, "a raw HTML attribute value the HTML standard does not allow (width=\"40%\" on an image)"),

  // ---- accessibility of content (what the W3C checker and axe-core would flag on the page)
  /** {@code QUIRE-ACCESS-001}, a warning: an image without alternative text. */
  ACCESS_001(Severity.WARNING, "an image without alternative text"),
  /** {@code QUIRE-ACCESS-002}, a warning: a heading that skips a level (an h4 after an h2), in the order the page shows them. */
  ACCESS_002(Severity.WARNING, "a heading that skips a level (an h4 after an h2), in the order the page shows them"),
  /** {@code QUIRE-ACCESS-003}, a warning: a link without text a screen reader could read. */
  ACCESS_003(Severity.WARNING, "a link without text a screen reader could read"),
  /** {@code QUIRE-ACCESS-004}, a warning: a link or button inside another link or button. */
  ACCESS_004(Severity.WARNING, "a link or button inside another link or button"),

  // ---- the table of contents
  /** {@code QUIRE-CONTENTS-001}, an error: a TableOfContents without a title, or with the title of another on its page (a landmark needs a name of its own). */
  CONTENTS_001(Severity.ERROR, "a TableOfContents without a title, or with the title of another on its page (a landmark needs a name of its own)"),
  /** {@code QUIRE-CONTENTS-002}, a warning: a TableOfContents with no heading to list. */
  CONTENTS_002(Severity.WARNING, "a TableOfContents with no heading to list"),
  /** {@code QUIRE-CONTENTS-003}, a warning: a heading a TableOfContents leaves out, because its text comes from the model. */
  CONTENTS_003(Severity.WARNING, "a heading a TableOfContents leaves out, because its text comes from the model"),

  // ---- the site's links, checked once every page is read
  /** {@code QUIRE-LINK-001}, an error: a link or image to a site address that has nothing: no page, entry, collection, static file or address the application serves. */
  LINK_001(Severity.ERROR, "a link or image to a site address that has nothing: no page, entry, collection, static file or address the application serves"),
  /** {@code QUIRE-LINK-002}, an error: a link to #id on a page that has no element with that id. */
  LINK_002(Severity.ERROR, "a link to #id on a page that has no element with that id"),
  /** {@code QUIRE-LINK-003}, an error: a link to a collection's ?tag= that no entry of the collection has. */
  LINK_003(Severity.ERROR, "a link to a collection's ?tag= that no entry of the collection has"),
  /** {@code QUIRE-LINK-004}, an error: an address in @Pages(serves = …) that is not a site path (/login, /api/**). */
  LINK_004(Severity.ERROR, "an address in @Pages(serves = …) that is not a site path (/login, /api/**)"),

  // ---- the static folder
  /** {@code QUIRE-STATIC-001}, an error: an image that is not in the static folder. */
  STATIC_001(Severity.ERROR, "an image that is not in the static folder"),
  /** {@code QUIRE-STATIC-002}, an error: an image path that leaves the static folder. */
  STATIC_002(Severity.ERROR, "an image path that leaves the static folder"),

  // ---- typed data: model:, placeholders, sections, each: and if:
  /** {@code QUIRE-DATA-001}, an error: model: names a type that cannot be found. */
  DATA_001(Severity.ERROR, "model: names a type that cannot be found"),
  /** {@code QUIRE-DATA-002}, an error: a placeholder names an accessor its type does not have. */
  DATA_002(Severity.ERROR, "a placeholder names an accessor its type does not have"),
  /** {@code QUIRE-DATA-003}, an error: a section, each: or if: over a value that cannot repeat or is not a condition. */
  DATA_003(Severity.ERROR, "a section, each: or if: over a value that cannot repeat or is not a condition"),
  /** {@code QUIRE-DATA-004}, an error: a placeholder whose value cannot be shown as text. */
  DATA_004(Severity.ERROR, "a placeholder whose value cannot be shown as text"),
  /** {@code QUIRE-DATA-005}, an error: a section that is not closed, or closed where another is open. */
  DATA_005(Severity.ERROR, "a section that is not closed, or closed where another is open"),
  /** {@code QUIRE-DATA-006}, an error: a placeholder in a page without model:. */
  DATA_006(Severity.ERROR, "a placeholder in a page without model:"),
  /** {@code QUIRE-DATA-007}, an error: '{{' that is not a placeholder, or a placeholder where no value can go. */
  DATA_007(Severity.ERROR, "'{{' that is not a placeholder, or a placeholder where no value can go"),
  /** {@code QUIRE-DATA-008}, an error: a private-use character (U+E000…U+F8FF) in a page with model:. */
  DATA_008(Severity.ERROR, "a private-use character (U+E000…U+F8FF) in a page with model:"),
  /** {@code QUIRE-DATA-009}, an error: model: or a placeholder's path names a type the page's class cannot reach (private, or not public in another package). */
  DATA_009(Severity.ERROR, "model: or a placeholder's path names a type the page's class cannot reach (private, or not public in another package)"),
  /** {@code QUIRE-DATA-010}, a warning: a placeholder shows a model's Markdown, and the class path has no Markdown engine (dev.quire:quire-markdown) to make it. */
  DATA_010(Severity.WARNING, "a placeholder shows a model's Markdown, and the class path has no Markdown engine (dev.quire:quire-markdown) to make it"),

  // ---- generation, suppression, set-up
  /** {@code QUIRE-GEN-001}, an error: two files become the same class. */
  GEN_001(Severity.ERROR, "two files become the same class"),
  /** {@code QUIRE-GEN-002}, an error: a file or folder name that cannot be part of a page's address (\, :, ?, #, %, a leading or trailing dot or space…). */
  GEN_002(Severity.ERROR, "a file or folder name that cannot be part of a page's address (\\, :, ?, #, %, a leading or trailing dot or space…)"),
  /** {@code QUIRE-GEN-003}, an error: two folders become the same Java package. */
  GEN_003(Severity.ERROR, "two folders become the same Java package"),
  /** {@code QUIRE-GEN-004}, an error: two collection folders become the same index method. */
  GEN_004(Severity.ERROR, "two collection folders become the same index method"),
  /** {@code QUIRE-SUPPRESS-001}, an error: suppress: is not a list of codes. */
  SUPPRESS_001(Severity.ERROR, "suppress: is not a list of codes"),
  /** {@code QUIRE-SUPPRESS-002}, a warning: suppress: names an unknown code, or an error (errors cannot be silenced). */
  SUPPRESS_002(Severity.WARNING, "suppress: names an unknown code, or an error (errors cannot be silenced)"),
  /** {@code QUIRE-SETUP-001}, an error: {@literal @}Pages or a processor option names no usable folder or code. */
  SETUP_001(Severity.ERROR, "@Pages or a processor option names no usable folder or code"),
  /** {@code QUIRE-INTERNAL-001}, an error: an internal error in Quire (please report it with the file). */
  INTERNAL_001(Severity.ERROR, "an internal error in Quire (please report it with the file)");

  /** How bad a problem is. */
  public enum Severity {
    /** Fails the build. */
    ERROR,
    /** Reported; the build goes on. */
    WARNING
  }

  private final Severity severity;
  private final String summary;

  Code(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  /**
   * The code as printed: {@code QUIRE-GRID-001}.
   *
   * @return the code as printed: {@code QUIRE-GRID-001}
   */
  public String id() {
    return "QUIRE-" + name().replace('_', '-');
  }

  /**
   * Errors fail the build; warnings do not.
   *
   * @return the severity: errors fail the build, warnings do not
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Whether this is an error.
   *
   * @return whether this is an error
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * What the problem is, in a few words (the README's table).
   *
   * @return what the problem is, in a few words (the README's table)
   */
  public String summary() {
    return summary;
  }

  /**
   * The code printed as {@code id} ({@code QUIRE-URL-005}, case-insensitive, prefix optional).
   *
   * @param id the id
   * @return the code printed as {@code id} ({@code QUIRE-URL-005}, case-insensitive, prefix optional)
   */
  public static Optional<Code> parse(String id) {
    String name = id.strip().toUpperCase(Locale.ROOT);
    if (name.startsWith("QUIRE-")) {
      name = name.substring("QUIRE-".length());
    }
    try {
      return Optional.of(valueOf(name.replace('-', '_')));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return id();
  }
}
