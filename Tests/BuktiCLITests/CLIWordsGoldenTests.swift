import Foundation
import Testing

/// The CLI's own words end to end, in both languages, against Golden/cli/: help, usage errors,
/// `inspect` and `explain` text, `rules show` and `rules check`, `history` and `diff`. stdout and
/// stderr are pinned with the exit status, so moving the words into one catalogue (issue 12) must
/// leave every byte in place. Regenerate with `BUKTI_UPDATE_GOLDEN=1 swift test --filter
/// CLIWordsGoldenTests` and read the diff.
@Suite struct CLIWordsGoldenTests {
    struct Run: CustomStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        /// False for lines where a trailing `--lang` would change the mistake they show.
        var takesLang = true
        var description: String { name }
    }

    static let commands = ["inspect", "audit", "merge", "explain", "rules", "history", "diff"]

    /// Each command line once per language: `BUKTI_LANG`, and `--lang` at the end of lines that take it.
    static let runs: [Run] = ["id", "en"].flatMap { language in
        lines.map { Run(name: "\($0.name)-\(language)", arguments: $0.arguments + ($0.takesLang ? ["--lang", language] : [])) }
    }

    static let lines: [Run] = [
        Run(name: "help", arguments: ["--help"]),
        Run(name: "no-arguments", arguments: [], takesLang: false),
        Run(name: "unknown-command", arguments: ["audti"]),
        Run(name: "unknown-option", arguments: ["audit", "Samples", "--formt", "json"]),
        Run(name: "bad-value", arguments: ["audit", "Samples", "--year", "1999"]),
        Run(name: "missing-value", arguments: ["audit", "Samples", "--rules"], takesLang: false),
        Run(name: "missing-argument", arguments: ["inspect"]),
        Run(name: "bad-lang", arguments: ["audit", "Samples", "--lang", "fr"], takesLang: false),
        Run(name: "bad-report", arguments: ["audit", "Samples", "--report", "pdf:x.pdf"]),
        Run(name: "no-path", arguments: ["inspect", "/nonexistent/bukti"]),
        Run(name: "inspect", arguments: ["inspect", "Samples", "--hash"]),
        Run(name: "explain", arguments: ["explain", "Samples/Lapor Cepat (LAPCEP)", "Samples/Pojok Baca Desa"]),
        Run(name: "rules-show-2024", arguments: ["rules", "show", "iid-2024"]),
        Run(name: "rules-show-2026", arguments: ["rules", "show", "iid-2026"]),
        Run(name: "rules-check", arguments: ["rules", "check", "iid-2026"]),
        Run(name: "rules-check-missing", arguments: ["rules", "check", "/nonexistent/r.json5"]),
        Run(name: "manifest-unusable", arguments: ["audit", "Samples", "--manifest", "Samples/README.md"]),
        Run(name: "split-needs-opd", arguments: ["audit", "Samples", "--split-by", "opd", "--report", "csv:/tmp/bukti-golden-unwritten.csv"]),
        Run(name: "history-none", arguments: ["history", "--cache", "/nonexistent/bukti-cache"]),
        Run(name: "diff-none", arguments: ["diff", "Samples", "last", "--cache", "/nonexistent/bukti-cache"]),
    ] + commands.map { Run(name: "help-\($0)", arguments: ["help", $0], takesLang: false) }

    static let goldenFolder = AuditSamplesTests.goldenFolder.appendingPathComponent("cli")

    @Test(arguments: runs)
    func wordsMatchGolden(run: Run) throws {
        let language = run.name.hasSuffix("-en") ? "en" : "id"
        let result = try BuktiProcess.run(run.arguments, in: AuditSamplesTests.packageRoot, timeout: 120,
                                          environment: ["BUKTI_LANG": language])
        let text = "$ bukti \(run.arguments.joined(separator: " "))\n--- exit \(result.status)\n--- stdout\n\(result.out)--- stderr\n"
            + result.err.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("bukti: ") || !$0.contains(" files in ") }.joined(separator: "\n")
        let url = Self.goldenFolder.appendingPathComponent("\(run.name).txt")
        if ProcessInfo.processInfo.environment["BUKTI_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8), "\(run.name).txt is missing")
        #expect(text == expected, "\(run.name) differs:\n\(ReportGoldenTests.firstDifference(expected, text))")
    }

    /// `inspect --format json|jsonl` byte for byte (the records contract's key order, spacing and number
    /// text; recorded with the encoder that preceded `OrderedJSONEncoder.Style.record`).
    @Test(arguments: ["json", "jsonl"])
    func inspectJSONMatchesGolden(format: String) throws {
        let result = try BuktiProcess.run(["inspect", "Samples", "--hash", "--format", format], in: AuditSamplesTests.packageRoot)
        #expect(result.status == 0, "\(result.err)")
        let url = AuditSamplesTests.goldenFolder.appendingPathComponent("inspect/samples-hash.\(format)")
        if ProcessInfo.processInfo.environment["BUKTI_UPDATE_GOLDEN"] == "1" {
            try result.stdout.write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(result.out == expected, "\(ReportGoldenTests.firstDifference(expected, result.out))")
    }
}
