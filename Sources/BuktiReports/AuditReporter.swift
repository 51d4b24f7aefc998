import BuktiCore

/// A report format: turns one finished audit into the bytes of a file people open (HTML, XLSX,
/// CSV, Markdown, JSON). Reporters are pure: they never print and never touch the scanned folders.
public protocol AuditReporter: Sendable {
    /// The name used on the command line: `--report html:laporan.html`.
    static var identifier: String { get }
    /// The usual file extension of this format, without the dot.
    static var fileExtension: String { get }
    /// Renders the whole report.
    func render(_ input: ReportInput) throws -> [UInt8]
}

/// Everything a reporter may use: the audit, the rule set behind it (labels, levels, weights) and
/// the reader's language.
public struct ReportInput: Sendable {
    public var audit: AuditReport
    /// The rules the audit used; reporters take labels and level texts from here.
    public var rules: RuleSet
    public var language: ReportLanguage
    /// The absolute directory the report is written to; with `auditRootDirectory`, lets reports link
    /// to evidence files by relative paths that work on the shared drive. Nil: links are the audit's paths.
    public var outputDirectory: String?
    /// The absolute directory of the audit's root (`audit.root` resolved where the audit ran).
    public var auditRootDirectory: String?
    /// When the report was made (ISO 8601), shown when given; reports never read the clock themselves.
    public var generatedAt: String?

    public init(
        audit: AuditReport, rules: RuleSet, language: ReportLanguage, outputDirectory: String? = nil,
        auditRootDirectory: String? = nil, generatedAt: String? = nil
    ) {
        self.audit = audit
        self.rules = rules
        self.language = language
        self.outputDirectory = outputDirectory
        self.auditRootDirectory = auditRootDirectory
        self.generatedAt = generatedAt
    }
}

/// The language of a report's own words (labels of documents and indicators come from the rule file).
public enum ReportLanguage: String, Sendable, CaseIterable {
    case id, en
}
