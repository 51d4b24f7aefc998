import Testing
@testable import BuktiCore

@Suite struct NameRulesTests {
    @Test(arguments: ["~$Laporan.docx", "~$ta.xlsx", ".~lock.Laporan.odt#"])
    func lockFilesAreLockfiles(_ name: String) throws {
        let rule = try #require(NameRules.rule(for: Array(name.utf8)))
        #expect(rule.kind == .lockfile)
    }

    @Test(arguments: ["Thumbs.db", "thumbs.DB", "ehthumbs.db", ".DS_Store", "desktop.ini", "Desktop.ini",
                      "._SK Bupati.pdf", "Icon\r"])
    func operatingSystemLitterKeepsItsKind(_ name: String) throws {
        let rule = try #require(NameRules.rule(for: Array(name.utf8)))
        #expect(rule.kind == nil)
    }

    @Test(arguments: ["SK Bupati.pdf", "~$", "Icon", "Thumbs.db.pdf", "._", ".~lock.#", "my~$file.docx"])
    func ordinaryNamesAreNotSystemFiles(_ name: String) {
        #expect(NameRules.rule(for: Array(name.utf8)) == nil)
    }
}
