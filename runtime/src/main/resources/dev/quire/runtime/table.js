/* Quire RowDynamicTable: search over the filter columns, sortable headers, pages. No dependencies.
   The server renders every row; this script only hides, orders and pages them. */
(function () {
  "use strict";
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function setup(root) {
    var table = root.querySelector("table");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var perPage = parseInt(root.getAttribute("data-pagination") || "0", 10);
    var keys = (root.getAttribute("data-filter") || "").split(" ");
    var searched = [];
    heads.forEach(function (th, i) {
      if (keys.indexOf(th.getAttribute("data-key")) >= 0) {
        searched.push(i);
      }
    });
    var group = root.querySelector(".form-group");
    var pagerNav = root.querySelector("nav");
    var pager = pagerNav && pagerNav.querySelector(".pagination");
    var state = { query: "", page: 1, column: -1, direction: 1 };

    if (group) {
      group.hidden = false;
      group.querySelector("input").addEventListener("input", function (event) {
        state.query = event.target.value.toLowerCase();
        state.page = 1;
        update();
      });
    }
    // A sortable header's label becomes a button (reached with Tab, pressed with Enter or Space); the
    // header's aria-sort says how the rows are sorted, the button's hidden hint what a press does.
    heads.forEach(function (th, i) {
      if (!th.hasAttribute("aria-sort")) {
        return;
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      var hint = document.createElement("span");
      hint.className = "sr-only";
      hint.textContent = " (sort ascending)";
      button.appendChild(hint);
      th.appendChild(button);
      button.addEventListener("click", function () {
        state.direction = state.column === i ? -state.direction : 1;
        state.column = i;
        state.page = 1;
        update();
      });
    });

    function matches(row) {
      return state.query === "" || searched.some(function (i) {
        return row.cells[i].textContent.toLowerCase().indexOf(state.query) >= 0;
      });
    }

    function update() {
      var list = rows.slice();
      if (state.column >= 0) {
        list.sort(function (a, b) {
          var c = state.column;
          return state.direction * collator.compare(a.cells[c].getAttribute("data-sort"), b.cells[c].getAttribute("data-sort"))
              || rows.indexOf(a) - rows.indexOf(b);
        });
      }
      heads.forEach(function (th, i) {
        if (th.hasAttribute("aria-sort")) {
          var sorted = i === state.column;
          th.setAttribute("aria-sort", !sorted ? "none" : state.direction > 0 ? "ascending" : "descending");
          var hint = th.querySelector(".sr-only");
          if (hint) {
            hint.textContent = sorted && state.direction > 0 ? " (sort descending)" : " (sort ascending)";
          }
        }
      });
      var shown = list.filter(matches);
      var pages = perPage > 0 ? Math.max(1, Math.ceil(shown.length / perPage)) : 1;
      state.page = Math.min(state.page, pages);
      var first = perPage > 0 ? (state.page - 1) * perPage : 0;
      var last = perPage > 0 ? first + perPage : shown.length;
      while (body.firstChild) {
        body.removeChild(body.firstChild);
      }
      shown.slice(first, last).forEach(function (row, n) {
        row.setAttribute("aria-rowindex", String(first + n + 1));
        body.appendChild(row);
      });
      table.setAttribute("aria-rowcount", String(shown.length));
      if (pager) {
        paginate(pages);
      }
    }

    // The pager is a list of buttons in a nav; the current page's says so (aria-current), the ones that
    // lead nowhere (first and previous on the first page) are disabled. Focus stays on the pager when
    // a press redraws it.
    function item(label, text, page, enabled, current) {
      var li = document.createElement("li");
      li.className = "page-item flex-fill d-flex" + (enabled ? "" : " disabled") + (current ? " active" : "");
      var control = document.createElement("button");
      control.type = "button";
      control.className = "page-link flex-grow-1";
      control.setAttribute("aria-label", label);
      control.setAttribute("data-page-label", label);
      control.textContent = text;
      if (current) {
        control.setAttribute("aria-current", "page");
      }
      if (enabled) {
        control.addEventListener("click", function () {
          state.page = page;
          update();
          var again = pager.querySelector("[data-page-label=\"" + label + "\"]");
          (again && !again.disabled ? again : pager.querySelector("[aria-current]")).focus();
        });
      } else {
        control.disabled = true;
      }
      li.appendChild(control);
      pager.appendChild(li);
    }

    function paginate(pages) {
      pagerNav.hidden = pages < 2;
      while (pager.firstChild) {
        pager.removeChild(pager.firstChild);
      }
      var page = state.page;
      item("Go to first page", "\u00ab", 1, page > 1, false);
      item("Go to previous page", "\u2039", page - 1, page > 1, false);
      var from = Math.max(1, Math.min(page - 2, pages - 4));
      for (var p = from; p <= Math.min(pages, from + 4); p++) {
        item("Go to page " + p, String(p), p, true, p === page);
      }
      item("Go to next page", "\u203a", page + 1, page < pages, false);
      item("Go to last page", "\u00bb", pages, page < pages, false);
    }

    update();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".row-dynamic-table"), setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
