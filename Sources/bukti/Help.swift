import BuktiCore

/// Renders `--help` text from command specs, in swift-argument-parser's layout.
enum Help {
    /// Column where help text starts.
    static let column = 28

    /// Help for the top level: overview, usage, options, subcommands.
    static func root(commands: [CommandSpec], _ t: Words) -> String {
        let abstract = t.word(MessageKey.abstract("bukti"), or: Bukti.abstract)
        var out = "\(t[.helpOverview]): \(abstract)\n\n\(t[.helpUsage]): bukti <\(t[.helpSubcommandPlaceholder])>\n\n"
        out += "\(t[.helpOptions]):\n"
        for option in [StandardOptions.version, StandardOptions.help] {
            out += row(option.synopsis, t.optionHelp(option, in: nil))
        }
        out += "\n\(t[.helpSubcommands]):\n"
        for command in commands { out += row(command.name, t.abstract(command)) }
        out += "\n  \(t[.helpSeeCommand])\n"
        return out
    }

    /// Help for one command: overview, discussion, usage, arguments, options.
    static func command(_ spec: CommandSpec, _ t: Words) -> String {
        var out = "\(t[.helpOverview]): \(t.abstract(spec))\n\n"
        let discussion = t.discussion(spec)
        // The specs' English is wrapped by hand; catalogue paragraphs are one line, wrapped here.
        if !discussion.isEmpty {
            out += (discussion.contains("\n") ? discussion : wrap(discussion, width: 100).joined(separator: "\n")) + "\n\n"
        }
        out += "\(t[.helpUsage]): \(usage(spec))\n\n"
        if let argument = spec.argument {
            out += "\(t[.helpArguments]):\n" + row("<\(argument.name)>", t.argumentHelp(spec, argument)) + "\n"
        }
        out += "\(t[.helpOptions]):\n"
        for option in spec.options + [StandardOptions.help] {
            let owner = spec.option(named: option.name) == nil ? nil : spec.name
            let help = t.optionHelp(option, in: owner) + (option.defaultValue.map { " " + t.format(.helpDefault, $0) } ?? "")
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
