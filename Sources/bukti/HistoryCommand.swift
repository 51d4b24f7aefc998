import Foundation
import BuktiCore
import BuktiReports

/// `bukti history [ROOT]`: the recorded audits of one root (or of every root), oldest first.
struct HistoryCommand {
    static let spec = CommandSpec(
        name: "history",
        abstract: "List the recorded audit runs of a folder (or of every folder).",
        discussion: """
            Every `bukti audit` is recorded in the cache directory (history/, one file per run, the newest
            --keep-history runs per folder). Each line: run id, time, rules, innovations complete and
            incomplete, total estimated score. Use a run id with `bukti diff` or `bukti audit --compare`.
            """,
        options: [
            OptionSpec("cache", value: "dir", "Cache directory; default $XDG_CACHE_HOME/bukti or ~/.cache/bukti."),
            OptionSpec("format", value: "format", default: "text", "Output format: text or json."),
            OptionSpec("lang", value: "id|en", default: "id", "Language of the text output and messages: id or en."),
        ],
        argument: ArgumentSpec(name: "root", help: "The audited folder; every folder with a history when omitted.", repeating: false))

    let root: String?
    let history: RunHistory
    let json: Bool
    /// The words of the text listing and its messages.
    let words: Words

    init(_ parsed: ParsedArguments) throws(UsageError) {
        guard parsed.positionals.count <= 1 else {
            throw .invalidValue(ArgumentParser.text(parsed.positionals[1]), option: "<root>", expected: "one folder", command: Self.spec.name)
        }
        root = parsed.positionals.first.map { RunHistory.absoluteRoot(ArgumentParser.text($0)) }
        history = RunHistory(cacheDirectory: CacheDirectory.resolve(option: parsed.values["cache"]), hasher: NightlyOptions.hasher)
        let format = parsed.values["format"] ?? "text"
        guard ["text", "json"].contains(format) else {
            throw .invalidValue(format, option: "--format", expected: "text or json", command: Self.spec.name)
        }
        json = format == "json"
        words = Words.cli(try Language.option(parsed, default: .fromEnvironment(), command: Self.spec.name))
    }

    /// One summary row per run.
    struct Row: Codable {
        var id: String
        var time: String
        var root: String
        var rules: String
        var complete: Int
        var incomplete: Int
        var score: Double
    }

    func run(console: Console) -> Int32 {
        let roots = root.map { [$0] } ?? history.roots()
        let rows = roots.flatMap { history.runs(root: $0) }.map { run in
            Row(id: run.id, time: run.time, root: run.root, rules: run.rules.name, complete: run.complete,
                incomplete: run.innovations.count - run.complete, score: run.scoreTotal)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(rows) else { return ExitStatus.incomplete }
            return console.print(String(decoding: data, as: UTF8.self) + "\n")
        }
        if rows.isEmpty {
            console.error(words.format("history.none", TerminalText.sanitized(history.folder)))
            return ExitStatus.success
        }
        var out = ""
        var lastRoot = ""
        for row in rows {
            if row.root != lastRoot { out += TerminalText.sanitized(row.root) + "\n"; lastRoot = row.root }
            out += words.format("history.row", TerminalText.sanitized(row.id), row.time, TerminalText.sanitized(row.rules),
                                row.complete, row.incomplete, TerminalText.number(row.score)) + "\n"
        }
        return console.print(out)
    }
}
