/// The registry of report formats, one line each, looked up by identifier.
public enum Reporters {
    /// Every reporter bukti has, in the order help lists them.
    public static let all: [any AuditReporter.Type] = [
        TextReporter.self,
        JSONReporter.self,
        CSVReporter.self,
        MarkdownReporter.self,
        HTMLReporter.self,
        XLSXReporter.self,
    ]

    /// The reporter for an identifier (`text`, `html`, `xlsx`, `csv`, `md`, `json`), or nil.
    public static func reporter(for identifier: String) -> (any AuditReporter.Type)? {
        all.first { $0.identifier == identifier }
    }
}
