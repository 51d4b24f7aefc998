import BuktiCore
import BuktiReports

/// Help words of the unattended-run flags (cache, lock, progress, history) and of `history`/`diff`.
extension Catalogue {
    private static let cacheDefault = "$XDG_CACHE_HOME/bukti or ~/.cache/bukti"

    static let nightlyHelpBlock = CatalogueBlock(
        id: [
            .option("audit", "cache"): "Folder cache fakta dan kuncinya; bawaan \(cacheDefault).",
            .option("audit", "no-cache"): "Baca setiap berkas; tanpa cache dan tanpa kunci.",
            .option("audit", "wait"): "Bila proses lain memegang kunci cache, tunggu selama ini (bawaan: langsung keluar dengan status 75).",
            .option("audit", "max-file-bytes"): "Berkas yang lebih besar didaftar tetapi tidak dibaca (limit-exceeded).",
            .option("audit", "file-timeout"): "Waktu maksimum untuk satu berkas; berkas yang melampauinya mendapat masalah limit-exceeded.",
            .option("audit", "quiet"): "Tanpa baris kemajuan, denyut, dan ringkasan penutup di stderr.",
            .option("audit", "log-format"): "Kemajuan, peringatan, dan ringkasan di stderr sebagai teks atau baris JSON.",
            .option("audit", "keep-history"): "Jumlah proses yang disimpan per folder dalam riwayat.",
            .option("audit", "no-history"): "Jangan catat proses ini dalam riwayat.",
            .option("audit", "compare"): "Tambahkan apa yang berubah sejak proses itu pada folder yang sama (\"sejak proses terakhir\").",
            .option("audit", "fail-on"): "Keluar dengan status 1 bila: missing (dokumen penting kurang), new-missing (ada yang baru hilang sejak --compare), problems (juga berkas bermasalah), never.",
            .option("audit", "waivers"): "Berkas pengecualian (JSON5): kekurangan yang diterima per inovasi, dengan alasan dan tanggal berakhir.",
            .option("audit", "provenance"): "Tulis catatan asal-usul (SHA-256 setiap berkas yang memenuhi persyaratan); tidak pernah di dalam ROOT.",

            .option("inspect", "max-file-bytes"): "Berkas yang lebih besar didaftar tetapi tidak dibaca (limit-exceeded).",
            .option("inspect", "cache"): "Pakai (dan kunci) cache fakta di folder ini; mati kecuali diberikan.",
            .option("audit", "jobs"): "Jumlah berkas yang dibaca dan digolongkan bersamaan (bawaan: jumlah inti prosesor).",
            .option("inspect", "jobs"): "Jumlah berkas yang dibaca bersamaan (bawaan: jumlah inti prosesor).",
            .option("inspect", "wait"): "Dengan --cache: tunggu kunci proses lain selama ini (bawaan: langsung keluar dengan status 75).",
            .option("inspect", "quiet"): "Dengan --cache: tanpa baris denyut dan ringkasan penutup di stderr.",
            .option("inspect", "log-format"): "Dengan --cache: denyut, peringatan, dan ringkasan sebagai teks atau baris JSON.",

            .abstract("history"): "Daftar proses audit yang tercatat untuk satu folder (atau semua folder).",
            .discussion("history"): "Setiap `bukti audit` dicatat di folder cache (history/, satu berkas per proses, --keep-history proses terbaru per folder). Setiap baris: id proses, waktu, aturan, inovasi lengkap dan belum lengkap, jumlah perkiraan skor. Pakai id proses dengan `bukti diff` atau `bukti audit --compare`.",
            .argument("history"): "Folder yang diaudit; semua folder yang punya riwayat bila tidak diberikan.",
            .option("history", "cache"): "Folder cache; bawaan \(cacheDefault).",
            .option("history", "format"): "Format keluaran: text atau json.",

            .abstract("diff"): "Tampilkan apa yang berubah di antara dua proses audit yang tercatat.",
            .discussion("diff"): "RUN_A dan RUN_B adalah id proses dari `bukti history` (atau jalur berkas proses); RUN_B boleh `last` (proses terbaru untuk folder RUN_A). Menampilkan berkas yang bertambah, hilang, dan berubah, dokumen yang baru hilang atau baru ada, perubahan skor dan tingkat indikator, serta inovasi yang bertambah atau hilang.",
            .argument("diff"): "Dua id proses: yang lebih dulu, lalu yang lebih baru.",
            .option("diff", "cache"): "Folder cache; bawaan \(cacheDefault).",
            .option("diff", "root"): "Folder yang diaudit, bila satu id proses ada untuk beberapa folder.",
            .option("diff", "format"): "Format keluaran: text atau json.",
            .option("diff", "lang"): "Bahasa keluaran text: id atau en.",
        ],
        en: [
            .option("audit", "cache"): "Folder of the facts cache and its lock; default \(cacheDefault).",
            .option("audit", "no-cache"): "Read every file; use no cache and take no lock.",
            .option("audit", "wait"): "When another run holds the cache's lock, wait this long for it (default: exit 75 at once).",
            .option("audit", "max-file-bytes"): "Larger files are listed but not read (limit-exceeded).",
            .option("audit", "file-timeout"): "Time one file may take; a file that runs over gets a limit-exceeded problem.",
            .option("audit", "quiet"): "No progress or heartbeat lines and no closing summary on stderr.",
            .option("audit", "log-format"): "Progress, warnings and the summary on stderr as text or as JSON lines.",
            .option("audit", "keep-history"): "Runs kept per root in the history.",
            .option("audit", "no-history"): "Do not record this run in the history.",
            .option("audit", "compare"): "Add what changed since that run of the same root (\"since the last run\").",
            .option("audit", "fail-on"): "Exit 1 on: missing (a critical document lacks), new-missing (one went missing since --compare), problems (also files with problems), never.",
            .option("audit", "waivers"): "Waivers file (JSON5): gaps accepted per innovation, with justification and expiry.",
            .option("audit", "provenance"): "Write a provenance record (SHA-256 of every file that satisfied a requirement); never inside ROOT.",

            .option("inspect", "max-file-bytes"): "Larger files are listed but not read (limit-exceeded).",
            .option("inspect", "cache"): "Use (and lock) the facts cache in this folder; off unless given.",
            .option("audit", "jobs"): "Files read and classified at the same time (default: the number of processor cores).",
            .option("inspect", "jobs"): "Files read at the same time (default: the number of processor cores).",
            .option("inspect", "wait"): "With --cache: wait this long for another run's lock (default: exit 75 at once).",
            .option("inspect", "quiet"): "With --cache: no heartbeat lines and no closing summary on stderr.",
            .option("inspect", "log-format"): "With --cache: heartbeat, warnings and the summary as text or JSON lines.",

            .abstract("history"): HistoryCommand.spec.abstract,
            .discussion("history"): HistoryCommand.spec.discussion,
            .argument("history"): "The audited folder; every folder with a history when omitted.",
            .option("history", "cache"): "Cache directory; default \(cacheDefault).",
            .option("history", "format"): "Output format: text or json.",

            .abstract("diff"): DiffCommand.spec.abstract,
            .discussion("diff"): DiffCommand.spec.discussion,
            .argument("diff"): "Two run ids: the earlier, then the later.",
            .option("diff", "cache"): "Cache directory; default \(cacheDefault).",
            .option("diff", "root"): "The audited folder, when a run id exists for several.",
            .option("diff", "format"): "Output format: text or json.",
            .option("diff", "lang"): "Language of the text output.",
        ])
}
