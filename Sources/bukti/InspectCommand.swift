#if canImport(Glibc)
import Glibc
#endif
import BuktiCore
import BuktiFormats
import BuktiReports

/// `bukti inspect`: identify every file under the given paths and report what each holds.
struct InspectCommand {
    static let spec = CommandSpec(
        name: "inspect",
        abstract: "Identify every file under the given paths and report what each one holds.",
        discussion: """
            Folders are walked recursively in byte order of names; symbolic links inside them are counted,
            not followed. Each file is identified by its content, not its name, and its metadata and the
            start of its text are read. Problems (unreadable, corrupt, encrypted, mislabelled, empty, system
            litter) are recorded on the file and never stop the run; the exit status is 0 when the run
            completes, 2 for a mistake on the command line.
            """,
        options: [
            OptionSpec("format", value: "format", default: "text",
                       "Output format: text (for people), json (one document) or jsonl (one JSON record per line)."),
            OptionSpec("hash", "Add the SHA-256 of each file's content (reads every byte)."),
            OptionSpec("text-pages", value: "n", default: "3", "Pages of text to read from each document."),
            OptionSpec("text-chars", value: "n", default: "20000", "Characters of text to keep per file."),
            OptionSpec("file-timeout", value: "seconds", default: "30",
                       "Time one file may take; a file that runs over gets a limit-exceeded problem."),
            OptionSpec("lang", value: "id|en", "Language of the text output: id (Indonesian) or en (English)."),
            OptionSpec("max-file-bytes", value: "n", default: "2147483648",
                       "Larger files are listed but not read (limit-exceeded)."),
        ] + CacheOptions.inspectSpecs,  // opt-in --cache, --wait, --quiet, --log-format
        argument: ArgumentSpec(name: "path", help: "Files or folders to inspect.", repeating: true))

    let format: OutputFormat
    let hash: Bool
    let options: InspectOptions
    let paths: [FilePath]
    /// The language of the text output's labels and summary.
    let words: Words
    let runOptions: CacheOptions

    /// Validates everything before any work starts (ripgrep's low-args to high-args step).
    init(_ parsed: ParsedArguments) throws(UsageError) {
        let name = Self.spec.name
        let formatText = parsed.values["format"] ?? OutputFormat.text.rawValue
        guard let format = OutputFormat(rawValue: formatText) else {
            throw .invalidValue(formatText, option: "--format", expected: "text, json or jsonl", command: name)
        }
        self.format = format
        words = Words.cli(try Language.option(parsed, default: .fromEnvironment(), command: name))
        hash = parsed.flags.contains("hash")
        var options = InspectOptions()
        if let pages = try Self.count(parsed, "text-pages") { options.extraction.textPages = pages }
        if let chars = try Self.count(parsed, "text-chars") { options.extraction.textCharacters = chars }
        if let text = parsed.values["file-timeout"] {
            guard let seconds = Double(text), seconds.isFinite, seconds > 0 else {
                throw .invalidValue(text, option: "--file-timeout", expected: "a number of seconds above 0", command: name)
            }
            options.fileTimeout = seconds
        }
        if let text = parsed.values["max-file-bytes"] {
            guard let bytes = Int64(text), bytes > 0 else {
                throw .invalidValue(text, option: "--max-file-bytes", expected: "a number of bytes above 0", command: name)
            }
            options.maxFileBytes = bytes
        }
        self.options = options
        guard !parsed.positionals.isEmpty else {
            throw .missingArgument("<path> (give at least one file or folder)", command: name)
        }
        paths = parsed.positionals.map(FilePath.init(bytes:))
        runOptions = try CacheOptions(parsed, roots: paths, command: name, cacheByDefault: false)
        for path in paths {
            if case .failure(let error) = WalkFileSystem.posix.statusFollowingLinks(path),
               [ENOENT, ENOTDIR].contains(error.code) {
                throw .pathNotFound(path.display, reason: "no such file or folder", command: name)
            }
        }
    }

    private static func count(_ parsed: ParsedArguments, _ option: String) throws(UsageError) -> Int? {
        guard let text = parsed.values[option] else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw .invalidValue(text, option: "--\(option)", expected: "a whole number, 0 or more", command: spec.name)
        }
        return value
    }

    /// Runs the inspection, streaming records to stdout; returns the exit status.
    func run(console: Console) -> Int32 {
        var options = self.options
        options.jobs = runOptions.jobs
        var inspector = Inspector(
            probes: Formats.probes,
            extractor: { kind in Formats.extractor(for: kind) },
            hasher: hash ? SHA256Hasher() : nil,
            options: options)
        // With --cache: the lock (exit 75), the cache, signals, heartbeat and summary.
        var environment: RunEnvironment?
        if runOptions.directory != nil {
            switch RunEnvironment.start(runOptions, inspect: options, hashing: hash) {
            case .success(let started): environment = started
            case .failure(let code): return code.status
            }
            environment?.attach(to: &inspector, root: paths[0], showProgress: !console.isTerminal)
        }
        var renderer = format.renderer(console: console, words: words)
        var tally = RunTally()
        do {
            try renderer.begin(console.out)
            tally.walk = try inspector.run(paths) { facts in
                tally.count(facts)
                try renderer.record(facts, console.out)
                if console.isTerminal { try console.out.flush() }
            }
            try renderer.end(tally, console.out)
            try console.out.flush()
        } catch let failure as OutputError {
            return console.report(failure)
        } catch {
            console.error("bukti: \(error)")
            return ExitStatus.incomplete
        }
        if let status = environment?.finish(interruptedMessage: "interrupted; the output is incomplete") { return status }
        if format == .jsonl, tally.walk.totalSkipped > 0 {
            console.error("bukti: " + words.format("inspect.skipped", tally.skippedDescription(words)))
        }
        return 0
    }
}
