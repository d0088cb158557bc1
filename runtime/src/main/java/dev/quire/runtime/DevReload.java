package dev.quire.runtime;

/**
 * In dev mode only ({@code dev.quire.dsl.DevMode}): the script a document carries so that an open page
 * reloads itself after a content change. It knows the content version it was rendered from, asks for
 * its own address again every 300 ms while the tab is visible (no endpoint of its own, so it works on
 * any server), and reloads when the answer carries another version: after a good save, a broken one
 * (the error page) and the save that fixes it. Without {@code -Dquire.dev} no document has it.
 */
final class DevReload {
  private static final String SCRIPT = "(function () {\n"
      + "  var version = document.currentScript.getAttribute(\"data-quire-dev\");\n"
      + "  setInterval(function () {\n"
      + "    if (document.hidden) {\n"
      + "      return;\n"
      + "    }\n"
      + "    fetch(location.href, {cache: \"no-store\"}).then(function (response) {\n"
      + "      return response.text();\n"
      + "    }).then(function (text) {\n"
      + "      var match = /data-quire-dev=\"(\\d+)\"/.exec(text);\n"
      + "      if (match && match[1] !== version) {\n"
      + "        location.reload();\n"
      + "      }\n"
      + "    }).catch(function () {});\n"
      + "  }, 300);\n"
      + "})();\n";

  private DevReload() {}

  /** The script element for a document rendered from content version {@code version}. */
  static String element(long version) {
    return "<script data-quire-dev=\"" + version + "\">\n" + SCRIPT + "</script>\n";
  }
}
