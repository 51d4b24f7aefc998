import BuktiCore

/// A mistake on the command line: reported as one line on stderr plus a pointer to help, exit status 2.
enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?, command: String?)
    case missingValue(String, command: String)
    case flagTakesNoValue(String, command: String)
    case invalidValue(String, option: String, expected: String, command: String)
    case missingArgument(String, command: String)
    case pathNotFound(String, reason: String, command: String)

    /// The one-line message, after `bukti: `, in the reader's language.
    func message(_ t: Words) -> String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            t.format(.usageUnknownCommand, name) + Self.hint(suggestion, t)
        case .unknownOption(let name, let suggestion, _):
            t.format(.usageUnknownOption, name) + Self.hint(suggestion, t)
        case .missingValue(let option, _):
            t.format(.usageMissingValue, option)
        case .flagTakesNoValue(let option, _):
            t.format(.usageFlagTakesNoValue, option)
        case .invalidValue(let value, let option, let expected, _):
            t.format(.usageInvalidValue, value, option, t.phrase(expected))
        case .missingArgument(let name, _):
            t.format(.usageMissingArgument, t.phrase(name))
        case .pathNotFound(let path, let reason, _):
            t.format(.usagePathNotFound, path, t.phrase(reason))
        }
    }

    /// The message in English (tests and logs).
    var message: String { message(Words.cli(.en)) }

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
    func helpPointer(_ t: Words) -> String {
        t.format(.usageHelpPointer, "bukti" + (command.map { " " + $0 } ?? ""))
    }

    private static func hint(_ suggestion: String?, _ t: Words) -> String {
        suggestion.map { " " + t.format(.usageDidYouMean, $0) } ?? ""
    }
}
