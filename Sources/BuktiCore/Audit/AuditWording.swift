/// The audit's own messages in Indonesian (`id`, the default) and English (`en`). Labels of documents
/// and indicators come from the rule file; these sentences only frame them.
public enum AuditWording {
    static func pick(_ language: String, _ id: String, _ en: String) -> String { language == "en" ? en : id }

    static func years(_ window: YearWindow, _ t0: Int) -> String {
        window.from == window.to ? String(t0 + window.from) : "\(t0 + window.from)–\(t0 + window.to)"
    }

    /// `SK (Surat Keputusan) tidak ditemukan` / `missing: SK (Surat Keputusan)`.
    public static func missingDocument(_ label: String, _ language: String) -> String {
        pick(language, "\(label) tidak ditemukan", "missing: \(label)")
    }

    /// `SK tidak dapat dipakai: SK.pdf (named .pdf but the content is a JPEG image)`: each candidate
    /// with the reason it cannot count, so the fix (rename, re-scan, remove the password) is plain.
    public static func unreadableDocument(_ label: String, _ evidence: [EvidenceEntry], _ language: String) -> String {
        let list = evidence.map { entry in
            let name = FilePath(entry.path).name
            return entry.problems.first.map { "\(name) (\($0.message))" } ?? name
        }.joined(separator: "; ")
        return pick(language, "\(label) tidak dapat dipakai: \(list)", "\(label) cannot be used: \(list)")
    }

    public static func weakDocument(_ label: String, _ language: String) -> String {
        pick(language, "\(label) hanya didukung dokumen yang lebih lemah", "\(label) only has weaker evidence")
    }

    public static func staleDocument(_ label: String, _ window: YearWindow?, _ t0: Int, _ language: String) -> String {
        let span = window.map { years($0, t0) } ?? String(t0)
        return pick(language, "\(label) ada, tetapi tidak bertahun \(span)", "\(label) is there but not dated \(span)")
    }

    static func staleFile(_ name: String, _ year: Int, _ window: YearWindow, _ t0: Int, _ language: String) -> String {
        pick(language, "\(name): bertahun \(year), di luar \(years(window, t0))",
             "\(name): dated \(year), outside \(years(window, t0))")
    }

    static func staleType(_ label: String, _ found: [Int], _ window: YearWindow, _ t0: Int, _ language: String) -> String {
        let list = Array(Set(found)).sorted().map(String.init).joined(separator: ", ")
        return pick(language, "\(label) hanya bertahun \(list); dibutuhkan \(years(window, t0))",
                    "\(label) only dated \(list); needs \(years(window, t0))")
    }

    static func dateNotFound(_ name: String, _ language: String) -> String {
        pick(language, "\(name): tanggal/tahun dokumen tidak ditemukan", "\(name): date not found")
    }

    static func missingEvidence(_ level: Int, _ labels: [String], _ language: String) -> String {
        let list = labels.joined(separator: "; ")
        return pick(language, "tidak ada bukti untuk level \(level): perlu \(list)",
                    "no evidence for level \(level): needs \(list)")
    }

    static func kindNotAccepted(_ name: String, _ kind: FileKind, _ accepted: [FileKind], _ language: String) -> String {
        let list = accepted.map(\.rawValue).joined(separator: ", ")
        return pick(language, "\(name): jenis \(kind.rawValue) tidak diterima unggahan (hanya \(list))",
                    "\(name): \(kind.rawValue) is not accepted for upload (only \(list))")
    }

    static func megabytes(_ bytes: Int64) -> String {
        String((Double(bytes) / 100_000).rounded() / 10) + " MB"
    }

    static func sizeOver(_ name: String, _ bytes: Int64, _ limit: Int, _ language: String) -> String {
        pick(language, "\(name): \(megabytes(bytes)) melebihi batas unggah \(megabytes(Int64(limit)))",
             "\(name): \(megabytes(bytes)) is over the upload limit of \(megabytes(Int64(limit)))")
    }

    static func sizeWarn(_ name: String, _ bytes: Int64, _ limit: Int, _ language: String) -> String {
        pick(language, "\(name): \(megabytes(bytes)) lebih dari \(megabytes(Int64(limit))); perkecil sebelum diunggah",
             "\(name): \(megabytes(bytes)) is over \(megabytes(Int64(limit))); shrink it before uploading")
    }

    static func scanWithoutText(_ name: String, _ check: String, _ language: String) -> String {
        pick(language, "\(name): hasil pindaian tanpa teks; pemeriksaan \(check) tidak dapat dilakukan",
             "\(name): a scan without text; check \(check) cannot be done")
    }

    static func noText(_ name: String, _ check: String, _ language: String) -> String {
        pick(language, "\(name): teks tidak terbaca; pemeriksaan \(check) tidak dapat dilakukan",
             "\(name): no text could be read; check \(check) cannot be done")
    }

    static func recognisedByName(_ name: String, _ language: String) -> String {
        pick(language, "\(name): dikenali dari nama berkas saja; hasil pindaian tanpa teks, isinya tidak dapat diperiksa",
             "\(name): recognised by its name only; a scan without text, its content cannot be checked")
    }

    static func noDuration(_ name: String, _ check: String, _ language: String) -> String {
        pick(language, "\(name): durasi tidak diketahui; pemeriksaan \(check) tidak dapat dilakukan",
             "\(name): duration unknown; check \(check) cannot be done")
    }

    static func folderNotInManifest(_ language: String) -> String {
        pick(language, "folder ini tidak ada di daftar inovasi (manifest)", "this folder is not in the manifest")
    }
}
