import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct OLE2ProbeTests {
    let probe = OLE2Probe()
    let options = ExtractionOptions()

    func result(_ name: String, pathExtension: String? = nil) -> ProbeResult {
        probe.probe(MemorySource(OLE2Fixtures.bytes(name)), options: options, pathExtension: pathExtension)
    }

    @Test func tellsLegacyDocumentsApart() {
        #expect(result("sk-tim-inovasi.doc") == ProbeResult(kind: .doc))
        #expect(result("dpa-2023.xls") == ProbeResult(kind: .xls))
        #expect(result("paparan-inovasi.ppt") == ProbeResult(kind: .ppt))
        #expect(result("rekap-terlindung.xls") == ProbeResult(kind: .xls))  // Excel's default password
    }

    @Test func encryptedOOXMLTakesItsKindFromTheExtension() {
        let problem = Problem(.passwordRequired, "password-protected Office document")
        #expect(result("sk-terkunci.docx", pathExtension: "docx") == ProbeResult(kind: .docx, problems: [problem]))
        #expect(result("sk-terkunci.docx", pathExtension: "XLSX") == ProbeResult(kind: .xlsx, problems: [problem]))
        #expect(result("sk-terkunci.docx", pathExtension: "pptm") == ProbeResult(kind: .pptx, problems: [problem]))
        #expect(probe.probe(MemorySource(OLE2Fixtures.bytes("sk-terkunci.docx")), options: options)
            == ProbeResult(kind: .docx, problems: [problem]))
    }

    @Test func legacyEncryptionNeedsAPassword() {
        #expect(result("nota-terkunci.doc")
            == ProbeResult(kind: .doc, problems: [Problem(.passwordRequired, WordDocumentReader.encryptedMessage)]))
        #expect(result("anggaran-terkunci.xls")
            == ProbeResult(kind: .xls, problems: [Problem(.passwordRequired, ExcelWorkbookReader.encryptedMessage)]))
    }

    @Test func unreadableFileIsUnknownOrItsExtensionWithItsProblem() {
        let bytes = OLE2Fixtures.bytes("sk-tim-inovasi.doc")
        let cut = probe.probe(MemorySource(Array(bytes.prefix(300))), options: options)
        #expect(cut.kind == .unknown)
        #expect(cut.problems.map(\.code) == [.truncated])
        // Its extension is the best guess left when it names a legacy kind.
        let named = probe.probe(MemorySource(Array(bytes.prefix(6000))), options: options, pathExtension: "DOC")
        #expect(named.kind == .doc)
        #expect(named.problems.map(\.code) == [.truncated])
        #expect(probe.probe(MemorySource(Array(bytes.prefix(300))), options: options, pathExtension: "docx").kind == .unknown)
    }

    @Test func classifiesByRootStreamNames() {
        #expect(OLE2Contents(rootNames: ["Catalog", "1", "2", "01"]) == .thumbnailCache)
        #expect(OLE2Contents(rootNames: ["Book", "\u{5}SummaryInformation"]) == .document(.xls))
        #expect(OLE2Contents(rootNames: ["__substg1.0_0037001F", "__properties_version1.0"]) == .other)
        #expect(OLE2Contents(rootNames: ["EncryptedPackage"]) == .other)  // half a package is not one
    }

    @Test func registeredInTheFormatsLists() {
        #expect(Formats.probes.contains { $0 is OLE2Probe })
        #expect(Formats.extractor(for: .doc) is OLE2Extractor)
        #expect(Formats.extractor(for: .ppt) is OLE2Extractor)
    }
}
