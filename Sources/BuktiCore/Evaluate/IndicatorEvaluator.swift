/// Estimates the level one innovation's documents support for an indicator: the highest level whose
/// requirements are all met. Levels with `verify` need a human to confirm a number inside the
/// document; they are reported as `toVerifyLevel` and do not count in the score.
public struct IndicatorEvaluator: Sendable {
    public let rules: RuleSet
    public let assessmentYear: Int
    public let language: Language
    private let words: Words
    private let types: [String: DocumentType]

    public init(rules: RuleSet, assessmentYear: Int, language: Language) {
        self.rules = rules
        self.assessmentYear = assessmentYear
        self.language = language
        words = Words(language, .core)
        types = Dictionary(rules.documentTypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether a requirement holds, and the files that made it hold.
    struct RequirementResult {
        var met: Bool
        var used: [AuditedFile]
        /// Files used without a date although the requirement has a window.
        var undated: [AuditedFile]
    }

    public func evaluate(_ indicator: Indicator, files: [AuditedFile]) -> IndicatorReport {
        let levels = indicator.levels.sorted { $0.level < $1.level }
        var level = 0, toVerify: Int?
        var used: [AuditedFile] = [], undated: [AuditedFile] = []
        for candidate in levels {
            let results = candidate.requires.map { check($0, files: files) }
            guard results.allSatisfy(\.met) else { continue }
            if candidate.verify == nil {
                level = max(level, candidate.level)
            } else {
                toVerify = max(toVerify ?? 0, candidate.level)
            }
            used += results.flatMap(\.used)
            undated += results.flatMap(\.undated)
        }
        if let pending = toVerify, pending <= level { toVerify = nil }
        let typeIds = Set(levels.flatMap { $0.requires.flatMap(\.types) })
        let evidenceFiles = files.filter { file in typeIds.contains { usable(file, $0) } }
            .sorted { $0.facts.path < $1.facts.path }
        let maxLevel = levels.map(\.level).max() ?? 0
        let status: IndicatorStatus =
            toVerify != nil ? .toVerify : level == 0 ? .missing : level >= maxLevel ? .met : .partial
        var problems: [AuditProblem] = []
        if level == 0 && toVerify == nil, let first = levels.first {
            let labels = first.requires.map { $0.types.compactMap { types[$0]?.label.text(language) }.joined(separator: " / ") }
            problems.append(AuditProblem(.missingEvidence, words.missingEvidence(first.level, labels)))
        }
        problems += staleProblems(typeIds: typeIds, levels: levels, files: files)
        problems += SizeAndKindChecks(limits: indicator.limits ?? rules.limits, uploadKinds: indicator.uploadKinds, language: language)
            .problems(evidenceFiles)
        // Checks are reported on every readable file of these types, also on those they disqualified.
        for file in files where !file.isUnreadable {
            for type in typeIds.sorted() {
                guard let match = file.match(type) else { continue }
                if match.score < match.threshold {
                    problems.append(AuditProblem(.recognisedByName, words.recognisedByName(file.facts.path.name)))
                }
                problems += file.checkProblems(for: type)
            }
        }
        for file in Self.distinct(undated) {
            problems.append(AuditProblem(.dateNotFound, words.dateNotFound(file.facts.path.name)))
        }
        for file in files where file.isUnreadable && typeIds.contains(where: { file.match($0) != nil || file.isNamed($0) }) {
            for problem in file.facts.problems where problem.code.severity.excludesEvidence {
                problems.append(AuditProblem(.unreadableEvidence, "\(file.facts.path.name): \(problem.message)"))
            }
        }
        let usedPaths = Set(used.map(\.facts.path))
        let evidence = (evidenceFiles.filter { usedPaths.contains($0.facts.path) }
            + evidenceFiles.filter { !usedPaths.contains($0.facts.path) }).map(\.facts.path.display)
        return IndicatorReport(
            id: indicator.id, number: indicator.number, name: indicator.name.text(language), level: level,
            score: indicator.weight * Double(level), maxScore: indicator.weight * Double(maxLevel), status: status,
            toVerifyLevel: toVerify, evidence: evidence, problems: Self.unique(problems))
    }

    /// True when `file` can serve as a document of `type`: readable, classified as it, not disqualified.
    func usable(_ file: AuditedFile, _ type: String) -> Bool {
        !file.isUnreadable && file.match(type) != nil && !file.isDisqualified(for: type)
    }

    /// Checks one requirement; identical copies of a file count once.
    func check(_ requirement: Requirement, files: [AuditedFile]) -> RequirementResult {
        let needed = requirement.count ?? 1
        var dated: [(AuditedFile, Int)] = [], undated: [AuditedFile] = []
        for file in files {
            for typeId in requirement.types where usable(file, typeId) {
                let window = requirement.window ?? types[typeId]?.window
                let year = file.match(typeId)?.date?.year
                if let year {
                    if window.map({ $0.contains(year, assessmentYear: assessmentYear) }) ?? true { dated.append((file, year)) }
                } else if requirement.distinctYears == nil {
                    undated.append(file)
                }
                break
            }
        }
        let documents = Self.distinct(dated.map(\.0) + undated)
        if let years = requirement.distinctYears {
            let covered = Set(dated.map(\.1)).count
            let met = covered >= years && Self.distinct(dated.map(\.0)).count >= needed
            return RequirementResult(met: met, used: met ? dated.map(\.0) : [], undated: [])
        }
        let met = documents.count >= needed
        let windowed = requirement.types.contains { (requirement.window ?? types[$0]?.window) != nil }
        return RequirementResult(met: met, used: met ? documents : [], undated: met && windowed ? undated : [])
    }

    /// Types with usable documents that are all dated outside their window.
    func staleProblems(typeIds: Set<String>, levels: [IndicatorLevel], files: [AuditedFile]) -> [AuditProblem] {
        var problems: [AuditProblem] = []
        for typeId in typeIds.sorted() {
            guard let type = types[typeId] else { continue }
            let windows = levels.flatMap(\.requires).filter { $0.types.contains(typeId) }.map { $0.window ?? type.window }
            guard let window = windows.compactMap({ $0 }).first else { continue }
            let years = files.filter { usable($0, typeId) }.map { $0.match(typeId)?.date?.year }
            guard !years.isEmpty, years.allSatisfy({ $0.map { !window.contains($0, assessmentYear: assessmentYear) } ?? false })
            else { continue }
            problems.append(AuditProblem(.stale, words.staleType(
                type.label.text(language), years.compactMap { $0 }, window, assessmentYear)))
        }
        return problems
    }

    /// Files with distinct content, first of each kept.
    static func distinct(_ files: [AuditedFile]) -> [AuditedFile] {
        var seen: Set<String> = []
        return files.filter { seen.insert($0.contentKey).inserted }
    }

    /// Problems without repeats, in first-seen order.
    static func unique(_ problems: [AuditProblem]) -> [AuditProblem] {
        var seen: Set<AuditProblem> = []
        return problems.filter { seen.insert($0).inserted }
    }
}
