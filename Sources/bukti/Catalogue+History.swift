import BuktiCore
import BuktiReports

/// Words of `bukti history` and `bukti diff`.
extension Catalogue {
    static let historyBlock = CatalogueBlock(
        id: [
            .option("history", "lang"): "Bahasa keluaran text dan pesan: id atau en.",
            "history.none": "bukti: belum ada proses yang tercatat di '{1}'",
            "history.row": "  {1}  {2}  {3}  lengkap {4}  belum lengkap {5}  skor {6}",
            "history.notARecord": "bukti: '{1}' bukan catatan proses bukti",
            "history.noSuchRun": "bukti: tidak ada proses '{1}' dalam riwayat di '{2}'; `bukti history` menampilkan daftarnya",
            "history.ambiguous": "bukti: proses '{1}' ada untuk {2} folder; sebutkan foldernya dengan --root",
            "diff.noRuns": "bukti: belum ada proses untuk '{1}'",
            "diff.otherFolders": "bukti: kedua proses berasal dari folder yang berbeda ('{1}' dan '{2}')",
        ],
        en: [
            .option("history", "lang"): HistoryCommand.spec.options.first { $0.name == "lang" }?.help ?? "",
            "history.none": "bukti: no recorded runs in '{1}'",
            "history.row": "  {1}  {2}  {3}  complete {4}  incomplete {5}  score {6}",
            "history.notARecord": "bukti: '{1}' is not a bukti run record",
            "history.noSuchRun": "bukti: no run '{1}' in the history at '{2}'; `bukti history` lists them",
            "history.ambiguous": "bukti: run '{1}' exists for {2} roots; name the root with --root",
            "diff.noRuns": "bukti: no runs of '{1}'",
            "diff.otherFolders": "bukti: the runs are of different folders ('{1}' and '{2}')",
        ])
}

extension Words {
    /// A failed run look-up (`bukti diff`) as one line in the reader's language.
    func historyFailure(_ failure: RunHistory.Failure) -> String {
        switch failure.reason {
        case .notARunRecord(let path): format("history.notARecord", TerminalText.sanitized(path))
        case .noSuchRun(let id, let folder): format("history.noSuchRun", TerminalText.sanitized(id), TerminalText.sanitized(folder))
        case .ambiguous(let id, let roots): format("history.ambiguous", TerminalText.sanitized(id), roots)
        case nil: "bukti: " + TerminalText.sanitized(failure.description)
        }
    }
}
