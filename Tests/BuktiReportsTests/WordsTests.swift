import Testing
import BuktiCore
@testable import BuktiReports

/// The report catalogue read through `Words`: templates, plurals, numbers, gaps.
@Suite struct WordsTests {
    @Test func reportBlocksHaveBothLanguagesAndNoRepeatedKey() {
        var seen: Set<MessageKey> = []
        for block in Catalogue.reports.blocks {
            // English may add `.one` variants for plurals; Indonesian does not inflect.
            let english = Set(block.en.keys.filter { !$0.rawValue.hasSuffix(".one") })
            #expect(Set(block.id.keys) == english)
            for key in block.id.keys { #expect(seen.insert(key).inserted, "\(key) is in two blocks") }
        }
    }

    @Test func fillsTemplatesAndPlurals() {
        let id = Words(.id, .reports), en = Words(.en, .reports)
        #expect(id.format(.auditHeading, "IID 2024", 2024) == "Audit data dukung — IID 2024, tahun penilaian 2024")
        #expect(en.count(.unassigned, 1) == "1 file outside any innovation folder")
        #expect(en.count(.unassigned, 3) == "3 files outside any innovation folder")
        #expect(id.count(.unassigned, 1) == "1 berkas di luar folder inovasi")
        #expect(id.number(1.5) == "1,5")
        #expect(en.number(1.5) == "1.5")
        #expect(id.number(3) == "3")
        #expect(id[MessageKey("no.such.key")] == "no.such.key")
    }

    @Test func anArgumentIsNeverFilledAgain() {
        // A file name that looks like a placeholder stays as written.
        #expect(Words.fill("{1}: {2}", ["a {2} b", "x"]) == "a {2} b: x")
        #expect(Words.fill("{1} {3} {01} {}", ["a", "b"]) == "a {3} {01} {}")
        #expect(Words(.en, .core).missingDocument("SK {1}") == "missing: SK {1}")
    }
}
