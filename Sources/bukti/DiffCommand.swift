import Foundation
import BuktiCore
import BuktiReports

/// `bukti diff RUN_A RUN_B`: what changed between two recorded runs of the same folder.
struct DiffCommand {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Show what changed between two recorded audit runs.",
        discussion: """
            RUN_A and RUN_B are run ids from `bukti history` (or paths to run files); RUN_B may be `last`
            (the newest run of RUN_A's folder). Shows files added, removed and changed, documents newly
            missing or present, score and indicator level changes, innovations added or removed.
            """,
        options: [
            OptionSpec("cache", value: "dir", "Cache directory; default $XDG_CACHE_HOME/bukti or ~/.cache/bukti."),
            OptionSpec("root", value: "folder", "The audited folder, when a run id exists for several."),
            OptionSpec("format", value: "format", default: "text", "Output format: text or json."),
            OptionSpec("lang", value: "id|en", default: "id", "Language of the text output."),
        ],
        argument: ArgumentSpec(name: "run", help: "Two run ids: the earlier, then the later.", repeating: true))

    let first: String
    let second: String
    let root: String?
    let history: RunHistory
    let json: Bool
    let language: Language

    init(_ parsed: ParsedArguments) throws(UsageError) {
        let name = Self.spec.name
        guard parsed.positionals.count == 2 else {
            throw parsed.positionals.count < 2
                ? .missingArgument("<run> <run> (two run ids from `bukti history`)", command: name)
                : .invalidValue(ArgumentParser.text(parsed.positionals[2]), option: "<run>", expected: "two run ids", command: name)
        }
        first = ArgumentParser.text(parsed.positionals[0])
        second = ArgumentParser.text(parsed.positionals[1])
        root = parsed.values["root"].map(RunHistory.absoluteRoot)
        history = RunHistory(cacheDirectory: CacheDirectory.resolve(option: parsed.values["cache"]), hasher: NightlyOptions.hasher)
        let format = parsed.values["format"] ?? "text"
        guard ["text", "json"].contains(format) else { throw .invalidValue(format, option: "--format", expected: "text or json", command: name) }
        json = format == "json"
        language = try Language.option(parsed, default: .fromEnvironment(), command: name)
    }

    func run(console: Console) -> Int32 {
        let words = Words.cli(language)
        let old: RunRecord, new: RunRecord
        do throws(RunHistory.Failure) {
            old = try history.find(first, root: root)
            if second == "last" {
                guard let last = history.last(root: old.root) else {
                    console.error(words.format("diff.noRuns", TerminalText.sanitized(old.root)))
                    return ExitStatus.usage
                }
                new = last
            } else {
                new = try history.find(second, root: root ?? old.root)
            }
        } catch {
            console.error(words.historyFailure(error))
            return ExitStatus.usage
        }
        guard old.root == new.root else {
            console.error(words.format("diff.otherFolders", TerminalText.sanitized(old.root), TerminalText.sanitized(new.root)))
            return ExitStatus.usage
        }
        let diff = AuditDiff(from: old, to: new)
        if json {
            guard let text = try? OrderedJSONEncoder(.document).encode(diff) else { return ExitStatus.incomplete }
            return console.print(text + "\n")
        }
        var labels: [String: String] = [:]
        let source = new.rules.source.hasPrefix("built-in ") ? String(new.rules.source.dropFirst("built-in ".count)) : new.rules.source
        if let (rules, _) = try? RuleFileLoader.load(nameOrPath: source) {
            labels = SinceLastRunRenderer.labels(rules.rules, language: language)
        }
        return console.print(SinceLastRunRenderer(language: language, labels: labels).render(diff, heading: false))
    }
}
