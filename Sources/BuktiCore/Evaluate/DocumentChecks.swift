import Foundation

/// Runs a document type's checks (`textMustMatch`, `namesInnovation`, `maxDurationSeconds`) on one
/// classified file. A check that needs text on a file without any (a scan) cannot be run: that is
/// said, never taken as a pass or a failure.
public struct DocumentChecks: Sendable {
    public let language: Language
    private let words: Words
    private let patterns: [String: NSRegularExpression]

    /// Compiles every `textMustMatch` once; a pattern that does not compile is left out (the rule
    /// loader reports it before any audit runs).
    public init(rules: RuleSet, language: Language) {
        self.language = language
        words = Words(language, .core)
        var patterns: [String: NSRegularExpression] = [:]
        for type in rules.documentTypes {
            for check in type.checks {
                if let source = check.textMustMatch {
                    patterns[source] = try? NSRegularExpression(pattern: source, options: [.caseInsensitive])
                }
            }
        }
        self.patterns = patterns
    }

    /// What one check found.
    public enum Outcome: Equatable, Sendable {
        case passed
        /// The check failed; `disqualifies` says whether the file still counts as evidence.
        case failed(AuditProblem, disqualifies: Bool)
        /// The check could not run (no text, no duration).
        case cannotCheck(AuditProblem)
    }

    /// Every check of `type` on `facts`; passes are left out.
    public func run(_ type: DocumentType, on facts: FileFacts, names: InnovationNames) -> [Outcome] {
        type.checks.map { run($0, type: type, on: facts, names: names) }.filter { $0 != .passed }
    }

    func run(_ check: DocumentCheck, type: DocumentType, on facts: FileFacts, names: InnovationNames) -> Outcome {
        let failure = Outcome.failed(
            AuditProblem(check: check.id, "\(facts.path.name): \(check.message.text(language))"), disqualifies: check.disqualifies)
        if let limit = check.maxDurationSeconds {
            guard let duration = facts.duration else {
                return .cannotCheck(AuditProblem(.cannotCheck, words.noDuration(facts.path.name, check.id)))
            }
            if duration > limit { return failure }
        }
        // Without a name of three letters or more there is nothing to look for.
        let namesToFind = check.namesInnovation == true && !names.variants.isEmpty
        guard check.textMustMatch != nil || namesToFind else { return .passed }
        guard let text = facts.text, text.contains(where: { $0.isLetter }) else {
            let message = facts.scanned == true
                ? words.scanWithoutText(facts.path.name, check.id)
                : words.noText(facts.path.name, check.id)
            return .cannotCheck(AuditProblem(.cannotCheck, message))
        }
        if let source = check.textMustMatch, let regex = patterns[source] {
            let range = NSRange(text.startIndex..., in: text)
            if regex.firstMatch(in: text, options: [], range: range) == nil { return failure }
        }
        if namesToFind, !names.isNamed(in: text) { return failure }
        return .passed
    }
}
