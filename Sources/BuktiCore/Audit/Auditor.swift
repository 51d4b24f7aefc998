import Foundation

/// `bukti audit`: places every walked file in its innovation folder, classifies it, runs the
/// document checks, and turns the tree into an `AuditReport` — document statuses, indicator levels,
/// estimated scores, manifest gaps, shared documents and waived gaps. The report leaves here final.
/// Library code: it never prints.
public struct Auditor: Sendable {
    /// Classifies one file; `folders` is the path between the innovation folder and the file
    /// (`Classifier.classify(_:folders:)`).
    public typealias Classify = @Sendable (FileFacts, String) -> FileClassification

    public let rules: RuleSet
    public let assessmentYear: Int
    /// The language of messages and labels in the report.
    public let language: Language
    public let layout: InnovationLayout
    public let manifest: Manifest?
    public let classify: Classify
    /// Hashes files of equal size to find shared documents; nil skips that step.
    public let hasher: (any ContentHasher)?
    /// Gaps a waivers file accepts, applied last (`WaiverApplication`); nil when none was given.
    public let waivers: WaiversOnDay?
    private let checks: DocumentChecks
    private let types: [String: DocumentType]
    /// Each innovation folder's names, worked out once (every file of the folder asks for them).
    private let namesMemo = NamesMemo()

    public init(rules: RuleSet, assessmentYear: Int? = nil, language: Language = .id, layout: InnovationLayout,
                manifest: Manifest? = nil, classify: @escaping Classify, hasher: (any ContentHasher)? = nil,
                waivers: WaiversOnDay? = nil) {
        self.rules = rules
        self.assessmentYear = assessmentYear ?? rules.assessmentYear
        self.language = language
        self.layout = layout
        self.manifest = manifest
        self.classify = classify
        self.hasher = hasher
        self.waivers = waivers
        checks = DocumentChecks(rules: rules, language: language)
        types = Dictionary(rules.documentTypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A walked file, placed: the innovation folder it belongs to (nil = unassigned).
    public struct PlacedFile: Sendable, Equatable {
        public var folder: FilePath?
        public var file: AuditedFile
    }

    /// Walks the root with `inspector` and audits everything under it; files are read and classified
    /// on `inspector.options.jobs` threads, and placed in walk order, so the report does not depend
    /// on the number of jobs.
    public func run(inspector: Inspector, rulesUsed: RulesUsed, tool: String) -> AuditReport {
        var placed: [PlacedFile] = []
        inspector.run([layout.root], transform: { facts in self.prepare(facts) }) { file in
            if let file { placed.append(file) }
        }
        return report(placed, folders: layout.innovationFolders(fileSystem: inspector.walker.fileSystem),
                      rulesUsed: rulesUsed, tool: tool)
    }

    /// Places, classifies and checks one file, then drops its text (the checks have read it); nil for
    /// ignored files and operating-system litter.
    public func prepare(_ facts: FileFacts) -> PlacedFile? {
        if facts.has(.systemFile) { return nil }
        var slim = facts
        slim.text = nil
        switch layout.place(facts.path) {
        case .ignored: return nil
        case .unassigned: return PlacedFile(folder: nil, file: AuditedFile(facts: slim, classification: FileClassification()))
        case .innovation(let folder, let inner):
            let classification = Self.promotingNamedScans(classify(facts, inner), facts: facts)
            let names = names(of: folder)
            var outcomes: [String: [DocumentChecks.Outcome]] = [:]
            for match in classification.matches {
                guard let type = types[match.type] else { continue }
                let found = checks.run(type, on: facts, names: names)
                if !found.isEmpty { outcomes[type.id] = found }
            }
            return PlacedFile(folder: folder, file: AuditedFile(facts: slim, classification: classification, checks: outcomes))
        }
    }

    /// A scan without text cannot reach a threshold from its content, yet scanned SKs are what most
    /// offices upload: a type its file or folder name points at counts for it (a problem says it was
    /// recognised by name only and that its content cannot be checked).
    static func promotingNamedScans(_ classification: FileClassification, facts: FileFacts) -> FileClassification {
        guard facts.scanned == true, !(facts.text ?? "").contains(where: \.isLetter) else { return classification }
        var result = classification
        let named = classification.nearMisses.filter { match in
            match.signals.contains(where: \.pointsByName)
        }
        result.matches += named
        result.nearMisses.removeAll { match in named.contains { $0.type == match.type } }
        return result
    }

    /// The names the innovation in `folder` may be called by: its folder name and its manifest name.
    public func names(of folder: FilePath) -> InnovationNames {
        namesMemo.names(of: folder) {
            InnovationNames([folder.name] + (manifestEntry(for: folder).map { [$0.name] } ?? []))
        }
    }

    func relative(_ folder: FilePath) -> String {
        layout.components(of: folder).map { FilePath.displayString($0) }.joined(separator: "/")
    }

    func manifestEntry(for folder: FilePath) -> Manifest.Entry? {
        manifest?.entry(folderName: folder.name, relativePath: relative(folder))
    }

    /// Builds the report from placed files; `folders` adds innovation folders that hold no file.
    public func report(_ placedFiles: [PlacedFile], folders: [FilePath] = [], rulesUsed: RulesUsed, tool: String) -> AuditReport {
        var files = placedFiles.map(\.file)
        let shared = hasher.map { SharedDocuments(hasher: $0).find(in: &files) } ?? []
        var byFolder: [FilePath: [AuditedFile]] = [:]
        var unassigned: [String] = []
        for (index, placed) in placedFiles.enumerated() {
            if let folder = placed.folder { byFolder[folder, default: []].append(files[index]) } else {
                unassigned.append(placed.file.facts.path.display)
            }
        }
        for folder in folders where byFolder[folder] == nil { byFolder[folder] = [] }
        let innovations = byFolder.keys.sorted().map { innovation($0, files: byFolder[$0] ?? []) }
        let critical = rules.documentTypes.filter(\.critical)
        let summary = AuditSummary(
            innovations: innovations.count, complete: innovations.filter(\.complete).count,
            incomplete: innovations.filter { !$0.complete }.count, files: files.count,
            filesWithProblems: files.filter { !$0.facts.problems.isEmpty }.count,
            missingCritical: KeyedList(critical.map { type in (type.id, innovations.filter { $0.missing.contains(type.id) }.count) }))
        var manifestReport: ManifestReport?
        if let manifest {
            let matched = byFolder.keys.compactMap { manifestEntry(for: $0)?.row }
            manifestReport = ManifestReport(
                withoutFolder: manifest.entries.filter { !matched.contains($0.row) }.map(\.name),
                foldersNotInManifest: byFolder.keys.sorted().filter { manifestEntry(for: $0) == nil }.map(relative))
        }
        var report = AuditReport(
            tool: tool, rules: rulesUsed, assessmentYear: assessmentYear, root: layout.root.display, summary: summary,
            innovations: innovations, unassigned: unassigned.sorted(), manifest: manifestReport, shared: shared)
        if let waivers {
            WaiverApplication(rules: rules, language: language, today: waivers.day).apply(waivers.file, to: &report)
        }
        return report
    }

    /// One innovation folder's report.
    func innovation(_ folder: FilePath, files: [AuditedFile]) -> InnovationReport {
        let statusEvaluator = DocumentStatusEvaluator(rules: rules, assessmentYear: assessmentYear, language: language)
        let indicatorEvaluator = IndicatorEvaluator(rules: rules, assessmentYear: assessmentYear, language: language)
        let documents = rules.documentTypes.map { ($0.id, statusEvaluator.evaluate($0, in: files)) }
        let indicators = rules.indicators.map { indicatorEvaluator.evaluate($0, files: files) }
        var missing: [String] = []
        var staleCritical = false
        var problems: [AuditProblem] = []
        let words = Words(language, .core)
        for (type, (_, document)) in zip(rules.documentTypes, documents) {
            let label = type.label.text(language)
            switch document.status {
            case .missing:
                if type.critical { missing.append(type.id) }
                if type.critical { problems.append(AuditProblem(.missingDocument, words.missingDocument(label))) }
            case .unreadable:
                if type.critical { missing.append(type.id) }
                problems.append(AuditProblem(.unreadableDocument, words.unreadableDocument(label, document.evidence)))
            case .stale:
                if type.critical { staleCritical = true }
                problems.append(AuditProblem(.staleDocument, words.staleDocument(label, type.window, assessmentYear)))
            case .weak:
                problems.append(AuditProblem(.weakDocument, words.weakDocument(label)))
            case .present, .waived:  // waived: set by the waivers, applied once every innovation is built
                break
            }
        }
        let entry = manifestEntry(for: folder)
        if manifest != nil, entry == nil {
            problems.append(AuditProblem(.notInManifest, words.folderNotInManifest()))
        }
        let withLevel = indicators.filter { $0.level >= 1 }.count
        let fileEntries = files.sorted { $0.facts.path < $1.facts.path }.map { file in
            FileEntry(path: file.facts.path.display, kind: file.facts.kind, sha256: file.facts.sha256, types: file.classification.matches.map(\.type),
                      problems: IndicatorEvaluator.unique(file.facts.problems.map(AuditProblem.init)
                          + file.classification.matches.flatMap { file.checkProblems(for: $0.type) }))
        }
        return InnovationReport(
            name: folder.name, path: folder.display, opd: entry?.opd, tahapan: entry?.tahapan, complete: missing.isEmpty && !staleCritical,
            completeness: indicators.isEmpty ? 0 : Double(withLevel) / Double(indicators.count),
            score: indicators.reduce(0) { $0 + $1.score }, maxScore: indicators.reduce(0) { $0 + $1.maxScore },
            missing: missing,
            mandatoryWithoutEvidence: zip(rules.indicators, indicators)
                .filter { $0.mandatory && $1.status == .missing }.map { $0.0.id },
            documents: KeyedList(documents), indicators: indicators, files: fileEntries, problems: problems)
    }
}

/// Innovation names per folder, shared by the worker threads of one audit.
final class NamesMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [FilePath: InnovationNames] = [:]

    /// The remembered names of `folder`, or `make()`'s, remembered.
    func names(of folder: FilePath, make: () -> InnovationNames) -> InnovationNames {
        if let known = lock.withLock({ names[folder] }) { return known }
        let made = make()
        lock.withLock { names[folder] = made }
        return made
    }
}
