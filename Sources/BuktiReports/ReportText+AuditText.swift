/// Words of the terminal report (`bukti audit --format text`); its indicator statuses are the
/// shared `indicator.*` words.
extension ReportKey {
    public static let textHeading: ReportKey = "text.heading"
    public static let textRoot: ReportKey = "text.root"
    public static let textScore: ReportKey = "text.score"
    public static let textCompleteness: ReportKey = "text.completeness"
    public static let textComplete: ReportKey = "text.complete"
    public static let textIncomplete: ReportKey = "text.incomplete"
    public static let textOpd: ReportKey = "text.opd"
    public static let textMissingCritical: ReportKey = "text.missingCritical"
    public static let textIndicators: ReportKey = "text.indicators"
    public static let textColumnNumber: ReportKey = "text.column.number"
    public static let textToVerify: ReportKey = "text.toVerify"
    public static let textProblems: ReportKey = "text.problems"
    public static let textNoFiles: ReportKey = "text.noFiles"
    public static let textSummary: ReportKey = "text.summary"
    public static let textSummaryMissing: ReportKey = "text.summaryMissing"
    public static let textShared: ReportKey = "text.shared"
    public static let textWithoutFolder: ReportKey = "text.withoutFolder"
    public static let textNotInManifest: ReportKey = "text.notInManifest"
    /// The noun after a count (`7 inovasi`, `1 innovation`), with an English `.one` variant.
    public static let textInnovationWord: ReportKey = "text.word.innovation"
    public static let textFileWord: ReportKey = "text.word.file"
}

extension ReportText {
    /// `{1}`... as documented per key in `AuditMessages`.
    static let auditTextCatalogue = ReportCatalogue(
        id: [
            .textHeading: "Audit data dukung — {1} ({2}), tahun penilaian {3}",
            .textRoot: "Folder",
            .textScore: "skor perkiraan",
            .textCompleteness: "kelengkapan indikator",
            .textComplete: "DOKUMEN KRITIS LENGKAP",
            .textIncomplete: "DOKUMEN KRITIS BELUM LENGKAP",
            .textOpd: "OPD",
            .textMissingCritical: "Dokumen kritis:",
            .textIndicators: "Indikator:",
            .textColumnNumber: "No",
            .textToVerify: "level {1} perlu dicek manual",
            .textProblems: "Masalah:",
            .textNoFiles: "(folder kosong)",
            .textSummary: "Ringkasan: {1} {6} — {2} lengkap, {3} belum lengkap; {4} {7}, {5} bermasalah",
            .textInnovationWord: "inovasi",
            .textFileWord: "berkas",
            .textSummaryMissing: "Dokumen kritis yang kurang:",
            .textShared: "{1} dokumen yang sama ada di beberapa tempat",
            .textWithoutFolder: "Inovasi di manifest tanpa folder:",
            .textNotInManifest: "Folder yang tidak ada di manifest:",
        ],
        en: [
            .textHeading: "Evidence audit — {1} ({2}), assessment year {3}",
            .textRoot: "Folder",
            .textScore: "estimated score",
            .textCompleteness: "indicators with evidence",
            .textComplete: "CRITICAL DOCUMENTS COMPLETE",
            .textIncomplete: "CRITICAL DOCUMENTS MISSING",
            .textOpd: "Agency",
            .textMissingCritical: "Critical documents:",
            .textIndicators: "Indicators:",
            .textColumnNumber: "No",
            .textToVerify: "level {1} needs checking by hand",
            .textProblems: "Problems:",
            .textNoFiles: "(empty folder)",
            .textSummary: "Summary: {1} {6} — {2} complete, {3} incomplete; {4} {7}, {5} with problems",
            .textSummaryMissing: "Critical documents missing:",
            .textInnovationWord: "innovations",
            ReportKey("text.word.innovation.one"): "innovation",
            .textFileWord: "files",
            ReportKey("text.word.file.one"): "file",
            .textShared: "{1} documents found in more than one place",
            ReportKey("text.shared.one"): "1 document found in more than one place",
            .textWithoutFolder: "Innovations in the manifest without a folder:",
            .textNotInManifest: "Folders not in the manifest:",
        ])
}
