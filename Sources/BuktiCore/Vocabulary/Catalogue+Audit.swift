/// Keys of the audit's findings, named after the problem code they explain (`problem.<code>`, with a
/// variant where one code has several sentences). The texts frame labels from the rule file.
extension MessageKey {
    public static let missingDocument: MessageKey = "problem.missing-document"
    public static let unreadableDocument: MessageKey = "problem.unreadable-document"
    public static let weakDocument: MessageKey = "problem.weak-document"
    public static let staleDocument: MessageKey = "problem.stale-document"
    public static let staleFile: MessageKey = "problem.stale.file"
    public static let staleType: MessageKey = "problem.stale.type"
    public static let dateNotFound: MessageKey = "problem.date-not-found"
    public static let missingEvidence: MessageKey = "problem.missing-evidence"
    public static let kindNotAccepted: MessageKey = "problem.kind-not-accepted"
    public static let sizeOverLimit: MessageKey = "problem.size-over-limit"
    public static let sizeWarning: MessageKey = "problem.size-warning"
    public static let cannotCheckScan: MessageKey = "problem.cannot-check.scan"
    public static let cannotCheckNoText: MessageKey = "problem.cannot-check.noText"
    public static let cannotCheckNoDuration: MessageKey = "problem.cannot-check.noDuration"
    public static let recognisedByName: MessageKey = "problem.recognised-by-name"
    public static let folderNotInManifest: MessageKey = "problem.not-in-manifest"
    public static let waived: MessageKey = "problem.waived"
    public static let waiverExpired: MessageKey = "problem.waiver-expired"
}

extension Catalogue {
    /// `{1}` is the document label or file name; the rest per key in `Words+Audit.swift`.
    static let auditBlock = CatalogueBlock(
        id: [
            .missingDocument: "{1} tidak ditemukan",
            .unreadableDocument: "{1} tidak dapat dipakai: {2}",
            .weakDocument: "{1} hanya didukung dokumen yang lebih lemah",
            .staleDocument: "{1} ada, tetapi tidak bertahun {2}",
            .staleFile: "{1}: bertahun {2}, di luar {3}",
            .staleType: "{1} hanya bertahun {2}; dibutuhkan {3}",
            .dateNotFound: "{1}: tanggal/tahun dokumen tidak ditemukan",
            .missingEvidence: "tidak ada bukti untuk level {1}: perlu {2}",
            .kindNotAccepted: "{1}: jenis {2} tidak diterima unggahan (hanya {3})",
            .sizeOverLimit: "{1}: {2} melebihi batas unggah {3}",
            .sizeWarning: "{1}: {2} lebih dari {3}; perkecil sebelum diunggah",
            .cannotCheckScan: "{1}: hasil pindaian tanpa teks; pemeriksaan {2} tidak dapat dilakukan",
            .cannotCheckNoText: "{1}: teks tidak terbaca; pemeriksaan {2} tidak dapat dilakukan",
            .cannotCheckNoDuration: "{1}: durasi tidak diketahui; pemeriksaan {2} tidak dapat dilakukan",
            .recognisedByName: "{1}: dikenali dari nama berkas saja; hasil pindaian tanpa teks, isinya tidak dapat diperiksa",
            .folderNotInManifest: "folder ini tidak ada di daftar inovasi (manifest)",
            .waived: "{1} dikecualikan sampai {2} oleh {3}: {4}",
            .waiverExpired: "{1}: pengecualian berakhir pada {2}",
        ],
        en: [
            .missingDocument: "missing: {1}",
            .unreadableDocument: "{1} cannot be used: {2}",
            .weakDocument: "{1} only has weaker evidence",
            .staleDocument: "{1} is there but not dated {2}",
            .staleFile: "{1}: dated {2}, outside {3}",
            .staleType: "{1} only dated {2}; needs {3}",
            .dateNotFound: "{1}: date not found",
            .missingEvidence: "no evidence for level {1}: needs {2}",
            .kindNotAccepted: "{1}: {2} is not accepted for upload (only {3})",
            .sizeOverLimit: "{1}: {2} is over the upload limit of {3}",
            .sizeWarning: "{1}: {2} is over {3}; shrink it before uploading",
            .cannotCheckScan: "{1}: a scan without text; check {2} cannot be done",
            .cannotCheckNoText: "{1}: no text could be read; check {2} cannot be done",
            .cannotCheckNoDuration: "{1}: duration unknown; check {2} cannot be done",
            .recognisedByName: "{1}: recognised by its name only; a scan without text, its content cannot be checked",
            .folderNotInManifest: "this folder is not in the manifest",
            .waived: "{1} waived until {2} by {3}: {4}",
            .waiverExpired: "{1}: waiver expired on {2}",
        ])
}

extension AuditProblemCode {
    /// The catalogue keys of the sentences that state this finding (several where one code has
    /// variants); empty for `unreadable-evidence`, which repeats the file's own problem.
    public var messageKeys: [MessageKey] {
        switch self {
        case .missingDocument: [.missingDocument]
        case .unreadableDocument: [.unreadableDocument]
        case .staleDocument: [.staleDocument]
        case .weakDocument: [.weakDocument]
        case .notInManifest: [.folderNotInManifest]
        case .recognisedByName: [.recognisedByName]
        case .stale: [.staleFile, .staleType]
        case .dateNotFound: [.dateNotFound]
        case .missingEvidence: [.missingEvidence]
        case .unreadableEvidence: []
        case .kindNotAccepted: [.kindNotAccepted]
        case .sizeOverLimit: [.sizeOverLimit]
        case .sizeWarning: [.sizeWarning]
        case .cannotCheck: [.cannotCheckScan, .cannotCheckNoText, .cannotCheckNoDuration]
        case .waived: [.waived]
        case .waiverExpired: [.waiverExpired]
        }
    }

    /// The key of the sentence that says what to do about this finding: `problem.<code>.fix`. The
    /// sentences themselves (Indonesian and English, for every audit and file code) are issue 14's:
    /// they go into a block of their own added to `Catalogue.core`.
    public var fixKey: MessageKey { MessageKey("problem.\(rawValue).fix") }
}

extension ProblemCode {
    /// The key of the sentence that says what to do about this file problem: `problem.<code>.fix`
    /// (see `AuditProblemCode.fixKey`).
    public var fixKey: MessageKey { MessageKey("problem.\(rawValue).fix") }
}
