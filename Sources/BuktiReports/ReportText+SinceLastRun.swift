/// Words of the "since the last run" section (`--compare last`) in every report format.
extension ReportKey {
    static let sinceHeading: ReportKey = "since.heading"
    static let sinceSheet: ReportKey = "since.sheet"
    static let sinceComparedWith: ReportKey = "since.comparedWith"
    static let sinceNothingChanged: ReportKey = "since.nothingChanged"
    static let sinceChange: ReportKey = "since.change"
    static let sinceSubject: ReportKey = "since.subject"
    static let sinceFrom: ReportKey = "since.from"
    static let sinceTo: ReportKey = "since.to"
    static let sinceRowKind: ReportKey = "since.rowKind"
    static let sinceNewInnovation: ReportKey = "since.newInnovation"
    static let sinceNewlyMissingCritical: ReportKey = "since.newlyMissingCritical"
    static let sinceNewlyMissing: ReportKey = "since.newlyMissing"
    static let sinceNewlyPresent: ReportKey = "since.newlyPresent"
    static let sinceStatusChanged: ReportKey = "since.statusChanged"
    static let sinceScoreChanged: ReportKey = "since.scoreChanged"
    static let sinceLevelChanged: ReportKey = "since.levelChanged"
    static let sinceInnovationAdded: ReportKey = "since.innovationAdded"
    static let sinceInnovationRemoved: ReportKey = "since.innovationRemoved"
    static let sinceFileAdded: ReportKey = "since.fileAdded"
    static let sinceFileRemoved: ReportKey = "since.fileRemoved"
    static let sinceFileChanged: ReportKey = "since.fileChanged"
}

extension ReportText {
    /// `{1}` the earlier run's id, `{2}` its time.
    static let sinceCatalogue = ReportCatalogue(
        id: [
            .sinceHeading: "Sejak pemeriksaan sebelumnya",
            .sinceSheet: "Sejak sebelumnya",
            .sinceComparedWith: "Dibandingkan dengan pemeriksaan {1} ({2})",
            .sinceNothingChanged: "Tidak ada perubahan.",
            .sinceChange: "Perubahan",
            .sinceSubject: "Jenis / indikator / berkas",
            .sinceFrom: "Dari",
            .sinceTo: "Menjadi",
            .sinceRowKind: "perubahan",
            .sinceNewInnovation: "inovasi baru",
            .sinceNewlyMissingCritical: "Dokumen penting yang baru hilang",
            .sinceNewlyMissing: "Dokumen yang baru hilang",
            .sinceNewlyPresent: "Dokumen yang baru ada",
            .sinceStatusChanged: "Perubahan status lain",
            .sinceScoreChanged: "Perubahan skor",
            .sinceLevelChanged: "Perubahan level",
            .sinceInnovationAdded: "Inovasi baru",
            .sinceInnovationRemoved: "Inovasi yang hilang",
            .sinceFileAdded: "Berkas baru",
            .sinceFileRemoved: "Berkas yang dihapus",
            .sinceFileChanged: "Berkas yang berubah",
        ],
        en: [
            .sinceHeading: "Since the last run",
            .sinceSheet: "Since last run",
            .sinceComparedWith: "Compared with run {1} ({2})",
            .sinceNothingChanged: "Nothing changed.",
            .sinceChange: "Change",
            .sinceSubject: "Type / indicator / file",
            .sinceFrom: "From",
            .sinceTo: "To",
            .sinceRowKind: "change",
            .sinceNewInnovation: "new innovation",
            .sinceNewlyMissingCritical: "Critical documents newly missing",
            .sinceNewlyMissing: "Documents newly missing",
            .sinceNewlyPresent: "Documents newly present",
            .sinceStatusChanged: "Other status changes",
            .sinceScoreChanged: "Score changes",
            .sinceLevelChanged: "Level changes",
            .sinceInnovationAdded: "Innovations added",
            .sinceInnovationRemoved: "Innovations removed",
            .sinceFileAdded: "Files added",
            .sinceFileRemoved: "Files removed",
            .sinceFileChanged: "Files changed",
        ])
}
