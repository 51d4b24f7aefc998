import BuktiCore

/// One thing to do for an innovation, with the score it is estimated to earn: "Unggah Keputusan
/// Bupati (2022–2024): +3 pada Regulasi (level 1 → 2)".
public struct TodoAction: Sendable, Equatable {
    public var indicatorId: String
    public var indicatorNumber: Int
    /// The indicator's name in the report language (from the rule file).
    public var indicatorName: String
    public var fromLevel: Int
    public var toLevel: Int
    /// weight × (toLevel − fromLevel): what the action adds to the estimated score.
    public var gain: Double
    /// The documents to upload; empty when only a check by hand is left.
    public var needs: [TodoNeed]
    /// What a person must check in the documents (a `verify` level), in the report language.
    public var check: String?
    /// True when a missing document is of a critical type (ranked first among equal gains).
    public var critical: Bool
    /// The whole action as one sentence in the report language.
    public var text: String
}

/// One missing requirement: any of `types`, `count` documents, dated in `years`.
public struct TodoNeed: Sendable, Equatable {
    public var types: [String]
    /// Labels of `types` in the report language (from the rule file).
    public var labels: [String]
    public var count: Int
    /// The years the documents must be dated in (absolute), nil when any year will do.
    public var years: ClosedRange<Int>?
    /// For requirements over several distinct years: the years in the window not yet covered.
    public var missingYears: [Int]
}

/// Computes the to-do list of an innovation from its audit and the rule levels. For each indicator
/// below its top level, the lowest higher level that documents can prove (no `verify`) gives the
/// documents to upload and the gain weight × (that level − current level); when only `verify`
/// levels remain, the action is the check a person must make. Sorted by gain, critical documents
/// first on ties, then by indicator number: the first line is what to fix first.
public struct TodoList: Sendable {
    public let rules: RuleSet
    public let assessmentYear: Int
    public let text: Words
    private let types: [String: DocumentType]

    public init(rules: RuleSet, assessmentYear: Int, language: Language) {
        self.rules = rules
        self.assessmentYear = assessmentYear
        self.text = Words(language, .reports)
        types = Dictionary(rules.documentTypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The actions for one innovation, most valuable first.
    public func actions(for innovation: InnovationReport) -> [TodoAction] {
        var actions: [TodoAction] = []
        for indicator in rules.indicators {
            let current = innovation.indicators.first { $0.id == indicator.id }?.level ?? 0
            if let action = action(indicator, current: current, innovation: innovation) { actions.append(action) }
        }
        return actions.enumerated().sorted { a, b in
            if a.element.gain != b.element.gain { return a.element.gain > b.element.gain }
            if a.element.critical != b.element.critical { return a.element.critical }
            if (a.element.check == nil) != (b.element.check == nil) { return a.element.check == nil }
            return a.offset < b.offset
        }.map(\.element)
    }

    func action(_ indicator: Indicator, current: Int, innovation: InnovationReport) -> TodoAction? {
        let higher = indicator.levels.filter { $0.level > current }.sorted { $0.level < $1.level }
        guard let target = higher.first(where: { $0.verify == nil }) ?? higher.first else { return nil }
        let needs = target.requires.filter { !isMet($0, innovation) }.map { need($0, innovation) }
        let check = target.verify.map { $0.text(text.language) }
        // A level without `verify` above the current one always lacks something; guard anyway.
        guard !needs.isEmpty || check != nil else { return nil }
        let gain = indicator.weight * Double(target.level - current)
        let name = indicator.name.text(text.language)
        let critical = needs.contains { $0.types.contains { types[$0]?.critical ?? false } }
        var parts: [String] = []
        if !needs.isEmpty { parts.append(text.format(.todoUpload, needs.map(describe).joined(separator: text[.todoAnd]))) }
        if let check { parts.append(text.format(needs.isEmpty ? .todoCheckOnly : .todoCheck, check)) }
        let sentence = text.format(.todoAction, parts.joined(separator: text[.todoThen]), text.number(gain), name,
                                   current, target.level)
        return TodoAction(
            indicatorId: indicator.id, indicatorNumber: indicator.number, indicatorName: name, fromLevel: current,
            toLevel: target.level, gain: gain, needs: needs, check: check, critical: critical, text: sentence)
    }

    /// Usable evidence of `requirement`'s types: present or stale documents (a weak status means the
    /// evidence is of the weaker type), distinct paths, with their years.
    func evidence(_ requirement: Requirement, _ innovation: InnovationReport) -> [(path: String, year: Int?, window: YearWindow?)] {
        var seen: Set<String> = []
        var out: [(String, Int?, YearWindow?)] = []
        for typeId in requirement.types {
            guard let document = innovation.documents[typeId], [.present, .stale].contains(document.status) else { continue }
            for entry in document.evidence where seen.insert(entry.path).inserted {
                out.append((entry.path, entry.year, requirement.window ?? types[typeId]?.window))
            }
        }
        return out
    }

    /// Whether the audit shows documents meeting `requirement` (the auditor's rule, on the report).
    func isMet(_ requirement: Requirement, _ innovation: InnovationReport) -> Bool {
        let needed = requirement.count ?? 1
        let found = evidence(requirement, innovation)
        if let distinct = requirement.distinctYears {
            let dated = found.filter { entry in entry.year.map { y in entry.window.map { $0.contains(y, assessmentYear: assessmentYear) } ?? true } ?? false }
            return Set(dated.compactMap(\.year)).count >= distinct && dated.count >= needed
        }
        let usable = found.filter { entry in entry.year.map { y in entry.window.map { $0.contains(y, assessmentYear: assessmentYear) } ?? true } ?? true }
        return usable.count >= needed
    }

    /// What is still needed for an unmet requirement; for distinct years, which years are uncovered.
    func need(_ requirement: Requirement, _ innovation: InnovationReport) -> TodoNeed {
        let window = requirement.window ?? requirement.types.lazy.compactMap { types[$0]?.window }.first
        let years = window.map { (assessmentYear + $0.from)...(assessmentYear + $0.to) }
        var missingYears: [Int] = []
        if requirement.distinctYears != nil, let years {
            let covered = Set(evidence(requirement, innovation).compactMap(\.year))
            missingYears = years.filter { !covered.contains($0) }
        }
        return TodoNeed(
            types: requirement.types,
            labels: requirement.types.map { types[$0]?.label.text(text.language) ?? $0 },
            count: requirement.count ?? 1, years: years, missingYears: missingYears)
    }

    /// `Keputusan Bupati atau SK Kepala PD (2022–2024)`, `2 × Daftar hadir`.
    func describe(_ need: TodoNeed) -> String {
        var out = need.labels.joined(separator: text[.todoOr])
        if need.count > 1 { out = "\(need.count) × " + out }
        if !need.missingYears.isEmpty {
            out += " " + text.format(.todoForYears, need.missingYears.map(String.init).joined(separator: ", "))
        } else if let years = need.years {
            out += " (" + (years.count == 1 ? String(years.lowerBound) : "\(years.lowerBound)–\(years.upperBound)") + ")"
        }
        return out
    }
}
