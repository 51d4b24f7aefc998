import Foundation
import BuktiCore
import BuktiReports
import BuktiFormats

/// The audit options for unattended runs (issue 6, history side): the history (kept in the `--cache`
/// directory that `CacheOptions` declares, resolved by `CacheDirectory`), `--compare`, `--fail-on`, `--waivers`, `--provenance`. Validated with the rest of the
/// command line; `start` checks what needs the rules (waivers, the compared run) before any work.
struct NightlyOptions {
    static let specs: [OptionSpec] = [
        OptionSpec("keep-history", value: "n", default: "60", "Runs kept per root in the history."),
        OptionSpec("no-history", "Do not record this run in the history."),
        OptionSpec("compare", value: "last|run-id", "Add what changed since that run of the same root (\"since the last run\")."),
        OptionSpec("fail-on", value: "policy", default: "missing",
                   "Exit 1 on: missing (a critical document lacks), new-missing (one went missing since --compare), problems (also files with problems), never."),
        OptionSpec("waivers", value: "file", "Waivers file (JSON5): gaps accepted per innovation, with justification and expiry."),
        OptionSpec("provenance", value: "file", "Write a provenance record (SHA-256 of every file that satisfied a requirement); never inside ROOT."),
    ]

    let cache: String
    let keepHistory: Int
    let recordsHistory: Bool
    let compare: String?
    let failOn: FailPolicy
    let waiversPath: String?
    let provenancePath: String?

    init(_ parsed: ParsedArguments, root: FilePath, command: String) throws(UsageError) {
        cache = CacheDirectory.resolve(option: parsed.values["cache"])
        let keepText = parsed.values["keep-history"] ?? "60"
        guard let keep = Int(keepText), (1...100_000).contains(keep) else {
            throw .invalidValue(keepText, option: "--keep-history", expected: "a number of runs from 1", command: command)
        }
        keepHistory = keep
        recordsHistory = !parsed.flags.contains("no-history")
        // The history is written: never inside the evidence (also with --no-cache, which skips that check).
        if recordsHistory, OutputPlace.isInside(cache, root: root) || OutputPlace.isInside(cache + "/x", root: root) {
            throw .invalidValue(cache, option: "--cache", expected: "a folder outside the audited folder (or --no-history)", command: command)
        }
        let policy = parsed.values["fail-on"] ?? FailPolicy.missing.rawValue
        guard let failOn = FailPolicy(rawValue: policy) else {
            throw .invalidValue(policy, option: "--fail-on", expected: "missing, new-missing, problems or never", command: command)
        }
        self.failOn = failOn
        // new-missing means nothing without a baseline: it compares with the last run unless told otherwise.
        compare = parsed.values["compare"] ?? (failOn == .newMissing ? "last" : nil)
        waiversPath = parsed.values["waivers"]
        provenancePath = parsed.values["provenance"]
        if let provenancePath {
            if OutputPlace.isInside(provenancePath, root: root) {
                throw .invalidValue(provenancePath, option: "--provenance", expected: "a file outside the audited folder", command: command)
            }
            guard OutputPlace.folderExists(for: provenancePath) else {
                throw .invalidValue(provenancePath, option: "--provenance", expected: "a file in an existing folder", command: command)
            }
        }
    }

    static let hasher = SHA256Hasher()

    /// Loads the waivers and the compared run; nil after printing why not (exit 2, nothing done).
    func start(rules compiled: CompiledRuleSet, layout: InnovationLayout, root: FilePath, console: Console) -> NightlyRun? {
        let history = RunHistory(cacheDirectory: cache, hasher: Self.hasher)
        let absolute = RunHistory.absoluteRoot(root.display)
        var waivers: WaiverFile?
        if let waiversPath {
            do throws(RuleFileError) {
                waivers = try WaiverFileLoader.load(
                    path: waiversPath, rules: compiled.rules, innovations: layout.innovationFolders().map(\.name),
                    hasher: RuleLoading.hasher)
            } catch {
                for diagnostic in error.diagnostics { console.error(TerminalText.sanitized(diagnostic.description)) }
                return nil
            }
        }
        var previous: RunRecord?
        var compared = false
        if let compare {
            compared = true
            if compare == "last" {
                previous = history.last(root: absolute)
                if previous == nil { console.error("bukti: no earlier run of '\(absolute)' in '\(history.folder)'; nothing to compare with") }
            } else {
                do throws(RunHistory.Failure) { previous = try history.find(compare, root: absolute) } catch {
                    console.error("bukti: --compare: \(error.description)")
                    return nil
                }
            }
        }
        return NightlyRun(options: self, rules: compiled, history: history, root: absolute,
                          waivers: waivers, previous: previous, compared: compared, started: Date())
    }
}
