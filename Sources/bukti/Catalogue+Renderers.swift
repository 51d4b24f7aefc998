import BuktiCore
import BuktiReports

/// Words of the terminal renderers: `inspect` field labels and summary, `explain` phrases,
/// `rules show`/`check` tables. Field labels are keyed `inspect.<english label>`.
extension Catalogue {
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

    static let inspectBlock = CatalogueBlock(
        id: Dictionary(uniqueKeysWithValues: inspectLabels.map { (MessageKey.inspectLabel($0.en), $0.id) }).merging([
            "inspect.yes": "ya", "inspect.encrypted": "terenkripsi", "inspect.linearized": "terlinearisasi",
            "inspect.scanned": "hasil pindai",
            "inspect.files": "{1} berkas", "inspect.withProblems": "{1} bermasalah", "inspect.skipped": "dilewati {1}",
            .inspectSkip("symlink"): "{1} tautan simbolik", .inspectSkip("fifo"): "{1} fifo", .inspectSkip("socket"): "{1} soket",
            .inspectSkip("block-device"): "{1} perangkat blok", .inspectSkip("char-device"): "{1} perangkat karakter",
            .inspectSkip("other"): "{1} berkas khusus", .inspectSkip("revisited"): "{1} folder yang sudah ditelusuri",
        ]) { first, _ in first },
        en: Dictionary(uniqueKeysWithValues: inspectLabels.map { (MessageKey.inspectLabel($0.en), $0.en) }).merging([
            "inspect.yes": "yes", "inspect.encrypted": "encrypted", "inspect.linearized": "linearized",
            "inspect.scanned": "scanned",
            "inspect.files": "{1} files", "inspect.files.one": "{1} file", "inspect.withProblems": "{1} with problems",
            "inspect.skipped": "skipped {1}",
            .inspectSkip("symlink"): "{1} symlinks", MessageKey("inspect.skip.symlink.one"): "{1} symlink",
            .inspectSkip("fifo"): "{1} fifos", MessageKey("inspect.skip.fifo.one"): "{1} fifo",
            .inspectSkip("socket"): "{1} sockets", MessageKey("inspect.skip.socket.one"): "{1} socket",
            .inspectSkip("block-device"): "{1} block devices", MessageKey("inspect.skip.block-device.one"): "{1} block device",
            .inspectSkip("char-device"): "{1} character devices", MessageKey("inspect.skip.char-device.one"): "{1} character device",
            .inspectSkip("other"): "{1} special files", MessageKey("inspect.skip.other.one"): "{1} special file",
            .inspectSkip("revisited"): "{1} folders already walked", MessageKey("inspect.skip.revisited.one"): "{1} folder already walked",
        ]) { first, _ in first })

    static let explainBlock = CatalogueBlock(
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

    static let rulesBlock = CatalogueBlock(
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

extension MessageKey {
    /// The label of an `inspect` field, keyed by its English (`inspect.modified by`).
    static func inspectLabel(_ english: String) -> MessageKey { MessageKey("inspect." + english) }
    /// A kind of skipped walk entry (`inspect.skip.symlink`), counted.
    static func inspectSkip(_ reason: String) -> MessageKey { MessageKey("inspect.skip." + reason) }
}

extension Words {
    /// The label of an `inspect` field.
    func label(_ english: String) -> String { word(.inspectLabel(english), or: english) }
}
