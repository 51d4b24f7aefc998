import Foundation
import Testing

/// `bukti audit` end to end on the sample tree (Samples/, built by Scripts/fixtures/samples.sh), compared
/// with reviewed golden reports in Golden/. Regenerate with `BUKTI_UPDATE_GOLDEN=1 swift test --filter
/// AuditSamplesTests`, then read the diff: every verdict must match what Samples/README.md says the tree shows.
@Suite struct AuditSamplesTests {
    /// One golden run: the arguments after `bukti` and the golden file they are compared with.
    struct Run: CustomStringConvertible, Sendable {
        var golden: String
        var arguments: [String]
        var description: String { golden }
    }

    static let runs = [
        Run(golden: "audit-samples-iid-2024.json", arguments: ["audit", "Samples", "--format", "json"]),
        // The 2026 run also reads the official list, so the manifest section is covered.
        Run(golden: "audit-samples-iid-2026.json",
            arguments: ["audit", "Samples", "--rules", "iid-2026", "--year", "2026", "--manifest", "Samples/manifest.csv",
                        "--format", "json"]),
    ]

    /// Key paths whose values may change without any change in behaviour (the rule file's hash changes
    /// with every comment edited in it).
    static let ignored: Set<String> = ["rules.sha256"]

    /// The package root: `Samples` is given relative to it, so the report's paths are the same on every machine.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: runs)
    func auditMatchesGolden(run: Run) throws {
        let result = try BuktiProcess.run(run.arguments, in: Self.packageRoot, timeout: 300)
        // Several innovations lack critical documents by construction (a missing SK, a missing SOP).
        #expect(result.status == 1, "exit status \(result.status); stderr: \(result.err)")
        let actual = try #require(
            try? JSONSerialization.jsonObject(with: result.stdout), "stdout is not JSON: \(result.out.prefix(500))")
        let url = Self.goldenFolder.appendingPathComponent(run.golden)
        if ProcessInfo.processInfo.environment["BUKTI_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            try result.stdout.write(to: url)
            return
        }
        let data = try #require(
            try? Data(contentsOf: url), "\(run.golden) is missing: run BUKTI_UPDATE_GOLDEN=1 swift test --filter AuditSamplesTests")
        let expected = try JSONSerialization.jsonObject(with: data)
        var differences: [String] = []
        JSONDiff.compare(expected, actual, at: "", ignoring: Self.ignored, into: &differences)
        let shown = differences.prefix(80).joined(separator: "\n")
        let more = differences.count > 80 ? "\n... and \(differences.count - 80) more" : ""
        #expect(differences.isEmpty, "bukti \(run.arguments.joined(separator: " ")) differs from \(run.golden):\n\(shown)\(more)")
    }
}

/// A structural comparison of two decoded JSON values that names each differing key path.
enum JSONDiff {
    /// Appends one line per difference: `path: expected X, got Y` (key order and whitespace do not matter).
    static func compare(_ expected: Any, _ actual: Any, at path: String, ignoring: Set<String>, into out: inout [String]) {
        if ignoring.contains(path) { return }
        switch (expected, actual) {
        case let (e as [String: Any], a as [String: Any]):
            for key in Set(e.keys).union(a.keys).sorted() {
                let child = path.isEmpty ? key : "\(path).\(key)"
                switch (e[key], a[key]) {
                case let (ev?, av?): compare(ev, av, at: child, ignoring: ignoring, into: &out)
                case let (ev?, nil): if !ignoring.contains(child) { out.append("\(child): expected \(render(ev)), missing") }
                case let (nil, av?): if !ignoring.contains(child) { out.append("\(child): unexpected \(render(av))") }
                case (nil, nil): break
                }
            }
        case let (e as [Any], a as [Any]):
            for index in 0..<max(e.count, a.count) {
                let child = "\(path)[\(label(e, a, index))]"
                if index >= a.count {
                    out.append("\(child): expected \(render(e[index])), missing")
                } else if index >= e.count {
                    out.append("\(child): unexpected \(render(a[index]))")
                } else {
                    compare(e[index], a[index], at: child, ignoring: ignoring, into: &out)
                }
            }
        default:
            if !same(expected, actual) { out.append("\(path): expected \(render(expected)), got \(render(actual))") }
        }
    }

    /// An array element's label: its index, plus its `name`, `id` or `path` when it has one, so a
    /// difference reads `innovations[3 Sekolah Ramah Anak].documents.sk.status`.
    static func label(_ e: [Any], _ a: [Any], _ index: Int) -> String {
        let element = index < e.count ? e[index] : a[index]
        guard let object = element as? [String: Any] else { return "\(index)" }
        for key in ["name", "id", "path"] { if let text = object[key] as? String { return "\(index) \(text)" } }
        return "\(index)"
    }

    /// Scalars are equal when both are null, equal strings, equal booleans or numbers within 1e-9.
    static func same(_ e: Any, _ a: Any) -> Bool {
        switch (e, a) {
        case (is NSNull, is NSNull): return true
        case let (x as String, y as String): return x == y
        case let (x as NSNumber, y as NSNumber):
            // JSONSerialization gives booleans as NSNumber of type "c" (char), so true is not 1.
            let xb = String(cString: x.objCType) == "c", yb = String(cString: y.objCType) == "c"
            if xb || yb { return xb == yb && x.boolValue == y.boolValue }
            return abs(x.doubleValue - y.doubleValue) <= 1e-9
        default: return false
        }
    }

    /// A short JSON rendering of a value for a diff line.
    static func render(_ value: Any) -> String {
        if let string = value as? String { return "\"\(string)\"" }
        if value is NSNull { return "null" }
        if JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) {
            let text = String(decoding: data, as: UTF8.self)
            return text.count > 200 ? String(text.prefix(200)) + "..." : text
        }
        return "\(value)"
    }
}
