import BuktiCore
import BuktiReports

/// The text `bukti explain` prints for one file: its kind, each matched type with score, date and
/// signals, the near misses, and the file's problems.
struct ExplainRenderer {
    let rules: RuleSet
    let language: Language

    /// The fixed phrases come from the CLI catalogue (labels and reasons come from the rule file).
    private func phrase(_ key: String) -> String { Words.cli(language)[MessageKey("explain." + key)] }

    func render(_ facts: FileFacts, _ classification: FileClassification) -> String {
        var lines = [TerminalText.sanitized(facts.path.display), "  \(phrase("kind")): \(facts.kind.rawValue)"]
        for problem in facts.problems {
            lines.append("  \(phrase("problem")): \(problem.code.rawValue): \(TerminalText.sanitized(problem.message))")
        }
        for match in classification.matches { lines += describe(match, heading: phrase("match")) }
        for miss in classification.nearMisses { lines += describe(miss, heading: phrase("near")) }
        if classification.matches.isEmpty { lines.append("  " + phrase("none")) }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func describe(_ match: TypeMatch, heading: String) -> [String] {
        let type = rules.documentTypes.first { $0.id == match.type }
        let label = type.map { "\($0.label.text(language)) (\(match.type))" } ?? match.type
        var line = "  \(heading): \(label)  \(phrase("score")) \(TerminalText.number(match.score)) / \(TerminalText.number(match.threshold))"
        if heading == phrase("match") {
            if let date = match.date {
                line += "  \(phrase("date")) \(date.date ?? String(date.year)) (\(date.source.rawValue): \"\(TerminalText.sanitized(date.evidence))\")"
            } else {
                line += "  " + phrase("noDate")
            }
        }
        return [line] + match.signals.map { "    " + describe($0, in: type) }
    }

    /// `+4  text "KEPUTUSAN BUPATI CONTOH" at 112  (heading near the top)`.
    private func describe(_ hit: SignalHit, in type: DocumentType?) -> String {
        let weight = (hit.weight >= 0 ? "+" : "") + TerminalText.number(hit.weight)
        var line = "\(weight)  \(hit.on.rawValue) "
        line += hit.on == .fact ? hit.matched : "\"\(TerminalText.sanitized(hit.matched))\""
        if let offset = hit.offset { line += " \(phrase("at")) \(offset)" }
        if let why = type.flatMap({ Self.signal(for: hit, in: $0) })?.why {
            line += "  (\(why.text(language)))"
        }
        return line
    }

    /// The rule-file signal a hit came from (same target, pattern and weight).
    private static func signal(for hit: SignalHit, in type: DocumentType) -> Signal? {
        type.signals.first { signal in
            let pattern: String? = switch hit.on {
            case .name: signal.name
            case .folder: signal.folder
            case .metadata: signal.metadata
            case .text: signal.text
            case .fact: signal.fact?.rawValue
            }
            return pattern == hit.pattern && signal.weight == hit.weight
        }
    }
}
