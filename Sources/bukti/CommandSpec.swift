/// The declared shape of a command: its options with their help text, and its positional arguments.
/// Help, usage lines and error suggestions are all generated from this table (ripgrep's flag table).
struct CommandSpec: Sendable {
    let name: String
    /// One line: what the command does.
    let abstract: String
    /// Paragraphs shown after the overview in `--help`.
    let discussion: String
    let options: [OptionSpec]
    let argument: ArgumentSpec?

    /// The option spelled `--name`.
    func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
    /// The option spelled `-c`.
    func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }
}

/// One `--name` option: a flag, or an option that takes a value.
struct OptionSpec: Sendable {
    /// The long name without dashes.
    let name: String
    let short: Character?
    /// The value's placeholder (`format` shows as `<format>`); nil for a flag.
    let valueName: String?
    let help: String
    /// The default as shown in help, when there is one.
    let defaultValue: String?

    init(_ name: String, short: Character? = nil, value: String? = nil, default defaultValue: String? = nil,
         _ help: String) {
        self.name = name
        self.short = short
        self.valueName = value
        self.help = help
        self.defaultValue = defaultValue
    }

    var takesValue: Bool { valueName != nil }

    /// `--format <format>` or `-h, --help`.
    var synopsis: String {
        let long = "--\(name)" + (valueName.map { " <\($0)>" } ?? "")
        return short.map { "-\($0), " + long } ?? long
    }
}

/// The positional arguments a command takes.
struct ArgumentSpec: Sendable {
    /// The placeholder (`path` shows as `<path>`).
    let name: String
    let help: String
    /// True when one or more may be given.
    let repeating: Bool
}

/// Options every command understands.
enum StandardOptions {
    static let help = OptionSpec("help", short: "h", "Show help information.")
    static let version = OptionSpec("version", "Show the version.")
}
