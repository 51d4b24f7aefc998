import BuktiCore

/// Words of the terminal report (`bukti audit --format text`) and of its "since the last run"
/// section (`lastRun.*`, also `bukti diff`); its indicator statuses are the shared `indicator.*` words.
extension MessageKey {
    public static let textHeading: MessageKey = "text.heading"
    public static let textRoot: MessageKey = "text.root"
    public static let textScore: MessageKey = "text.score"
    public static let textCompleteness: MessageKey = "text.completeness"
    public static let textComplete: MessageKey = "text.complete"
    public static let textIncomplete: MessageKey = "text.incomplete"
    public static let textOpd: MessageKey = "text.opd"
    public static let textMissingCritical: MessageKey = "text.missingCritical"
    public static let textIndicators: MessageKey = "text.indicators"
    public static let textColumnNumber: MessageKey = "text.column.number"
    public static let textToVerify: MessageKey = "text.toVerify"
    public static let textProblems: MessageKey = "text.problems"
    public static let textNoFiles: MessageKey = "text.noFiles"
    public static let textSummary: MessageKey = "text.summary"
    public static let textSummaryMissing: MessageKey = "text.summaryMissing"
    public static let textShared: MessageKey = "text.shared"
    public static let textWithoutFolder: MessageKey = "text.withoutFolder"
    public static let textNotInManifest: MessageKey = "text.notInManifest"
    /// The noun after a count (`7 inovasi`, `1 innovation`), with an English `.one` variant.
    public static let textInnovationWord: MessageKey = "text.word.innovation"
    public static let textFileWord: MessageKey = "text.word.file"
}

extension Catalogue {
    /// `{1}`... as documented per key in `AuditMessages`.
    static let textReportBlock = CatalogueBlock(
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
            "lastRun.heading": "Sejak pemeriksaan sebelumnya",
            "lastRun.noEarlier": "belum ada pemeriksaan sebelumnya untuk dibandingkan",
            "lastRun.nothingChanged": "tidak ada perubahan",
            "lastRun.newlyMissing": "Dokumen yang baru hilang",
            "lastRun.newlyPresent": "Dokumen yang baru ada",
            "lastRun.otherChanges": "Perubahan status lain",
            "lastRun.scores": "Perubahan skor",
            "lastRun.innovationsAdded": "Inovasi baru",
            "lastRun.innovationsRemoved": "Inovasi yang hilang",
            "lastRun.filesAdded": "Berkas baru",
            "lastRun.filesRemoved": "Berkas yang dihapus",
            "lastRun.filesChanged": "Berkas yang berubah",
            "lastRun.newInnovation": "inovasi baru",
            "lastRun.critical": " (kritis)",
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
            MessageKey("text.word.innovation.one"): "innovation",
            .textFileWord: "files",
            MessageKey("text.word.file.one"): "file",
            .textShared: "{1} documents found in more than one place",
            MessageKey("text.shared.one"): "1 document found in more than one place",
            .textWithoutFolder: "Innovations in the manifest without a folder:",
            .textNotInManifest: "Folders not in the manifest:",
            "lastRun.heading": "Since the last run",
            "lastRun.noEarlier": "no earlier run to compare with",
            "lastRun.nothingChanged": "nothing changed",
            "lastRun.newlyMissing": "Documents newly missing",
            "lastRun.newlyPresent": "Documents newly present",
            "lastRun.otherChanges": "Other status changes",
            "lastRun.scores": "Score changes",
            "lastRun.innovationsAdded": "Innovations added",
            "lastRun.innovationsRemoved": "Innovations removed",
            "lastRun.filesAdded": "Files added",
            "lastRun.filesRemoved": "Files removed",
            "lastRun.filesChanged": "Files changed",
            "lastRun.newInnovation": "new innovation",
            "lastRun.critical": " (critical)",
        ])
}
