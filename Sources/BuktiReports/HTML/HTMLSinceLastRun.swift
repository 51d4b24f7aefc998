import BuktiCore

/// The `--compare last` section after the summary: counts per kind of change, then one list per
/// kind, newly missing critical documents first. Every value goes through `HTMLWriter` escaping.
enum HTMLSinceLastRun {
    /// Badge style per kind of change (the word is always there, colour is never the only cue).
    static func style(_ kind: SinceLastRunRow.Kind) -> String {
        switch kind {
        case .newlyMissingCritical: "badge bad"
        case .newlyMissing: "badge warn"
        case .newlyPresent: "badge ok"
        case .statusChanged, .scoreChanged, .levelChanged, .innovationAdded, .innovationRemoved, .fileAdded,
            .fileRemoved, .fileChanged:
            "badge"
        }
    }

    static func write(_ w: inout HTMLWriter, _ diff: AuditDiff, _ context: HTMLContext) {
        let text = context.text
        let rows = SinceLastRunRows.rows(diff, rules: context.input.rules, text: text)
        w.raw("<section id=\"sejak-sebelumnya\" aria-labelledby=\"sejak-sebelumnya-judul\">\n")
        w.element("h2", ["id": "sejak-sebelumnya-judul"], text[.sinceHeading])
        w.element("p", [:], SinceLastRunRows.comparedWith(diff, text: text))
        guard !rows.isEmpty else {
            w.element("p", [:], text[.sinceNothingChanged])
            w.raw("</section>\n")
            return
        }
        let counts = SinceLastRunRows.counts(rows)
        w.raw("<ul class=\"cards\">")
        for (kind, count) in counts {
            w.open("li", ["class": kind == .newlyMissingCritical ? "bad" : ""])
            w.element("span", ["class": "n", "data-count": kind.key.rawValue], String(count))
            w.text(text[kind.key])
            w.close("li")
        }
        w.raw("</ul>\n")
        for (kind, count) in counts {
            w.element("h3", [:], "\(text[kind.key]) (\(count))")
            w.raw("<ul class=\"since\">")
            for row in rows where row.kind == kind {
                w.open("li")
                if !row.innovation.isEmpty { w.element("strong", [:], row.innovation) }
                if !row.subject.isEmpty {
                    if !row.innovation.isEmpty { w.text(": ") }
                    if row.innovation.isEmpty { w.element("code", [:], row.subject) } else { w.text(row.subject) }
                }
                if !row.from.isEmpty {
                    w.text(" ")
                    w.element("span", [:], row.from)
                    w.text(" → ")
                    w.element("span", ["class": style(kind)], row.to)
                } else if !row.to.isEmpty {
                    w.text(" (" + row.to + ")")
                }
                w.close("li")
            }
            w.raw("</ul>\n")
        }
        w.raw("</section>\n")
    }
}
