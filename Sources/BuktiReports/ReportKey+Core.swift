import BuktiCore

/// Keys of the words every report shares (headings, columns, statuses); the texts are in
/// `ReportText+id.swift` and `ReportText+en.swift`.
extension ReportKey {
    public static let title: ReportKey = "title"
    public static let summary: ReportKey = "summary"
    public static let region: ReportKey = "region"
    public static let opd: ReportKey = "opd"
    public static let noOpd: ReportKey = "opd.none"
    public static let tahapan: ReportKey = "tahapan"
    public static let innovation: ReportKey = "innovation"
    public static let innovations: ReportKey = "innovations"
    public static let path: ReportKey = "path"
    public static let indicator: ReportKey = "indicator"
    public static let document: ReportKey = "document"
    public static let status: ReportKey = "status"
    public static let level: ReportKey = "level"
    public static let score: ReportKey = "score"
    public static let maxScore: ReportKey = "maxScore"
    public static let completeness: ReportKey = "completeness"
    public static let complete: ReportKey = "complete"
    public static let incomplete: ReportKey = "incomplete"
    public static let files: ReportKey = "files"
    public static let filesWithProblems: ReportKey = "filesWithProblems"
    public static let evidence: ReportKey = "evidence"
    public static let problems: ReportKey = "problems"
    public static let missingCritical: ReportKey = "missingCritical"
    public static let missingDocuments: ReportKey = "missingDocuments"
    public static let mandatoryWithoutEvidence: ReportKey = "mandatoryWithoutEvidence"
    public static let todo: ReportKey = "todo"
    public static let nothingToDo: ReportKey = "todo.nothing"
    public static let kind: ReportKey = "kind"
    public static let label: ReportKey = "label"
    public static let identifier: ReportKey = "identifier"
    public static let rowIndicator: ReportKey = "row.indicator"
    public static let rowDocument: ReportKey = "row.document"
    public static let auditHeading: ReportKey = "audit.heading"
    public static let rulesLine: ReportKey = "audit.rules"
    public static let unassigned: ReportKey = "unassigned"
    public static let shared: ReportKey = "shared"
    public static let toVerifyLevel: ReportKey = "toVerifyLevel"
    public static let withoutFolder: ReportKey = "manifest.withoutFolder"
    public static let notInManifest: ReportKey = "manifest.notInManifest"
    public static let incompleteRun: ReportKey = "run.incomplete"

    /// The key naming a document status (`present`...).
    public static func documentStatus(_ status: DocumentStatus) -> ReportKey { ReportKey("document." + status.rawValue) }
    /// The key naming an indicator status (`met`...).
    public static func indicatorStatus(_ status: IndicatorStatus) -> ReportKey { ReportKey("indicator." + status.rawValue) }
}

extension ReportText {
    /// A document status in the reader's language.
    public func status(_ status: DocumentStatus) -> String { self[.documentStatus(status)] }
    /// An indicator status in the reader's language.
    public func status(_ status: IndicatorStatus) -> String { self[.indicatorStatus(status)] }
}
