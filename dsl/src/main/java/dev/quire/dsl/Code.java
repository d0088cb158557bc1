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
  FILE_001(Severity.ERROR, "the file is empty"),
  FILE_002(Severity.ERROR, "the file does not start with a '---' front matter line"),
  FILE_003(Severity.ERROR, "the front matter is never closed by a '---' line"),
  FILE_004(Severity.ERROR, "the file cannot be read"),
  ENC_001(Severity.ERROR, "invalid UTF-8"),
  ENC_002(Severity.ERROR, "the file is UTF-16 or UTF-32, not UTF-8"),
  ENC_003(Severity.ERROR, "a control character (NUL, U+0001…U+001F except tab and line ends, U+007F…U+009F), written or as an escape (\\x1b)"),
  ENC_004(Severity.WARNING, "a bidirectional control character in the front matter (text may display differently from what it is)"),
  ENC_005(Severity.ERROR, "a Unicode line or paragraph separator (U+2028, U+2029) in the front matter, which YAML reads as a line break"),
  ENC_006(Severity.ERROR, "an escape for half a surrogate pair (\\uD800…\\uDFFF alone), which is no character and has no UTF-8 form"),

  // ---- limits, checked before any library sees the input
  LIMIT_001(Severity.ERROR, "the file is larger than 1 MiB"),
  LIMIT_002(Severity.ERROR, "the front matter is larger than 64 KiB"),
  LIMIT_003(Severity.ERROR, "the front matter nests deeper than 20 levels"),
  LIMIT_004(Severity.ERROR, "the front matter holds more than 2,000 values"),
  LIMIT_005(Severity.ERROR, "the page has more than 200 modules or its front matter more than 100 keys"),
  LIMIT_006(Severity.ERROR, "a Markdown text is longer than 256 Ki characters"),
  LIMIT_007(Severity.ERROR, "Markdown nests block quotes or lists too deeply"),
  LIMIT_008(Severity.ERROR, "Markdown too complex to render safely (too many brackets, code spans, inline tags or entities in a paragraph, long backtick runs, many backslashes in a word)"),

  // ---- YAML
  YAML_001(Severity.ERROR, "the front matter is not valid YAML"),
  YAML_002(Severity.ERROR, "a tab is used for indentation"),
  YAML_003(Severity.ERROR, "an anchor (&name)"),
  YAML_004(Severity.ERROR, "an alias (*name)"),
  YAML_005(Severity.ERROR, "an explicit tag (!!str, !!javax…)"),
  YAML_006(Severity.ERROR, "a YAML directive (%YAML) or document marker (...)"),
  YAML_007(Severity.ERROR, "the front matter is not a mapping of keys"),
  YAML_008(Severity.ERROR, "a duplicate key"),
  YAML_009(Severity.ERROR, "a merge key (<<)"),
  YAML_010(Severity.ERROR, "a key that is not plain text"),

  // ---- page keys
  PAGE_001(Severity.WARNING, "an unknown page key close to a known one (kept as metadata)"),
  PAGE_002(Severity.WARNING, "a value emptied by a '#' comment"),

  // ---- modules and their properties
  MODULE_001(Severity.ERROR, "an unknown module name"),
  MODULE_002(Severity.ERROR, "a module without a name"),
  MODULE_003(Severity.ERROR, "a module that is not a mapping"),
  MODULE_004(Severity.ERROR, "modules that are not a list"),
  MODULE_005(Severity.ERROR, "an unknown module property"),
  MODULE_006(Severity.ERROR, "a required module property is missing"),

  // ---- value types
  TYPE_001(Severity.ERROR, "a value of the wrong kind (a list where text belongs…)"),
  TYPE_002(Severity.ERROR, "not a whole number (quoted, signed, leading zeros, YAML 1.1 forms, too large)"),
  TYPE_003(Severity.ERROR, "not a separator size (XS, S, M, L, XL)"),
  TYPE_004(Severity.ERROR, "status is not a list of CSS class names, or an id is not an HTML id"),
  TYPE_005(Severity.ERROR, "not true or false"),
  TYPE_006(Severity.ERROR, "not a link target (_blank, _self, _parent, _top or a window name)"),

  // ---- icons, buttons, tables
  ICON_001(Severity.ERROR, "an icon that is not a Font Awesome 5 free icon (fas or fab), or is malformed"),
  BUTTON_001(Severity.ERROR, "a RowButtonGrid button status other than active, deactive, pending, highlight"),
  TABLE_001(Severity.ERROR, "a RowDynamicTable filter or row key that is not a column"),
  TABLE_002(Severity.ERROR, "a RowDynamicTable cell with nothing to show, or that is not a mapping"),
  TABLE_003(Severity.WARNING, "a RowDynamicTable cell target without a url (the link was lost)"),
  TABLE_004(Severity.ERROR, "two RowDynamicTable columns with one key, or a column without a key"),
  TABLE_005(Severity.ERROR, "RowDynamicTable pagination below 1"),

  // ---- collections (dated pages in a folder) and navigation
  DATE_001(Severity.ERROR, "a date that is not a date (2024-10-02, 2024-Oct-2, 2024-July-29)"),
  COLLECTION_001(Severity.WARNING, "tags written as text instead of a list (read as a list)"),
  COLLECTION_002(Severity.ERROR, "a module names a collection folder that does not exist"),
  COLLECTION_003(Severity.ERROR, "a dated page without a title"),
  NAV_001(Severity.ERROR, "menus: in more than one file"),

  // ---- the 12-column grid
  GRID_001(Severity.ERROR, "RowMultiColumns widths add up to more than 12"),
  GRID_002(Severity.WARNING, "RowMultiColumns widths add up to less than 12"),
  GRID_003(Severity.ERROR, "a RowMultiColumns width outside 1–12"),
  GRID_004(Severity.ERROR, "RowMultiColumns has not one width per module"),
  GRID_005(Severity.ERROR, "RowMultiColumns cols is not the number of modules"),
  GRID_006(Severity.ERROR, "RowTextImage/RowImageText cols outside 1–11"),
  GRID_007(Severity.ERROR, "RowMultiColumns without modules"),

  // ---- URLs
  URL_001(Severity.ERROR, "a URL scheme that is not allowed (javascript:, vbscript:, data:, file:…)"),
  URL_002(Severity.ERROR, "a scheme-relative URL (//host/…), or one a browser reads so (/\\host, \\\\host)"),
  URL_003(Severity.ERROR, "an empty image URL"),
  URL_004(Severity.WARNING, "an empty link URL"),
  URL_005(Severity.WARNING, "a relative URL (resolves against the page's own address)"),
  URL_006(Severity.WARNING, "an e-mail address used as a link without mailto:"),

  // ---- raw HTML in Markdown
  HTML_001(Severity.ERROR, "a raw HTML tag that can run code or load documents (<script>, <iframe>…)"),
  HTML_002(Severity.ERROR, "an event handler attribute (onclick…)"),
  HTML_003(Severity.ERROR, "a style that loads or runs something (url(), image-set(), expression()…) or hides what it is (escapes, comments)"),
  HTML_004(Severity.WARNING, "a raw HTML tag outside the allowlist (dropped, its text stays)"),
  HTML_005(Severity.WARNING, "a raw HTML attribute outside the allowlist (dropped)"),

  // ---- the static folder
  STATIC_001(Severity.ERROR, "an image that is not in the static folder"),
  STATIC_002(Severity.ERROR, "an image path that leaves the static folder"),

  // ---- generation, suppression, set-up
  GEN_001(Severity.ERROR, "two files become the same class"),
  GEN_002(Severity.ERROR, "a file or folder name that cannot be part of a page's address (\\, :, ?, #, %, a leading or trailing dot or space…)"),
  GEN_003(Severity.ERROR, "two folders become the same Java package"),
  GEN_004(Severity.ERROR, "two collection folders become the same index method"),
  SUPPRESS_001(Severity.ERROR, "suppress: is not a list of codes"),
  SUPPRESS_002(Severity.WARNING, "suppress: names an unknown code, or an error (errors cannot be silenced)"),
  SETUP_001(Severity.ERROR, "@Pages or a processor option names no usable folder or code"),
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

  /** The code as printed: {@code QUIRE-GRID-001}. */
  public String id() {
    return "QUIRE-" + name().replace('_', '-');
  }

  /** Errors fail the build; warnings do not. */
  public Severity severity() {
    return severity;
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** What the problem is, in a few words (the README's table). */
  public String summary() {
    return summary;
  }

  /** The code printed as {@code id} ({@code QUIRE-URL-005}, case-insensitive, prefix optional). */
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
