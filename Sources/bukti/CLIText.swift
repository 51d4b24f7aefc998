#if canImport(Glibc)
import Glibc
#endif
import Foundation
import BuktiReports

/// The CLI's own words (help, usage errors, inspect/explain/rules text) in the reader's language, from
/// catalogue blocks that hold both languages side by side, like the report catalogue (`ReportText`).
struct CLIText: Sendable {
    let language: ReportLanguage

    init(_ language: ReportLanguage) { self.language = language }

    /// Every CLI catalogue block, one line each.
    static let catalogues: [ReportCatalogue] = [helpCatalogue, commandHelpCatalogue, nightlyHelpCatalogue, usageCatalogue, phraseCatalogue, messageCatalogue,
                                                inspectCatalogue, explainCatalogue, rulesCatalogue, historyCatalogue]

    /// All blocks merged per language (a later block never overrides an earlier key).
    static let merged: (id: [ReportKey: String], en: [ReportKey: String]) = {
        var id: [ReportKey: String] = [:], en: [ReportKey: String] = [:]
        for catalogue in catalogues {
            id.merge(catalogue.id) { first, _ in first }
            en.merge(catalogue.en) { first, _ in first }
        }
        return (id, en)
    }()

    private var table: [ReportKey: String] { language == .en ? Self.merged.en : Self.merged.id }

    /// The word for `key`; an unknown key shows as itself so a gap is visible.
    subscript(_ key: ReportKey) -> String { table[key] ?? key.rawValue }

    /// The word for `key`, or `fallback` (the English written in the command spec) when the catalogue
    /// has none — so a flag added without catalogue words still shows its English help.
    func word(_ key: ReportKey, or fallback: String) -> String { table[key] ?? fallback }

    /// The template for `key` with `{1}`, `{2}`... replaced by `arguments`.
    func format(_ key: ReportKey, _ arguments: CustomStringConvertible...) -> String {
        var out = self[key]
        for (index, argument) in arguments.enumerated().reversed() {
            out = out.replacingOccurrences(of: "{\(index + 1)}", with: argument.description)
        }
        return out
    }

    /// A fixed English phrase of a usage error (`a whole number, 0 or more`) in the reader's language;
    /// phrases are keyed by their English text, and one without an entry stays English.
    func phrase(_ english: String) -> String { table[Self.phraseKey(english)] ?? english }

    static func phraseKey(_ english: String) -> ReportKey { ReportKey("phrase." + english) }

    // MARK: Help keys: stable, derived from command and flag names.

    static func abstractKey(_ command: String) -> ReportKey { ReportKey("help.\(command).abstract") }
    static func discussionKey(_ command: String) -> ReportKey { ReportKey("help.\(command).discussion") }
    static func argumentKey(_ command: String) -> ReportKey { ReportKey("help.\(command).argument") }
    static func optionKey(_ command: String, _ option: String) -> ReportKey { ReportKey("help.\(command).--\(option)") }

    /// A command's one-line abstract.
    func abstract(_ spec: CommandSpec) -> String { word(Self.abstractKey(spec.name), or: spec.abstract) }
    /// A command's discussion paragraph.
    func discussion(_ spec: CommandSpec) -> String { word(Self.discussionKey(spec.name), or: spec.discussion) }
    /// A command's positional-argument help.
    func argumentHelp(_ spec: CommandSpec, _ argument: ArgumentSpec) -> String {
        word(Self.argumentKey(spec.name), or: argument.help)
    }
    /// One option's help; `command` nil for the top level's `--help`/`--version`.
    func optionHelp(_ option: OptionSpec, in command: String?) -> String {
        word(Self.optionKey(command ?? "bukti", option.name), or: option.help)
    }

    // MARK: Language selection

    /// The language of help and usage errors, chosen before the command line is parsed: `--lang X` or
    /// `--lang=X` anywhere before `--`, else `BUKTI_LANG`, else Indonesian. Unknown values are ignored
    /// here (the command reports them).
    static func language(for arguments: [[UInt8]], environment: String? = environmentValue) -> ReportLanguage {
        let words = arguments.map { String(decoding: $0, as: UTF8.self) }
        var chosen: ReportLanguage?
        var index = 0
        while index < words.count, words[index] != "--" {
            let word = words[index]
            if word == "--lang", index + 1 < words.count {
                chosen = ReportLanguage(rawValue: words[index + 1]) ?? chosen
                index += 1
            } else if word.hasPrefix("--lang=") {
                chosen = ReportLanguage(rawValue: String(word.dropFirst(7))) ?? chosen
            }
            index += 1
        }
        return chosen ?? defaultLanguage(environment)
    }

    /// `BUKTI_LANG` when it names a language (`en`, `en_US.UTF-8`, `id`), else Indonesian.
    static func defaultLanguage(_ environment: String? = environmentValue) -> ReportLanguage {
        guard let value = environment?.lowercased(), value.count >= 2 else { return .id }
        return ReportLanguage(rawValue: String(value.prefix(2))) ?? .id
    }

    /// The `BUKTI_LANG` environment variable, when set.
    static var environmentValue: String? { getenv("BUKTI_LANG").map { String(cString: $0) } }
}
