/// The registry of report formats, one line each, looked up by identifier.
public enum Reporters {
    /// Every reporter bukti has.
    public static let all: [any AuditReporter.Type] = [
        JSONReporter.self,
        CSVReporter.self,
        MarkdownReporter.self,
    ]

    /// The reporter for an identifier (`html`, `xlsx`, `csv`, `md`, `json`), or nil.
    public static func reporter(for identifier: String) -> (any AuditReporter.Type)? {
        all.first { $0.identifier == identifier }
    }
}
