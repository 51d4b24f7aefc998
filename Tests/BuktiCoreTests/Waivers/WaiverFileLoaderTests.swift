import Foundation
import Testing
@testable import BuktiCore

/// The waivers file: decoded as JSON5, every name checked against the rules and the folders, each
/// error placed at its line and column by the rule files' locator.
@Suite struct WaiverFileLoaderTests {
    static let rules: RuleSet = {
        guard let (compiled, _) = try? RuleFileLoader.load(builtin: "iid-2024") else { fatalError("built-in rules do not load") }
        return compiled.rules
    }()

    func load(_ text: String) throws(RuleFileError) -> WaiverFile {
        try WaiverFileLoader.load(text: text, sourceName: "w.json5", rules: Self.rules, innovations: ["SIPANDU", "Pojok Baca Desa"])
    }

    @Test func aValidFileLoads() throws {
        let file = try load("""
            // komentar
            { waivers: [ { innovation: 'SIPANDU', indicator: 'video', justification: 'tidak diklaim', decidedBy: 'Tim', expires: '2025-02-28', }, ] }
            """)
        #expect(file.waivers == [Waiver(innovation: "SIPANDU", indicator: "video", justification: "tidak diklaim", decidedBy: "Tim", expires: "2025-02-28")])
    }

    @Test func everyMistakeIsPlaced() {
        let text = """
            { waivers: [
              { innovation: "SIPANDU", documentType: "skk", justification: "a", decidedBy: "b", expires: "2025-02-30" },
              { innovation: "SIPANDU", justification: "", decidedBy: "b", expires: "2025-01-01" },
            ] }
            """
        #expect { try load(text) } throws: { error in
            let lines = (error as? RuleFileError)?.diagnostics.map(\.description) ?? []
            return lines == [
                "w.json5:2:42: error: waivers[0].documentType: unknown document type 'skk' (did you mean 'sk'?)",
                "w.json5:2:94: error: waivers[0].expires: expected a date written yyyy-mm-dd, found '2025-02-30'",
                "w.json5:3:3: error: waivers[1]: a waiver names exactly one of indicator or documentType",
                "w.json5:3:43: error: waivers[1].justification: a waiver needs a justification",
            ]
        }
    }

    @Test func aMissingKeyIsNamed() {
        #expect { try load("{ waivers: [ { innovation: 'SIPANDU', indicator: 'video', decidedBy: 'b', expires: '2025-01-01' } ] }") } throws: { error in
            (error as? RuleFileError)?.diagnostics.first?.description.contains("missing key 'justification'") == true
        }
    }

    @Test func expiryIsInclusive() {
        let waiver = Waiver(innovation: "A", indicator: "video", justification: "x", decidedBy: "y", expires: "2026-03-31")
        #expect(waiver.holds(on: "2026-03-31"))
        #expect(!waiver.holds(on: "2026-04-01"))
        #expect(Waiver.isDay("2024-02-29") && !Waiver.isDay("2023-02-29") && !Waiver.isDay("2024-2-01"))
    }
}
