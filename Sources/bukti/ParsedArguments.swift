import BuktiCore

/// A command line split into options and positional arguments, before values are validated.
struct ParsedArguments {
    /// Option values by long name; the last occurrence wins, as in swift-argument-parser.
    var values: [String: String] = [:]
    /// Every value of every option, in order (`--report` may be given several times).
    var lists: [String: [String]] = [:]
    /// Flags given, by long name.
    var flags: Set<String> = []
    /// Positional arguments as raw bytes (paths need not be valid UTF-8).
    var positionals: [[UInt8]] = []
    /// True when `-h`/`--help` appeared before `--`.
    var helpRequested = false
}

/// Splits one command's arguments against its spec: `--name value`, `--name=value`, flags, `-h`, and
/// `--` ending options. Every mistake becomes a `UsageError` naming the offending argument.
struct ArgumentParser {
    let command: CommandSpec

    func parse(_ arguments: [[UInt8]]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        // Help wins over every other mistake on the line, so `bukti inspect --frmat --help` shows help.
        for argument in arguments {
            let text = Self.text(argument)
            if text == "--" { break }
            if text == "-h" || text == "--help" { parsed.helpRequested = true }
        }
        if parsed.helpRequested { return parsed }
        while index < arguments.count {
            let argument = arguments[index]
            let text = Self.text(argument)
            index += 1
            if optionsEnded || !text.hasPrefix("-") || text == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if text == "--" {
                optionsEnded = true
                continue
            }
            let (spelling, inline) = Self.split(text)
            guard let option = lookup(spelling) else {
                throw UsageError.unknownOption(spelling, suggestion: suggestion(for: spelling), command: command.name)
            }
            let displayName = "--\(option.name)"
            guard option.takesValue else {
                if inline != nil { throw .flagTakesNoValue(displayName, command: command.name) }
                parsed.flags.insert(option.name)
                continue
            }
            if let inline {
                parsed.values[option.name] = inline
                parsed.lists[option.name, default: []].append(inline)
            } else if index < arguments.count, !Self.looksLikeOption(Self.text(arguments[index])) {
                parsed.values[option.name] = Self.text(arguments[index])
                parsed.lists[option.name, default: []].append(Self.text(arguments[index]))
                index += 1
            } else {
                throw .missingValue(displayName, command: command.name)
            }
        }
        return parsed
    }

    /// `--name=value` split at the first `=`; short options never carry an inline value.
    static func split(_ text: String) -> (String, String?) {
        guard text.hasPrefix("--"), let equals = text.firstIndex(of: "=") else { return (text, nil) }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    /// True for `--anything` and `-x` (a single letter); `-5` is a value, not an option.
    static func looksLikeOption(_ text: String) -> Bool {
        if text.hasPrefix("--") { return true }
        guard text.hasPrefix("-"), text.count == 2, let letter = text.last else { return false }
        return letter.isLetter
    }

    private func lookup(_ spelling: String) -> OptionSpec? {
        if spelling.hasPrefix("--") { return command.option(named: String(spelling.dropFirst(2))) }
        guard spelling.count == 2, let letter = spelling.last else { return nil }
        return command.option(short: letter)
    }

    private func suggestion(for spelling: String) -> String? {
        let candidates = command.options.map { "--\($0.name)" }
        return NameSuggestion.closest(to: spelling, among: candidates)
    }

    /// An argument as text for matching option names (invalid bytes become U+FFFD, never matching).
    static func text(_ argument: [UInt8]) -> String { String(decoding: argument, as: UTF8.self) }
}
