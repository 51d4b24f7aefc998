/// A mistake on the command line: reported as one line on stderr plus a pointer to help, exit status 2.
enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?, command: String?)
    case missingValue(String, command: String)
    case flagTakesNoValue(String, command: String)
    case invalidValue(String, option: String, expected: String, command: String)
    case missingArgument(String, command: String)
    case pathNotFound(String, reason: String, command: String)

    /// The one-line message, after `bukti: `.
    var message: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            "unknown command '\(name)'" + Self.hint(suggestion)
        case .unknownOption(let name, let suggestion, _):
            "unknown option '\(name)'" + Self.hint(suggestion)
        case .missingValue(let option, _):
            "missing value for '\(option)'"
        case .flagTakesNoValue(let option, _):
            "option '\(option)' does not take a value"
        case .invalidValue(let value, let option, let expected, _):
            "invalid value '\(value)' for '\(option)' (expected \(expected))"
        case .missingArgument(let name, _):
            "missing \(name)"
        case .pathNotFound(let path, let reason, _):
            "cannot inspect '\(path)': \(reason)"
        }
    }

    /// The command whose help explains the mistake, nil for the top level.
    var command: String? {
        switch self {
        case .unknownCommand: nil
        case .unknownOption(_, _, let command): command
        case .missingValue(_, let command), .flagTakesNoValue(_, let command),
            .invalidValue(_, _, _, let command), .missingArgument(_, let command),
            .pathNotFound(_, _, let command):
            command
        }
    }

    /// The line after the message.
    var helpPointer: String {
        "Run 'bukti\(command.map { " " + $0 } ?? "") --help' for usage."
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
