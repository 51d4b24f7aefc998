/// One walked file as the audit keeps it: its facts (text dropped once the checks have read it),
/// its classification, and what the document checks found for each type it matched.
public struct AuditedFile: Sendable, Equatable {
    public var facts: FileFacts
    public var classification: FileClassification
    /// Check outcomes (failures and checks that could not run) per matched type id.
    public var checks: [String: [DocumentChecks.Outcome]]

    public init(facts: FileFacts, classification: FileClassification, checks: [String: [DocumentChecks.Outcome]] = [:]) {
        self.facts = facts
        self.classification = classification
        self.checks = checks
    }

    /// True when a problem means the content could not be trusted or read (`ProblemSeverity.excludesEvidence`):
    /// such a file is never evidence, only a reason to say `unreadable` instead of `missing`.
    public var isUnreadable: Bool { facts.problems.contains { $0.code.severity.excludesEvidence } }

    /// The match for `type`, when the file reached its threshold.
    public func match(_ type: String) -> TypeMatch? { classification.matches.first { $0.type == type } }

    /// True when the file's name or folders point at `type` even though it stayed below the threshold
    /// (a corrupt `SK Tim.pdf` still tells us the SK was meant to be there).
    public func isNamed(_ type: String) -> Bool {
        (classification.matches + classification.nearMisses).contains { match in
            match.type == type && match.signals.contains(where: \.pointsByName)
        }
    }

    /// True when a failed check of `type` takes the file out of the evidence.
    public func isDisqualified(for type: String) -> Bool {
        (checks[type] ?? []).contains { if case .failed(_, true) = $0 { return true } else { return false } }
    }

    /// The problems the checks of `type` found.
    public func checkProblems(for type: String) -> [AuditProblem] {
        (checks[type] ?? []).compactMap {
            switch $0 {
            case .passed: nil
            case .failed(let problem, _), .cannotCheck(let problem): problem
            }
        }
    }

    /// A key equal for files with the same content (SHA-256 when known), else the path.
    public var contentKey: String { facts.sha256 ?? "path:" + facts.path.display }
}
