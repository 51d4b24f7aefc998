import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PDFExtractorTests {
    @Test(arguments: PDFCoreFixtures.all)
    func metadataAgreesWithPdfinfo(name: String) throws {
        let oracle = try PDFCoreFixtures.pdfinfo(name)
        let facts = PDFCoreFixtures.extract(try PDFCoreFixtures.bytes(name))
        #expect(facts.problems == [], "\(name)")
        #expect(facts.pages == oracle["Pages"].flatMap { Int($0) })
        #expect(facts.pdfVersion == oracle["PDF version"])
        #expect(facts.title == oracle["Title"])
        #expect(facts.author == oracle["Author"])
        #expect(facts.subject == oracle["Subject"])
        #expect(facts.keywords == oracle["Keywords"])
        #expect(facts.creator == oracle["Creator"])
        #expect(facts.producer == oracle["Producer"])
        #expect(facts.created == PDFCoreFixtures.isoDate(oracle["CreationDate"]))
        #expect(facts.modified == PDFCoreFixtures.isoDate(oracle["ModDate"]))
        #expect(facts.encrypted == (oracle["Encrypted"] == "yes"))
        #expect(facts.linearized == (oracle["Optimized"] == "yes"))
    }

    @Test func registeredForPDF() {
        #expect(Formats.extractor(for: .pdf) is PDFExtractor)
    }
}

@Suite struct PDFExtractorTextTests {
    /// The paragraphs Scripts/fixtures/pdf-core.sh writes, one per page.
    static let paragraphs = [
        "Halaman satu: latar belakang inovasi antrean daring.",
        "Halaman dua: tahapan penerapan dan hasil.",
        "Halaman tiga: dampak bagi masyarakat.",
    ]

    @Test(arguments: ["lo", "objstm", "linearized", "qdf"])
    func textOfTheFirstPages(name: String) throws {
        let facts = PDFCoreFixtures.extract(try PDFCoreFixtures.bytes(name))
        let text = try #require(facts.text)
        for paragraph in Self.paragraphs { #expect(text.contains(paragraph), "\(name): \(paragraph)") }
        #expect(facts.scanned == false)
    }

    @Test func textPagesLimit() throws {
        var options = ExtractionOptions()
        options.textPages = 1
        let facts = PDFCoreFixtures.extract(try PDFCoreFixtures.bytes("lo"), options: options)
        let text = try #require(facts.text)
        #expect(text.contains(Self.paragraphs[0]))
        #expect(!text.contains(Self.paragraphs[1]))
    }
}
