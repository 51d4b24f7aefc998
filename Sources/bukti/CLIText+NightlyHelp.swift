import BuktiReports

/// Help words of the unattended-run flags (cache, lock, progress, history) and of `history`/`diff`.
extension CLIText {
    private static let cacheDefault = "$XDG_CACHE_HOME/bukti or ~/.cache/bukti"

    static let nightlyHelpCatalogue = ReportCatalogue(
        id: [
            optionKey("audit", "cache"): "Folder cache fakta dan kuncinya; bawaan \(cacheDefault).",
            optionKey("audit", "no-cache"): "Baca setiap berkas; tanpa cache dan tanpa kunci.",
            optionKey("audit", "wait"): "Bila proses lain memegang kunci cache, tunggu selama ini (bawaan: langsung keluar dengan status 75).",
            optionKey("audit", "max-file-bytes"): "Berkas yang lebih besar didaftar tetapi tidak dibaca (limit-exceeded).",
            optionKey("audit", "file-timeout"): "Waktu maksimum untuk satu berkas; berkas yang melampauinya mendapat masalah limit-exceeded.",
            optionKey("audit", "quiet"): "Tanpa baris kemajuan, denyut, dan ringkasan penutup di stderr.",
            optionKey("audit", "log-format"): "Kemajuan, peringatan, dan ringkasan di stderr sebagai teks atau baris JSON.",
            optionKey("audit", "keep-history"): "Jumlah proses yang disimpan per folder dalam riwayat.",
            optionKey("audit", "no-history"): "Jangan catat proses ini dalam riwayat.",
            optionKey("audit", "compare"): "Tambahkan apa yang berubah sejak proses itu pada folder yang sama (\"sejak proses terakhir\").",
            optionKey("audit", "fail-on"): "Keluar dengan status 1 bila: missing (dokumen penting kurang), new-missing (ada yang baru hilang sejak --compare), problems (juga berkas bermasalah), never.",
            optionKey("audit", "waivers"): "Berkas pengecualian (JSON5): kekurangan yang diterima per inovasi, dengan alasan dan tanggal berakhir.",
            optionKey("audit", "provenance"): "Tulis catatan asal-usul (SHA-256 setiap berkas yang memenuhi persyaratan); tidak pernah di dalam ROOT.",

            optionKey("inspect", "max-file-bytes"): "Berkas yang lebih besar didaftar tetapi tidak dibaca (limit-exceeded).",
            optionKey("inspect", "cache"): "Pakai (dan kunci) cache fakta di folder ini; mati kecuali diberikan.",
            optionKey("audit", "jobs"): "Jumlah berkas yang dibaca dan digolongkan bersamaan (bawaan: jumlah inti prosesor).",
            optionKey("inspect", "jobs"): "Jumlah berkas yang dibaca bersamaan (bawaan: jumlah inti prosesor).",
            optionKey("inspect", "wait"): "Dengan --cache: tunggu kunci proses lain selama ini (bawaan: langsung keluar dengan status 75).",
            optionKey("inspect", "quiet"): "Dengan --cache: tanpa baris denyut dan ringkasan penutup di stderr.",
            optionKey("inspect", "log-format"): "Dengan --cache: denyut, peringatan, dan ringkasan sebagai teks atau baris JSON.",

            abstractKey("history"): "Daftar proses audit yang tercatat untuk satu folder (atau semua folder).",
            discussionKey("history"): "Setiap `bukti audit` dicatat di folder cache (history/, satu berkas per proses, --keep-history proses terbaru per folder). Setiap baris: id proses, waktu, aturan, inovasi lengkap dan belum lengkap, jumlah perkiraan skor. Pakai id proses dengan `bukti diff` atau `bukti audit --compare`.",
            argumentKey("history"): "Folder yang diaudit; semua folder yang punya riwayat bila tidak diberikan.",
            optionKey("history", "cache"): "Folder cache; bawaan \(cacheDefault).",
            optionKey("history", "format"): "Format keluaran: text atau json.",

            abstractKey("diff"): "Tampilkan apa yang berubah di antara dua proses audit yang tercatat.",
            discussionKey("diff"): "RUN_A dan RUN_B adalah id proses dari `bukti history` (atau jalur berkas proses); RUN_B boleh `last` (proses terbaru untuk folder RUN_A). Menampilkan berkas yang bertambah, hilang, dan berubah, dokumen yang baru hilang atau baru ada, perubahan skor dan tingkat indikator, serta inovasi yang bertambah atau hilang.",
            argumentKey("diff"): "Dua id proses: yang lebih dulu, lalu yang lebih baru.",
            optionKey("diff", "cache"): "Folder cache; bawaan \(cacheDefault).",
            optionKey("diff", "root"): "Folder yang diaudit, bila satu id proses ada untuk beberapa folder.",
            optionKey("diff", "format"): "Format keluaran: text atau json.",
            optionKey("diff", "lang"): "Bahasa keluaran text: id atau en.",
        ],
        en: [
            optionKey("audit", "cache"): "Folder of the facts cache and its lock; default \(cacheDefault).",
            optionKey("audit", "no-cache"): "Read every file; use no cache and take no lock.",
            optionKey("audit", "wait"): "When another run holds the cache's lock, wait this long for it (default: exit 75 at once).",
            optionKey("audit", "max-file-bytes"): "Larger files are listed but not read (limit-exceeded).",
            optionKey("audit", "file-timeout"): "Time one file may take; a file that runs over gets a limit-exceeded problem.",
            optionKey("audit", "quiet"): "No progress or heartbeat lines and no closing summary on stderr.",
            optionKey("audit", "log-format"): "Progress, warnings and the summary on stderr as text or as JSON lines.",
            optionKey("audit", "keep-history"): "Runs kept per root in the history.",
            optionKey("audit", "no-history"): "Do not record this run in the history.",
            optionKey("audit", "compare"): "Add what changed since that run of the same root (\"since the last run\").",
            optionKey("audit", "fail-on"): "Exit 1 on: missing (a critical document lacks), new-missing (one went missing since --compare), problems (also files with problems), never.",
            optionKey("audit", "waivers"): "Waivers file (JSON5): gaps accepted per innovation, with justification and expiry.",
            optionKey("audit", "provenance"): "Write a provenance record (SHA-256 of every file that satisfied a requirement); never inside ROOT.",

            optionKey("inspect", "max-file-bytes"): "Larger files are listed but not read (limit-exceeded).",
            optionKey("inspect", "cache"): "Use (and lock) the facts cache in this folder; off unless given.",
            optionKey("audit", "jobs"): "Files read and classified at the same time (default: the number of processor cores).",
            optionKey("inspect", "jobs"): "Files read at the same time (default: the number of processor cores).",
            optionKey("inspect", "wait"): "With --cache: wait this long for another run's lock (default: exit 75 at once).",
            optionKey("inspect", "quiet"): "With --cache: no heartbeat lines and no closing summary on stderr.",
            optionKey("inspect", "log-format"): "With --cache: heartbeat, warnings and the summary as text or JSON lines.",

            abstractKey("history"): HistoryCommand.spec.abstract,
            discussionKey("history"): HistoryCommand.spec.discussion,
            argumentKey("history"): "The audited folder; every folder with a history when omitted.",
            optionKey("history", "cache"): "Cache directory; default \(cacheDefault).",
            optionKey("history", "format"): "Output format: text or json.",

            abstractKey("diff"): DiffCommand.spec.abstract,
            discussionKey("diff"): DiffCommand.spec.discussion,
            argumentKey("diff"): "Two run ids: the earlier, then the later.",
            optionKey("diff", "cache"): "Cache directory; default \(cacheDefault).",
            optionKey("diff", "root"): "The audited folder, when a run id exists for several.",
            optionKey("diff", "format"): "Output format: text or json.",
            optionKey("diff", "lang"): "Language of the text output.",
        ])
}
