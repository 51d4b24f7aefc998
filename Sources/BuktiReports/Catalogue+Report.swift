import BuktiCore

/// The words every report shares (headings, columns, statuses), and the report catalogue: the core
/// words plus every report's block.
extension MessageKey {
    public static let title: MessageKey = "title"
    public static let summary: MessageKey = "summary"
    public static let region: MessageKey = "region"
    public static let opd: MessageKey = "opd"
    public static let noOpd: MessageKey = "opd.none"
    public static let tahapan: MessageKey = "tahapan"
    public static let innovation: MessageKey = "innovation"
    public static let innovations: MessageKey = "innovations"
    public static let path: MessageKey = "path"
    public static let indicator: MessageKey = "indicator"
    public static let document: MessageKey = "document"
    public static let status: MessageKey = "status"
    public static let level: MessageKey = "level"
    public static let score: MessageKey = "score"
    public static let maxScore: MessageKey = "maxScore"
    public static let completeness: MessageKey = "completeness"
    public static let complete: MessageKey = "complete"
    public static let incomplete: MessageKey = "incomplete"
    public static let files: MessageKey = "files"
    public static let filesWithProblems: MessageKey = "filesWithProblems"
    public static let evidence: MessageKey = "evidence"
    public static let problems: MessageKey = "problems"
    public static let missingCritical: MessageKey = "missingCritical"
    public static let missingDocuments: MessageKey = "missingDocuments"
    public static let mandatoryWithoutEvidence: MessageKey = "mandatoryWithoutEvidence"
    public static let todo: MessageKey = "todo"
    public static let nothingToDo: MessageKey = "todo.nothing"
    public static let kind: MessageKey = "kind"
    public static let label: MessageKey = "label"
    public static let identifier: MessageKey = "identifier"
    public static let rowIndicator: MessageKey = "row.indicator"
    public static let rowDocument: MessageKey = "row.document"
    public static let auditHeading: MessageKey = "audit.heading"
    public static let rulesLine: MessageKey = "audit.rules"
    public static let unassigned: MessageKey = "unassigned"
    public static let shared: MessageKey = "shared"
    public static let toVerifyLevel: MessageKey = "toVerifyLevel"
    public static let withoutFolder: MessageKey = "manifest.withoutFolder"
    public static let notInManifest: MessageKey = "manifest.notInManifest"
    public static let incompleteRun: MessageKey = "run.incomplete"

    /// The key naming a document status (`present`...).
    public static func documentStatus(_ status: DocumentStatus) -> MessageKey { MessageKey("document." + status.rawValue) }
    /// The key naming an indicator status (`met`...).
    public static func indicatorStatus(_ status: IndicatorStatus) -> MessageKey { MessageKey("indicator." + status.rawValue) }
}

extension Catalogue {
    /// The reports' catalogue: the library's words and every report block, one line each.
    public static let reports = Catalogue.core.adding([
        reportBlock,
        cliReportBlock,
        todoBlock,
        textReportBlock,
        htmlBlock,
        xlsxBlock,
        sinceBlock,
        monthBlock,
    ])

    static let reportBlock = CatalogueBlock(
        id: [
            .title: "Laporan audit data dukung inovasi daerah",
            .summary: "Ringkasan",
            .region: "Daerah",
            .opd: "Perangkat Daerah",
            .noOpd: "(tanpa perangkat daerah)",
            .tahapan: "Tahapan",
            .innovation: "Inovasi",
            .innovations: "Inovasi",
            .path: "Lokasi",
            .indicator: "Indikator",
            .document: "Dokumen",
            .status: "Status",
            .level: "Level",
            .score: "Skor",
            .maxScore: "Skor maksimum",
            .completeness: "Indikator berbukti",
            .complete: "lengkap",
            .incomplete: "belum lengkap",
            .files: "Berkas",
            .filesWithProblems: "Berkas bermasalah",
            .evidence: "Bukti",
            .problems: "Masalah",
            .missingCritical: "Dokumen kritis yang belum ada",
            .missingDocuments: "Dokumen yang belum ada",
            .mandatoryWithoutEvidence: "Indikator wajib tanpa bukti",
            .todo: "Yang perlu dilakukan",
            .nothingToDo: "Tidak ada: semua indikator sudah di level tertinggi yang dapat dibuktikan dokumen",
            .kind: "Jenis baris",
            .label: "Nama",
            .identifier: "Kode",
            .rowIndicator: "indikator",
            .rowDocument: "dokumen",
            .auditHeading: "Audit data dukung — {1}, tahun penilaian {2}",
            .rulesLine: "Aturan: {1} ({2})",
            .unassigned: "{1} berkas di luar folder inovasi",
            .shared: "{1} dokumen ditemukan di lebih dari satu tempat",
            .toVerifyLevel: "level {1} perlu diperiksa",
            .withoutFolder: "Inovasi dalam daftar tanpa folder",
            .notInManifest: "Folder yang tidak ada dalam daftar",
            .incompleteRun: "AUDIT TIDAK SELESAI: laporan ini tidak lengkap",
            .documentStatus(.present): "ada",
            .documentStatus(.weak): "lemah",
            .documentStatus(.stale): "tahun tidak sesuai",
            .documentStatus(.unreadable): "tidak terbaca",
            .documentStatus(.missing): "tidak ada",
            .documentStatus(.waived): "dikecualikan",
            .indicatorStatus(.met): "terpenuhi",
            .indicatorStatus(.partial): "sebagian",
            .indicatorStatus(.toVerify): "perlu verifikasi",
            .indicatorStatus(.missing): "tidak ada bukti",
            .indicatorStatus(.waived): "dikecualikan",
        ],
        en: [
            .title: "Regional innovation evidence audit",
            .summary: "Summary",
            .region: "Region",
            .opd: "Agency",
            .noOpd: "(no agency)",
            .tahapan: "Stage",
            .innovation: "Innovation",
            .innovations: "Innovations",
            .path: "Path",
            .indicator: "Indicator",
            .document: "Document",
            .status: "Status",
            .level: "Level",
            .score: "Score",
            .maxScore: "Max score",
            .completeness: "Indicators with evidence",
            .complete: "complete",
            .incomplete: "incomplete",
            .files: "Files",
            .filesWithProblems: "Files with problems",
            .evidence: "Evidence",
            .problems: "Problems",
            .missingCritical: "Critical documents missing",
            .missingDocuments: "Missing documents",
            .mandatoryWithoutEvidence: "Mandatory indicators without evidence",
            .todo: "To do",
            .nothingToDo: "Nothing: every indicator is at the highest level documents can prove",
            .kind: "Row kind",
            .label: "Label",
            .identifier: "Id",
            .rowIndicator: "indicator",
            .rowDocument: "document",
            .auditHeading: "Evidence audit — {1}, assessment year {2}",
            .rulesLine: "Rules: {1} ({2})",
            .unassigned: "{1} files outside any innovation folder",
            MessageKey("unassigned.one"): "1 file outside any innovation folder",
            .shared: "{1} documents found in more than one place",
            MessageKey("shared.one"): "1 document found in more than one place",
            .toVerifyLevel: "level {1} needs checking by hand",
            .withoutFolder: "Innovations in the manifest without a folder",
            .notInManifest: "Folders not in the manifest",
            .incompleteRun: "AUDIT INCOMPLETE: this report is not complete",
            .documentStatus(.present): "present",
            .documentStatus(.weak): "weak",
            .documentStatus(.stale): "wrong year",
            .documentStatus(.unreadable): "unreadable",
            .documentStatus(.missing): "missing",
            .documentStatus(.waived): "waived",
            .indicatorStatus(.met): "met",
            .indicatorStatus(.partial): "partial",
            .indicatorStatus(.toVerify): "to verify",
            .indicatorStatus(.missing): "no evidence",
            .indicatorStatus(.waived): "waived",
        ])
}

extension Words {
    /// A document status in the reader's language.
    public func status(_ status: DocumentStatus) -> String { self[.documentStatus(status)] }
    /// An indicator status in the reader's language.
    public func status(_ status: IndicatorStatus) -> String { self[.indicatorStatus(status)] }
}
