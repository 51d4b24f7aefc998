import BuktiCore

/// Each document type of an innovation with its status and, per evidence file, the link, year,
/// score, the signals behind the verdict and the problems found. Collapsed: it is the detail.
enum HTMLDocumentsSection {
    static func write(_ w: inout HTMLWriter, _ innovation: InnovationReport, _ context: HTMLContext) {
        let t = context.text
        let entries = context.inRuleOrder(innovation.documents)
        w.raw("<details class=\"documents\"><summary>")
        w.text(t(.documentsSummary))
        w.raw("</summary>\n<table>")
        w.element("caption", [:], t(.documents) + ": " + innovation.name)
        w.raw("<thead><tr>")
        for word in [HTMLWord.documentType, .status, .evidence] { w.element("th", ["scope": "col"], t(word)) }
        w.raw("</tr></thead><tbody>\n")
        // Types with nothing found take one line below the table: the table keeps the verdicts with reasons.
        let found = entries.filter { $0.value.status != .missing || !$0.value.evidence.isEmpty }
        let absent = entries.filter { $0.value.status == .missing && $0.value.evidence.isEmpty }.map(\.key)
        for (type, document) in found {
            w.open("tr", ["data-type": type])
            w.element("th", ["scope": "row"], context.typeLabel(type))
            w.open("td")
            let style = switch document.status {
            case .present: "badge ok"
            case .weak, .stale: "badge warn"
            case .waived: "badge waived"
            case .unreadable, .missing: "badge bad"
            }
            w.element("span", ["class": style], context.text.status(document.status))
            w.close("td")
            w.open("td")
            for evidence in document.evidence { writeEvidence(&w, evidence, innovation, context) }
            w.close("td")
            w.raw("</tr>\n")
        }
        w.raw("</tbody></table>\n")
        if !absent.isEmpty {
            w.open("p", ["class": "absent"])
            w.element("strong", [:], t(.notFound) + ": ")
            w.text(absent.map(context.typeLabel).joined(separator: ", "))
            w.close("p")
        }
        w.raw("</details>\n")
    }

    private static func writeEvidence(_ w: inout HTMLWriter, _ evidence: EvidenceEntry, _ innovation: InnovationReport, _ context: HTMLContext) {
        let t = context.text
        w.raw("<div class=\"evidence files\">")
        w.fileLink(evidence.path, context, visible: HTMLInnovationSection.displayName(evidence.path, under: innovation.path))
        var facts = [t(.score).lowercased() + " " + HTMLContext.number(evidence.score)]
        if let year = evidence.year { facts.insert(String(year), at: 0) }
        w.raw(" <span class=\"muted\">")
        w.text("(" + facts.joined(separator: ", ") + ")")
        w.raw("</span>")
        if !evidence.reasons.isEmpty || !evidence.problems.isEmpty {
            w.raw("<ul class=\"plain reasons\">")
            for reason in evidence.reasons { w.element("li", [:], reason) }
            for problem in evidence.problems { HTMLInnovationSection.problemItem(&w, problem) }
            w.raw("</ul>")
        }
        w.raw("</div>")
    }
}
