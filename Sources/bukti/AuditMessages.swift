/// The audit command's own words for people (headings, column names, statuses, the summary), one
/// instance per language, built from the report catalogue (`Messages+Catalogue.swift`). Document and indicator labels
/// come from the rule file, not from here.
struct AuditMessages: Sendable {
    let heading: @Sendable (_ rules: String, _ source: String, _ year: Int) -> String
    let root: String
    let score: String
    let completeness: String
    let complete: String
    let incomplete: String
    let opd: String
    let tahapan: String
    let missingCritical: String
    let indicators: String
    let columns: (number: String, name: String, level: String, score: String, status: String)
    let status: @Sendable (IndicatorStatusWord) -> String
    let toVerify: @Sendable (_ level: Int) -> String
    let problems: String
    let noFiles: String
    let summary: @Sendable (_ innovations: Int, _ complete: Int, _ incomplete: Int, _ files: Int, _ withProblems: Int) -> String
    let summaryMissing: String
    let unassigned: @Sendable (Int) -> String
    let shared: @Sendable (Int) -> String
    let withoutFolder: String
    let notInManifest: String

    /// The catalogue for `--lang` (`id` or `en`).
    static func forLanguage(_ language: String) -> AuditMessages { language == "en" ? .english : .indonesian }
}

/// Indicator statuses as the text output names them.
enum IndicatorStatusWord: Sendable {
    case met, partial, toVerify, missing, waived
}
