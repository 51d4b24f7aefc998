import BuktiCore
import BuktiReports

/// `bukti rules check|show FILE|NAME`: validate a rule file, or show what it asks for in tables.
struct RulesCommand {
    static let spec = CommandSpec(
        name: "rules",
        abstract: "Check a rule file, or show the document types and indicators it defines.",
        discussion: """
            'bukti rules check FILE|NAME' validates a rule file or a built-in rule set and prints 'ok' with
            its size. Mistakes are printed as FILE:LINE:COL: error: KEY: what is wrong, and the exit status
            is 2; unknown keys are warnings. 'bukti rules show FILE|NAME' prints the document types (file
            kinds, critical, threshold, signals, year window) and the indicators with what each level needs.
            Built-in rule sets: \(RuleFileLoader.builtinNames.joined(separator: ", ")).
            """,
        options: [
            OptionSpec("lang", value: "lang", default: "id", "Language of labels for 'show': id (Indonesian) or en (English)."),
        ],
        argument: ArgumentSpec(name: "check|show> <file|name", help: "What to do, and a rule file path or built-in name.", repeating: false))

    /// The subcommands, as typed.
    enum Action: String, CaseIterable {
        case check, show
    }

    let action: Action
    let target: String
    let language: Language

    init(_ parsed: ParsedArguments) throws(UsageError) {
        let name = Self.spec.name
        let words = parsed.positionals.map(ArgumentParser.text)
        guard let first = words.first else {
            throw .missingArgument("<check|show> (what to do with the rule file)", command: name)
        }
        guard let action = Action(rawValue: first) else {
            let names = Action.allCases.map(\.rawValue)
            throw .unknownCommand("\(name) \(first)", suggestion: NameSuggestion.closest(to: first, among: names).map { "\(name) \($0)" })
        }
        guard words.count >= 2 else {
            throw .missingArgument("<file|name> (a rule file or one of \(RuleFileLoader.builtinNames.joined(separator: ", ")))", command: name)
        }
        guard words.count == 2 else {
            throw .invalidValue(words[2], option: "rules \(first)", expected: "one rule file or name", command: name)
        }
        let language = try Language.option(parsed, default: .fromEnvironment(), command: name)
        self.action = action
        self.target = words[1]
        self.language = language
    }

    func run(console: Console) -> Int32 {
        guard let rules = RuleLoading.load(target, console: console, language: language) else { return ExitStatus.usage }
        switch action {
        case .check:
            let name = TerminalText.sanitized(rules.rules.name)
            let words = Words.cli(language)
            return console.print(words.format("rules.ok", name, rules.documentTypes.count, rules.indicators.count) + "\n")
        case .show:
            return console.print(RuleSetRenderer(rules: rules, language: language).render())
        }
    }
}
