import Foundation
import BuktiCore
import BuktiReports

/// `bukti rules show`: a rule set as plain-text tables a coordinator can read.
struct RuleSetRenderer {
    let rules: CompiledRuleSet
    let language: Language
    private var t: Words { Words.cli(language) }

    func render() -> String {
        let set = rules.rules
        var out = "\(clean(set.name)) (\(clean(rules.source)))\n"
        out += t.format("rules.schema", set.schema, set.assessmentYear, set.layout.depth) + "\n"
        out += t.format("rules.limits", TerminalText.size(Int64(set.limits.warnBytes), t),
                        TerminalText.size(Int64(set.limits.maxBytes), t)) + "\n"
        if !set.layout.ignore.isEmpty { out += t.format("rules.ignored", set.layout.ignore.map(clean).joined(separator: ", ")) + "\n" }
        out += "\n\(t["rules.types"])\n"
        let typeRows = rules.documentTypes.map { compiled -> [String] in
            let type = compiled.type
            return [
                type.id, type.label.text(language), type.kinds.map(\.rawValue).joined(separator: ", "),
                type.critical ? t["rules.yes"] : t["rules.no"], TerminalText.number(type.threshold), "\(type.signals.count)",
                type.window?.description ?? t["rules.any"], type.weakEvidenceFor.map { t.format("rules.weakFor", $0) } ?? "",
            ]
        }
        let header = ["id", "label", "kinds", "critical", "threshold", "signals", "window"].map { t[MessageKey("rules.col." + $0)] }
        out += table(header + [""], typeRows)
        out += "\n\(t["rules.indicators"])\n"
        for indicator in set.indicators {
            let head = [
                "\(indicator.number).", indicator.id, indicator.name.text(language), t.format("rules.weight", TerminalText.number(indicator.weight)),
                indicator.mandatory ? t["rules.mandatory"] : "",
            ].filter { !$0.isEmpty }.map(clean).joined(separator: "  ")
            out += head + "\n"
            for level in indicator.levels.sorted(by: { $0.level < $1.level }) {
                out += "    " + t.format("rules.level", level.level, clean(level.label.text(language)), requirements(level.requires))
                if let verify = level.verify { out += t.format("rules.verify", clean(verify.text(language))) }
                out += "\n"
            }
        }
        return out
    }

    /// "sk or perbup, 2 documents, dated T-2..T-0, covering 3 distinct years; and sop".
    private func requirements(_ requirements: [Requirement]) -> String {
        guard !requirements.isEmpty else { return t["rules.nothing"] }
        return requirements.map { requirement in
            var words = [requirement.types.joined(separator: t["rules.or"])]
            if let count = requirement.count, count > 1 { words.append(t.format("rules.documents", count)) }
            if let window = requirement.window { words.append(t.format("rules.dated", window)) }
            if let years = requirement.distinctYears { words.append(t.format("rules.years", years)) }
            return words.joined(separator: ", ")
        }.map(clean).joined(separator: t["rules.and"])
    }

    /// Left-aligned columns separated by two spaces, widths by character count.
    private func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows.map { $0.map(clean) }
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    private func clean(_ text: String) -> String { TerminalText.sanitized(text) }
}
