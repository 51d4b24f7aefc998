import BuktiCore
import BuktiFormats

/// The date parsers: every reader's date/position parser, then the audit's DateReader (letter
/// numbers, `TAHUN 2024`, Indonesian written dates, file-name years, taken/metadata timestamps).
enum DateParsers {
    static let reader = DateReader(assessmentYear: 2024)
    static let sources: [DateSource] = [.numberYear, .yearPhrase, .writtenDate, .fileNameYear, .taken, .metadata]

    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = FuzzEntry.parseDates(text)
        var facts = FileFacts(path: FilePath(bytes: bytes), kind: .pdf)
        facts.text = text
        facts.title = text
        facts.taken = text
        facts.created = text
        facts.modified = text
        _ = reader.read(sources, from: facts)
    }
}

/// The JSON5 rule-file loader, then the waivers loader (against the built-in rules) on the same text.
enum RuleFiles {
    static let builtin: RuleSet? = (try? RuleFileLoader.load(builtin: RuleFileLoader.defaultBuiltin))?.0.rules

    static func run(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        _ = try? RuleFileLoader.load(text: text, sourceName: "fuzz.json5")
        if let builtin {
            _ = try? WaiverFileLoader.load(text: text, sourceName: "fuzz-waivers.json5", rules: builtin,
                                           innovations: ["Inovasi A", "Inovasi B"])
        }
    }
}
