import Foundation
import Testing
@testable import BuktiCore

/// The rule files embedded in the binary are exactly the files in Rules/, and each one loads cleanly.
@Suite struct BuiltinRulesTests {
    /// The package's Rules/ folder, found from this source file.
    static let rulesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")

    @Test func embeddedTextEqualsTheRuleFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.rulesFolder.path).filter { $0.hasSuffix(".json5") }
        #expect(!files.isEmpty)
        #expect(Set(files.map { String($0.dropLast(6)) }) == Set(BuiltinRules.texts.keys), "rerun Scripts/embed-rules.sh")
        for file in files {
            let text = try String(contentsOf: Self.rulesFolder.appendingPathComponent(file), encoding: .utf8)
            #expect(BuiltinRules.texts[String(file.dropLast(6))] == text, "\(file) differs from BuiltinRules+Generated.swift: rerun Scripts/embed-rules.sh")
        }
    }

    @Test func everyBuiltinLoadsWithoutWarnings() throws {
        for name in RuleFileLoader.builtinNames {
            let (rules, warnings) = try RuleFileLoader.load(builtin: name)
            #expect(warnings.isEmpty, "\(warnings)")
            #expect(rules.source == "built-in \(name)")
            #expect(!rules.documentTypes.isEmpty)
        }
        #expect(RuleFileLoader.builtinNames.contains(RuleFileLoader.defaultBuiltin))
    }
}
