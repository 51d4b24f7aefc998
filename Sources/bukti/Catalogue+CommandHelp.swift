import BuktiCore
import BuktiReports

/// Help words of every command and flag, keyed by command and flag name (`help.audit.--lang`), so a
/// flag added to a spec without an entry here still shows the spec's English (and a test names it).
extension Catalogue {
    private static let builtins = RuleFileLoader.builtinNames.joined(separator: ", ")
    private static let reportFormats = Reporters.all.map { $0.identifier }.joined(separator: ", ")

    static let commandHelpBlock = CatalogueBlock(
        id: [
            .abstract("bukti"): "Periksa folder dokumen data dukung untuk Indeks Inovasi Daerah (IID).",
            .option("bukti", "help"): "Tampilkan bantuan.",
            .option("bukti", "version"): "Tampilkan versi.",

            .abstract("inspect"): "Kenali setiap berkas di bawah jalur yang diberikan dan laporkan isinya.",
            .discussion("inspect"): "Folder ditelusuri secara rekursif menurut urutan bita nama; tautan simbolik di dalamnya dihitung, tidak diikuti. Setiap berkas dikenali dari isinya, bukan dari namanya, lalu metadata dan awal teksnya dibaca. Masalah (tidak terbaca, rusak, terenkripsi, salah ekstensi, kosong, berkas sampah sistem) dicatat pada berkas dan tidak pernah menghentikan proses; status keluar 0 bila proses selesai, 2 untuk kesalahan pada baris perintah.",
            .argument("inspect"): "Berkas atau folder yang diperiksa.",
            .option("inspect", "format"): "Format keluaran: text (untuk dibaca orang), json (satu dokumen) atau jsonl (satu rekaman JSON per baris).",
            .option("inspect", "hash"): "Tambahkan SHA-256 isi setiap berkas (membaca seluruh bita).",
            .option("inspect", "text-pages"): "Jumlah halaman teks yang dibaca dari setiap dokumen.",
            .option("inspect", "text-chars"): "Jumlah karakter teks yang disimpan per berkas.",
            .option("inspect", "file-timeout"): "Waktu maksimum untuk satu berkas; berkas yang melampauinya mendapat masalah limit-exceeded.",
            .option("inspect", "lang"): "Bahasa keluaran text: id (Indonesia) atau en (Inggris).",

            .abstract("audit"): "Periksa apakah setiap folder inovasi memuat dokumen yang dibutuhkan indikator IID-nya.",
            .discussion("audit"): "Setiap folder tepat di bawah ROOT (atau --depth tingkat ke bawah) adalah satu inovasi. Setiap berkas dikenali, dibaca, dan digolongkan (SK, SOP, DPA, foto...), lalu setiap inovasi mendapat status per jenis dokumen (ada, lemah, kedaluwarsa, tidak terbaca, tidak ada), tingkat yang didukung buktinya per indikator, dan perkiraan skor. Tidak ada yang ditulis di dalam ROOT. Status keluar: 0 bila setiap inovasi memiliki dokumen pentingnya, 1 bila ada yang belum, 2 untuk kesalahan pada baris perintah atau berkas aturan, 3 bila proses tidak dapat diselesaikan.",
            .argument("audit"): "Folder yang memuat folder-folder inovasi.",
            .option("audit", "rules"): "Berkas aturan (JSON5) atau set aturan bawaan: \(builtins).",
            .option("audit", "year"): "Tahun penilaian (T-0) yang menjadi acuan rentang tahun dokumen; bawaan dari aturan.",
            .option("audit", "depth"): "Kedalaman folder inovasi (2 untuk ROOT/OPD/Inovasi); bawaan dari aturan.",
            .option("audit", "manifest"): "Daftar resmi inovasi (CSV atau XLSX: nama inovasi, folder, opd, tahapan).",
            .option("audit", "format"): "Satu laporan ke stdout: text (untuk dibaca orang), json, md atau csv (format --report apa pun).",
            .option("audit", "output"): "Tulis laporan --format ke berkas ini (secara atomik), bukan ke stdout; tidak boleh di dalam ROOT.",
            .option("audit", "report"): "Tulis laporan (\(reportFormats)) ke PATH, - untuk stdout; dapat diulang. Tidak boleh di dalam ROOT.",
            .option("audit", "excel"): "Awali laporan CSV dengan byte order mark agar Excel membaca nama berbahasa Indonesia dengan benar.",
            .option("audit", "split-by"): "Tulis satu laporan per perangkat daerah (OPD) dari daftar inovasi, atau dari tingkat folder pertama dengan --depth 2; nama berkas mendapat -<opd> sebelum ekstensinya.",
            .option("audit", "lang"): "Bahasa laporan: id (Indonesia) atau en (Inggris).",
            .option("audit", "hash-all"): "Tambahkan SHA-256 setiap berkas (secara bawaan hanya berkas yang berukuran sama yang di-hash).",

            .abstract("merge"): "Gabungkan JSON audit beberapa daerah menjadi satu laporan.",
            .discussion("merge"): "Setiap AUDIT adalah keluaran 'bukti audit --format json' (atau --report json:FILE) untuk satu daerah; tulis FILE=NAMA untuk menamai daerahnya (bawaan: nama folder root yang diaudit). Audit yang dibuat dengan berkas aturan (nama dan SHA-256), versi skema, atau tahun penilaian yang berbeda ditolak. Label diambil dari aturan yang disebut audit bila aturan itu bawaan; selain itu berikan berkas aturan yang sama dengan --rules. Status keluar: 0 bila laporan ditulis, 2 untuk kesalahan pada baris perintah atau gabungan yang ditolak, 3 bila laporan tidak dapat ditulis.",
            .argument("merge"): "Berkas JSON audit, masing-masing boleh ditulis FILE=NAMA.",
            .option("merge", "rules"): "Berkas aturan yang dipakai audit (perlu bila bukan aturan bawaan).",
            .option("merge", "format"): "Satu laporan ke stdout: text, json, md atau csv (format --report apa pun).",
            .option("merge", "output"): "Tulis laporan --format ke berkas ini (secara atomik), bukan ke stdout.",
            .option("merge", "report"): "Tulis laporan (\(reportFormats)) ke PATH, - untuk stdout; dapat diulang.",
            .option("merge", "excel"): "Awali laporan CSV dengan byte order mark agar Excel membaca nama berbahasa Indonesia dengan benar.",
            .option("merge", "lang"): "Bahasa laporan: id (Indonesia) atau en (Inggris).",

            .abstract("explain"): "Tampilkan, sinyal demi sinyal, jenis dokumen setiap berkas beserta alasannya.",
            .discussion("explain"): "Setiap berkas diperiksa seperti pada `bukti inspect` lalu digolongkan dengan berkas aturan: untuk setiap jenis dokumen yang mencapai ambangnya ditampilkan skor, tanggal yang terbaca beserta asalnya, dan setiap sinyal yang cocok; lalu jenis yang hampir cocok. Sinyal folder melihat folder di antara folder yang disebut pada baris perintah dan berkasnya (untuk berkas yang disebut langsung, folder yang ditulis sebelum namanya). Status keluar 0 bila proses selesai, 2 untuk kesalahan pada baris perintah atau berkas aturan.",
            .argument("explain"): "Berkas (atau folder) yang dijelaskan.",
            .option("explain", "rules"): "Berkas aturan: nama bawaan (\(builtins)) atau jalur berkas.",
            .option("explain", "lang"): "Bahasa label dan alasan: id atau en.",

            .abstract("rules"): "Periksa berkas aturan, atau tampilkan jenis dokumen dan indikator yang ditetapkannya.",
            .discussion("rules"): "'bukti rules check FILE|NAMA' memeriksa berkas aturan atau set aturan bawaan dan mencetak 'ok' beserta ukurannya. Kesalahan dicetak sebagai FILE:BARIS:KOLOM: kesalahan: KUNCI: apa yang salah, dengan status keluar 2; kunci yang tidak dikenal menjadi peringatan. 'bukti rules show FILE|NAMA' mencetak jenis dokumen (jenis berkas, penting, ambang, sinyal, rentang tahun) dan indikator beserta kebutuhan setiap tingkatnya. Set aturan bawaan: \(builtins).",
            .argument("rules"): "Tindakan, serta jalur berkas aturan atau nama aturan bawaan.",
            .option("rules", "lang"): "Bahasa label untuk 'show': id (Indonesia) atau en (Inggris).",
        ],
        en: [
            .abstract("bukti"): "Audit folders of evidence documents for the regional innovation index (IID).",
            .option("bukti", "help"): "Show help information.",
            .option("bukti", "version"): "Show the version.",

            .abstract("inspect"): "Identify every file under the given paths and report what each one holds.",
            .discussion("inspect"): InspectCommand.spec.discussion,
            .argument("inspect"): "Files or folders to inspect.",
            .option("inspect", "format"): "Output format: text (for people), json (one document) or jsonl (one JSON record per line).",
            .option("inspect", "hash"): "Add the SHA-256 of each file's content (reads every byte).",
            .option("inspect", "text-pages"): "Pages of text to read from each document.",
            .option("inspect", "text-chars"): "Characters of text to keep per file.",
            .option("inspect", "file-timeout"): "Time one file may take; a file that runs over gets a limit-exceeded problem.",
            .option("inspect", "lang"): "Language of the text output: id (Indonesian) or en (English).",

            .abstract("audit"): "Check every innovation folder for the documents its IID indicators need.",
            .discussion("audit"): AuditCommand.spec.discussion,
            .argument("audit"): "The folder holding the innovation folders.",
            .option("audit", "rules"): "Rule file (JSON5) or built-in rule set: \(builtins).",
            .option("audit", "year"): "Assessment year (T-0) that document windows count from; default from the rules.",
            .option("audit", "depth"): "Folder depth of innovation folders (2 for ROOT/OPD/Innovation); default from the rules.",
            .option("audit", "manifest"): "Official list of innovations (CSV or XLSX: nama inovasi, folder, opd, tahapan).",
            .option("audit", "format"): "One report on stdout: text (for people), json, md or csv (any --report format).",
            .option("audit", "output"): "Write the --format report to this file (atomically) instead of stdout; never inside ROOT.",
            .option("audit", "report"): "Write a report (\(reportFormats)) to PATH, - for stdout; repeatable. Never inside ROOT.",
            .option("audit", "excel"): "Start CSV reports with a byte order mark so Excel reads Indonesian names right.",
            .option("audit", "split-by"): "Write one report per agency (OPD) from the manifest, or from the first folder level with --depth 2; files get -<opd> before the extension.",
            .option("audit", "lang"): "Language of the report: id (Indonesian) or en (English).",
            .option("audit", "hash-all"): "Add the SHA-256 of every file (by default only files of equal size are hashed).",

            .abstract("merge"): "Combine the audit JSON of several regions into one report.",
            .discussion("merge"): MergeCommand.spec.discussion,
            .argument("merge"): "Audit JSON files, each optionally FILE=NAME.",
            .option("merge", "rules"): "The rule file the audits were made with (needed when it is not built in).",
            .option("merge", "format"): "One report on stdout: text, json, md or csv (any --report format).",
            .option("merge", "output"): "Write the --format report to this file (atomically) instead of stdout.",
            .option("merge", "report"): "Write a report (\(reportFormats)) to PATH, - for stdout; repeatable.",
            .option("merge", "excel"): "Start CSV reports with a byte order mark so Excel reads Indonesian names right.",
            .option("merge", "lang"): "Language of the report: id (Indonesian) or en (English).",

            .abstract("explain"): "Show, signal by signal, which document types each file is and why.",
            .discussion("explain"): ExplainCommand.spec.discussion,
            .argument("explain"): "Files (or folders) to explain.",
            .option("explain", "rules"): "Rule file: a built-in name (\(builtins)) or a path.",
            .option("explain", "lang"): "Language of labels and reasons: id or en.",

            .abstract("rules"): "Check a rule file, or show the document types and indicators it defines.",
            .discussion("rules"): RulesCommand.spec.discussion,
            .argument("rules"): "What to do, and a rule file path or built-in name.",
            .option("rules", "lang"): "Language of labels for 'show': id (Indonesian) or en (English).",
        ])
}
