import BuktiCore
import BuktiReports

extension AuditMessages {
    /// The terminal report's words, all taken from the report catalogue (`ReportText`), so the CLI
    /// and the reports share one catalogue per language.
    init(_ t: ReportText) {
        self.init(
            heading: { rules, source, year in t.format(.textHeading, rules, source, year) },
            root: t[.textRoot],
            score: t[.textScore],
            completeness: t[.textCompleteness],
            complete: t[.textComplete],
            incomplete: t[.textIncomplete],
            opd: t[.textOpd],
            tahapan: t[.tahapan],
            missingCritical: t[.textMissingCritical],
            indicators: t[.textIndicators],
            columns: (t[.textColumnNumber], t[.indicator], t[.level], t[.score], t[.status]),
            status: { word in
                switch word {
                case .met: t.status(IndicatorStatus.met)
                case .partial: t.status(IndicatorStatus.partial)
                case .toVerify: t.status(IndicatorStatus.toVerify)
                case .missing: t.status(IndicatorStatus.missing)
                case .waived: t.status(IndicatorStatus.waived)
                }
            },
            toVerify: { t.format(.textToVerify, $0) },
            problems: t[.textProblems],
            noFiles: t[.textNoFiles],
            summary: { innovations, complete, incomplete, files, withProblems in
                t.format(.textSummary, innovations, complete, incomplete, files, withProblems,
                         t.count(.textInnovationWord, innovations), t.count(.textFileWord, files))
            },
            summaryMissing: t[.textSummaryMissing],
            unassigned: { t.count(.unassigned, $0) },
            shared: { t.count(.textShared, $0) },
            withoutFolder: t[.textWithoutFolder],
            notInManifest: t[.textNotInManifest])
    }

    /// Bahasa Indonesia, the default.
    static let indonesian = AuditMessages(ReportText(.id))
    /// English (`--lang en`).
    static let english = AuditMessages(ReportText(.en))
}
