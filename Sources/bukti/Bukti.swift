#if canImport(Glibc)
import Glibc
#endif
import BuktiCore

/// The top level: dispatches `bukti <command>`, `help`, `--help` and `--version`, and turns every
/// outcome into an exit status (see `ExitStatus`).
enum Bukti {
    static let version = "0.1.0"
    static let abstract = "Audit folders of evidence documents for the regional innovation index (IID)."

    /// Commands, in the order help lists them.
    static let commands: [CommandSpec] = [
        InspectCommand.spec, AuditCommand.spec, MergeCommand.spec, ExplainCommand.spec, RulesCommand.spec,
        HistoryCommand.spec, DiffCommand.spec,  // cronhist
    ]

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
            return console.print(Help.root(commands: commands, t))
        }
        let rest = Array(arguments.dropFirst())
        // `bukti --lang en ...`: the language was chosen already (Language.chosen); skip it here.
        if first == "--lang", !rest.isEmpty { return try dispatch(Array(rest.dropFirst()), console: console, t) }
        if first.hasPrefix("--lang=") { return try dispatch(rest, console: console, t) }
        switch first {
        case "-h", "--help":
            return console.print(Help.root(commands: commands, t))
        case "--version":
            return console.print("bukti \(version)\n")
        case "help":
            guard let name = rest.first.map(ArgumentParser.text) else {
                return console.print(Help.root(commands: commands, t))
            }
            return console.print(Help.command(try command(named: name), t))
        default:
            if first.hasPrefix("-") {
                let (spelling, _) = ArgumentParser.split(first)
                let known = ["--help", "--version"]
                throw .unknownOption(spelling, suggestion: NameSuggestion.closest(to: spelling, among: known), command: nil)
            }
            let spec = try command(named: first)
            let parsed = try ArgumentParser(command: spec).parse(rest)
            if parsed.helpRequested { return console.print(Help.command(spec, t)) }
            switch spec.name {
            case InspectCommand.spec.name: return try InspectCommand(parsed).run(console: console)
            case AuditCommand.spec.name: return try AuditCommand(parsed).run(console: console)
            case MergeCommand.spec.name: return try MergeCommand(parsed).run(console: console)
            case RulesCommand.spec.name: return try RulesCommand(parsed).run(console: console)
            case ExplainCommand.spec.name: return try ExplainCommand(parsed).run(console: console)
            case HistoryCommand.spec.name: return try HistoryCommand(parsed).run(console: console)  // cronhist
            case DiffCommand.spec.name: return try DiffCommand(parsed).run(console: console)  // cronhist
            default: return ExitStatus.usage
            }
        }
    }

    private static func command(named name: String) throws(UsageError) -> CommandSpec {
        guard let spec = commands.first(where: { $0.name == name }) else {
            throw .unknownCommand(name, suggestion: NameSuggestion.closest(to: name, among: commands.map(\.name)))
        }
        return spec
    }
}
