import BuktiCore

/// The "since the last run" section of the text report, and the text of `bukti diff`: files added,
/// removed and changed; documents newly missing or present; score changes per innovation.
public struct SinceLastRunRenderer: Sendable {
    public let language: Language
    /// Document type and indicator labels, when the rules are at hand (ids otherwise).
    public var labels: [String: String]

    public init(language: Language, labels: [String: String] = [:]) {
        self.language = language
        self.labels = labels
    }

    /// The section's words (`lastRun.*`) in `language`.
    private var words: Words { Words(language, .reports) }

    /// The whole section, with a heading; `nil` diff says there was nothing to compare with.
    public func render(_ diff: AuditDiff?, heading: Bool = true) -> String {
        let words = words
        var out = heading ? "\n" + words["lastRun.heading"] : ""
        guard let diff else {
            return out + "\n  " + words["lastRun.noEarlier"] + "\n"
        }
        if heading { out += " (\(diff.from.id), \(diff.from.time))\n" } else {
            out += "\(diff.from.id) (\(diff.from.time)) → \(diff.to.id) (\(diff.to.time))\n"
        }
        if diff.isEmpty { return out + "  " + words["lastRun.nothingChanged"] + "\n" }
        func list(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            out += "  \(title) (\(items.count)):\n"
            for item in items.prefix(50) { out += "    " + TerminalText.sanitized(item) + "\n" }
            if items.count > 50 { out += "    … \(items.count - 50)\n" }
        }
        let newlyMissing = diff.documents.filter { $0.change == .newlyMissing }
        let newlyPresent = diff.documents.filter { $0.change == .newlyPresent }
        let otherChanges = diff.documents.filter { $0.change == .changed }
        list(words["lastRun.newlyMissing"], newlyMissing.map(document))
        list(words["lastRun.newlyPresent"], newlyPresent.map(document))
        list(words["lastRun.otherChanges"], otherChanges.map(document))
        list(words["lastRun.scores"], diff.scores.map(score))
        list(words["lastRun.innovationsAdded"], diff.innovationsAdded)
        list(words["lastRun.innovationsRemoved"], diff.innovationsRemoved)
        list(words["lastRun.filesAdded"], diff.filesAdded)
        list(words["lastRun.filesRemoved"], diff.filesRemoved)
        list(words["lastRun.filesChanged"], diff.filesChanged.map { "\($0.path) (\($0.changed.joined(separator: ", ")))" })
        return out
    }

    /// `SIPANDU: SK (Surat Keputusan) present → missing (critical)`.
    func document(_ change: DocumentChange) -> String {
        let label = labels[change.type] ?? change.type
        let from = change.from?.rawValue ?? words["lastRun.newInnovation"]
        return "\(change.innovation): \(label) \(from) → \(change.to.rawValue)" + (change.critical ? words["lastRun.critical"] : "")
    }

    /// `SIPANDU: 12 → 9 ([1] 2 → 1)`.
    func score(_ change: ScoreChange) -> String {
        let levels = change.indicators.map { "\(labels["indicator:" + $0.indicator] ?? $0.indicator) \($0.from) → \($0.to)" }
        return "\(change.innovation): \(TerminalText.number(change.from)) → \(TerminalText.number(change.to))"
            + (levels.isEmpty ? "" : " (" + levels.joined(separator: "; ") + ")")
    }

    /// Labels from the rules in `language`.
    public static func labels(_ rules: RuleSet, language: Language) -> [String: String] {
        var labels: [String: String] = [:]
        for type in rules.documentTypes { labels[type.id] = type.label.text(language) }
        for indicator in rules.indicators { labels["indicator:" + indicator.id] = "[\(indicator.number)]" }
        return labels
    }
}
