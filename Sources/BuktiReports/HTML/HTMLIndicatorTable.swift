import BuktiCore

/// The indicators of one innovation: level the evidence supports, the level to verify by hand,
/// score out of maximum, status and the evidence files.
enum HTMLIndicatorTable {
    static func write(_ w: inout HTMLWriter, _ innovation: InnovationReport, sectionID: String, _ context: HTMLContext) {
        let t = context.text
        w.element("h3", [:], t(.indicators))
        w.raw("<table class=\"indicators\">")
        w.element("caption", [:], t(.indicatorsCaption) + ": " + innovation.name)
        w.raw("<thead><tr>")
        let columns: [(HTMLWord, String)] = [
            (.number, "num"), (.indicator, ""), (.level, ""), (.toVerify, ""), (.score, "num"), (.status, ""), (.evidence, ""),
        ]
        for (word, style) in columns { w.element("th", ["scope": "col", "class": style], t(word)) }
        w.raw("</tr></thead><tbody>\n")
        for indicator in innovation.indicators.sorted(by: { $0.number < $1.number }) {
            w.open("tr", ["class": "indicator", "data-indicator": indicator.id])
            w.element("td", ["class": "num"], String(indicator.number))
            w.element("th", ["scope": "row"], context.indicatorName(indicator.id, fallback: indicator.name))
            w.open("td", ["class": indicator.level == 0 ? "lvl0" : ""])
            w.text(String(indicator.level))
            if let label = context.levelLabel(indicator.id, indicator.level) {
                w.raw(" <span class=\"muted\">")
                w.text("(" + label + ")")
                w.raw("</span>")
            }
            w.close("td")
            w.open("td")
            if let verify = indicator.toVerifyLevel {
                w.element("span", ["class": "badge warn"], "? " + String(verify))
                if let note = context.indicator(indicator.id)?.levels.first(where: { $0.level == verify })?.verify?.text(context.language) {
                    w.raw(" <span class=\"muted\">")
                    w.text(note)
                    w.raw("</span>")
                }
            }
            w.close("td")
            w.element("td", ["class": "num"], HTMLContext.number(indicator.score) + " / " + HTMLContext.number(indicator.maxScore))
            w.open("td")
            statusBadge(&w, indicator.status, context)
            w.close("td")
            w.open("td", ["class": "files"])
            if !indicator.evidence.isEmpty || !indicator.problems.isEmpty {
                w.raw("<ul class=\"plain\">")
                for path in indicator.evidence {
                    w.open("li")
                    w.fileLink(path, context, visible: HTMLInnovationSection.displayName(path, under: innovation.path))
                    w.close("li")
                }
                for problem in indicator.problems { HTMLInnovationSection.problemItem(&w, problem) }
                w.raw("</ul>")
            }
            w.close("td")
            w.raw("</tr>\n")
        }
        w.raw("</tbody></table>\n")
    }

    /// The indicator status as a word with a distinct border (colour is never the only cue).
    private static func statusBadge(_ w: inout HTMLWriter, _ status: IndicatorStatus, _ context: HTMLContext) {
        let style = switch status {
        case .met: "badge ok"
        case .partial, .toVerify: "badge warn"
        case .waived: "badge waived"
        case .missing: "badge bad"
        }
        w.element("span", ["class": style], context.text.status(status))
    }
}
