import BuktiCore

/// Words of the "since the last run" section (`--compare last`) in every report format.
extension MessageKey {
    static let sinceHeading: MessageKey = "since.heading"
    static let sinceSheet: MessageKey = "since.sheet"
    static let sinceComparedWith: MessageKey = "since.comparedWith"
    static let sinceNothingChanged: MessageKey = "since.nothingChanged"
    static let sinceChange: MessageKey = "since.change"
    static let sinceSubject: MessageKey = "since.subject"
    static let sinceFrom: MessageKey = "since.from"
    static let sinceTo: MessageKey = "since.to"
    static let sinceRowKind: MessageKey = "since.rowKind"
    static let sinceNewInnovation: MessageKey = "since.newInnovation"
    static let sinceNewlyMissingCritical: MessageKey = "since.newlyMissingCritical"
    static let sinceNewlyMissing: MessageKey = "since.newlyMissing"
    static let sinceNewlyPresent: MessageKey = "since.newlyPresent"
    static let sinceStatusChanged: MessageKey = "since.statusChanged"
    static let sinceScoreChanged: MessageKey = "since.scoreChanged"
    static let sinceLevelChanged: MessageKey = "since.levelChanged"
    static let sinceInnovationAdded: MessageKey = "since.innovationAdded"
    static let sinceInnovationRemoved: MessageKey = "since.innovationRemoved"
    static let sinceFileAdded: MessageKey = "since.fileAdded"
    static let sinceFileRemoved: MessageKey = "since.fileRemoved"
    static let sinceFileChanged: MessageKey = "since.fileChanged"
}

extension Catalogue {
    /// `{1}` the earlier run's id, `{2}` its time.
    static let sinceBlock = CatalogueBlock(
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
