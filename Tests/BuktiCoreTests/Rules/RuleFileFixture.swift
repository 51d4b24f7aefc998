@testable import BuktiCore

/// A small valid rule file, and marked variants of it: `📍` shows where a diagnostic must land, so the
/// expected line and column come from the text itself, not from the loader's output.
enum RuleFileFixture {
    static let marker = "📍"

    static let valid = """
        {
          schema: 1,
          name: "T",
          assessmentYear: 2024,
          limits: { warnBytes: 10, maxBytes: 20 },
          layout: { depth: 1, ignore: [] },
          predicates: [],
          documentTypes: [
            { id: "sk", label: { id: "SK", en: "Decree" }, critical: true, kinds: ["pdf"], threshold: 4,
              signals: [ { text: "KEPUTUSAN", within: 300, weight: 4 }, { fact: "scanned", weight: 1 } ],
              dateSources: ["numberYear"], window: "T-1..T-0", checks: [] },
            { id: "rka", label: { id: "RKA", en: "Budget plan" }, critical: false, kinds: ["pdf", "xlsx"], threshold: 3,
              signals: [ { name: "RKA", weight: 3 } ], weakEvidenceFor: "sk", dateSources: [], checks: [] },
          ],
          indicators: [
            { id: "regulasi", number: 1, name: { id: "Regulasi", en: "Regulation" }, weight: 3, mandatory: true,
              uploadKinds: ["pdf"], levels: [ { level: 1, label: { id: "A", en: "A" }, requires: [ { types: ["sk"] } ] } ] },
          ],
        }
        """

    /// The valid file with `old` replaced by `new` (which carries a marker); `old` must occur exactly once.
    static func variant(_ old: String, _ new: String) -> String {
        precondition(valid.components(separatedBy: old).count == 2, "'\(old)' must occur once")
        return valid.replacingOccurrences(of: old, with: new)
    }

    /// The text without its marker and the marker's position (1-based, columns in Unicode scalars).
    static func unmark(_ text: String) -> (text: String, position: SourcePosition?) {
        guard let range = text.range(of: marker) else { return (text, nil) }
        let before = text[..<range.lowerBound]
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let position = SourcePosition(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
        return (text.replacingCharacters(in: range, with: ""), position)
    }

    /// Loads a marked text; returns the diagnostics (errors or warnings) and the marked position.
    static func diagnose(_ marked: String) -> (diagnostics: [RuleDiagnostic], loaded: Bool, marker: SourcePosition?) {
        let (text, position) = unmark(marked)
        do {
            let (_, warnings) = try RuleFileLoader.load(text: text, sourceName: "t.json5")
            return (warnings, true, position)
        } catch {
            return (error.diagnostics, false, position)
        }
    }
}
