/// Words only the XLSX report uses (sheet names and column headers); shared words such as
/// `.innovation` or `.score` come from the core catalogue.
extension ReportKey {
    static let xlsxIndicatorSheet: ReportKey = "xlsx.sheet.indicators"
    static let xlsxDocumentSheet: ReportKey = "xlsx.sheet.documents"
    static let xlsxProblemSheet: ReportKey = "xlsx.sheet.problems"
    static let xlsxComplete: ReportKey = "xlsx.complete"
    static let xlsxFile: ReportKey = "xlsx.file"
    static let xlsxFileKind: ReportKey = "xlsx.fileKind"
    static let xlsxClassification: ReportKey = "xlsx.classification"
    static let xlsxYear: ReportKey = "xlsx.year"
    static let xlsxCode: ReportKey = "xlsx.code"
    static let xlsxMessage: ReportKey = "xlsx.message"
    static let xlsxRank: ReportKey = "xlsx.rank"
    static let xlsxCurrentLevel: ReportKey = "xlsx.currentLevel"
    static let xlsxTargetLevel: ReportKey = "xlsx.targetLevel"
    static let xlsxGain: ReportKey = "xlsx.gain"
    static let xlsxAction: ReportKey = "xlsx.action"
}

extension ReportText {
    /// Sheet names and column headers of the workbook.
    static let xlsxCatalogue = ReportCatalogue(
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
