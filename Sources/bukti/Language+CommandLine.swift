#if canImport(Glibc)
import Glibc
#endif
import BuktiCore

/// How the command line chooses the language of bukti's words.
extension Language {
    /// The language of help and usage errors, chosen before the command line is parsed: `--lang X` or
    /// `--lang=X` anywhere before `--`, else `BUKTI_LANG`, else Indonesian. Unknown values are ignored
    /// here (the command reports them).
    static func chosen(by arguments: [[UInt8]], environment: String? = environmentValue) -> Language {
        let words = arguments.map { String(decoding: $0, as: UTF8.self) }
        var chosen: Language?
        var index = 0
        while index < words.count, words[index] != "--" {
            let word = words[index]
            if word == "--lang", index + 1 < words.count {
                chosen = Language(rawValue: words[index + 1]) ?? chosen
                index += 1
            } else if word.hasPrefix("--lang=") {
                chosen = Language(rawValue: String(word.dropFirst(7))) ?? chosen
            }
            index += 1
        }
        return chosen ?? fromEnvironment(environment)
    }

    /// `BUKTI_LANG` when it names a language (`en`, `en_US.UTF-8`, `id`), else Indonesian.
    static func fromEnvironment(_ environment: String? = environmentValue) -> Language {
        guard let value = environment?.lowercased(), value.count >= 2 else { return .id }
        return Language(rawValue: String(value.prefix(2))) ?? .id
    }

    /// The `BUKTI_LANG` environment variable, when set.
    static var environmentValue: String? { getenv("BUKTI_LANG").map { String(cString: $0) } }

    /// A command's `--lang` value, or `fallback` when not given; any other value is a usage error.
    static func option(_ parsed: ParsedArguments, default fallback: Language, command: String) throws(UsageError) -> Language {
        guard let text = parsed.values["lang"] else { return fallback }
        guard let language = Language(rawValue: text) else {
            throw .invalidValue(text, option: "--lang", expected: "id or en", command: command)
        }
        return language
    }
}
