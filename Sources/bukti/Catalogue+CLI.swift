import BuktiCore
import BuktiReports

/// The CLI's catalogue: every report word plus the CLI's own blocks (help, usage errors, the
/// inspect/explain/rules/history text), one line each.
extension Catalogue {
    static let cli = Catalogue.reports.adding([
        helpBlock,
        commandHelpBlock,
        nightlyHelpBlock,
        usageBlock,
        phraseBlock,
        messageBlock,
        inspectBlock,
        explainBlock,
        rulesBlock,
        historyBlock,
    ])
}

/// Help keys: stable, derived from command and flag names (`help.audit.--lang`).
extension MessageKey {
    static func abstract(_ command: String) -> MessageKey { MessageKey("help.\(command).abstract") }
    static func discussion(_ command: String) -> MessageKey { MessageKey("help.\(command).discussion") }
    static func argument(_ command: String) -> MessageKey { MessageKey("help.\(command).argument") }
    static func option(_ command: String, _ option: String) -> MessageKey { MessageKey("help.\(command).--\(option)") }
    /// A fixed English phrase of a usage error, keyed by its English text.
    static func phrase(_ english: String) -> MessageKey { MessageKey("phrase." + english) }
}

/// The CLI's words looked up through the one catalogue.
extension Words {
    /// The CLI's words in `language`.
    static func cli(_ language: Language) -> Words { Words(language, .cli) }

    /// A command's one-line abstract.
    func abstract(_ spec: CommandSpec) -> String { word(.abstract(spec.name), or: spec.abstract) }
    /// A command's discussion paragraph.
    func discussion(_ spec: CommandSpec) -> String { word(.discussion(spec.name), or: spec.discussion) }
    /// A command's positional-argument help.
    func argumentHelp(_ spec: CommandSpec, _ argument: ArgumentSpec) -> String {
        word(.argument(spec.name), or: argument.help)
    }
    /// One option's help; `command` nil for the top level's `--help`/`--version`.
    func optionHelp(_ option: OptionSpec, in command: String?) -> String {
        word(.option(command ?? "bukti", option.name), or: option.help)
    }

    /// A fixed English phrase of a usage error (`a whole number, 0 or more`) in this language; a
    /// phrase without an entry stays English.
    func phrase(_ english: String) -> String { word(.phrase(english), or: english) }
}
