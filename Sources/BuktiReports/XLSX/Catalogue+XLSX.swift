import BuktiCore

/// Words only the XLSX report uses (sheet names and column headers); shared words such as
/// `.innovation` or `.score` come from the core catalogue.
extension MessageKey {
    static let xlsxIndicatorSheet: MessageKey = "xlsx.sheet.indicators"
    static let xlsxDocumentSheet: MessageKey = "xlsx.sheet.documents"
    static let xlsxProblemSheet: MessageKey = "xlsx.sheet.problems"
    static let xlsxComplete: MessageKey = "xlsx.complete"
    static let xlsxFile: MessageKey = "xlsx.file"
    static let xlsxFileKind: MessageKey = "xlsx.fileKind"
    static let xlsxClassification: MessageKey = "xlsx.classification"
    static let xlsxYear: MessageKey = "xlsx.year"
    static let xlsxCode: MessageKey = "xlsx.code"
    static let xlsxMessage: MessageKey = "xlsx.message"
    static let xlsxRank: MessageKey = "xlsx.rank"
    static let xlsxCurrentLevel: MessageKey = "xlsx.currentLevel"
    static let xlsxTargetLevel: MessageKey = "xlsx.targetLevel"
    static let xlsxGain: MessageKey = "xlsx.gain"
    static let xlsxAction: MessageKey = "xlsx.action"
}

extension Catalogue {
    /// Sheet names and column headers of the workbook.
    static let xlsxBlock = CatalogueBlock(
        id: [
            .xlsxIndicatorSheet: "Indikator",
            .xlsxDocumentSheet: "Dokumen",
            .xlsxProblemSheet: "Masalah",
            .xlsxComplete: "Lengkap",
            .xlsxFile: "Berkas",
            .xlsxFileKind: "Jenis berkas",
            .xlsxClassification: "Klasifikasi",
            .xlsxYear: "Tahun",
            .xlsxCode: "Kode",
            .xlsxMessage: "Pesan",
            .xlsxRank: "Urutan",
            .xlsxCurrentLevel: "Level sekarang",
            .xlsxTargetLevel: "Level tujuan",
            .xlsxGain: "Tambahan skor",
            .xlsxAction: "Tindakan",
        ],
        en: [
            .xlsxIndicatorSheet: "Indicators",
            .xlsxDocumentSheet: "Documents",
            .xlsxProblemSheet: "Problems",
            .xlsxComplete: "Complete",
            .xlsxFile: "File",
            .xlsxFileKind: "File kind",
            .xlsxClassification: "Classification",
            .xlsxYear: "Year",
            .xlsxCode: "Code",
            .xlsxMessage: "Message",
            .xlsxRank: "Rank",
            .xlsxCurrentLevel: "Current level",
            .xlsxTargetLevel: "Target level",
            .xlsxGain: "Score gain",
            .xlsxAction: "Action",
        ])
}
