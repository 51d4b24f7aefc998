import Foundation
import Testing
@testable import BuktiCore

/// Every kind of rule-file and waivers-file diagnostic, as printed in both languages, against
/// Fixtures/golden/rule-diagnostics.txt: the words of each message (not only its position) are pinned,
/// so moving them into the catalogue (issue 12) must leave every line unchanged. Regenerate with
/// `BUKTI_UPDATE_GOLDEN=1 swift test --filter RuleDiagnosticsGoldenTests` and read the diff.
@Suite struct RuleDiagnosticsGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden/rule-diagnostics.txt")

    /// Rule files: a name and the text (variants of `RuleFileFixture.valid`, or whole texts for syntax).
    static let ruleCases: [(String, String)] = [
        ("trailing text", RuleFileFixture.valid + " x"),
        ("end of file", "{ schema: "),
        ("unclosed object", "{ schema: 1"),
        ("unclosed array", "{ a: [1, 2"),
        ("missing comma in object", "{ a: 1 b: 2 }"),
        ("missing comma in array", "{ a: [1 2] }"),
        ("missing colon", "{ a 1 }"),
        ("bad key", "{ [: 1 }"),
        ("numeric key", "{ 1a: 1 }"),
        ("bare word value", "{ a: hello }"),
        ("unexpected token value", "{ a: : }"),
        ("unterminated string", "{ a: \"abc\n}"),
        ("tab in string", "{ a: \"a\tb\" }"),
        ("control in string", "{ a: \"a\u{1}b\" }"),
        ("bad escape", "{ a: \"\\d\" }"),
        ("bad hex number", "{ a: 0xZZ }"),
        ("leading zero", "{ a: 012 }"),
        ("bad number", "{ a: -x }"),
        ("bad exponent", "{ a: 1e }"),
        ("letter in number", "{ a: 12abc }"),
        ("unclosed comment", "{ a: 1 /* x }"),
        ("nested too deep", String(repeating: "[", count: 600)),
        ("not an object", "[1, 2]"),
        ("unknown key", RuleFileFixture.variant("schema: 1,", "schema: 1, colour: 3,")),
        ("unknown nested key", RuleFileFixture.variant("threshold: 4,", "threshold: 4, treshold: 4,")),
        ("missing key", RuleFileFixture.variant("name: \"T\",", "")),
        ("wrong type", RuleFileFixture.variant("assessmentYear: 2024,", "assessmentYear: \"2024\",")),
        ("duplicate key", RuleFileFixture.variant("name: \"T\",", "name: \"T\", name: \"U\",")),
        ("fraction for whole number", RuleFileFixture.variant("assessmentYear: 2024,", "assessmentYear: 2024.5,")),
        ("null value", RuleFileFixture.variant("assessmentYear: 2024,", "assessmentYear: null,")),
        ("unknown kind", RuleFileFixture.variant("kinds: [\"pdf\"]", "kinds: [\"pfd\"]")),
        ("bad window", RuleFileFixture.variant("window: \"T-1..T-0\"", "window: \"T-1..X\"")),
        ("unsupported schema", RuleFileFixture.variant("schema: 1,", "schema: 7,")),
        ("depth zero", RuleFileFixture.variant("depth: 1,", "depth: 0,")),
        ("threshold zero", RuleFileFixture.variant("threshold: 4,", "threshold: 0,")),
        ("weak for itself", RuleFileFixture.variant("weakEvidenceFor: \"sk\"", "weakEvidenceFor: \"rka\"")),
        ("weak for unknown", RuleFileFixture.variant("weakEvidenceFor: \"sk\"", "weakEvidenceFor: \"skk\"")),
        ("check with two kinds", RuleFileFixture.variant("window: \"T-1..T-0\", checks: []",
            "window: \"T-1..T-0\", checks: [ { id: \"c\", textMustMatch: \"x\", namesInnovation: true, disqualifies: false, message: { id: \"a\", en: \"b\" } } ]")),
        ("check duration zero", RuleFileFixture.variant("window: \"T-1..T-0\", checks: []",
            "window: \"T-1..T-0\", checks: [ { id: \"c\", maxDurationSeconds: 0, disqualifies: false, message: { id: \"a\", en: \"b\" } } ]")),
        ("check bad regex", RuleFileFixture.variant("window: \"T-1..T-0\", checks: []",
            "window: \"T-1..T-0\", checks: [ { id: \"c\", textMustMatch: \"(a\", disqualifies: false, message: { id: \"a\", en: \"b\" } } ]")),
        ("within on name", RuleFileFixture.variant("{ name: \"RKA\", weight: 3 }", "{ name: \"RKA\", within: 10, weight: 3 }")),
        ("within zero", RuleFileFixture.variant("within: 300", "within: 0")),
        ("signal without target", RuleFileFixture.variant("{ name: \"RKA\", weight: 3 }", "{ weight: 3 }")),
        ("signal with two targets", RuleFileFixture.variant("{ name: \"RKA\", weight: 3 }", "{ name: \"RKA\", folder: \"x\", weight: 3 }")),
        ("backspace in pattern", RuleFileFixture.variant("{ name: \"RKA\", weight: 3 }", "{ name: \"\\bRKA\", weight: 3 }")),
        ("bad regex", RuleFileFixture.variant("{ name: \"RKA\", weight: 3 }", "{ name: \"RKA[\", weight: 3 }")),
        ("bad regex paren", RuleFileFixture.variant("{ name: \"RKA\", weight: 3 }", "{ name: \"(RKA\", weight: 3 }")),
        ("negative indicator weight", RuleFileFixture.variant("weight: 3, mandatory", "weight: -3, mandatory")),
        ("level four", RuleFileFixture.variant("{ level: 1, label", "{ level: 4, label")),
        ("repeated level", RuleFileFixture.variant("requires: [ { types: [\"sk\"] } ] } ]",
            "requires: [ { types: [\"sk\"] } ] }, { level: 1, label: { id: \"B\", en: \"B\" }, requires: [ { types: [\"sk\"] } ] } ]")),
        ("requirement without types", RuleFileFixture.variant("requires: [ { types: [\"sk\"] } ]", "requires: [ { types: [] } ]")),
        ("count zero", RuleFileFixture.variant("requires: [ { types: [\"sk\"] } ]", "requires: [ { types: [\"sk\"], count: 0 } ]")),
        ("distinct years zero", RuleFileFixture.variant("requires: [ { types: [\"sk\"] } ]", "requires: [ { types: [\"sk\"], distinctYears: 0 } ]")),
        ("distinct years too many", RuleFileFixture.variant("requires: [ { types: [\"sk\"] } ]",
            "requires: [ { types: [\"sk\"], window: \"T-1..T-0\", distinctYears: 3 } ]")),
        ("unknown required type", RuleFileFixture.variant("requires: [ { types: [\"sk\"] } ]", "requires: [ { types: [\"sopp\"] } ]")),
        ("unknown required type far", RuleFileFixture.variant("requires: [ { types: [\"sk\"] } ]", "requires: [ { types: [\"zzzzzz\"] } ]")),
        ("zero limits", RuleFileFixture.variant("limits: { warnBytes: 10, maxBytes: 20 }", "limits: { warnBytes: 0, maxBytes: 20 }")),
        ("warn above max", RuleFileFixture.variant("limits: { warnBytes: 10, maxBytes: 20 }", "limits: { warnBytes: 30, maxBytes: 20 }")),
        ("duplicate type id", RuleFileFixture.variant("{ id: \"rka\"", "{ id: \"sk\"")),
        ("predicate not finite", RuleFileFixture.variant("predicates: [],", "predicates: [ { min: 1e999, label: { id: \"a\", en: \"b\" } } ],")),
    ]

    static let waiverCases: [(String, String)] = [
        ("waiver syntax", "{ waivers: [ } "),
        ("waiver shape", "{ waivers: 3 }"),
        ("waiver names", """
            { waivers: [
              { innovation: "Inovasi Satu", indicator: "regulasii", justification: "x", decidedBy: "y", expires: "2026-13-01" },
              { innovation: "Inovasi Dua", documentType: "skk", justification: " ", decidedBy: "", expires: "2026-01-01" },
              { innovation: "Inovasi Satu", justification: "x", decidedBy: "y", expires: "2026-01-01" },
            ] }
            """),
    ]

    @Test func everyDiagnosticInBothLanguagesMatchesGolden() throws {
        var out = ""
        func record(_ name: String, _ diagnostics: [RuleDiagnostic]) {
            out += "## \(name)\n"
            for language in [Language.id, .en] {
                for diagnostic in diagnostics { out += "\(language) " + diagnostic.description(language: language) + "\n" }
            }
        }
        for (name, text) in Self.ruleCases {
            do {
                let (_, warnings) = try RuleFileLoader.load(text: text, sourceName: "t.json5")
                record(name, warnings)
            } catch { record(name, error.diagnostics) }
        }
        let rules = try RuleFileLoader.load(text: RuleFileFixture.valid, sourceName: "t.json5").0.rules
        for (name, text) in Self.waiverCases {
            do {
                _ = try WaiverFileLoader.load(text: text, sourceName: "w.json5", rules: rules, innovations: ["Inovasi Satu"])
                record(name, [])
            } catch { record(name, error.diagnostics) }
        }
        for (name, path) in [("missing waivers", "/nonexistent/w.json5"), ("missing rules", "/nonexistent/r.json5")] {
            do {
                if name == "missing rules" { _ = try RuleFileLoader.load(path: path) } else {
                    _ = try WaiverFileLoader.load(path: path, rules: rules, innovations: [])
                }
            } catch { record(name, error.diagnostics) }
        }
        do { _ = try RuleFileLoader.load(builtin: "iid-2025") } catch { record("unknown builtin", error.diagnostics) }
        if ProcessInfo.processInfo.environment["BUKTI_UPDATE_GOLDEN"] == "1" {
            try Data(out.utf8).write(to: Self.golden)
            return
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = out.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<max(a.count, b.count)).first { $0 >= a.count || $0 >= b.count || a[$0] != b[$0] }
        #expect(first == nil, "line \((first ?? 0) + 1): expected \(first.map { $0 < a.count ? String(a[$0]) : "(end)" } ?? ""), got \(first.map { $0 < b.count ? String(b[$0]) : "(end)" } ?? "")")
    }
}
