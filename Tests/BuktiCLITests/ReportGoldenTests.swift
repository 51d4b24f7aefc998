import Foundation
import Testing

/// Every report format of `bukti audit` end to end on Samples/, in both languages and with both
/// built-in rule files, byte for byte against Golden/reports/: text, HTML, Markdown, CSV, JSON, and
/// the XLSX as a cell dump (`XLSXCellDump`). These pin what users see, so a change of code shape
/// (issue 12) must leave them untouched. Regenerate with `BUKTI_UPDATE_GOLDEN=1 swift test --filter
/// ReportGoldenTests` and read the diff.
@Suite struct ReportGoldenTests {
    /// One audit run writing every format.
    struct Run: CustomStringConvertible, Sendable {
        var rules: String
        var language: String
        var arguments: [String]
        var description: String { "\(rules)-\(language)" }
    }

    static let runs: [Run] = ["id", "en"].flatMap { language in
        [
            Run(rules: "iid-2024", language: language, arguments: ["audit", "Samples", "--lang", language]),
            Run(rules: "iid-2026", language: language,
                arguments: ["audit", "Samples", "--rules", "iid-2026", "--year", "2026", "--manifest", "Samples/manifest.csv",
                            "--lang", language]),
        ]
    }

    /// The report formats and the extension of their golden file.
    static let formats: [(format: String, golden: String)] = [
        ("text", "txt"), ("html", "html"), ("md", "md"), ("csv", "csv"), ("json", "json"), ("xlsx", "xlsx.cells.txt"),
    ]

    static let packageRoot = AuditSamplesTests.packageRoot
    static let goldenFolder = AuditSamplesTests.goldenFolder.appendingPathComponent("reports")

    @Test(arguments: runs)
    func everyFormatMatchesGolden(run: Run) throws {
        // Inside the package's .build, so the HTML's relative links to Samples/ are the same on every machine.
        let output = Self.packageRoot.appendingPathComponent(".build/report-goldens/\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let reports = Self.formats.flatMap { ["--report", "\($0.format):" + output.appendingPathComponent("report.\($0.format)").path] }
        let result = try BuktiProcess.run(run.arguments + reports + ["--no-history"], in: Self.packageRoot, timeout: 300)
        #expect(result.status == 1, "exit status \(result.status); stderr: \(result.err)")
        let json = try Data(contentsOf: output.appendingPathComponent("report.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let sha256 = try #require((object["rules"] as? [String: Any])?["sha256"] as? String)
        for (format, extensionName) in Self.formats {
            let bytes = [UInt8](try Data(contentsOf: output.appendingPathComponent("report.\(format)")))
            var text = format == "xlsx" ? try XLSXCellDump.dump(bytes) : String(decoding: bytes, as: UTF8.self)
            // The rule file's hash changes with every comment edited in it; nothing else may vary.
            text = text.replacingOccurrences(of: sha256, with: "<rules-sha256>")
            let name = "\(run).\(extensionName)"
            let url = Self.goldenFolder.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["BUKTI_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                continue
            }
            let expected = try #require(
                try? String(contentsOf: url, encoding: .utf8),
                "\(name) is missing: run BUKTI_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests")
            #expect(text == expected, "\(name) differs from the golden:\n\(Self.firstDifference(expected, text))")
        }
    }

    /// The first differing line, with its number, expected then actual.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) where index >= a.count || index >= b.count || a[index] != b[index] {
            let left = index < a.count ? String(a[index]) : "(end)"
            let right = index < b.count ? String(b[index]) : "(end)"
            return "line \(index + 1):\n- \(left.prefix(400))\n+ \(right.prefix(400))"
        }
        return "(same lines)"
    }
}
