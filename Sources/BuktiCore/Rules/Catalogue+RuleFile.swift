/// Keys of the rule-file diagnostics found after the syntax: shape, decoding, validation, loading.
/// `ruleFile.found.<kind>` and `ruleFile.expected.<kind>` name JSON kinds (`JSON5Locator.ValueKind`).
extension MessageKey {
    static let ruleNotObject: MessageKey = "ruleFile.notObject"
    static let ruleUnknownKey: MessageKey = "ruleFile.unknownKey"
    static let rulePlaceTop: MessageKey = "ruleFile.place.top"
    static let rulePlaceIn: MessageKey = "ruleFile.place.in"
    static let ruleTopObject: MessageKey = "ruleFile.topObject"
    static let ruleMissingKey: MessageKey = "ruleFile.missingKey"
    static let ruleWrongKind: MessageKey = "ruleFile.wrongKind"
    static let ruleOtherKind: MessageKey = "ruleFile.otherKind"
    static let ruleDuplicateKey: MessageKey = "ruleFile.duplicateKey"
    static let ruleDidYouMean: MessageKey = "ruleFile.didYouMean"
    static let ruleWholeNumber: MessageKey = "ruleFile.wholeNumber"
    static let ruleUnknownValue: MessageKey = "ruleFile.unknownValue"
    static let ruleWriteInsteadThen: MessageKey = "ruleFile.writeInsteadThen"
    static let ruleBadWindow: MessageKey = "ruleFile.badWindow"
    static let ruleUnreadable: MessageKey = "ruleFile.unreadable"
    static let ruleInvalidValue: MessageKey = "ruleFile.invalidValue"
    static let ruleSchema: MessageKey = "ruleFile.schema"
    static let ruleDepth: MessageKey = "ruleFile.depth"
    static let rulePredicateMin: MessageKey = "ruleFile.predicateMin"
    static let ruleThreshold: MessageKey = "ruleFile.threshold"
    static let ruleWeakForItself: MessageKey = "ruleFile.weakForItself"
    static let ruleCheckTargets: MessageKey = "ruleFile.checkTargets"
    static let ruleCheckDuration: MessageKey = "ruleFile.checkDuration"
    static let ruleSignalWeight: MessageKey = "ruleFile.signalWeight"
    static let ruleWithinTarget: MessageKey = "ruleFile.withinTarget"
    static let ruleThisTarget: MessageKey = "ruleFile.thisTarget"
    static let ruleWithinZero: MessageKey = "ruleFile.withinZero"
    static let ruleSignalTargets: MessageKey = "ruleFile.signalTargets"
    static let ruleNone: MessageKey = "ruleFile.none"
    static let ruleAnd: MessageKey = "ruleFile.and"
    static let ruleAddTarget: MessageKey = "ruleFile.addTarget"
    static let ruleSplitTargets: MessageKey = "ruleFile.splitTargets"
    static let ruleControlInPattern: MessageKey = "ruleFile.controlInPattern"
    static let ruleRegex: MessageKey = "ruleFile.regex"
    static let ruleIndicatorWeight: MessageKey = "ruleFile.indicatorWeight"
    static let ruleLevel: MessageKey = "ruleFile.level"
    static let ruleLevelRepeated: MessageKey = "ruleFile.levelRepeated"
    static let ruleRequirementTypes: MessageKey = "ruleFile.requirementTypes"
    static let ruleCount: MessageKey = "ruleFile.count"
    static let ruleDistinctYears: MessageKey = "ruleFile.distinctYears"
    static let ruleDistinctYearsSpan: MessageKey = "ruleFile.distinctYearsSpan"
    static let ruleUnknownType: MessageKey = "ruleFile.unknownType"
    static let ruleWriteInstead: MessageKey = "ruleFile.writeInstead"
    static let ruleDeclareType: MessageKey = "ruleFile.declareType"
    static let ruleLimitsPositive: MessageKey = "ruleFile.limitsPositive"
    static let ruleWarnAboveMax: MessageKey = "ruleFile.warnAboveMax"
    static let ruleDuplicateID: MessageKey = "ruleFile.duplicateID"
    static let ruleWhatDocumentType: MessageKey = "ruleFile.what.documentType"
    static let ruleWhatIndicator: MessageKey = "ruleFile.what.indicator"
    static let ruleAt: MessageKey = "ruleFile.at"
    static let ruleNoBuiltin: MessageKey = "ruleFile.noBuiltin"
    static let ruleCannotRead: MessageKey = "ruleFile.cannotRead"
    static let ruleDoesNotExist: MessageKey = "ruleFile.doesNotExist"
    static let ruleNotUTF8: MessageKey = "ruleFile.notUTF8"
}

extension Catalogue {
    static let ruleFileBlock = CatalogueBlock(
        id: [
            .diagnosticError: "kesalahan",
            .diagnosticWarning: "peringatan",
            .ruleNotObject: "berkas aturan adalah satu objek; ditemukan {1}; tulis { schema: 1, name: ..., ... }",
            .ruleUnknownKey: "kunci '{1}' {2} tidak dikenal{3}; diabaikan",
            .rulePlaceTop: "di tingkat teratas",
            .rulePlaceIn: "di {1}",
            .ruleTopObject: "objek tingkat teratas",
            .ruleMissingKey: "kunci '{1}' tidak ada di {2}; tambahkan {1}: {3}",
            .ruleWrongKind: "seharusnya {1}, ditemukan {2}; tulis {3}",
            .ruleOtherKind: "jenis nilai lain",
            .ruleDuplicateKey: "kunci '{1}' muncul dua kali di {2} (pertama pada {3}); hapus salah satunya",
            .ruleDidYouMean: " (maksud Anda '{1}'?)",
            "ruleFile.found.object": "objek", "ruleFile.found.array": "larik", "ruleFile.found.string": "teks",
            "ruleFile.found.number": "bilangan", "ruleFile.found.bool": "nilai boolean", "ruleFile.found.null": "null",
            "ruleFile.expected.object": "objek", "ruleFile.expected.array": "larik",
            "ruleFile.expected.string": "teks dalam tanda kutip", "ruleFile.expected.number": "bilangan",
            "ruleFile.expected.bool": "true atau false", "ruleFile.expected.null": "null",
            .ruleWholeNumber: "seharusnya bilangan bulat, ditemukan {1}; tulis {2}",
            .ruleUnknownValue: "nilai '{1}' tidak dikenal; {2}nilai yang sah: {3}",
            .ruleWriteInsteadThen: "tulis '{1}'; ",
            .ruleBadWindow: "rentang tahun '{1}' tidak sah; {2}",
            .ruleUnreadable: "berkas aturan tidak dapat dibaca: {1}",
            .ruleInvalidValue: "nilai tidak sah: {1}",
            .ruleSchema: "skema {1} tidak didukung; bukti ini hanya membaca skema {2}; tulis schema: {2} (atau pakai rilis bukti yang dibuat untuk berkas aturan ini)",
            .ruleDepth: "kedalaman layout harus 1 atau lebih (1 = ROOT/Inovasi, 2 = ROOT/OPD/Inovasi); tulis 1 atau 2",
            .rulePredicateMin: "harus berupa bilangan hingga; tulis skor seperti 60",
            .ruleThreshold: "threshold harus berupa bilangan di atas 0; tulis jumlah bobot sinyal yang dibutuhkan sebuah berkas, seperti 5",
            .ruleWeakForItself: "jenis dokumen tidak bisa menjadi bukti lemah bagi dirinya sendiri; sebut jenis lain atau hapus kuncinya",
            .ruleCheckTargets: "sebuah check membutuhkan tepat satu dari textMustMatch, namesInnovation, atau maxDurationSeconds; ditemukan {1}; pecah menjadi beberapa check",
            .ruleCheckDuration: "harus berupa jumlah detik di atas 0; tulis 300 untuk lima menit",
            .ruleSignalWeight: "weight harus berupa bilangan hingga; tulis bobot seperti 3 (negatif untuk bukti tandingan)",
            .ruleWithinTarget: "'within' hanya berlaku untuk sinyal text; hapus atau pakai text: sebagai ganti {1}",
            .ruleThisTarget: "sasaran sinyal ini",
            .ruleWithinZero: "within harus 1 karakter atau lebih; tulis 300 untuk melihat bagian atas halaman pertama",
            .ruleSignalTargets: "sebuah sinyal membutuhkan tepat satu dari name, folder, metadata, text, atau fact; ditemukan {1}; {2}",
            .ruleNone: "tidak ada",
            .ruleAnd: "{1} dan {2}",
            .ruleAddTarget: "tambahkan satu, seperti text: \"KEPUTUSAN\"",
            .ruleSplitTargets: "pecah menjadi satu sinyal per sasaran",
            .ruleControlInPattern: "pola memuat karakter kendali yang dibuat JSON5 dari '\\{1}'; tulis '\\\\{1}' (dua garis miring terbalik) untuk escape regex",
            .ruleRegex: "regular expression '{1}' tidak dapat dikompilasi ({2}); perbaiki polanya (di JSON5 garis miring terbalik ditulis \\\\, seperti \"\\\\d\")",
            .ruleIndicatorWeight: "weight (bobot) harus berupa bilangan hingga, 0 atau lebih; tulis bobot resmi seperti 3",
            .ruleLevel: "level harus 1, 2, atau 3, ditemukan {1}; tulis 1, 2, atau 3",
            .ruleLevelRepeated: "level {1} sudah dijelaskan oleh levels[{2}]; jelaskan setiap level 1, 2, dan 3 sekali saja",
            .ruleRequirementTypes: "sebuah requirement membutuhkan sedikitnya satu jenis dokumen; tulis types: [\"sk\"]",
            .ruleCount: "count harus 1 atau lebih; tulis 1",
            .ruleDistinctYears: "distinctYears harus 1 atau lebih; tulis 1",
            .ruleDistinctYearsSpan: "{1} tahun berbeda tidak muat dalam rentang {2} yang {3} tahun; tulis {3} atau perlebar rentangnya",
            .ruleUnknownType: "jenis dokumen '{1}' tidak dikenal; {2}",
            .ruleWriteInstead: "tulis '{1}'",
            .ruleDeclareType: "deklarasikan di documentTypes atau pakai salah satu dari {1}",
            .ruleLimitsPositive: "batas ukuran harus berupa jumlah bita positif; tulis warnBytes: 5000000, maxBytes: 10000000",
            .ruleWarnAboveMax: "warnBytes ({1}) melebihi maxBytes ({2}); tulis nilai paling besar {2}",
            .ruleDuplicateID: "id {1} '{2}' ganda (pertama dideklarasikan{3}); beri setiap {1} id sendiri",
            .ruleWhatDocumentType: "jenis dokumen",
            .ruleWhatIndicator: "indikator",
            .ruleAt: " pada {1}",
            .ruleNoBuiltin: "tidak ada set aturan bawaan bernama '{1}'{2}; bawaan: {3}",
            .ruleCannotRead: "berkas aturan tidak dapat dibaca",
            .ruleDoesNotExist: "berkas aturan tidak ada",
            .ruleNotUTF8: "berkas aturan bukan teks UTF-8; simpan sebagai UTF-8",
        ],
        en: [
            .diagnosticError: "error",
            .diagnosticWarning: "warning",
            .ruleNotObject: "a rule file is one object; found {1}; write { schema: 1, name: ..., ... }",
            .ruleUnknownKey: "unknown key '{1}' {2}{3}; ignored",
            .rulePlaceTop: "at the top level",
            .rulePlaceIn: "in {1}",
            .ruleTopObject: "the top-level object",
            .ruleMissingKey: "missing key '{1}' in {2}; add {1}: {3}",
            .ruleWrongKind: "expected {1}, found {2}; write {3} instead",
            .ruleOtherKind: "another kind of value",
            .ruleDuplicateKey: "key '{1}' appears twice in {2} (first at {3}); remove one",
            .ruleDidYouMean: " (did you mean '{1}'?)",
            "ruleFile.found.object": "an object", "ruleFile.found.array": "an array", "ruleFile.found.string": "a string",
            "ruleFile.found.number": "a number", "ruleFile.found.bool": "a bool", "ruleFile.found.null": "null",
            "ruleFile.expected.object": "an object", "ruleFile.expected.array": "an array",
            "ruleFile.expected.string": "text in quotes", "ruleFile.expected.number": "a number",
            "ruleFile.expected.bool": "true or false", "ruleFile.expected.null": "null",
            .ruleWholeNumber: "expected a whole number, found {1}; write {2} instead",
            .ruleUnknownValue: "unknown value '{1}'; {2}valid values are {3}",
            .ruleWriteInsteadThen: "write '{1}' instead; ",
            .ruleBadWindow: "invalid year window '{1}'; {2}",
            .ruleUnreadable: "the rule file could not be read: {1}",
            .ruleInvalidValue: "invalid value: {1}",
            .ruleSchema: "unsupported schema {1}; this bukti reads schema {2} only; write schema: {2} (or use the bukti release made for this rule file)",
            .ruleDepth: "layout depth must be 1 or more (1 = ROOT/Innovation, 2 = ROOT/OPD/Innovation); write 1 or 2 instead",
            .rulePredicateMin: "must be a finite number; write a score such as 60",
            .ruleThreshold: "threshold must be a number above 0; write the summed signal weight a file needs, such as 5",
            .ruleWeakForItself: "a document type cannot be weak evidence for itself; name another type or remove the key",
            .ruleCheckTargets: "a check needs exactly one of textMustMatch, namesInnovation or maxDurationSeconds; found {1}; split it into separate checks",
            .ruleCheckDuration: "must be a number of seconds above 0; write 300 for five minutes",
            .ruleSignalWeight: "weight must be a finite number; write a weight such as 3 (negative for counter-evidence)",
            .ruleWithinTarget: "'within' applies only to a text signal; remove it or use text: instead of {1}",
            .ruleThisTarget: "this signal's target",
            .ruleWithinZero: "within must be 1 or more characters; write 300 to look at the top of the first page",
            .ruleSignalTargets: "a signal needs exactly one of name, folder, metadata, text or fact; found {1}; {2}",
            .ruleNone: "none",
            .ruleAnd: "{1} and {2}",
            .ruleAddTarget: "add one, such as text: \"KEPUTUSAN\"",
            .ruleSplitTargets: "split it into one signal per target",
            .ruleControlInPattern: "the pattern contains a control character that JSON5 made from '\\{1}'; write '\\\\{1}' (two backslashes) for the regex escape",
            .ruleRegex: "the regular expression '{1}' does not compile ({2}); fix the pattern (in JSON5 a backslash is written \\\\, as in \"\\\\d\")",
            .ruleIndicatorWeight: "weight (bobot) must be a finite number, 0 or more; write the official bobot such as 3",
            .ruleLevel: "level must be 1, 2 or 3, found {1}; write 1, 2 or 3 instead",
            .ruleLevelRepeated: "level {1} is already described by levels[{2}]; give each level 1, 2 and 3 once",
            .ruleRequirementTypes: "a requirement needs at least one document type; write types: [\"sk\"]",
            .ruleCount: "count must be 1 or more; write 1 instead",
            .ruleDistinctYears: "distinctYears must be 1 or more; write 1 instead",
            .ruleDistinctYearsSpan: "{1} distinct years cannot fit in the window {2} of {3} year(s); write {3} or widen the window",
            .ruleUnknownType: "unknown document type '{1}'; {2}",
            .ruleWriteInstead: "write '{1}' instead",
            .ruleDeclareType: "declare it in documentTypes or use one of {1}",
            .ruleLimitsPositive: "size limits must be positive numbers of bytes; write warnBytes: 5000000, maxBytes: 10000000",
            .ruleWarnAboveMax: "warnBytes ({1}) is above maxBytes ({2}); write a value of at most {2}",
            .ruleDuplicateID: "duplicate {1} id '{2}' (first declared{3}); give each {1} its own id",
            .ruleWhatDocumentType: "document type",
            .ruleWhatIndicator: "indicator",
            .ruleAt: " at {1}",
            .ruleNoBuiltin: "no built-in rule set named '{1}'{2}; built-in: {3}",
            .ruleCannotRead: "the rule file cannot be read",
            .ruleDoesNotExist: "the rule file does not exist",
            .ruleNotUTF8: "the rule file is not UTF-8 text; save it as UTF-8",
        ])
}
