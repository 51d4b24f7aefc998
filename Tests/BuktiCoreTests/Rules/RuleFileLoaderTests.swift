import Foundation
import Testing
@testable import BuktiCore

/// Every class of rule-file mistake lands on the line and column of the offending character, with a
/// key path and what to write instead.
@Suite struct RuleFileLoaderTests {
    typealias F = RuleFileFixture

    /// Expects exactly one error, at the marker, whose message contains every fragment.
    private func expectError(_ marked: String, path: String, _ fragments: [String],
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let (diagnostics, loaded, marker) = F.diagnose(marked)
        #expect(!loaded, sourceLocation: sourceLocation)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
        guard let error = errors.first else { return }
        #expect(error.position == marker, "\(error)", sourceLocation: sourceLocation)
        #expect(error.keyPath == path, "\(error)", sourceLocation: sourceLocation)
        let english = Words(.en, .core).text(of: error.message), indonesian = Words(.id, .core).text(of: error.message)
        for fragment in fragments {
            #expect(english.contains(fragment), "\(english)", sourceLocation: sourceLocation)
        }
        // Every class of mistake also has its Indonesian sentence (`bukti` prints it by default).
        #expect(indonesian != english, "no Indonesian for: \(english)", sourceLocation: sourceLocation)
    }

    @Test func validFileLoadsWithCompiledSignals() throws {
        let (rules, warnings) = try RuleFileLoader.load(text: F.valid, sourceName: "t.json5", hasher: FakeHasher { "\($0.count) bytes" })
        #expect(warnings.isEmpty)
        #expect(rules.source == "t.json5")
        #expect(rules.sha256 == "\(F.valid.utf8.count) bytes")
        #expect(rules.documentTypes.map(\.id) == ["sk", "rka"])
        let sk = try #require(rules.documentType("sk"))
        #expect(sk.signals.map(\.target) == [.text, .fact])
        let regex = try #require(sk.signals[0].regex)
        let text = "keputusan bupati contoh"
        #expect(regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil)  // case-insensitive
        #expect(sk.signals[0].within == 300)
        #expect(sk.signals[1].regex == nil && sk.signals[1].fact == .scanned)
        #expect(rules.documentTypes.filter { $0.type.weakEvidenceFor == "sk" }.map(\.id) == ["rka"])
        #expect(rules.documentType("nope") == nil)
    }

    @Test func missingCommaPointsAtTheNextKey() {
        expectError(F.variant("schema: 1,\n  name:", "schema: 1\n  📍name:"), path: "",
                    ["expected ',' or '}' after the value of 'schema', found 'name'", "write ',' after the value that ends at 2:12"])
    }

    @Test func missingCommaInArray() {
        expectError(F.variant("kinds: [\"pdf\", \"xlsx\"]", "kinds: [\"pdf\" 📍\"xlsx\"]"), path: "documentTypes[1].kinds",
                    ["expected ',' or ']'", "write ',' before it"])
    }

    @Test func unterminatedStringPointsAtItsQuote() {
        expectError(F.variant("name: \"T\",", "name: 📍\"T,"), path: "name", ["unterminated string"])
    }

    @Test func unterminatedCommentAndTrailingText() {
        expectError(F.valid + "\n📍/* open", path: "", ["unterminated comment"])
        expectError(F.valid + "\n📍x", path: "", ["unexpected 'x' after the end of the document"])
    }

    @Test func bareWordValueIsASyntaxError() {
        expectError(F.variant("name: \"T\"", "name: 📍T"), path: "name", ["write text in quotes: \"T\""])
    }

    @Test func regexEscapeWithOneBackslashPointsAtTheBackslash() {
        expectError(F.variant("text: \"KEPUTUSAN\"", "text: \"KEPUTUSAN📍\\s+BUPATI\""), path: "documentTypes[0].signals[0].text",
                    ["'\\s' is not an escape in JSON5 text; write '\\\\s' (two backslashes)"])
    }

    @Test func backslashBBecomesABackspaceAndIsRefused() {
        expectError(F.variant("{ name: \"RKA\"", "{ name: 📍\"\\bRKA\""), path: "documentTypes[1].signals[0].name",
                    ["made from '\\b'; write '\\\\b'"])
    }

    @Test func tabInsideTextAndLeadingZero() {
        expectError(F.variant("name: \"T\"", "name: \"📍\tT\""), path: "name", ["a tab inside text is not allowed; write \\t instead"])
        expectError(F.variant("assessmentYear: 2024", "assessmentYear: 📍02024"), path: "assessmentYear", ["a number cannot start with 0; write 2024 instead"])
    }

    @Test func badRegexIsReportedAtItsValue() {
        expectError(F.variant("text: \"KEPUTUSAN\"", "text: 📍\"KEPUTUSAN (\""), path: "documentTypes[0].signals[0].text",
                    ["does not compile", "a '(' is never closed"])
    }

    @Test func unknownDocumentTypeInRequirementSuggestsTheClosest() {
        expectError(F.variant("types: [\"sk\"]", "types: [📍\"skk\"]"), path: "indicators[0].levels[0].requires[0].types[0]",
                    ["unknown document type 'skk'; write 'sk' instead"])
    }

    @Test func unknownWeakEvidenceTarget() {
        expectError(F.variant("weakEvidenceFor: \"sk\"", "weakEvidenceFor: 📍\"budget\""), path: "documentTypes[1].weakEvidenceFor",
                    ["unknown document type 'budget'", "sk, rka"])
    }

    @Test func wrongTypeForAValue() {
        expectError(F.variant("threshold: 4", "threshold: 📍\"4\""), path: "documentTypes[0].threshold",
                    ["expected a number, found a string; write 5 instead"])
    }

    @Test func nullForARequiredValue() {
        expectError(F.variant("critical: true", "critical: 📍null"), path: "documentTypes[0].critical",
                    ["found null; write true instead"])
    }

    @Test func missingKeyPointsAtTheEnclosingObject() {
        expectError(F.variant("{ id: \"rka\", label: { id: \"RKA\", en: \"Budget plan\" }, critical: false,",
                              "📍{ id: \"rka\", label: { id: \"RKA\", en: \"Budget plan\" },"),
                    path: "documentTypes[1]", ["missing key 'critical' in documentTypes[1]; add critical: true"])
    }

    @Test func unsupportedSchema() {
        expectError(F.variant("schema: 1", "schema: 📍2"), path: "schema",
                    ["unsupported schema 2; this bukti reads schema 1 only"])
    }

    @Test func unknownKeyIsAWarningWithASuggestion() {
        let (diagnostics, loaded, marker) = F.diagnose(F.variant("threshold: 3,", "threshold: 3, 📍treshold: 3,"))
        #expect(loaded)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.position == marker)
        #expect(diagnostics.first?.description == "t.json5:\(marker!.line):\(marker!.column): warning: unknown key 'treshold' in documentTypes[1] (did you mean 'threshold'?); ignored")
    }

    @Test func duplicateKeyIsAnError() {
        expectError(F.variant("threshold: 3,", "threshold: 3, 📍threshold: 2,"), path: "documentTypes[1].threshold", ["appears twice"])
    }

    @Test func signalNeedsExactlyOneTarget() {
        expectError(F.variant("{ name: \"RKA\", weight: 3 }", "📍{ name: \"RKA\", folder: \"x\", weight: 3 }"), path: "documentTypes[1].signals[0]",
                    ["exactly one of name, folder, metadata, text or fact; found 'folder' and 'name'"])
        expectError(F.variant("{ name: \"RKA\", weight: 3 }", "📍{ weight: 3 }"), path: "documentTypes[1].signals[0]", ["found none"])
    }

    @Test func withinOnlyWithText() {
        expectError(F.variant("{ name: \"RKA\", weight: 3 }", "{ name: \"RKA\", 📍within: 9, weight: 3 }"),
                    path: "documentTypes[1].signals[0].within", ["applies only to a text signal"])
    }

    @Test func levelsMustBeOneToThreeAndUnique() {
        expectError(F.variant("{ level: 1,", "{ level: 📍4,"), path: "indicators[0].levels[0].level", ["must be 1, 2 or 3"])
        let twice = "{ level: 1, label: { id: \"A\", en: \"A\" }, requires: [ { types: [\"sk\"] } ] }"
        expectError(F.variant(twice, twice + ", { level: 📍1, label: { id: \"B\", en: \"B\" }, requires: [] }"),
                    path: "indicators[0].levels[1].level", ["already described by levels[0]"])
    }

    @Test func duplicateDocumentTypeIds() {
        let marked = F.variant("{ id: \"rka\"", "{ id: 📍\"sk\"").replacingOccurrences(of: "weakEvidenceFor: \"sk\", ", with: "")
        expectError(marked, path: "documentTypes[1].id", ["duplicate document type id 'sk' (first declared at 9:11)"])
    }

    @Test func numbersMustBeFiniteAndSane() {
        expectError(F.variant("threshold: 4", "threshold: 📍0"), path: "documentTypes[0].threshold", ["above 0"])
        expectError(F.variant("{ fact: \"scanned\", weight: 1 }", "{ fact: \"scanned\", weight: 📍Infinity }"),
                    path: "documentTypes[0].signals[1].weight", ["finite"])
        expectError(F.variant("warnBytes: 10", "warnBytes: 📍30"), path: "limits.warnBytes", ["above maxBytes (20)"])
        expectError(F.variant("depth: 1", "depth: 📍0"), path: "layout.depth", ["1 or more"])
        expectError(F.variant("number: 1,", "number: 📍1.5,"), path: "indicators[0].number", ["expected a whole number, found 1.5; write 1 instead"])
    }

    @Test func invalidWindowAndFileKind() {
        expectError(F.variant("window: \"T-1..T-0\"", "window: 📍\"T+1\""), path: "documentTypes[0].window",
                    ["invalid year window 'T+1'", "T-1..T-0"])
        expectError(F.variant("kinds: [\"pdf\"]", "kinds: [📍\"pfd\"]"), path: "documentTypes[0].kinds[0]",
                    ["unknown value 'pfd'; write 'pdf' instead", "docx"])
    }

    @Test func everySemanticErrorIsReported() {
        let marked = F.variant("types: [\"sk\"]", "types: [\"skk\", \"rk\"]")
        let (diagnostics, loaded, _) = F.diagnose(marked.replacingOccurrences(of: "\"KEPUTUSAN\"", with: "\"(\""))
        #expect(!loaded)
        #expect(diagnostics.filter { $0.severity == .error }.count == 3)
        let positions: [SourcePosition] = diagnostics.compactMap(\.position)
        #expect(positions.count == 3)
        #expect(positions == positions.sorted())
    }

    @Test func json5SyntaxIsAccepted() throws {
        let text = F.variant("threshold: 4,", "'threshold': +0x4, // hex\n /* block */")
            .replacingOccurrences(of: "ignore: []", with: "ignore: ['a\\'b', \"c\",]")
        let (rules, warnings) = try RuleFileLoader.load(text: text, sourceName: "t.json5")
        #expect(warnings.isEmpty)
        #expect(rules.rules.documentTypes[0].threshold == 4)
        #expect(rules.rules.layout.ignore == ["a'b", "c"])
    }

    @Test func diagnosticDescriptionIsCompilerStyle() {
        let (diagnostics, _, marker) = F.diagnose(F.variant("schema: 1", "schema: 📍2"))
        #expect(diagnostics.first?.description.hasPrefix("t.json5:\(marker!.line):\(marker!.column): error: schema: unsupported schema 2") == true)
    }

    @Test func diagnosticDescriptionInIndonesian() {
        let (diagnostics, _, marker) = F.diagnose(F.variant("schema: 1", "schema: 📍2"))
        let line = diagnostics.first?.description(language: .id) ?? ""
        #expect(line.hasPrefix("t.json5:\(marker!.line):\(marker!.column): kesalahan: schema: skema 2 tidak didukung"), "\(line)")
        let warning = RuleDiagnostic(.warning, file: "t.json5", position: nil, keyPath: "", message: Message(.ruleCount))
        #expect(warning.description(language: .id) == "t.json5: peringatan: count harus 1 atau lebih; tulis 1")
        #expect(warning.description == "t.json5: warning: count must be 1 or more; write 1 instead")
    }

    @Test func missingFileAndUnknownBuiltin() {
        #expect(throws: RuleFileError.self) { try RuleFileLoader.load(path: "/nonexistent/rules.json5") }
        do {
            _ = try RuleFileLoader.load(nameOrPath: "iid-2042")
            Issue.record("loaded an unknown built-in")
        } catch {
            #expect(error.description.contains("no built-in rule set named 'iid-2042' (did you mean 'iid-2024'?)"))
        }
    }
}
