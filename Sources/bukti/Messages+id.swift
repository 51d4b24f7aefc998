extension AuditMessages {
    /// Bahasa Indonesia, the default: the words an official at a Bappeda reads.
    static let indonesian = AuditMessages(
        heading: { rules, source, year in "Audit data dukung — \(rules) (\(source)), tahun penilaian \(year)" },
        root: "Folder",
        score: "skor perkiraan",
        completeness: "kelengkapan indikator",
        complete: "DOKUMEN KRITIS LENGKAP",
        incomplete: "DOKUMEN KRITIS BELUM LENGKAP",
        opd: "OPD",
        tahapan: "Tahapan",
        missingCritical: "Dokumen kritis:",
        indicators: "Indikator:",
        columns: ("No", "Indikator", "Level", "Skor", "Status"),
        status: { word in
            switch word {
            case .met: "terpenuhi"
            case .partial: "sebagian"
            case .toVerify: "perlu verifikasi"
            case .waived: "dikecualikan"
            case .missing: "tidak ada bukti"
            }
        },
        toVerify: { "level \($0) perlu dicek manual" },
        problems: "Masalah:",
        noFiles: "(folder kosong)",
        summary: { innovations, complete, incomplete, files, withProblems in
            "Ringkasan: \(innovations) inovasi — \(complete) lengkap, \(incomplete) belum lengkap; \(files) berkas, \(withProblems) bermasalah"
        },
        summaryMissing: "Dokumen kritis yang kurang:",
        unassigned: { "\($0) berkas di luar folder inovasi" },
        shared: { "\($0) dokumen yang sama ada di beberapa tempat" },
        withoutFolder: "Inovasi di manifest tanpa folder:",
        notInManifest: "Folder yang tidak ada di manifest:")
}
