import BuktiCore
import BuktiFormats

/// The Excel workbook: *Ringkasan* (one row per innovation), *Indikator* (innovation × indicator
/// levels coloured by status), *Dokumen* (every file), *Masalah* (every problem) and *Yang perlu
/// dilakukan* (the to-do lists by score gain), each with a frozen, filterable header row. Numbers stay numbers so people can sort and sum them.
public struct XLSXReporter: AuditReporter {
    public static let identifier = "xlsx"
    public static let fileExtension = "xlsx"

    public init() {}

    public func render(_ input: ReportInput) throws -> [UInt8] {
        try workbook(input).write()
    }

    /// The workbook before it is written (tests look at its cells directly).
    func workbook(_ input: ReportInput) -> XLSXWorkbook {
        let context = XLSXReportContext(input)
        let since = input.audit.sinceLastRun.map { [XLSXSinceLastRunSheet.sheet($0, context)] } ?? []
        return XLSXWorkbook(
            sheets: [
                XLSXSummarySheet.sheet(context), XLSXIndicatorSheet.sheet(context),
                XLSXDocumentSheet.sheet(context), XLSXProblemSheet.sheet(context), XLSXTodoSheet.sheet(context),
            ] + since,
            title: "\(context.text[.title]): \(input.audit.rules.name)")
    }
}

/// What every sheet needs: the audit, the words, labels from the rule file by id, and (for a merged
/// report) each innovation's region, which becomes a leading column on every sheet.
struct XLSXReportContext {
    let input: ReportInput
    let text: Words
    private let documentLabels: [String: String]
    private let indicatorNames: [String: String]

    init(_ input: ReportInput) {
        self.input = input
        text = Words(input.language, .reports)
        let code = input.language
        documentLabels = Dictionary(
            input.rules.documentTypes.map { ($0.id, $0.label.text(code)) }, uniquingKeysWith: { first, _ in first })
        indicatorNames = Dictionary(
            input.rules.indicators.map { ($0.id, $0.name.text(code)) }, uniquingKeysWith: { first, _ in first })
    }

    var audit: AuditReport { input.audit }
    var rules: RuleSet { input.rules }

    /// A document type's label, or its id when the rule file does not know it.
    func documentLabel(_ id: String) -> String { documentLabels[id] ?? id }

    /// An indicator's name, or its id when the rule file does not know it.
    func indicatorName(_ id: String) -> String { indicatorNames[id] ?? id }

    /// The innovations with their position (for the region lookup).
    var innovations: EnumeratedSequence<[InnovationReport]> { audit.innovations.enumerated() }

    /// The header row: a Region column first when the report merges several audits.
    func header(_ keys: [MessageKey], extra: [String] = [], trailing: [MessageKey] = []) -> [XLSXCell] {
        let regions: [MessageKey] = input.regions.isEmpty ? [] : [.region]
        return ((regions + keys).map { text[$0] } + extra + trailing.map { text[$0] })
            .map { .string($0, style: .header) }
    }

    /// The region cell of the innovation at `index`, when the report merges several audits.
    func leading(_ index: Int) -> [XLSXCell] {
        input.regions.isEmpty ? [] : [Self.text(input.region(ofInnovationAt: index)?.name)]
    }

    /// Column widths with the region column's width in front when there is one.
    func widths(_ widths: [Double?]) -> [Double?] { (input.regions.isEmpty ? [] : [20]) + widths }

    /// Several values in one cell.
    static func joined(_ values: [String]) -> String { values.joined(separator: "; ") }

    /// A text cell, or an empty cell for nothing (so filters show "(empty)" rather than "").
    static func text(_ value: String?) -> XLSXCell {
        guard let value, !value.isEmpty else { return .empty() }
        return .string(value)
    }
}
