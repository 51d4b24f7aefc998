import Testing
@testable import BuktiReports

@Suite struct ReportTextTests {
    @Test func everyCatalogueHasBothLanguages() {
        for catalogue in ReportText.catalogues {
            // English may add `.one` variants for plurals; Indonesian does not inflect.
            let english = Set(catalogue.en.keys.filter { !$0.rawValue.hasSuffix(".one") })
            #expect(Set(catalogue.id.keys) == english)
        }
    }

    @Test func noKeyIsDefinedTwice() {
        var seen: Set<ReportKey> = []
        for catalogue in ReportText.catalogues {
            for key in catalogue.id.keys { #expect(seen.insert(key).inserted, "\(key) is in two catalogues") }
        }
    }

    @Test func fillsTemplatesAndPlurals() {
        #expect(ReportText(.id).format(.auditHeading, "IID 2024", 2024) == "Audit data dukung — IID 2024, tahun penilaian 2024")
        #expect(ReportText(.en).count(.unassigned, 1) == "1 file outside any innovation folder")
        #expect(ReportText(.en).count(.unassigned, 3) == "3 files outside any innovation folder")
        #expect(ReportText(.id).count(.unassigned, 1) == "1 berkas di luar folder inovasi")
        #expect(ReportText(.id).number(1.5) == "1,5")
        #expect(ReportText(.en).number(1.5) == "1.5")
        #expect(ReportText(.id).number(3) == "3")
        #expect(ReportText(.id)[ReportKey("no.such.key")] == "no.such.key")
    }
}
