import BuktiCore

/// The HTML report's own words, Indonesian and English (labels of documents and indicators come
/// from the rule file), as keys `html.<word>` of the catalogue (`Words` reads them with `words(.reportTitle)`).
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

extension Catalogue {
    /// The HTML report's block of the catalogue.
    static let htmlBlock = CatalogueBlock(
        prefix: "html.",
        id: [
            .reportTitle: "Laporan Data Dukung Inovasi Daerah",
            .rulesUsed: "Aturan",
            .assessmentYear: "Tahun penilaian",
            .root: "Folder",
            .generated: "Dibuat",
            .skipToContent: "Langsung ke isi",
            .summary: "Ringkasan",
            .innovations: "Inovasi",
            .complete: "Lengkap",
            .incomplete: "Belum lengkap",
            .files: "Berkas",
            .filesWithProblems: "Berkas bermasalah",
            .missingCritical: "Dokumen penting yang belum ada",
            .documentType: "Jenis dokumen",
            .innovationsMissingIt: "Inovasi tanpa dokumen ini",
            .noneMissing: "Tidak ada dokumen penting yang kurang.",
            .estimatedScores: "Perkiraan skor indikator",
            .innovation: "Inovasi",
            .opd: "OPD",
            .status: "Status",
            .score: "Skor",
            .maxScore: "Skor maksimum",
            .completeness: "Kelengkapan",
            .sortBy: "Urutkan menurut",
            .mandatoryWithoutEvidence: "Indikator wajib tanpa bukti",
            .noMandatoryMissing: "Semua indikator wajib memiliki bukti.",
            .opdChart: "Inovasi per OPD",
            .opdChartDescription: "Jumlah inovasi lengkap dan belum lengkap per OPD",
            .noOPD: "(tanpa OPD)",
            .unassigned: "Berkas di luar folder inovasi",
            .sharedDocuments: "Dokumen yang sama di beberapa tempat",
            .sameContent: "isi sama",
            .manifestWithoutFolder: "Inovasi di daftar tanpa folder",
            .foldersNotInManifest: "Folder yang tidak ada di daftar",
            .none: "Tidak ada.",
            .filters: "Saring",
            .filterOPD: "OPD",
            .filterStatus: "Status",
            .filterMissing: "Dokumen yang belum ada",
            .search: "Cari",
            .searchPlaceholder: "nama, berkas, masalah…",
            .all: "Semua",
            .shown: "inovasi ditampilkan",
            .resetFilters: "Atur ulang",
            .path: "Folder",
            .tahapan: "Tahapan",
            .missingDocuments: "Dokumen penting yang belum ada",
            .todo: "Yang perlu dikerjakan (urut menurut tambahan skor)",
            .noTodo: "Tidak ada yang perlu ditambahkan.",
            .gain: "tambahan skor",
            .indicators: "Indikator",
            .indicatorsCaption: "Tingkat yang didukung bukti per indikator",
            .number: "No.",
            .indicator: "Indikator",
            .level: "Tingkat",
            .toVerify: "Perlu diperiksa",
            .evidence: "Bukti",
            .documents: "Dokumen",
            .documentsSummary: "Dokumen dan alasan penilaian",
            .reasons: "Alasan",
            .problems: "Masalah",
            .noProblems: "Tidak ada masalah.",
            .allFiles: "Semua berkas",
            .kind: "Jenis berkas",
            .types: "Dikenali sebagai",
            .statusMet: "terpenuhi",
            .statusPartial: "sebagian",
            .statusToVerify: "perlu diperiksa",
            .statusMissing: "belum ada",
            .statusWaived: "dikecualikan",
            .docPresent: "ada",
            .docWeak: "lemah",
            .docStale: "kedaluwarsa",
            .docUnreadable: "tidak terbaca",
            .docMissing: "belum ada",
            .docWaived: "dikecualikan",
            .backToTop: "Kembali ke ringkasan",
            .notFound: "Tidak ditemukan",
            .region: "Wilayah",
            .regions: "Wilayah yang digabung",
        ] as [HTMLWord: String],
        en: [
            .reportTitle: "Regional Innovation Evidence Report",
            .rulesUsed: "Rules",
            .assessmentYear: "Assessment year",
            .root: "Folder",
            .generated: "Generated",
            .skipToContent: "Skip to content",
            .summary: "Summary",
            .innovations: "Innovations",
            .complete: "Complete",
            .incomplete: "Incomplete",
            .files: "Files",
            .filesWithProblems: "Files with problems",
            .missingCritical: "Critical documents missing",
            .documentType: "Document type",
            .innovationsMissingIt: "Innovations without it",
            .noneMissing: "No critical document is missing.",
            .estimatedScores: "Estimated indicator scores",
            .innovation: "Innovation",
            .opd: "Agency (OPD)",
            .status: "Status",
            .score: "Score",
            .maxScore: "Maximum score",
            .completeness: "Completeness",
            .sortBy: "Sort by",
            .mandatoryWithoutEvidence: "Mandatory indicators without evidence",
            .noMandatoryMissing: "Every mandatory indicator has evidence.",
            .opdChart: "Innovations per agency",
            .opdChartDescription: "Complete and incomplete innovations per agency",
            .noOPD: "(no agency)",
            .unassigned: "Files outside innovation folders",
            .sharedDocuments: "Identical documents in several places",
            .sameContent: "same content",
            .manifestWithoutFolder: "Listed innovations without a folder",
            .foldersNotInManifest: "Folders not in the list",
            .none: "None.",
            .filters: "Filter",
            .filterOPD: "Agency",
            .filterStatus: "Status",
            .filterMissing: "Missing document",
            .search: "Search",
            .searchPlaceholder: "name, file, problem…",
            .all: "All",
            .shown: "innovations shown",
            .resetFilters: "Reset",
            .path: "Folder",
            .tahapan: "Stage",
            .missingDocuments: "Critical documents missing",
            .todo: "To do (by estimated score gain)",
            .noTodo: "Nothing left to add.",
            .gain: "score gain",
            .indicators: "Indicators",
            .indicatorsCaption: "Level supported by the evidence per indicator",
            .number: "No.",
            .indicator: "Indicator",
            .level: "Level",
            .toVerify: "To verify",
            .evidence: "Evidence",
            .documents: "Documents",
            .documentsSummary: "Documents and the reasons for each verdict",
            .reasons: "Reasons",
            .problems: "Problems",
            .noProblems: "No problems.",
            .allFiles: "All files",
            .kind: "File kind",
            .types: "Recognised as",
            .statusMet: "met",
            .statusPartial: "partial",
            .statusToVerify: "to verify",
            .statusMissing: "missing",
            .statusWaived: "waived",
            .docPresent: "present",
            .docWeak: "weak",
            .docStale: "out of date",
            .docUnreadable: "unreadable",
            .docMissing: "missing",
            .docWaived: "waived",
            .backToTop: "Back to the summary",
            .notFound: "Not found",
            .region: "Region",
            .regions: "Regions combined",
        ] as [HTMLWord: String])
}

extension Words {
    /// An HTML report word in this language.
    func callAsFunction(_ word: HTMLWord) -> String { self[MessageKey("html." + word.rawValue)] }

    /// The HTML report's word for an indicator status.
    func htmlWord(_ status: IndicatorStatus) -> String {
        switch status {
        case .met: self(.statusMet)
        case .partial: self(.statusPartial)
        case .toVerify: self(.statusToVerify)
        case .missing: self(.statusMissing)
        case .waived: self(.statusWaived)
        }
    }

    /// The HTML report's word for a document status.
    func htmlWord(_ status: DocumentStatus) -> String {
        switch status {
        case .present: self(.docPresent)
        case .weak: self(.docWeak)
        case .stale: self(.docStale)
        case .unreadable: self(.docUnreadable)
        case .missing: self(.docMissing)
        case .waived: self(.docWaived)
        }
    }
}
