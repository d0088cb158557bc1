package dev.quire.dsl.internal;

/**
 * Not API. The one catalogue of Quire's diagnostic texts: each constant is one message, with the id of
 * its code ({@code dev.quire.dsl.Code}, whose severity it has) and its template, whose
 * {@code ${name}} arguments are filled in the order they appear. Every diagnostic the processor, the
 * Markdown renderer and the builders' rules report is made here, so the words of a code are in one
 * place, beside the other messages of its code. A test checks that every code has at least one message
 * and that every message names a code that exists.
 */
public enum Message {
  // ---- the processor's and the Markdown renderer's, by code
  // QUIRE-ACCESS-001
  A11Y_MARKDOWN_IMAGE("QUIRE-ACCESS-001", "![](${url}) has no alternative text, so a screen reader says only"
      + " \"image\": write what it shows between the brackets (![The team at work](${url})), or, for an image"
      + " that is only decoration, <img src=\"${url}\" alt=\"\">"),
  A11Y_RAW_IMAGE("QUIRE-ACCESS-001", "<img> has no alt, so a screen reader reads out its file name: add"
      + " alt=\"what it shows\", or alt=\"\" for an image that is only decoration"),
  A11Y_MODULE_IMAGE("QUIRE-ACCESS-001", "${module} image has no alternative text (its title), so a screen reader"
      + " says nothing of it: add title: what it shows, or title: \"\" for an image that is only decoration"),
  A11Y_CELL_IMAGE("QUIRE-ACCESS-001", "RowDynamicTable cell '${key}' shows an image without alternative text (its title):"
      + " add title: what it shows"),
  // QUIRE-ACCESS-002
  A11Y_HEADING_SKIP("QUIRE-ACCESS-002", "this heading is level ${level} after ${previous}: a screen reader's outline"
      + " of the page skips ${skipped}; make it level ${expected} (${hashes})"),
  // QUIRE-ACCESS-003
  A11Y_MARKDOWN_LINK("QUIRE-ACCESS-003", "[](${url}) has no text, so a screen reader announces only \"link\": write"
      + " where it leads between the brackets"),
  A11Y_RAW_LINK("QUIRE-ACCESS-003", "<a href=\"${url}\"> has no text, so a screen reader announces only \"link\":"
      + " write where it leads inside it (or give its image an alt)"),
  // QUIRE-ACCESS-004
  A11Y_NESTED("QUIRE-ACCESS-004", "<${inner}> inside <${outer}>: a browser and a screen reader see one control, and"
      + " which one a click or Enter reaches is not defined; write ${fix}"),
  // QUIRE-BUTTON-001
  BUTTON_STATUS("QUIRE-BUTTON-001", "RowButtonGrid button status '${status}' is not one of ${allowed}${suggestion}"),
  // QUIRE-COLLECTION-001
  COLLECTION_TAGS_TEXT("QUIRE-COLLECTION-001", "tags is the text '${text}', not a list, so it is read as the list"
      + " ${tags}; write each tag on a line of its own, starting with '- ' and indented under tags:"),
  // QUIRE-COLLECTION-002
  COLLECTION_MISSING("QUIRE-COLLECTION-002", "${module} shows the collection '${name}', but there is no folder"
      + " ${name}/ of dated pages${suggestion}; ${known}"),
  // QUIRE-COLLECTION-003
  COLLECTION_TITLE("QUIRE-COLLECTION-003", "this dated page is an entry of the ${collection} collection and needs a"
      + " title: for its card and its header"),
  // QUIRE-CONTENTS-001
  CONTENTS_TITLE("QUIRE-CONTENTS-001", "TableOfContents needs a title, the name a screen reader gives its landmark;"
      + " leave title out for \"Contents\""),
  CONTENTS_SAME_TITLE("QUIRE-CONTENTS-001", "this page has two tables of contents titled '${title}' (the other on line"
      + " ${line}); a screen reader tells landmarks apart by name: give this one a title of its own"),
  // QUIRE-CONTENTS-002
  CONTENTS_EMPTY("QUIRE-CONTENTS-002", "TableOfContents has nothing to list: the page has no headings with ids, so"
      + " it shows nothing; give the page's sections headings (## Section), or remove the module"),
  // QUIRE-CONTENTS-003
  CONTENTS_BOUND_HEADING("QUIRE-CONTENTS-003", "the table of contents on line ${line} leaves this heading out: its"
      + " text, and so its id, comes from the model when the page is rendered; write the heading's text in the"
      + " file to list it"),
  // QUIRE-DATA-001
  DATA_MODEL_MENUS("QUIRE-DATA-001", "a page with model: cannot hold the site's menus: the navigation bar is the same"
      + " on every page; put menus: in a page of its own"),
  DATA_MODEL_ENTRY("QUIRE-DATA-001", "a dated page is an entry of its folder's collection, shown on other pages as it"
      + " is; it cannot have a model. Move the page out of the folder, or remove its date"),
  DATA_MODEL_NAME("QUIRE-DATA-001", "model: takes a Java type's name, like Basket or com.example.Basket, not '${name}'"),
  DATA_MODEL_UNKNOWN("QUIRE-DATA-001", "model: there is no type ${name} in the @Pages package${hint}"),
  // QUIRE-DATA-002
  DATA_NOT_AN_ACCESSOR("QUIRE-DATA-002", "'${name}' is not an accessor of ${types}${hint}"),
  DATA_NO_ACCESSOR("QUIRE-DATA-002", "${type} has no accessor '${name}'${hint}"),
  // QUIRE-DATA-003
  DATA_SECTION_TYPE("QUIRE-DATA-003", "{{${tag}}}: ${path} is of type ${type}, which ${why}: a section takes a"
      + " collection, an array, an Optional or a boolean"),
  DATA_EACH_TYPE("QUIRE-DATA-003", "each: ${path} is of type ${type}, which cannot repeat: each: takes a collection"
      + " or an array${hint}"),
  DATA_IF_TYPE("QUIRE-DATA-003", "if: ${path} is of type ${type}, which is not a condition: if: takes a boolean, an"
      + " Optional, a collection or an array"),
  // QUIRE-DATA-004
  DATA_NOT_TEXT("QUIRE-DATA-004", "{{${path}}} is of type ${type}, which cannot be shown as text${hint}"),
  // QUIRE-DATA-005
  DATA_SECTION_UNCLOSED("QUIRE-DATA-005", "the section {{#${path}}} is not closed: end it with {{/${path}}} in the"
      + " same value"),
  DATA_SECTION_CLOSES("QUIRE-DATA-005", "{{/${path}}} closes ${what}"),
  DATA_SECTION_LINES("QUIRE-DATA-005", "a section that starts on a line of its own ends on a line of its own, and one"
      + " that starts within a line ends within it"),
  DATA_SECTION_NESTED_BLOCK("QUIRE-DATA-005", "a section on lines of its own cannot be inside another one; write the"
      + " inner section within a line"),
  DATA_SECTION_FORM("QUIRE-DATA-005", "the Markdown of this section changes its form with the number of elements:"
      + " ${what}; ${fix}"),
  DATA_SECTION_RUNS_IN("QUIRE-DATA-005", "this section's Markdown runs into the section before it; put a blank line"
      + " or other text between them"),
  DATA_SECTION_PARTS("QUIRE-DATA-005", "${section} starts and ends in different parts of the Markdown (inside and"
      + " outside emphasis, a link or a paragraph): put its start and end in the same one, or each on a line of its own"),
  // QUIRE-DATA-006
  DATA_NO_MODEL("QUIRE-DATA-006", "{{${tag}}} is a placeholder, but this page has no model: name its type with"
      + " 'model: YourType' in the front matter, or write '\\{{' for literal braces"),
  DATA_KEY_NO_MODEL("QUIRE-DATA-006", "${key}: needs a model: name its type with 'model: YourType' in the front matter"),
  // QUIRE-DATA-007
  DATA_UNCLOSED_BRACES("QUIRE-DATA-007", "'{{' is not closed by '}}' on its line; write '\\{{' for literal braces"),
  DATA_NOT_A_PLACEHOLDER("QUIRE-DATA-007", "'{{${tag}}}' is not a placeholder: write {{name}}, {{a.b}}, {{#a}}…{{/a}}"
      + " or {{^a}}…{{/a}}, or '\\{{' for literal braces"),
  DATA_KEY_PATH("QUIRE-DATA-007", "${key}: takes a path like lines or customer.orders, not '${path}'"),
  DATA_PATH_LONG("QUIRE-DATA-007", "'${path}' has ${names} names; a path has at most ${limit} (give the model an"
      + " accessor that goes part of the way)"),
  DATA_IN_TAG("QUIRE-DATA-007", "${placeholder} stands in the HTML tag <${tag}> where no value can go (a tag's or an"
      + " attribute's name, a value without quotes, a style or an event handler); put it in a quoted attribute value"
      + " or in the text"),
  // QUIRE-DATA-008
  DATA_PRIVATE_USE("QUIRE-DATA-008", "${character} is a private-use character; a page with model: cannot hold one"
      + " (Quire marks where the model's values go with them)"),
  // QUIRE-DATA-009
  DATA_MODEL_UNREACHABLE("QUIRE-DATA-009", "model: ${why}"),
  /** A reason for DATA_MODEL_UNREACHABLE and DATA_PATH_UNREACHABLE. */
  DATA_PRIVATE_TYPE("QUIRE-DATA-009", "${type} is private${where}, so the page's class cannot name it; make it public"),
  /** A reason for DATA_MODEL_UNREACHABLE and DATA_PATH_UNREACHABLE. */
  DATA_PACKAGE_TYPE("QUIRE-DATA-009", "${type} is not public, and the page's class is in ${package}, not ${own}; make it public"),
  DATA_PATH_UNREACHABLE("QUIRE-DATA-009", "'${path}' reads ${name} of ${type}, but ${why}"),
  // QUIRE-DATA-010
  DATA_MARKDOWN_ENGINE("QUIRE-DATA-010", "{{${path}}} is Markdown, which the application makes with Markdown.of at"
      + " run time, and that needs Quire's Markdown engine: add the dependency dev.quire:quire-markdown (the Spring"
      + " Boot starter brings it)"),
  // QUIRE-DATE-001
  DATE_NOT_A_DATE("QUIRE-DATE-001", "${what} '${text}' is not a date; write it like 2024-10-02, 2024-Oct-2 or"
      + " 2024-July-29"),
  DATE_NO_DAY("QUIRE-DATE-001", "${what} '${text}' is not a day of the calendar"),
  DATE_NO_MONTH("QUIRE-DATE-001", "${what} '${text}' has no month called '${month}'; write a month's English name,"
      + " its first three letters or its number"),
  DATE_EMPTY("QUIRE-DATE-001", "date is empty; a page in ${collection}/ with a date: key is an entry of the"
      + " ${collection} collection and needs one, like date: 2024-10-02"),
  // QUIRE-ENC-001
  ENC_INVALID_BYTE("QUIRE-ENC-001", "invalid UTF-8 byte ${byte}; content files must be UTF-8 (save it as UTF-8)"),
  // QUIRE-ENC-002
  ENC_OTHER_UNICODE("QUIRE-ENC-002", "the file is ${encoding}; content files must be UTF-8 (save it as UTF-8)"),
  // QUIRE-ENC-003
  ENC_CONTROL_ESCAPE("QUIRE-ENC-003", "the escape ${escape} is the control character ${character}, which is not"
      + " allowed in content; delete it"),
  ENC_CONTROL("QUIRE-ENC-003", "control character ${character} is not allowed in content files; delete it (it is"
      + " invisible in most editors)${hint}"),
  // QUIRE-ENC-004
  ENC_BIDI("QUIRE-ENC-004", "bidirectional control character ${character} in the front matter: the text may display"
      + " differently from what it is; delete it"),
  // QUIRE-ENC-005
  ENC_SEPARATOR("QUIRE-ENC-005", "${character} (a Unicode ${kind} separator) in the front matter: YAML reads it as a"
      + " line break, which changes the value; replace it with a space"),
  // QUIRE-ENC-006
  ENC_HALF_SURROGATE("QUIRE-ENC-006", "the escape ${escape} is half of a surrogate pair, not a character, and cannot"
      + " be written as UTF-8; write the character itself, or both halves (\\uD83D\\uDE00)"),
  // QUIRE-FILE-001
  FILE_EMPTY("QUIRE-FILE-001", "the file is empty; a page starts with a '---' line that opens its front matter"),
  // QUIRE-FILE-002
  FILE_NO_FRONT_MATTER("QUIRE-FILE-002", "a page starts with a '---' line that opens its front matter (then title,"
      + " modules…, then another '---' line)"),
  // QUIRE-FILE-003
  FILE_FRONT_MATTER_UNCLOSED("QUIRE-FILE-003", "the front matter opened here is never closed; end it with a '---' line"),
  // QUIRE-FILE-004
  FILE_FOLDER_UNREADABLE("QUIRE-FILE-004", "${folder} cannot be read: ${why}"),
  FILE_UNREADABLE("QUIRE-FILE-004", "the file cannot be read: ${why}"),
  // QUIRE-GEN-001
  GEN_CLASS_CLASH("QUIRE-GEN-001", "${path} and ${other}${clash}; rename one of the files"),
  // QUIRE-GEN-002
  GEN_ADDRESS("QUIRE-GEN-002", "the ${kind} name '${name}' cannot be part of the page's address (${why}); rename it"
      + " with letters, digits, '-', '_' and '.'"),
  // QUIRE-GEN-003
  GEN_PACKAGE_CLASH("QUIRE-GEN-003", "the folders '${first}' and '${second}' both become the package"
      + " ${package}${case}; rename one of the folders"),
  // QUIRE-GEN-004
  GEN_COLLECTION_CLASH("QUIRE-GEN-004", "the collections '${first}' and '${second}' both become the index method"
      + " ${method}(); rename one of the folders"),
  // QUIRE-HTML-001
  HTML_DANGEROUS_TAG("QUIRE-HTML-001", "raw HTML <${tag}> is not allowed in content"),
  // QUIRE-HTML-002
  HTML_HANDLER("QUIRE-HTML-002", "event handler ${name} on <${tag}> is not allowed in content"),
  // QUIRE-HTML-003
  HTML_STYLE("QUIRE-HTML-003", "style on <${tag}> is refused (\"${value}\"): ${why}; only plain CSS properties are"
      + " allowed"),
  // QUIRE-HTML-004
  HTML_TAG("QUIRE-HTML-004", "raw HTML tag <${tag}> is not in the allowlist and is dropped (its text stays)"),
  // QUIRE-HTML-005
  HTML_ATTRIBUTE("QUIRE-HTML-005", "attribute ${name} on <${tag}> is not in the allowlist and is dropped"),
  HTML_ATTRIBUTE_THERE("QUIRE-HTML-005", "attribute ${name}=\"${value}\" on <${tag}> is not allowed there and is"
      + " dropped"),
  // QUIRE-HTML-006
  HTML_OPENER("QUIRE-HTML-006", "rel=\"${value}\" on <a>: 'opener' lets the page the link opens navigate this one"
      + " (reverse tabnabbing), so it is dropped; remove it from rel"),
  // QUIRE-HTML-007
  HTML_UNCLOSED_LINK("QUIRE-HTML-007", "this <a> is never closed: a browser carries the link on into the text"
      + " after it (and Quire drops the empty copy it would make); write </a> where the link's text ends"),
  // QUIRE-HTML-008
  HTML_DIMENSION("QUIRE-HTML-008", "${name}=\"${value}\" on <${tag}> is not a whole number of pixels, the only"
      + " value HTML allows there (the W3C checker reports it): write ${name}=\"400\", or style=\"${name}: ${value}\""),
  // QUIRE-INTERNAL-001
  INTERNAL_PROCESSOR("QUIRE-INTERNAL-001", "internal error in the Quire processor, please report it:\n${trace}"),
  INTERNAL_INDEXES("QUIRE-INTERNAL-001", "cannot write ${file}: ${why}"),
  INTERNAL_FILE("QUIRE-INTERNAL-001", "internal error in the Quire processor; please report it with this"
      + " file:\n${trace}"),
  // QUIRE-LIMIT-001
  LIMIT_FILE("QUIRE-LIMIT-001", "the file has ${size} bytes; content files are limited to 1 MiB (1048576 bytes):"
      + " split the page"),
  // QUIRE-LIMIT-002
  LIMIT_FRONT_MATTER("QUIRE-LIMIT-002", "the front matter has ${characters} characters; the limit is ${limit} (64 KiB)"),
  // QUIRE-LIMIT-003
  LIMIT_DEPTH("QUIRE-LIMIT-003", "the front matter nests deeper than ${limit} levels"),
  // QUIRE-LIMIT-004
  LIMIT_VALUES("QUIRE-LIMIT-004", "the front matter holds more than ${limit} values; a page needs far fewer (split"
      + " the page)"),
  // QUIRE-LIMIT-005
  LIMIT_KEYS("QUIRE-LIMIT-005", "the front matter has ${keys} keys; the limit is ${limit} (keep data that large in a"
      + " file of its own)"),
  LIMIT_MODULES("QUIRE-LIMIT-005", "the page has more than ${limit} modules; split it into several pages"),
  // QUIRE-LIMIT-006
  LIMIT_MARKDOWN_LENGTH("QUIRE-LIMIT-006", "this Markdown text has ${characters} characters; the limit is ${limit}"
      + " (split the page)"),
  // QUIRE-LIMIT-007
  LIMIT_INDENT("QUIRE-LIMIT-007", "a list or quote indented ${columns} columns; Markdown nested this deep cannot be"
      + " rendered safely (the limit is ${limit})"),
  LIMIT_CONTAINERS("QUIRE-LIMIT-007", "more than ${limit} nested quotes or lists on one line; Markdown nested this"
      + " deep cannot be rendered safely"),
  LIMIT_NESTING("QUIRE-LIMIT-007", "this Markdown nests too deeply to be rendered safely; flatten its quotes and lists"),
  // QUIRE-LIMIT-008
  LIMIT_FENCE("QUIRE-LIMIT-008", "a fence of ${run} ${character} characters; use at most ${limit}"),
  LIMIT_HTML_BLOCKS("QUIRE-LIMIT-008", "more than ${limit} blocks of raw HTML in one text; split the page"),
  LIMIT_BACKSLASHES("QUIRE-LIMIT-008", "more than ${limit} backslashes in one word; Markdown like this takes too long"
      + " to render (put the text in a fenced code block, or split the word)"),
  LIMIT_BACKTICKS("QUIRE-LIMIT-008", "a run of ${length} backticks; use at most ${limit}"),
  LIMIT_INLINE("QUIRE-LIMIT-008", "more than ${limit} ${what} in one paragraph; split it with blank lines, or ${fix}"),
  LIMIT_RENDER_TIME("QUIRE-LIMIT-008", "this Markdown took more than ${seconds} s to render; simplify it"),
  LIMIT_UNPARSEABLE("QUIRE-LIMIT-008", "this Markdown could not be parsed (${exception} in the Markdown library);"
      + " simplify it, starting with any table and unusual characters in it"),
  // QUIRE-LIMIT-009
  LIMIT_SLOTS("QUIRE-LIMIT-009", "the page has more than ${limit} placeholders, sections, each: and if:; split it"
      + " into several pages"),
  LIMIT_BLOCK_SECTIONS("QUIRE-LIMIT-009", "this Markdown has ${sections} sections on lines of their own; the limit is"
      + " ${limit} (each is rendered four times to read its form)"),
  // QUIRE-LINK-001
  LINK_NOWHERE("QUIRE-LINK-001", "${use} '${url}': the site has nothing at ${path} (no page, entry, collection or"
      + " static file)${hint}"),
  LINK_NOT_SERVED("QUIRE-LINK-001", "${use} '${url}': the site has no page at ${path}, because ${file} is"
      + " ${what}${hint}"),
  // QUIRE-LINK-002
  LINK_NO_ANCHOR("QUIRE-LINK-002", "link '${url}' goes to #${fragment} on ${page}, which has no element with that"
      + " id${hint}"),
  // QUIRE-LINK-003
  LINK_NO_TAG("QUIRE-LINK-003", "link '${url}' shows the entries of ${collection} tagged '${tag}', but none has that"
      + " tag, so the address has no page${hint}"),
  // QUIRE-LINK-004
  LINK_SERVES("QUIRE-LINK-004", "@Pages(serves = …) lists '${address}': ${why}; write a site path such as /login,"
      + " or /api/** for every address under /api"),
  // QUIRE-MODULE-001
  MODULE_UNKNOWN("QUIRE-MODULE-001", "unknown module '${name}'${hint}"),
  // QUIRE-MODULE-002
  MODULE_NO_NAME("QUIRE-MODULE-002", "a module needs a name; one of ${modules}"),
  // QUIRE-MODULE-003
  MODULE_NOT_A_MAPPING("QUIRE-MODULE-003", "a module is a mapping that starts with 'name:', not ${found}"),
  // QUIRE-MODULE-004
  MODULE_NOT_A_LIST("QUIRE-MODULE-004", "${what} must be a list of modules (each starting with '- name: …'), not"
      + " ${found}"),
  // QUIRE-MODULE-005
  MODULE_UNKNOWN_PROPERTY("QUIRE-MODULE-005", "${owner} has no property '${key}'${hint}"),
  // QUIRE-MODULE-006
  MODULE_GRID_MODULES("QUIRE-MODULE-006", "RowMultiColumns needs modules, one per column"),
  MODULE_GRID_WIDTHS("QUIRE-MODULE-006", "RowMultiColumns needs widths, one per module, like widths: [6, 6]"),
  MODULE_BUTTON_ICON("QUIRE-MODULE-006", "RowButtonGrid column needs an image, the icon over it, like image: fas cog"
      + " (the original site dropped the whole grid without one)"),
  MODULE_BUTTON_TITLE("QUIRE-MODULE-006", "RowButtonGrid button needs a title"),
  MODULE_NEWS_ICON("QUIRE-MODULE-006", "RowNewsList needs an image, the icon over the list, like image: fas newspaper"),
  MODULE_MENU_DROPDOWN_TITLE("QUIRE-MODULE-006", "menu entry with items needs a title, the dropdown's name"),
  MODULE_MENU_URL("QUIRE-MODULE-006", "menu entry needs a url (or items, to be a dropdown)"),
  MODULE_MENU_TITLE("QUIRE-MODULE-006", "menu entry needs a title or an icon to show"),
  // QUIRE-MODULE-008
  MODULE_BROKEN("QUIRE-MODULE-008", "the module ${name} cannot be used: its declaration has errors (reported at the"
      + " record)"),
  MODULE_DECLARED_BUILT_IN_NAME("QUIRE-MODULE-008", "the module ${module} has the name of a built-in module, ${name};"
      + " rename the record"),
  MODULE_DECLARED_TWICE("QUIRE-MODULE-008", "two modules listed in @Pages(modules = ...) are named ${name}; content"
      + " files name a module by its simple name, so rename one"),
  MODULE_DECLARED_NOT_RECORD("QUIRE-MODULE-008", "${type} is listed in @Pages(modules = ...) but is not a record"
      + " implementing dev.quire.dsl.Module; declare it as: public record ${name}(...) implements Module"),
  MODULE_DECLARED_NOT_PUBLIC("QUIRE-MODULE-008", "${type} must be public (and so must the types it is nested in), so"
      + " that page classes can build it"),
  MODULE_DECLARED_RESERVED("QUIRE-MODULE-008", "${component}: a module's component cannot be called '${name}':"
      + " ${why}, so content could never set it; rename the component (${renames}, say)"),
  MODULE_DECLARED_DEFAULT_PLACE("QUIRE-MODULE-008", "${component}: @Default is for components a content file writes"
      + " as one value; an absent Optional is empty and an absent List has no items"),
  MODULE_DECLARED_DEFAULT_VALUE("QUIRE-MODULE-008", "${component}: @Default(\"${text}\") is not a value this"
      + " component takes: ${problems}"),
  MODULE_DECLARED_NESTED_CONTAINER("QUIRE-MODULE-008", "${component}: ${type} nests an Optional or List in another;"
      + " use List<T> (an absent list is empty) or Optional<T>"),
  MODULE_DECLARED_ENUM("QUIRE-MODULE-008", "${component}: the enum ${type} must be public, so that page classes can"
      + " use it"),
  MODULE_DECLARED_MODULE_TYPE("QUIRE-MODULE-008", "${component}: a component holding a module is of type Module (or"
      + " List<Module>), which takes any module; write Module instead of ${type}"),
  MODULE_DECLARED_TYPE("QUIRE-MODULE-008", "${component}: the component type ${type} is not one Quire reads from"
      + " content files; use ${supported}"),
  MODULE_DECLARED_RANGE_TYPE("QUIRE-MODULE-008", "${component}: @Range is for whole numbers (int, long, Integer,"
      + " Long), not ${type}"),
  MODULE_DECLARED_RANGE_EMPTY("QUIRE-MODULE-008", "${component}: @Range(min = ${min}, max = ${max}) allows no ${kind}"
      + " at all"),
  // QUIRE-NAV-001
  NAV_SECOND("QUIRE-NAV-001", "menus: is already in ${file}; a site has one navigation bar, so keep the menus in one"
      + " file"),
  // QUIRE-PAGE-001
  PAGE_KEY_TYPO("QUIRE-PAGE-001", "'${key}' is not a page key and is kept as metadata; did you mean '${known}'?"),
  // QUIRE-PAGE-002
  PAGE_COMMENT_VALUE("QUIRE-PAGE-002", "'${key}' has no value: '${comment}' is a YAML comment, so the value is empty"
      + " and ignored. Write the value without '#' (quote it if it starts with '#'), or delete the line"),
  // QUIRE-SETUP-001
  SETUP_STATIC_PATH("QUIRE-SETUP-001", "-A${option}=${value}: not a valid path (${why})"),
  SETUP_STATIC_FOLDER("QUIRE-SETUP-001", "-A${option}=${value}: no such folder"),
  SETUP_FOLDER_NAME("QUIRE-SETUP-001", "@Pages(\"${folder}\"): name a folder under the resource root, like"
      + " @Pages(\"pages\")"),
  SETUP_FOLDER_MISSING("QUIRE-SETUP-001", "@Pages(\"${folder}\"): content folder not found. Looked in:${tried}\nPut"
      + " the folder under src/main/resources, or pass -A${option}=<resource root> to javac."),
  SETUP_PAGES_JAVAC("QUIRE-SETUP-001", "${place}${message}"),
  SETUP_NO_COMPILER("QUIRE-SETUP-001", "reading own modules needs the Java compiler: run quire check with a JDK, not a JRE"),
  SETUP_PAGES_UNREADABLE("QUIRE-SETUP-001", "${file} cannot be read: ${why}"),
  SETUP_NO_PAGES_TYPE("QUIRE-SETUP-001", "dev.quire.dsl.Pages is not on the class path"),
  SETUP_NO_PAGES("QUIRE-SETUP-001", "${file} has no @Pages annotation"),
  SETUP_NO_PAGES_FOLDER("QUIRE-SETUP-001", "${file} has no @Pages(\"${folder}\") annotation"),
  SETUP_NOT_A_FOLDER("QUIRE-SETUP-001", "${folder} is not a content folder${under}"),
  // QUIRE-STATIC-001
  STATIC_MISSING("QUIRE-STATIC-001", "image '${url}' is not in the static folder (looked for ${file}); add the file"
      + " or fix the path"),
  // QUIRE-STATIC-002
  STATIC_OUTSIDE("QUIRE-STATIC-002", "image '${url}' points outside the static folder ${folder}"),
  // QUIRE-SUPPRESS-001
  SUPPRESS_NOT_CODES("QUIRE-SUPPRESS-001", "suppress lists warning codes, like suppress: [QUIRE-URL-005]; found"
      + " ${found}"),
  // QUIRE-SUPPRESS-002
  SUPPRESS_UNKNOWN("QUIRE-SUPPRESS-002", "${where}: '${id}' is not a Quire code${suggestion}"),
  SUPPRESS_ERROR("QUIRE-SUPPRESS-002", "${where}: ${code} is an error; errors cannot be silenced, fix the problem"
      + " instead"),
  // QUIRE-TABLE-002
  TABLE_CELL_MAPPING("QUIRE-TABLE-002", "RowDynamicTable cell '${key}' must be a mapping, like ${key}: {title: …},"
      + " not ${found}"),
  TABLE_ICON_AND_IMAGE("QUIRE-TABLE-002", "RowDynamicTable cell '${key}' has an icon and an image; a cell shows one"
      + " of them"),
  // QUIRE-TABLE-003
  TABLE_TARGET_WITHOUT_URL("QUIRE-TABLE-003", "RowDynamicTable cell '${key}' has a target but no url, so it is not a"
      + " link; give the url, or remove the target"),
  // QUIRE-TABLE-004
  TABLE_COLUMN_KEY("QUIRE-TABLE-004", "RowDynamicTable column needs a key, the key of its cells in each row"),
  // QUIRE-TYPE-001
  TYPE_MUST_BE("QUIRE-TYPE-001", "${what} must be ${type}, not ${found}"),
  TYPE_LIST("QUIRE-TYPE-001", "${what} must be ${type} (each item starting with '- '), not ${found}"),
  TYPE_LIST_ITEM("QUIRE-TYPE-001", "${what} must hold ${items}, not ${found}"),
  TYPE_ITEM_MAPPING("QUIRE-TYPE-001", "${owner} must be a mapping of its properties (${keys}), not ${found}"),
  TYPE_NEWS("QUIRE-TYPE-001", "${what} '${value}' is not homepage (entries with a homepage rank) or all (every entry,"
      + " newest first)"),
  TYPE_TABLE_ROW("QUIRE-TYPE-001", "RowDynamicTable row must be a mapping of column keys to cells, not ${found}"),
  TYPE_TABLE_COLUMN("QUIRE-TYPE-001", "RowDynamicTable column must be a mapping (key, label, sortable) or a key, not"
      + " ${found}"),
  TYPE_MENUS("QUIRE-TYPE-001", "menus must be ${type} (each starting with '- '), not ${found}"),
  TYPE_MENU_NESTED("QUIRE-TYPE-001", "menu entry items cannot nest: a dropdown holds links"),
  TYPE_MODEL("QUIRE-TYPE-001", "model must be the name of a Java type, not ${found}"),
  TYPE_SECTION_PATH("QUIRE-TYPE-001", "${key} takes a path like lines or customer.vip, not ${found}"),
  // QUIRE-TYPE-002
  TYPE_WHOLE("QUIRE-TYPE-002", "${what} must be a whole number, not '${value}'${why}"),
  // QUIRE-TYPE-003
  TYPE_SIZE("QUIRE-TYPE-003", "${what} '${value}' is not a size; use one of ${sizes}"),
  // QUIRE-TYPE-005
  TYPE_BOOLEAN("QUIRE-TYPE-005", "${what} must be true or false, not '${value}'"),
  // QUIRE-TYPE-007
  TYPE_RANGE("QUIRE-TYPE-007", "${what} is ${number}, outside ${min}\u2013${max}"),
  // QUIRE-TYPE-008
  TYPE_CONSTANT("QUIRE-TYPE-008", "${what} '${value}' is not one of ${constants}${suggestion}"),
  // QUIRE-YAML-001
  YAML_RESERVED_START("QUIRE-YAML-001", "a value cannot start with '${character}' (YAML keeps it for itself); put the"
      + " value in quotes, like key: \"${character}…\""),
  YAML_FLOW_UNCLOSED("QUIRE-YAML-001", "this ${kind} opens with '${open}' but is never closed: end it with '${close}'"
      + " on the same line${hint}"),
  YAML_TOP_INDENTED("QUIRE-YAML-001", "the keys at the top of the front matter start at column 1, but this line is"
      + " indented; remove the spaces before '${key}'"),
  YAML_NO_SPACE("QUIRE-YAML-001", "'${key}:' needs a space after the colon: write '${key}: ${value}'"),
  YAML_NOT_KEY_VALUE("QUIRE-YAML-001", "this line is not 'key: value' or a list item ('- …'); add ': ' after the key,"
      + " put the text in quotes, or, if it continues the value above, indent it under that value"),
  YAML_COLON_IN_VALUE("QUIRE-YAML-001", "the value of '${key}' holds ': ', which YAML reads as the start of another"
      + " key; put the value in quotes: ${key}: \"${value}\""),
  YAML_UNDER_VALUE("QUIRE-YAML-001", "${what} is indented under '${key}' (line ${line}), which already has a value"
      + " ('${value}'). If it belongs to '${key}', remove the value after '${key}:'; if not, line it up with '${key}'"
      + " (column ${column})"),
  YAML_ITEM_LESS("QUIRE-YAML-001", "this list item is indented less than the items before it (line ${line}, column"
      + " ${column}); items of one list line up"),
  YAML_ITEM_FOR_KEY("QUIRE-YAML-001", "a list item ('- …') where a key is expected: a list belongs under a key that"
      + " has nothing after its colon (like 'modules:'), indented under it"),
  YAML_KEY_ON_DASH("QUIRE-YAML-001", "'${key}' lines up with the '-' of the list item on line ${line} instead of with"
      + " its keys (column ${column}): indent it to column ${column} to add it to that item, or start a new item with"
      + " '- '"),
  YAML_KEY_LESS("QUIRE-YAML-001", "'${key}' is indented less than '${above}' on line ${line} (column ${column}); keys"
      + " of one mapping line up, so move it to column ${column} or, if it starts a new entry, to the column of the"
      + " one it belongs to"),
  YAML_INVALID("QUIRE-YAML-001", "the front matter is not valid YAML: ${problem}"),
  YAML_QUOTE_UNCLOSED("QUIRE-YAML-001", "this quoted value is never closed; end it with the same quote character"),
  // QUIRE-YAML-002
  YAML_TAB("QUIRE-YAML-002", "a tab is used for indentation; YAML indents with spaces only"),
  // QUIRE-YAML-003
  YAML_ANCHOR("QUIRE-YAML-003", "anchors (&${anchor}) are not supported in front matter; write each value out"),
  // QUIRE-YAML-004
  YAML_ALIAS("QUIRE-YAML-004", "aliases (*name) are not supported in front matter; write the value out"),
  // QUIRE-YAML-005
  YAML_TAG("QUIRE-YAML-005", "explicit YAML tags (${tag}) are not allowed; Quire reads every value by the page schema"),
  // QUIRE-YAML-006
  YAML_DIRECTIVE("QUIRE-YAML-006", "YAML directives (${line}) are not used in front matter; delete the line"),
  YAML_DOCUMENT_END("QUIRE-YAML-006", "'...' ends a YAML document early; delete the line"),
  // QUIRE-YAML-007
  YAML_NOT_A_MAPPING("QUIRE-YAML-007", "the front matter must be a mapping of keys (title:, description:, modules:),"
      + " not ${found}"),
  // QUIRE-YAML-008
  YAML_DUPLICATE("QUIRE-YAML-008", "duplicate key '${key}' (first written at line ${line}); keep one"),
  // QUIRE-YAML-009
  YAML_MERGE("QUIRE-YAML-009", "merge keys (<<) are not supported in front matter; write the keys out"),
  // QUIRE-YAML-010
  YAML_KEY_KIND("QUIRE-YAML-010", "keys must be plain names, not ${found}"),

  // ---- grid
  GRID_WIDTHS_SUM("QUIRE-GRID-001", "RowMultiColumns widths ${widths} add up to ${sum}; a row has 12 columns"),
  GRID_WIDTHS_GAP("QUIRE-GRID-002", "RowMultiColumns widths ${widths} add up to ${sum}; the last ${left} of 12 columns stay empty"),
  GRID_WIDTH_RANGE("QUIRE-GRID-003", "RowMultiColumns width ${width} is out of range; each width is 1 to 12"),
  GRID_WIDTHS_COUNT("QUIRE-GRID-004", "RowMultiColumns has ${modules} but ${widths}; give one width per module"),
  GRID_COLS_COUNT("QUIRE-GRID-005", "RowMultiColumns cols ${cols} does not match its ${modules}; cols is the number of "
      + "modules (or leave it out)"),
  GRID_COLS_RANGE("QUIRE-GRID-006", "${module} cols ${cols} is out of range; use 1 to 11 (the ${other} column takes the "
      + "rest of the 12)"),
  GRID_NO_MODULES("QUIRE-GRID-007", "RowMultiColumns needs at least one module"),

  // ---- required values and module rules
  MODULE_BUTTON_COLUMNS("QUIRE-MODULE-006", "RowButtonGrid has ${columns} columns; a row holds at most 12"),
  MODULE_NO_BUTTON_COLUMNS("QUIRE-MODULE-006", "RowButtonGrid needs cols, a list of columns each with an image (icon) and items"),
  MODULE_TABLE_ROWS("QUIRE-MODULE-006", "RowDynamicTable needs items, one per row"),
  MODULE_IMAGE("QUIRE-MODULE-006", "RowImage needs an image: add 'image: /images/…'"),
  MODULE_OWN_REQUIRED("QUIRE-MODULE-006", "${owner} needs ${name} (${type}): add '${name}: …'"),
  MODULE_REFUSED("QUIRE-MODULE-007", "${where}: [QUIRE-MODULE-007] ${module} refused its values: ${why}"),
  MODULE_REFUSED_MODEL("QUIRE-MODULE-007", "${where}: [QUIRE-MODULE-007] ${module} refused its values from the model "
      + "(${placeholders}): ${why}"),

  // ---- text kinds
  TYPE_CLASSES("QUIRE-TYPE-004", "${what} '${value}' is not a list of CSS class names (\"${token}\" is not a class name)"),
  TYPE_ID("QUIRE-TYPE-004", "${what} '${value}' is not an HTML id; use a letter, then letters, digits, '-' or '_'"),
  TYPE_TARGET("QUIRE-TYPE-006", "${what} '${value}' is not a link target; use _blank, _self, _parent, _top or a window name"),

  // ---- tables
  TABLE_KEY("QUIRE-TABLE-001", "RowDynamicTable ${where} key '${key}' is not a column${suggestion}; the columns are ${keys}"),
  TABLE_NOTHING_TO_SHOW("QUIRE-TABLE-002", "RowDynamicTable cell '${key}' has ${what} but nothing to show; give it a title, "
      + "an icon or an image"),
  TABLE_DUPLICATE_COLUMN("QUIRE-TABLE-004", "RowDynamicTable has two columns with the key '${key}'"),
  TABLE_PAGINATION("QUIRE-TABLE-005", "RowDynamicTable pagination ${rows} is not a number of rows per page; use 1 or more, or "
      + "leave it out"),

  // ---- icons
  ICON_FA6("QUIRE-ICON-001", "icon '${spec}' is written the Font Awesome 6 way; write '${written}'"),
  ICON_SPEC("QUIRE-ICON-001", "icon '${spec}' is not a prefix and a name separated by one space, like 'fas cog' or 'fab "
      + "github'${suggestion}"),
  ICON_PREFIX("QUIRE-ICON-001", "icon prefix '${prefix}' is not one of fas (solid) and fab (brands), the free Font "
      + "Awesome 5 sets${suggestion}"),
  ICON_WEBJAR("QUIRE-ICON-001", "Font Awesome icons need the webjar org.webjars:font-awesome:${version} on the class path"),
  ICON_OTHER_SET("QUIRE-ICON-001", "icon '${spec}' is not a ${set} icon; did you mean '${other}'?"),
  ICON_UNKNOWN("QUIRE-ICON-001", "icon '${spec}' is not a Font Awesome ${version} free ${set} icon${suggestion}"),
  ICON_UNREADABLE("QUIRE-ICON-001", "icon '${spec}' ${why}"),

  // ---- URLs
  URL_SCHEME("QUIRE-URL-001", "${use} URL scheme '${scheme}:' is not allowed; use http, https, ${allowed}"),
  URL_NO_SCHEME("QUIRE-URL-002", "${use} URL '${url}' has no scheme; write https:${stripped} or a site path starting with a single /"),
  URL_BACKSLASH_HOST("QUIRE-URL-002", "${use} URL '${url}' leads to another site: browsers read a backslash as a slash, so it "
      + "is ${path}; write a site path with forward slashes only (/x/y), or the full address (https://...)"),
  URL_EMPTY_IMAGE("QUIRE-URL-003", "empty image URL; give the image's address"),
  URL_EMPTY_LINK("QUIRE-URL-004", "empty link URL: the link points to the page itself; give the address, or remove the link"),
  URL_RELATIVE("QUIRE-URL-005", "relative ${use} URL '${url}' resolves against the page's own address; start it with / for a "
      + "path on this site"),
  URL_EMAIL("QUIRE-URL-006", "link URL '${url}' looks like an e-mail address but is a relative path; write mailto:${address}"),
  URL_PLACEHOLDER_SCHEME("QUIRE-URL-007", "${use} URL has a placeholder where its scheme is (before the ':'): a value could "
      + "make it javascript:; write the scheme in the file (https://{{host}}/…), or give the whole URL as one value");

  private final String code;
  private final String template;

  Message(String code, String template) {
    this.code = code;
    this.template = template;
  }

  /** The id of this message's code ({@code QUIRE-GRID-001}). */
  public String code() {
    return code;
  }

  /** The template, its arguments written {@code ${name}}. */
  public String template() {
    return template;
  }

  /**
   * This message with {@code values} in its arguments, in the order they appear (an argument named twice
   * takes one value); a value is written as {@link String#valueOf}.
   *
   * @throws IllegalArgumentException when the number of values is not the number of arguments
   */
  public Problem with(Object... values) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    java.util.Map<String, String> named = new java.util.HashMap<>();
    int next = 0;
    int at = 0;
    while (true) {
      int start = template.indexOf("${", at);
      if (start < 0) {
        break;
      }
      int end = template.indexOf('}', start);
      String name = template.substring(start + 2, end);
      String value = named.get(name);
      if (value == null) {
        if (next >= values.length) {
          throw new IllegalArgumentException(name() + " needs a value for ${" + name + "}");
        }
        value = String.valueOf(values[next++]);
        named.put(name, value);
      }
      out.append(template, at, start).append(value);
      at = end + 1;
    }
    out.append(template, at, template.length());
    if (next != values.length) {
      throw new IllegalArgumentException(name() + " takes " + next + " values, not " + values.length);
    }
    return new Problem(code, out.toString());
  }

  /** The names of the template's arguments, each once, in order. */
  public java.util.List<String> arguments() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int start = template.indexOf("${"); start >= 0; start = template.indexOf("${", start + 2)) {
      String name = template.substring(start + 2, template.indexOf('}', start));
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
