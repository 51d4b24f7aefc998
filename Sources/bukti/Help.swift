/// Renders `--help` text from command specs, in swift-argument-parser's layout.
enum Help {
    /// Column where help text starts.
    static let column = 28

    /// Help for the top level: overview, usage, options, subcommands.
    static func root(commands: [CommandSpec]) -> String {
        var out = """
            OVERVIEW: \(Bukti.abstract)

            USAGE: bukti <subcommand>

            OPTIONS:

            """
        for option in [StandardOptions.version, StandardOptions.help] { out += row(option.synopsis, option.help) }
        out += "\nSUBCOMMANDS:\n"
        for command in commands { out += row(command.name, command.abstract) }
        out += "\n  See 'bukti help <subcommand>' for detailed help.\n"
        return out
    }

    /// Help for one command: overview, discussion, usage, arguments, options.
    static func command(_ spec: CommandSpec) -> String {
        var out = "OVERVIEW: \(spec.abstract)\n\n"
        if !spec.discussion.isEmpty { out += spec.discussion + "\n\n" }
        out += "USAGE: \(usage(spec))\n\n"
        if let argument = spec.argument {
            out += "ARGUMENTS:\n" + row("<\(argument.name)>", argument.help) + "\n"
        }
        out += "OPTIONS:\n"
        for option in spec.options + [StandardOptions.help] {
            let help = option.help + (option.defaultValue.map { " (default: \($0))" } ?? "")
            out += row(option.synopsis, help)
        }
        return out
    }

    /// The one-line usage: `bukti inspect [--format <format>] [--hash] <path> ...`.
    static func usage(_ spec: CommandSpec) -> String {
        var parts = ["bukti", spec.name]
        parts += spec.options.map { "[\($0.synopsis)]" }
        if let argument = spec.argument { parts.append("<\(argument.name)>" + (argument.repeating ? " ..." : "")) }
        return parts.joined(separator: " ")
    }

    /// An indented two-column row, wrapping the help text under its column.
    static func row(_ left: String, _ help: String) -> String {
        let indent = String(repeating: " ", count: column)
        let lines = wrap(help, width: 100 - column)
        var first = "  " + left
        if first.count + 2 > column {
            first += "\n" + indent
        } else {
            first += String(repeating: " ", count: column - first.count)
        }
        return first + lines.joined(separator: "\n" + indent) + "\n"
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
