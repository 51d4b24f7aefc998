#if canImport(Glibc)
import Glibc
#endif
import BuktiCore

/// The top level: dispatches `bukti <command>`, `help`, `--help` and `--version`, and turns every
/// outcome into an exit status (see `ExitStatus`).
enum Bukti {
    static let version = "0.1.0"
    static let abstract = "Audit folders of evidence documents for the regional innovation index (IID)."

    /// A command: its declared shape and how it runs once its command line has parsed.
    struct Command: Sendable {
        let spec: CommandSpec
        let run: @Sendable (ParsedArguments, Console) throws(UsageError) -> Int32
    }

    /// Every command, in the order help lists them: the one table help and dispatch both read.
    static let commands: [Command] = [
        Command(spec: InspectCommand.spec) { parsed, console throws(UsageError) in try InspectCommand(parsed).run(console: console) },
        Command(spec: AuditCommand.spec) { parsed, console throws(UsageError) in try AuditCommand(parsed).run(console: console) },
        Command(spec: MergeCommand.spec) { parsed, console throws(UsageError) in try MergeCommand(parsed).run(console: console) },
        Command(spec: ExplainCommand.spec) { parsed, console throws(UsageError) in try ExplainCommand(parsed).run(console: console) },
        Command(spec: RulesCommand.spec) { parsed, console throws(UsageError) in try RulesCommand(parsed).run(console: console) },
        Command(spec: HistoryCommand.spec) { parsed, console throws(UsageError) in try HistoryCommand(parsed).run(console: console) },
        Command(spec: DiffCommand.spec) { parsed, console throws(UsageError) in try DiffCommand(parsed).run(console: console) },
    ]

    /// The commands' specs, for help.
    static var specs: [CommandSpec] { commands.map(\.spec) }

    /// Runs the command line (without the program name) and returns the exit status.
    static func main(_ arguments: [[UInt8]], console: Console) -> Int32 {
        let words = Words.cli(Language.chosen(by: arguments))
        do {
            return try dispatch(arguments, console: console, words)
        } catch {
            console.error("bukti: \(error.message(words))")
            console.error(error.helpPointer(words))
            return ExitStatus.usage
        }
    }

    private static func dispatch(_ arguments: [[UInt8]], console: Console, _ t: Words) throws(UsageError) -> Int32 {
        guard let first = arguments.first.map(ArgumentParser.text) else {
            return console.print(Help.root(commands: specs, t))
        }
        let rest = Array(arguments.dropFirst())
        // `bukti --lang en ...`: the language was chosen already (Language.chosen); skip it here.
        if first == "--lang", !rest.isEmpty { return try dispatch(Array(rest.dropFirst()), console: console, t) }
        if first.hasPrefix("--lang=") { return try dispatch(rest, console: console, t) }
        switch first {
        case "-h", "--help":
            return console.print(Help.root(commands: specs, t))
        case "--version":
            return console.print("bukti \(version)\n")
        case "help":
            guard let name = rest.first.map(ArgumentParser.text) else {
                return console.print(Help.root(commands: specs, t))
            }
            return console.print(Help.command(try command(named: name).spec, t))
        default:
            if first.hasPrefix("-") {
                let (spelling, _) = ArgumentParser.split(first)
                let known = ["--help", "--version"]
                throw .unknownOption(spelling, suggestion: NameSuggestion.closest(to: spelling, among: known), command: nil)
            }
            let command = try command(named: first)
            let parsed = try ArgumentParser(command: command.spec).parse(rest)
            if parsed.helpRequested { return console.print(Help.command(command.spec, t)) }
            return try command.run(parsed, console)
        }
    }

    private static func command(named name: String) throws(UsageError) -> Command {
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            throw .unknownCommand(name, suggestion: NameSuggestion.closest(to: name, among: specs.map(\.name)))
        }
        return command
    }
}
