import BuktiCore

/// A report format: turns one finished audit into the bytes of a file people open (HTML, XLSX,
/// CSV, Markdown, JSON). Reporters are pure: they never print and never touch the scanned folders.
public protocol AuditReporter: Sendable {
    /// The name used on the command line: `--report html:laporan.html`.
    static var identifier: String { get }
    /// The usual file extension of this format, without the dot.
    static var fileExtension: String { get }
    /// Reporters carry no state of their own: the CLI makes one per report from the registry.
    init()
    /// Renders the whole report.
    func render(_ input: ReportInput) throws -> [UInt8]
}

/// Everything a reporter may use: the audit, the rule set behind it (labels, levels, weights) and
/// the reader's language.
public struct ReportInput: Sendable {
    public var audit: AuditReport
    /// The rules the audit used; reporters take labels and level texts from here.
    public var rules: RuleSet
    public var language: Language
    /// The absolute directory the report is written to; with `auditRootDirectory`, lets reports link
    /// to evidence files by relative paths that work on the shared drive. Nil: links are the audit's paths.
    public var outputDirectory: String?
    /// The absolute directory of the audit's root (`audit.root` resolved where the audit ran).
    public var auditRootDirectory: String?
    /// When the report was made (ISO 8601), shown when given; reports never read the clock themselves.
    public var generatedAt: String?
    /// Output switches that change bytes but not content (`--excel`).
    public var options: ReportOptions = ReportOptions()
    /// For `bukti merge`: the audits combined into `audit`, in order; empty for a single audit.
    /// `audit.innovations` is the concatenation of the regions' innovations in this order.
    public var regions: [ReportRegion] = []

    public init(
        audit: AuditReport, rules: RuleSet, language: Language, outputDirectory: String? = nil,
        auditRootDirectory: String? = nil, generatedAt: String? = nil
    ) {
        self.audit = audit
        self.rules = rules
        self.language = language
        self.outputDirectory = outputDirectory
        self.auditRootDirectory = auditRootDirectory
        self.generatedAt = generatedAt
    }

    /// The region of the innovation at `index` in `audit.innovations`, nil for a single audit.
    public func region(ofInnovationAt index: Int) -> ReportRegion? {
        var start = 0
        for region in regions {
            if index < start + region.audit.innovations.count { return region }
            start += region.audit.innovations.count
        }
        return nil
    }
}

/// Switches that change how a report is written, not what it says.
public struct ReportOptions: Sendable, Equatable {
    /// CSV: start with a UTF-8 byte order mark so Excel reads Indonesian names right (`--excel`).
    public var excelBOM: Bool
    /// Text: ANSI colour (the CLI sets it for stdout on a terminal without NO_COLOR).
    public var color: Bool

    public init(excelBOM: Bool = false, color: Bool = false) {
        self.excelBOM = excelBOM
        self.color = color
    }
}

/// One region's audit in a merged report (a kabupaten/kota, named after its root folder or `FILE=NAME`).
public struct ReportRegion: Sendable, Equatable {
    public var name: String
    public var audit: AuditReport

    public init(name: String, audit: AuditReport) {
        self.name = name
        self.audit = audit
    }
}
