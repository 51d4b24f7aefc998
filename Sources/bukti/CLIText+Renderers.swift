import BuktiReports

/// Words of the terminal renderers: `inspect` field labels and summary, `explain` phrases,
/// `rules show`/`check` tables. Field labels are keyed `inspect.<english label>`.
extension CLIText {
    /// The English field labels of `inspect --format text`, in reading order, with their Indonesian.
    static let inspectLabels: [(en: String, id: String)] = [
        ("kind", "jenis"), ("size", "ukuran"), ("sha256", "sha256"), ("pages", "halaman"), ("pdf", "pdf"),
        ("title", "judul"), ("author", "penulis"), ("subject", "subjek"), ("keywords", "kata kunci"),
        ("creator", "pembuat"), ("producer", "produser"), ("application", "aplikasi"),
        ("modified by", "diubah oleh"), ("created", "dibuat"), ("modified", "diubah"), ("taken", "diambil"),
        ("dimensions", "dimensi"), ("camera", "kamera"), ("software", "perangkat lunak"), ("gps", "gps"),
        ("screenshot", "tangkapan layar"), ("duration", "durasi"), ("sheets", "lembar"), ("words", "kata"),
        ("text", "teks"),
    ]

    static func labelKey(_ english: String) -> ReportKey { ReportKey("inspect." + english) }
    static func skipKey(_ reason: String) -> ReportKey { ReportKey("inspect.skip." + reason) }

    /// The label of an `inspect` field.
    func label(_ english: String) -> String { word(Self.labelKey(english), or: english) }

    /// `count` with the `.one` variant of `key` when the count is 1 (English plurals).
    func count(_ key: ReportKey, _ count: Int) -> String {
        let one = ReportKey(key.rawValue + ".one")
        let template = count == 1 ? ((language == .en ? Self.merged.en : Self.merged.id)[one] ?? self[key]) : self[key]
        return template.replacingOccurrences(of: "{1}", with: String(count))
    }

    static let inspectCatalogue = ReportCatalogue(
        id: Dictionary(uniqueKeysWithValues: inspectLabels.map { (labelKey($0.en), $0.id) }).merging([
            "inspect.yes": "ya", "inspect.encrypted": "terenkripsi", "inspect.linearized": "terlinearisasi",
            "inspect.scanned": "hasil pindai",
            "inspect.files": "{1} berkas", "inspect.withProblems": "{1} bermasalah", "inspect.skipped": "dilewati {1}",
            skipKey("symlink"): "{1} tautan simbolik", skipKey("fifo"): "{1} fifo", skipKey("socket"): "{1} soket",
            skipKey("block-device"): "{1} perangkat blok", skipKey("char-device"): "{1} perangkat karakter",
            skipKey("other"): "{1} berkas khusus", skipKey("revisited"): "{1} folder yang sudah ditelusuri",
        ]) { first, _ in first },
        en: Dictionary(uniqueKeysWithValues: inspectLabels.map { (labelKey($0.en), $0.en) }).merging([
            "inspect.yes": "yes", "inspect.encrypted": "encrypted", "inspect.linearized": "linearized",
            "inspect.scanned": "scanned",
            "inspect.files": "{1} files", "inspect.files.one": "{1} file", "inspect.withProblems": "{1} with problems",
            "inspect.skipped": "skipped {1}",
            skipKey("symlink"): "{1} symlinks", ReportKey("inspect.skip.symlink.one"): "{1} symlink",
            skipKey("fifo"): "{1} fifos", ReportKey("inspect.skip.fifo.one"): "{1} fifo",
            skipKey("socket"): "{1} sockets", ReportKey("inspect.skip.socket.one"): "{1} socket",
            skipKey("block-device"): "{1} block devices", ReportKey("inspect.skip.block-device.one"): "{1} block device",
            skipKey("char-device"): "{1} character devices", ReportKey("inspect.skip.char-device.one"): "{1} character device",
            skipKey("other"): "{1} special files", ReportKey("inspect.skip.other.one"): "{1} special file",
            skipKey("revisited"): "{1} folders already walked", ReportKey("inspect.skip.revisited.one"): "{1} folder already walked",
        ]) { first, _ in first })

    static let explainCatalogue = ReportCatalogue(
        id: [
            "explain.kind": "jenis", "explain.match": "cocok", "explain.near": "hampir", "explain.score": "skor",
            "explain.date": "tanggal", "explain.noDate": "tanggal tidak ditemukan",
            "explain.none": "tidak ada jenis dokumen yang mencapai ambangnya", "explain.problem": "masalah",
            "explain.at": "pada",
        ],
        en: [
            "explain.kind": "kind", "explain.match": "match", "explain.near": "near miss", "explain.score": "score",
            "explain.date": "date", "explain.noDate": "date not found",
            "explain.none": "no document type reached its threshold", "explain.problem": "problem",
            "explain.at": "at",
        ])

    static let rulesCatalogue = ReportCatalogue(
        id: [
            "rules.ok": "ok: {1} ({2} jenis dokumen, {3} indikator)",
            "rules.schema": "skema {1}, tahun penilaian {2}, folder inovasi pada kedalaman {3}",
            "rules.limits": "batas ukuran: peringatan di atas {1}, ditolak di atas {2}",
            "rules.ignored": "diabaikan: {1}",
            "rules.types": "JENIS DOKUMEN", "rules.indicators": "INDIKATOR",
            "rules.col.id": "id", "rules.col.label": "label", "rules.col.kinds": "jenis berkas",
            "rules.col.critical": "penting", "rules.col.threshold": "ambang", "rules.col.signals": "sinyal",
            "rules.col.window": "rentang",
            "rules.yes": "ya", "rules.no": "tidak", "rules.any": "kapan saja", "rules.weakFor": "lemah untuk {1}",
            "rules.weight": "bobot {1}", "rules.mandatory": "wajib",
            "rules.level": "tingkat {1} ({2}): {3}", "rules.verify": "; untuk diverifikasi: {1}",
            "rules.nothing": "tidak ada", "rules.or": " atau ", "rules.and": "; dan ",
            "rules.documents": "{1} dokumen", "rules.dated": "bertanggal {1}", "rules.years": "mencakup {1} tahun berbeda",
        ],
        en: [
            "rules.ok": "ok: {1} ({2} document types, {3} indicators)",
            "rules.schema": "schema {1}, assessment year {2}, innovation folders at depth {3}",
            "rules.limits": "size limits: warn above {1}, refuse above {2}",
            "rules.ignored": "ignored: {1}",
            "rules.types": "DOCUMENT TYPES", "rules.indicators": "INDICATORS",
            "rules.col.id": "id", "rules.col.label": "label", "rules.col.kinds": "kinds",
            "rules.col.critical": "critical", "rules.col.threshold": "threshold", "rules.col.signals": "signals",
            "rules.col.window": "window",
            "rules.yes": "yes", "rules.no": "no", "rules.any": "any", "rules.weakFor": "weak for {1}",
            "rules.weight": "weight {1}", "rules.mandatory": "mandatory",
            "rules.level": "level {1} ({2}): {3}", "rules.verify": "; to verify: {1}",
            "rules.nothing": "nothing", "rules.or": " or ", "rules.and": "; and ",
            "rules.documents": "{1} documents", "rules.dated": "dated {1}", "rules.years": "covering {1} distinct years",
        ])
}
