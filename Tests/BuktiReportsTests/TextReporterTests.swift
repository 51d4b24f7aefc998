import Foundation
import Testing
import BuktiCore
@testable import BuktiReports

/// The terminal report is a reporter like the others: in the registry, golden in both languages,
/// coloured only when the options ask.
@Suite struct TextReporterTests {
    @Test func registeredAsText() {
        #expect(Reporters.reporter(for: "text") == TextReporter.self)
        #expect(Reporters.all.first == TextReporter.self)
    }

    /// The golden audit decoded, back in rule order as `bukti audit` and `bukti merge` hand it over.
    static func input(_ language: Language, options: ReportOptions = ReportOptions()) throws -> ReportInput {
        var input = try GoldenAudit.input(language, options: options)
        input.audit = input.audit.inRuleOrder(input.rules)
        return input
    }

    @Test(arguments: Language.allCases)
    func matchesGolden(_ language: Language) throws {
        let actual = try TextReporter().render(try Self.input(language))
        #expect(actual == (try GoldenAudit.expected("samples-iid-2024-\(language.rawValue).txt", actual: actual)))
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = String(decoding: try TextReporter().render(try Self.input(.id)), as: UTF8.self)
        let coloured = String(decoding: try TextReporter().render(try Self.input(.id, options: ReportOptions(color: true))),
                              as: UTF8.self)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31m"))
        #expect(coloured.replacingOccurrences(of: "\u{1B}\\[[0-9]+m", with: "", options: .regularExpression) == plain)
    }
}
