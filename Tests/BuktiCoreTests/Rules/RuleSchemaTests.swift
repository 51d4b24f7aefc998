import Foundation
import Testing
@testable import BuktiCore

/// The schema tables (used for unknown-key warnings and shape errors) match the model types' coding keys.
@Suite struct RuleSchemaTests {
    /// A rule set with every optional field set, so encoding it shows every key the model knows.
    private func everyField() throws -> RuleSet {
        var rules = try RuleFileLoader.load(text: RuleFileFixture.valid, sourceName: "t").0.rules
        let text = LocalizedText(id: "x", en: "x")
        rules.predicates = [Predicate(min: 1, label: text)]
        rules.documentTypes[0].signals[0].why = text
        rules.documentTypes[0].signals[0].name = "a"
        rules.documentTypes[0].signals[0].folder = "a"
        rules.documentTypes[0].signals[0].metadata = "a"
        rules.documentTypes[0].signals[0].fact = .gps
        rules.documentTypes[0].weakEvidenceFor = "rka"
        rules.documentTypes[0].checks = [
            DocumentCheck(id: "c", textMustMatch: "x", namesInnovation: true, maxDurationSeconds: 1, message: text, disqualifies: true)
        ]
        rules.indicators[0].limits = SizeLimits(warnBytes: 1, maxBytes: 2)
        rules.indicators[0].levels[0].verify = text
        rules.indicators[0].levels[0].requires[0] = Requirement(types: ["sk"], count: 2, window: YearWindow(from: -1, to: 0), distinctYears: 2)
        return rules
    }

    /// Keys by generic path, from encoded JSON.
    private func collect(_ value: Any, _ path: String, into keys: inout [String: Set<String>]) {
        if let object = value as? [String: Any] {
            keys[path, default: []].formUnion(object.keys)
            for (key, child) in object { collect(child, path.isEmpty ? key : path + "." + key, into: &keys) }
        } else if let array = value as? [Any] {
            for child in array { collect(child, path + "[]", into: &keys) }
        }
    }

    @Test func fieldTableMatchesTheModel() throws {
        let data = try JSONEncoder().encode(try everyField())
        var keys: [String: Set<String>] = [:]
        collect(try JSONSerialization.jsonObject(with: data), "", into: &keys)
        #expect(Set(keys.keys) == Set(RuleSchema.fields.keys))
        for (path, names) in keys {
            #expect(names == Set(RuleSchema.fields[path]?.map(\.name) ?? []), "\(path)")
        }
    }

    @Test func everyShapeErrorIsReportedNotOnlyTheFirst() {
        let marked = RuleFileFixture.valid
            .replacingOccurrences(of: "threshold: 4", with: "threshold: \"4\"")
            .replacingOccurrences(of: "critical: false, ", with: "")
            .replacingOccurrences(of: "name: { id: \"Regulasi\", en: \"Regulation\" }", with: "name: \"Regulasi\"")
            .replacingOccurrences(of: "kinds: [\"pdf\"]", with: "kinds: [1]")
        let (diagnostics, loaded, _) = RuleFileFixture.diagnose(marked)
        #expect(!loaded)
        let messages = diagnostics.map(\.description)
        #expect(messages.count == 4, "\(messages)")
        #expect(messages.contains { $0.contains("documentTypes[0].threshold: expected a number, found a string") })
        #expect(messages.contains { $0.contains("missing key 'critical' in documentTypes[1]") })
        #expect(messages.contains { $0.contains("indicators[0].name: expected an object, found a string; write { ... } instead") })
        #expect(messages.contains { $0.contains("documentTypes[0].kinds[0]: expected text in quotes, found a number") })
    }
}
