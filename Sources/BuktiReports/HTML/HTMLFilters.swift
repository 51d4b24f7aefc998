import BuktiCore

/// Filters by OPD, status and missing document type, and a search box. The form is `hidden` in the
/// markup and shown by the script, so with JavaScript off everything is simply visible. The script
/// only reads data attributes and textContent and toggles `hidden`; it never writes markup.
enum HTMLFilters {
    /// The data attributes filters read, shared by an innovation's section and its score-table row.
    static func attributes(_ innovation: InnovationReport, _ context: HTMLContext, extra: [(String, String)] = []) -> [(String, String)] {
        extra + [
            ("data-opd", context.opdName(innovation)),
            ("data-status", innovation.complete ? "complete" : "incomplete"),
            ("data-missing", innovation.missing.map(HTMLEscaping.token).joined(separator: " ")),
        ]
    }

    static func writeForm(_ w: inout HTMLWriter, _ context: HTMLContext) {
        let t = context.text
        let innovations = context.audit.innovations
        w.raw("<form id=\"filters\" hidden role=\"search\" aria-label=\"")
        w.text(t(.filters))
        w.raw("\">\n")
        let opds = Set(innovations.map(context.opdName)).sorted()
        select(&w, id: "saring-opd", label: t(.filterOPD), all: t(.all), options: opds.map { ($0, $0) })
        select(&w, id: "saring-status", label: t(.filterStatus), all: t(.all),
            options: [("complete", t(.complete)), ("incomplete", t(.incomplete))])
        let missing = context.input.rules.documentTypes.map(\.id).filter { id in innovations.contains { $0.missing.contains(id) } }
        var seen = Set<String>()
        let missingOptions = missing.filter { seen.insert($0).inserted }.map { (HTMLEscaping.token($0), context.typeLabel($0)) }
        select(&w, id: "saring-dokumen", label: t(.filterMissing), all: t(.all), options: missingOptions)
        w.open("label", ["for": "cari"])
        w.text(t(.search))
        w.open("input", ["type": "search", "id": "cari", "placeholder": t(.searchPlaceholder), "autocomplete": "off"])
        w.close("label")
        w.element("button", ["type": "reset"], t(.resetFilters))
        w.open("output", ["id": "hitung", "aria-live": "polite", "data-word": t(.shown)])
        w.close("output")
        w.raw("\n</form>\n")
    }

    private static func select(_ w: inout HTMLWriter, id: String, label: String, all: String, options: [(String, String)]) {
        w.open("label", ["for": id])
        w.text(label)
        w.open("select", ["id": id])
        w.element("option", ["value": ""], all)
        for (value, text) in options { w.element("option", ["value": value], text) }
        w.close("select")
        w.close("label")
        w.raw("\n")
    }

    /// Filtering and table sorting; plain DOM calls only (no innerHTML, no network).
    static let script = """
    (function () {
      "use strict";
      var form = document.getElementById("filters");
      var opd = document.getElementById("saring-opd");
      var status = document.getElementById("saring-status");
      var missing = document.getElementById("saring-dokumen");
      var search = document.getElementById("cari");
      var count = document.getElementById("hitung");
      var sections = Array.prototype.slice.call(document.querySelectorAll("section.innovation"));
      var rows = Array.prototype.slice.call(document.querySelectorAll("#tabel-skor tbody tr"));
      var texts = sections.map(function (s) { return s.textContent.toLowerCase(); });
      function matches(el, text) {
        if (opd.value && el.getAttribute("data-opd") !== opd.value) return false;
        if (status.value && el.getAttribute("data-status") !== status.value) return false;
        if (missing.value && el.getAttribute("data-missing").split(" ").indexOf(missing.value) < 0) return false;
        var q = search.value.trim().toLowerCase();
        return !q || text.indexOf(q) >= 0;
      }
      function apply() {
        var shown = 0;
        sections.forEach(function (s, i) {
          var ok = matches(s, texts[i]);
          s.hidden = !ok;
          if (rows[i]) rows[i].hidden = !ok;
          if (ok) shown += 1;
        });
        count.textContent = shown + " / " + sections.length + " " + count.getAttribute("data-word");
      }
      form.hidden = false;
      form.addEventListener("input", apply);
      form.addEventListener("change", apply);
      form.addEventListener("submit", function (e) { e.preventDefault(); });
      form.addEventListener("reset", function () { setTimeout(apply, 0); });
      rows.forEach(function (r, i) { r.setAttribute("data-index", String(i)); });
      apply();

      var table = document.getElementById("tabel-skor");
      var heads = Array.prototype.slice.call(table.querySelectorAll("thead th"));
      heads.forEach(function (th, col) {
        th.querySelector("button").addEventListener("click", function () {
          var descending = th.getAttribute("aria-sort") === "ascending";
          heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", descending ? "descending" : "ascending");
          var numeric = th.getAttribute("data-sort") === "number";
          var body = table.tBodies[0];
          var sorted = Array.prototype.slice.call(body.rows).sort(function (a, b) {
            var x = a.cells[col], y = b.cells[col], r;
            if (numeric) { r = parseFloat(x.getAttribute("data-value")) - parseFloat(y.getAttribute("data-value")); }
            else { r = x.textContent.localeCompare(y.textContent, document.documentElement.lang); }
            if (r === 0) r = Number(a.getAttribute("data-index")) - Number(b.getAttribute("data-index"));
            return descending ? -r : r;
          });
          sorted.forEach(function (row) { body.appendChild(row); });
        });
      });
      window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details:not([open])").forEach(function (d) { d.setAttribute("open", ""); d.setAttribute("data-print-opened", ""); });
      });
      window.addEventListener("afterprint", function () {
        document.querySelectorAll("details[data-print-opened]").forEach(function (d) { d.removeAttribute("open"); d.removeAttribute("data-print-opened"); });
      });
    })();

    """
}
