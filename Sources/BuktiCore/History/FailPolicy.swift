/// `--fail-on`: which findings make `bukti audit` exit 1. Usage and run errors keep their own statuses.
public enum FailPolicy: String, Sendable, CaseIterable {
    /// An innovation lacks a critical document (or the manifest lists one without a folder): the default.
    case missing
    /// A critical document went missing since the compared run; without one, like `missing`.
    case newMissing = "new-missing"
    /// Like `missing`, and also any file with a problem.
    case problems
    /// Findings never fail the run.
    case never

    /// True when `report` should end with exit status 1.
    public func fails(_ report: AuditReport, compared: Bool) -> Bool {
        let gaps = report.summary.incomplete > 0 || !(report.manifest?.withoutFolder.isEmpty ?? true)
        switch self {
        case .missing: return gaps
        case .newMissing:
            guard compared, let diff = report.sinceLastRun else { return gaps }
            return !diff.newlyMissingCritical.isEmpty
        case .problems: return gaps || report.summary.filesWithProblems > 0
        case .never: return false
        }
    }
}
