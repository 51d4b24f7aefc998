/// The XLSX report's own words (sheet names and column headers) in each report language.
/// Labels of documents and indicators come from the rule file, not from here.
struct XLSXWords: Sendable {
    var title: String
    var summarySheet: String
    var indicatorSheet: String
    var documentSheet: String
    var problemSheet: String
    var opd: String
    var innovation: String
    var complete: String
    var score: String
    var maxScore: String
    var completeness: String
    var missingCritical: String
    var mandatoryWithoutEvidence: String
    var file: String
    var kind: String
    var classification: String
    var year: String
    var problems: String
    var indicator: String
    var code: String
    var message: String

    /// The words for `language`.
    static func words(_ language: ReportLanguage) -> XLSXWords {
        switch language {
        case .id: indonesian
        case .en: english
        }
    }

    static let indonesian = XLSXWords(
        title: "Laporan audit data dukung inovasi daerah",
        summarySheet: "Ringkasan", indicatorSheet: "Indikator", documentSheet: "Dokumen", problemSheet: "Masalah",
        opd: "OPD", innovation: "Inovasi", complete: "Lengkap", score: "Skor", maxScore: "Skor maksimum",
        completeness: "Kelengkapan", missingCritical: "Dokumen kritis yang kurang",
        mandatoryWithoutEvidence: "Indikator wajib tanpa bukti", file: "Berkas", kind: "Jenis berkas",
        classification: "Klasifikasi", year: "Tahun", problems: "Masalah", indicator: "Indikator", code: "Kode",
        message: "Pesan")

    static let english = XLSXWords(
        title: "Audit of regional innovation evidence",
        summarySheet: "Summary", indicatorSheet: "Indicators", documentSheet: "Documents", problemSheet: "Problems",
        opd: "Agency (OPD)", innovation: "Innovation", complete: "Complete", score: "Score", maxScore: "Maximum score",
        completeness: "Completeness", missingCritical: "Missing critical documents",
        mandatoryWithoutEvidence: "Mandatory indicators without evidence", file: "File", kind: "File kind",
        classification: "Classification", year: "Year", problems: "Problems", indicator: "Indicator", code: "Code",
        message: "Message")
}
