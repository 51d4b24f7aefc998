import BuktiCore

/// What every part of the HTML report needs: the input, its words, links, and the rule labels.
struct HTMLContext {
    let input: ReportInput
    let text: Words
    let links: ReportLinks
    /// The to-do lists, shared with the Markdown report.
    let todo: TodoList
    private let typeLabels: [String: String]
    private let criticalTypes: Set<String>
    private let indicatorRules: [String: Indicator]

    init(_ input: ReportInput) {
        self.input = input
        text = Words(input.language, .reports)
        links = ReportLinks(
            auditRoot: input.audit.root, auditRootDirectory: input.auditRootDirectory,
            outputDirectory: input.outputDirectory)
        todo = TodoList(rules: input.rules, assessmentYear: input.audit.assessmentYear, language: input.language)
        var labels: [String: String] = [:]
        for type in input.rules.documentTypes where labels[type.id] == nil { labels[type.id] = type.label.text(input.language) }
        typeLabels = labels
        criticalTypes = Set(input.rules.documentTypes.filter(\.critical).map(\.id))
        var indicators: [String: Indicator] = [:]
        for indicator in input.rules.indicators where indicators[indicator.id] == nil { indicators[indicator.id] = indicator }
        indicatorRules = indicators
    }

    var audit: AuditReport { input.audit }
    var language: Language { input.language }

    /// The document type's label in the report's language, its id when the rules do not know it.
    func typeLabel(_ id: String) -> String { typeLabels[id] ?? id }

    /// The indicator's rule, nil when the rules do not know it.
    func indicator(_ id: String) -> Indicator? { indicatorRules[id] }

    /// The indicator's name in the report's language (the audit's name when the rules lack it).
    func indicatorName(_ id: String, fallback: String) -> String { indicatorRules[id]?.name.text(language) ?? fallback }

    /// The label of `level` of an indicator, nil for level 0 or an unknown level.
    func levelLabel(_ indicatorID: String, _ level: Int) -> String? {
        indicatorRules[indicatorID]?.levels.first { $0.level == level }?.label.text(language)
    }

    /// A keyed list's entries in rule-file order of document types, then unknown keys sorted: a
    /// decoded JSON object does not keep its key order, and the report must not change between runs.
    func inRuleOrder<Value>(_ list: KeyedList<Value>) -> [(key: String, value: Value)] {
        let order = Dictionary(input.rules.documentTypes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return list.entries.sorted { a, b in
            switch (order[a.key], order[b.key]) {
            case let (x?, y?): x < y
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.key < b.key
            }
        }
    }

    /// The section id of the innovation at `index` (stable, ASCII, unique).
    func sectionID(_ index: Int) -> String { "inovasi-\(index + 1)" }

    /// The OPD shown for an innovation (a placeholder when the manifest gives none).
    func opdName(_ innovation: InnovationReport) -> String { innovation.opd ?? text(.noOPD) }

    /// Score rendered without a needless `.0`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format1: value)
    }

    /// A share as a whole percentage.
    static func percent(_ share: Double) -> String { String(Int((share * 100).rounded())) + "%" }
}

extension String {
    /// One decimal place, deterministic and locale-free.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        self = sign + String(abs(tenths) / 10) + "." + String(abs(tenths) % 10)
    }
}
