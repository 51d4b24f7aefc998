/// Decides, for one innovation and each document type, whether the document is there:
/// `present` (a usable file dated in the type's window or undated, not disqualified by a check),
/// `stale` (usable files exist but all are dated outside the window), `weak` (only a weaker type
/// that names this one in `weakEvidenceFor`), `unreadable` (the only candidates could not be read),
/// `missing`.
public struct DocumentStatusEvaluator: Sendable {
    public let rules: RuleSet
    public let assessmentYear: Int
    public let language: Language
    private let words: Words

    public init(rules: RuleSet, assessmentYear: Int, language: Language) {
        self.rules = rules
        self.assessmentYear = assessmentYear
        self.language = language
        words = Words(language, .core)
    }

    /// The status and evidence of `type` among `files`.
    public func evaluate(_ type: DocumentType, in files: [AuditedFile]) -> DocumentReport {
        let readable = files.filter { !$0.isUnreadable && $0.match(type.id) != nil }
        let qualified = readable.filter { !$0.isDisqualified(for: type.id) }
        let unreadable = files.filter { $0.isUnreadable && ($0.match(type.id) != nil || $0.isNamed(type.id)) }
        let current = qualified.filter { inWindow($0.match(type.id)?.date, type.window) }
        let weaker = rules.documentTypes.filter { $0.weakEvidenceFor == type.id }
        let weakFiles = weaker.flatMap { weak in
            files.filter { file in
                !file.isUnreadable && !file.isDisqualified(for: weak.id)
                    && file.match(weak.id).map { inWindow($0.date, weak.window) } == true
            }.map { (weak, $0) }
        }
        let status: DocumentStatus =
            !current.isEmpty ? .present
            : !qualified.isEmpty ? .stale
            : !weakFiles.isEmpty ? .weak
            : !unreadable.isEmpty ? .unreadable
            : .missing
        var evidence = readable.sorted(by: Self.best(type.id)).map { entry($0, type: type) }
        evidence += weakFiles.map { entry($1, type: $0) }
        evidence += unreadable.map { entry($0, type: type) }
        return DocumentReport(status: status, evidence: evidence)
    }

    /// True when `date` lies in `window` for the assessment year; undated documents count.
    func inWindow(_ date: DocumentDate?, _ window: YearWindow?) -> Bool {
        guard let window, let date else { return true }
        return window.contains(date.year, assessmentYear: assessmentYear)
    }

    /// Highest score first, then path.
    static func best(_ type: String) -> (AuditedFile, AuditedFile) -> Bool {
        { a, b in
            let sa = a.match(type)?.score ?? 0, sb = b.match(type)?.score ?? 0
            return sa != sb ? sa > sb : a.facts.path < b.facts.path
        }
    }

    /// One evidence entry: score, year, the signals behind it, and every problem it carries.
    func entry(_ file: AuditedFile, type: DocumentType) -> EvidenceEntry {
        let match = file.match(type.id) ?? file.classification.nearMisses.first { $0.type == type.id }
        var problems = file.facts.problems.map(AuditProblem.init)
        if let found = file.match(type.id), found.score < found.threshold {
            problems.append(AuditProblem(.recognisedByName, words.recognisedByName(file.facts.path.name)))
        }
        problems += file.checkProblems(for: type.id)
        if let window = type.window, file.match(type.id) != nil, !file.isUnreadable {
            if let date = match?.date {
                if !window.contains(date.year, assessmentYear: assessmentYear) {
                    problems.append(AuditProblem(.stale, words.staleFile(
                        file.facts.path.name, date.year, window, assessmentYear)))
                }
            } else {
                problems.append(AuditProblem(.dateNotFound, words.dateNotFound(file.facts.path.name)))
            }
        }
        return EvidenceEntry(
            path: file.facts.path.display, score: match.map { file.match(type.id) != nil ? $0.score : 0 } ?? 0,
            year: match?.date?.year, reasons: (match?.signals ?? []).map(Self.reason), problems: problems)
    }

    /// `text: KEPUTUSAN BUPATI at 0 (+4)`.
    static func reason(_ hit: SignalHit) -> String {
        let weight = hit.weight == hit.weight.rounded() ? String(Int(hit.weight)) : String(hit.weight)
        let sign = hit.weight >= 0 ? "+" : ""
        return "\(hit.on.rawValue): \(hit.matched)" + (hit.offset.map { " at \($0)" } ?? "") + " (\(sign)\(weight))"
    }
}
