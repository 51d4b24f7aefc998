#if canImport(Glibc)
import Glibc
#endif
import Foundation
import BuktiCore

/// The unattended-run options (`--cache`, `--no-cache`, `--wait`, `--max-file-bytes`, `--file-timeout`,
/// `--quiet`, `--log-format`), validated before any work starts.
struct CacheOptions {
    static let specs: [OptionSpec] = [
        OptionSpec("cache", value: "dir", "Folder of the facts cache and its lock; default $XDG_CACHE_HOME/bukti or ~/.cache/bukti."),
        OptionSpec("no-cache", "Read every file; use no cache and take no lock."),
        OptionSpec("wait", value: "seconds", "When another run holds the cache's lock, wait this long for it (default: exit 75 at once)."),
        OptionSpec("max-file-bytes", value: "n", default: "2147483648", "Larger files are listed but not read (limit-exceeded)."),
        OptionSpec("file-timeout", value: "seconds", default: "30", "Time one file may take; a file that runs over gets a limit-exceeded problem."),
        OptionSpec("quiet", "No progress or heartbeat lines and no closing summary on stderr."),
        OptionSpec("log-format", value: "text|json", default: "text", "Progress, warnings and the summary on stderr as text or as JSON lines."),
        OptionSpec("jobs", value: "n", "Files read and classified at the same time (default: the number of processor cores)."),
    ]

    /// The subset `inspect` takes: there the cache is opt-in (`--cache DIR`), since inspect is also a
    /// quick look at one file; `--file-timeout` and `--max-file-bytes` are inspect's own options.
    static let inspectSpecs: [OptionSpec] = [
        OptionSpec("cache", value: "dir", "Use (and lock) the facts cache in this folder; off unless given."),
        OptionSpec("wait", value: "seconds", "With --cache: wait this long for another run's lock (default: exit 75 at once)."),
        OptionSpec("quiet", "With --cache: no heartbeat lines and no closing summary on stderr."),
        OptionSpec("log-format", value: "text|json", default: "text", "With --cache: heartbeat, warnings and the summary as text or JSON lines."),
        OptionSpec("jobs", value: "n", "Files read at the same time (default: the number of processor cores)."),
    ]

    /// The cache folder; nil with `--no-cache`.
    let directory: String?
    let wait: Double
    let maxFileBytes: Int64
    let fileTimeout: Double
    let quiet: Bool
    let json: Bool
    /// Files in flight at once; output never depends on it.
    let jobs: Int

    /// Reads and checks the options; `roots` are the scanned folders the cache must stay out of.
    init(_ parsed: ParsedArguments, roots: [FilePath], command: String, cacheByDefault: Bool = true) throws(UsageError) {
        json = try Self.logFormat(parsed, command: command)
        quiet = parsed.flags.contains("quiet")
        if let text = parsed.values["jobs"] {
            guard let value = Int(text), (1...256).contains(value) else {
                throw .invalidValue(text, option: "--jobs", expected: "a whole number from 1 to 256", command: command)
            }
            jobs = value
        } else {
            jobs = Self.defaultJobs
        }
        wait = try Self.number(parsed, "wait", command: command, expected: "a number of seconds, 0 or more") { $0 >= 0 } ?? 0
        fileTimeout = try Self.number(parsed, "file-timeout", command: command, expected: "a number of seconds above 0") { $0 > 0 } ?? 30
        if let text = parsed.values["max-file-bytes"] {
            guard let value = Int64(text), value > 0 else {
                throw .invalidValue(text, option: "--max-file-bytes", expected: "a number of bytes above 0", command: command)
            }
            maxFileBytes = value
        } else {
            maxFileBytes = InspectOptions().maxFileBytes
        }
        if parsed.flags.contains("no-cache") || (!cacheByDefault && parsed.values["cache"] == nil) {
            directory = nil
            return
        }
        let folder = parsed.values["cache"] ?? Self.defaultDirectory()
        for root in roots where OutputPlace.isInside(folder, root: root) || OutputPlace.isInside(folder + "/x", root: root) {
            throw .invalidValue(folder, option: "--cache", expected: "a folder outside the scanned folder \(root.display)", command: command)
        }
        directory = folder
    }

    /// One job per processor core the process may use.
    static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `$XDG_CACHE_HOME/bukti`, else `~/.cache/bukti` (the XDG base directory defaults).
    static func defaultDirectory() -> String { CacheDirectory.resolve(option: nil) }  // one place for both

    private static func logFormat(_ parsed: ParsedArguments, command: String) throws(UsageError) -> Bool {
        let text = parsed.values["log-format"] ?? "text"
        guard ["text", "json"].contains(text) else {
            throw .invalidValue(text, option: "--log-format", expected: "text or json", command: command)
        }
        return text == "json"
    }

    private static func number(
        _ parsed: ParsedArguments, _ option: String, command: String, expected: String, _ valid: (Double) -> Bool
    ) throws(UsageError) -> Double? {
        guard let text = parsed.values[option] else { return nil }
        guard let value = Double(text), value.isFinite, valid(value) else {
            throw .invalidValue(text, option: "--\(option)", expected: expected, command: command)
        }
        return value
    }
}
