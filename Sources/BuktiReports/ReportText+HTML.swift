/// The HTML report's own words, Indonesian and English (labels of documents and indicators come
/// from the rule file), as keys `html.<word>` of the `ReportText` catalogue.
enum HTMLWord: String, CaseIterable, Sendable {
    case reportTitle, rulesUsed, assessmentYear, root, generated, skipToContent
    case summary, innovations, complete, incomplete, files, filesWithProblems
    case missingCritical, documentType, innovationsMissingIt, noneMissing
    case estimatedScores, innovation, opd, status, score, maxScore, completeness, sortBy
    case mandatoryWithoutEvidence, noMandatoryMissing
    case opdChart, opdChartDescription, noOPD
    case unassigned, sharedDocuments, sameContent, manifestWithoutFolder, foldersNotInManifest, none
    case filters, filterOPD, filterStatus, filterMissing, search, searchPlaceholder, all, shown, resetFilters
    case path, tahapan, missingDocuments, todo, noTodo, gain
    case indicators, indicatorsCaption, number, indicator, level, toVerify, evidence
    case documents, documentsSummary, reasons, problems, noProblems, allFiles, kind, types
    case statusMet, statusPartial, statusToVerify, statusMissing, statusWaived
    case docPresent, docWeak, docStale, docUnreadable, docMissing, docWaived
    case backToTop, notFound, region, regions
}

extension ReportText {
    /// The HTML report's block of the catalogue.
    static let htmlCatalogue = ReportCatalogue(
        id: Dictionary(uniqueKeysWithValues: HTMLText.table.map { (HTMLText.key($0.key), $0.value.id) }),
        en: Dictionary(uniqueKeysWithValues: HTMLText.table.map { (HTMLText.key($0.key), $0.value.en) }))
}

/// Looks up `HTMLWord`s in one language through `ReportText`.
struct HTMLText: Sendable {
    let language: ReportLanguage
    let catalogue: ReportText

    init(language: ReportLanguage) {
        self.language = language
        catalogue = ReportText(language)
    }

    /// The catalogue key of a word.
    static func key(_ word: HTMLWord) -> ReportKey { ReportKey("html." + word.rawValue) }

    /// The word in the report's language.
    func callAsFunction(_ word: HTMLWord) -> String { catalogue[Self.key(word)] }

    /// Every word as (Indonesian, English); the catalogue block is built from it.
    static let table: [HTMLWord: (id: String, en: String)] = [
        .reportTitle: ("Laporan Data Dukung Inovasi Daerah", "Regional Innovation Evidence Report"),
        .rulesUsed: ("Aturan", "Rules"),
        .assessmentYear: ("Tahun penilaian", "Assessment year"),
        .root: ("Folder", "Folder"),
        .generated: ("Dibuat", "Generated"),
        .skipToContent: ("Langsung ke isi", "Skip to content"),
        .summary: ("Ringkasan", "Summary"),
        .innovations: ("Inovasi", "Innovations"),
        .complete: ("Lengkap", "Complete"),
        .incomplete: ("Belum lengkap", "Incomplete"),
        .files: ("Berkas", "Files"),
        .filesWithProblems: ("Berkas bermasalah", "Files with problems"),
        .missingCritical: ("Dokumen penting yang belum ada", "Critical documents missing"),
        .documentType: ("Jenis dokumen", "Document type"),
        .innovationsMissingIt: ("Inovasi tanpa dokumen ini", "Innovations without it"),
        .noneMissing: ("Tidak ada dokumen penting yang kurang.", "No critical document is missing."),
        .estimatedScores: ("Perkiraan skor indikator", "Estimated indicator scores"),
        .innovation: ("Inovasi", "Innovation"),
        .opd: ("OPD", "Agency (OPD)"),
        .status: ("Status", "Status"),
        .score: ("Skor", "Score"),
        .maxScore: ("Skor maksimum", "Maximum score"),
        .completeness: ("Kelengkapan", "Completeness"),
        .sortBy: ("Urutkan menurut", "Sort by"),
        .mandatoryWithoutEvidence: ("Indikator wajib tanpa bukti", "Mandatory indicators without evidence"),
        .noMandatoryMissing: ("Semua indikator wajib memiliki bukti.", "Every mandatory indicator has evidence."),
        .opdChart: ("Inovasi per OPD", "Innovations per agency"),
        .opdChartDescription: ("Jumlah inovasi lengkap dan belum lengkap per OPD", "Complete and incomplete innovations per agency"),
        .noOPD: ("(tanpa OPD)", "(no agency)"),
        .unassigned: ("Berkas di luar folder inovasi", "Files outside innovation folders"),
        .sharedDocuments: ("Dokumen yang sama di beberapa tempat", "Identical documents in several places"),
        .sameContent: ("isi sama", "same content"),
        .manifestWithoutFolder: ("Inovasi di daftar tanpa folder", "Listed innovations without a folder"),
        .foldersNotInManifest: ("Folder yang tidak ada di daftar", "Folders not in the list"),
        .none: ("Tidak ada.", "None."),
        .filters: ("Saring", "Filter"),
        .filterOPD: ("OPD", "Agency"),
        .filterStatus: ("Status", "Status"),
        .filterMissing: ("Dokumen yang belum ada", "Missing document"),
        .search: ("Cari", "Search"),
        .searchPlaceholder: ("nama, berkas, masalah…", "name, file, problem…"),
        .all: ("Semua", "All"),
        .shown: ("inovasi ditampilkan", "innovations shown"),
        .resetFilters: ("Atur ulang", "Reset"),
        .path: ("Folder", "Folder"),
        .tahapan: ("Tahapan", "Stage"),
        .missingDocuments: ("Dokumen penting yang belum ada", "Critical documents missing"),
        .todo: ("Yang perlu dikerjakan (urut menurut tambahan skor)", "To do (by estimated score gain)"),
        .noTodo: ("Tidak ada yang perlu ditambahkan.", "Nothing left to add."),
        .gain: ("tambahan skor", "score gain"),
        .indicators: ("Indikator", "Indicators"),
        .indicatorsCaption: ("Tingkat yang didukung bukti per indikator", "Level supported by the evidence per indicator"),
        .number: ("No.", "No."),
        .indicator: ("Indikator", "Indicator"),
        .level: ("Tingkat", "Level"),
        .toVerify: ("Perlu diperiksa", "To verify"),
        .evidence: ("Bukti", "Evidence"),
        .documents: ("Dokumen", "Documents"),
        .documentsSummary: ("Dokumen dan alasan penilaian", "Documents and the reasons for each verdict"),
        .reasons: ("Alasan", "Reasons"),
        .problems: ("Masalah", "Problems"),
        .noProblems: ("Tidak ada masalah.", "No problems."),
        .allFiles: ("Semua berkas", "All files"),
        .kind: ("Jenis berkas", "File kind"),
        .types: ("Dikenali sebagai", "Recognised as"),
        .statusMet: ("terpenuhi", "met"),
        .statusPartial: ("sebagian", "partial"),
        .statusToVerify: ("perlu diperiksa", "to verify"),
        .statusMissing: ("belum ada", "missing"),
        .statusWaived: ("dikecualikan", "waived"),
        .docPresent: ("ada", "present"),
        .docWeak: ("lemah", "weak"),
        .docStale: ("kedaluwarsa", "out of date"),
        .docUnreadable: ("tidak terbaca", "unreadable"),
        .docMissing: ("belum ada", "missing"),
        .docWaived: ("dikecualikan", "waived"),
        .backToTop: ("Kembali ke ringkasan", "Back to the summary"),
        .notFound: ("Tidak ditemukan", "Not found"),
        .region: ("Wilayah", "Region"),
        .regions: ("Wilayah yang digabung", "Regions combined"),
    ]

    /// The word for an indicator status.
    func word(_ status: IndicatorStatusWord) -> String { self(status.word) }
}

/// Indicator and document statuses mapped to their words.
enum IndicatorStatusWord {
    case indicator(String)
    case document(String)

    var word: HTMLWord {
        switch self {
        case .indicator(let raw): [
            "met": .statusMet, "partial": .statusPartial, "to-verify": .statusToVerify, "waived": .statusWaived,
        ][raw] ?? .statusMissing
        case .document(let raw): [
            "present": .docPresent, "weak": .docWeak, "stale": .docStale, "unreadable": .docUnreadable,
            "waived": .docWaived,
        ][raw] ?? .docMissing
        }
    }
}
