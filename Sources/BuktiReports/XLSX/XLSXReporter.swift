import BuktiCore
import BuktiFormats

/// The Excel workbook: *Ringkasan* (one row per innovation), *Indikator* (innovation × indicator
/// levels coloured by status), *Dokumen* (every file) and *Masalah* (every problem), each with a
/// frozen, filterable header row. Numbers stay numbers so people can sort and sum them.
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
        return XLSXWorkbook(
            sheets: [
                XLSXSummarySheet.sheet(context), XLSXIndicatorSheet.sheet(context),
                XLSXDocumentSheet.sheet(context), XLSXProblemSheet.sheet(context),
            ],
            title: "\(context.words.title): \(input.audit.rules.name)")
    }
}

/// What every sheet needs: the audit, the words, and labels from the rule file by id.
struct XLSXReportContext {
    let audit: AuditReport
    let rules: RuleSet
    let language: ReportLanguage
    let words: XLSXWords
    private let documentLabels: [String: String]
    private let indicatorNames: [String: String]

    init(_ input: ReportInput) {
        audit = input.audit
        rules = input.rules
        language = input.language
        words = XLSXWords.words(input.language)
        let code = input.language.rawValue
        documentLabels = Dictionary(
            input.rules.documentTypes.map { ($0.id, $0.label.text(code)) }, uniquingKeysWith: { first, _ in first })
        indicatorNames = Dictionary(
            input.rules.indicators.map { ($0.id, $0.name.text(code)) }, uniquingKeysWith: { first, _ in first })
    }

    /// A document type's label, or its id when the rule file does not know it.
    func documentLabel(_ id: String) -> String { documentLabels[id] ?? id }

    /// An indicator's name, or its id when the rule file does not know it.
    func indicatorName(_ id: String) -> String { indicatorNames[id] ?? id }

    /// Several values in one cell.
    static func joined(_ values: [String]) -> String { values.joined(separator: "; ") }

    /// A header row.
    static func header(_ titles: [String]) -> [XLSXCell] { titles.map { .string($0, style: .header) } }

    /// A text cell, or an empty cell for nothing (so filters show "(empty)" rather than "").
    static func text(_ value: String?) -> XLSXCell {
        guard let value, !value.isEmpty else { return .empty() }
        return .string(value)
    }
}
