import BuktiCore
import BuktiReports

/// Words of usage errors: the templates, and the fixed phrases commands pass in (keyed by their English).
extension MessageKey {
    static let usageUnknownCommand: MessageKey = "usage.unknownCommand"
    static let usageUnknownOption: MessageKey = "usage.unknownOption"
    static let usageDidYouMean: MessageKey = "usage.didYouMean"
    static let usageMissingValue: MessageKey = "usage.missingValue"
    static let usageFlagTakesNoValue: MessageKey = "usage.flagTakesNoValue"
    static let usageInvalidValue: MessageKey = "usage.invalidValue"
    static let usageMissingArgument: MessageKey = "usage.missingArgument"
    static let usagePathNotFound: MessageKey = "usage.pathNotFound"
    static let usageHelpPointer: MessageKey = "usage.helpPointer"
}

extension Catalogue {
    /// Usage-error templates; `{1}`... are the offending argument, option and expectation.
    static let usageBlock = CatalogueBlock(
        id: [
            .usageUnknownCommand: "perintah '{1}' tidak dikenal",
            .usageUnknownOption: "opsi '{1}' tidak dikenal",
            .usageDidYouMean: "(maksud Anda '{1}'?)",
            .usageMissingValue: "nilai untuk '{1}' belum diberikan",
            .usageFlagTakesNoValue: "opsi '{1}' tidak menerima nilai",
            .usageInvalidValue: "nilai '{1}' tidak sah untuk '{2}' (seharusnya {3})",
            .usageMissingArgument: "{1} belum diberikan",
            .usagePathNotFound: "tidak dapat memeriksa '{1}': {2}",
            .usageHelpPointer: "Jalankan '{1} --help' untuk melihat cara pemakaian.",
        ],
        en: [
            .usageUnknownCommand: "unknown command '{1}'",
            .usageUnknownOption: "unknown option '{1}'",
            .usageDidYouMean: "(did you mean '{1}'?)",
            .usageMissingValue: "missing value for '{1}'",
            .usageFlagTakesNoValue: "option '{1}' does not take a value",
            .usageInvalidValue: "invalid value '{1}' for '{2}' (expected {3})",
            .usageMissingArgument: "missing {1}",
            .usagePathNotFound: "cannot inspect '{1}': {2}",
            .usageHelpPointer: "Run '{1} --help' for usage.",
        ])

    /// Indonesian for the fixed English phrases commands put into usage errors. English needs no entry
    /// (the phrase is its own English); a phrase missing here stays English.
    static let phraseTable: [String: String] = [
        "<path> (give at least one file or folder)": "<path> (berikan sedikitnya satu berkas atau folder)",
        "<file> (give at least one file)": "<file> (berikan sedikitnya satu berkas)",
        "<root> (the folder holding the innovation folders)": "<root> (folder yang memuat folder-folder inovasi)",
        "<audit> (audit JSON files from 'bukti audit --format json')": "<audit> (berkas JSON audit dari 'bukti audit --format json')",
        "<check|show> (what to do with the rule file)": "<check|show> (tindakan atas berkas aturan)",
        "<file|name> (a rule file or one of \(RuleFileLoader.builtinNames.joined(separator: ", ")))":
            "<file|name> (berkas aturan atau salah satu dari \(RuleFileLoader.builtinNames.joined(separator: ", ")))",
        "no such file or folder": "berkas atau folder tidak ada",
        "no such file": "berkas tidak ada",
        "not a folder": "bukan folder",
        "text, json or jsonl": "text, json atau jsonl",
        "a whole number, 0 or more": "bilangan bulat, 0 atau lebih",
        "a number of seconds above 0": "jumlah detik di atas 0",
        "id or en": "id atau en",
        "one folder": "satu folder",
        "a year between 2000 and 2100": "tahun antara 2000 dan 2100",
        "a depth from 1 to 8": "kedalaman 1 sampai 8",
        "FILE or FILE=NAME": "FILE atau FILE=NAMA",
        "one rule file or name": "satu berkas atau nama aturan",
        "at most one report on stdout": "paling banyak satu laporan ke stdout",
        "a file with --split-by (one per agency)": "berkas bila memakai --split-by (satu per OPD)",
        "a file outside the audited folder": "berkas di luar folder yang diaudit",
        "a file, not a folder": "berkas, bukan folder",
        "a file in an existing folder": "berkas di folder yang sudah ada",
        "one report per file": "satu laporan per berkas",
        ReportRequest.expectedReport:
            "FORMAT:PATH dengan FORMAT salah satu dari \(ReportRequest.formats.joined(separator: ", ")) dan PATH sebuah berkas atau - untuk stdout",
        "it cannot be read": "berkas tidak dapat dibaca",
        "it is neither a UTF-8 CSV nor an XLSX workbook": "berkas bukan CSV UTF-8 maupun buku kerja XLSX",
    ]

    /// How `AuditCommand.readManifest` starts the reason for an unreadable workbook.
    static let workbookPrefix = "the workbook cannot be read: "

    /// Manifest reasons and other CLI sentences outside usage errors.
    static let messageBlock = CatalogueBlock(
        id: [
            "manifest.noHeader": "daftar inovasi kosong (seharusnya ada baris judul: nama inovasi, folder, opd, tahapan)",
            "manifest.noNameColumn": "tidak ada kolom 'nama inovasi' (nama) atau 'folder' pada baris judul (ditemukan: {1})",
            "manifest.workbook": "buku kerja tidak dapat dibaca: {1}",
            "output.cannotWrite": "bukti: keluaran tidak dapat ditulis: {1}",
            "size.bytes": "({1} bita)",
        ],
        en: [
            "manifest.noHeader": ManifestError.noHeader.message,
            "manifest.noNameColumn": "no 'nama inovasi' (name) or 'folder' column in the header row (found: {1})",
            "manifest.workbook": workbookPrefix + "{1}",
            "output.cannotWrite": "bukti: cannot write output: {1}",
            "size.bytes": "({1} bytes)",
        ])

    static let phraseBlock = CatalogueBlock(
        id: Dictionary(uniqueKeysWithValues: phraseTable.map { (MessageKey.phrase($0.key), $0.value) }),
        en: Dictionary(uniqueKeysWithValues: phraseTable.map { (MessageKey.phrase($0.key), $0.key) }))
}

extension Words {
    /// Why a manifest cannot be used, in the reader's language (`ManifestError` comes from Core in English).
    func manifestReason(_ error: ManifestError) -> String {
        switch error {
        case .noHeader: self["manifest.noHeader"]
        case .noNameColumn(let found): format("manifest.noNameColumn", found.joined(separator: ", "))
        case .unreadable(let reason):
            reason.hasPrefix(Catalogue.workbookPrefix)
                ? format("manifest.workbook", String(reason.dropFirst(Catalogue.workbookPrefix.count))) : phrase(reason)
        }
    }
}
