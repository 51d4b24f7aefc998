import BuktiCore
import Foundation
import Testing

@testable import BuktiFormats

/// End to end: PDFDocument opens every encrypted fixture through PDFSecurity and reads what pdfinfo
/// (poppler, oracle/NAME.pdfinfo.txt) shows for the decrypted file, and the XMP packet qpdf decodes
/// (oracle/NAME.xmp; see the script for why not poppler's).
@Suite struct PDFSecurityDocumentTests {
    static let opensWithoutPassword = PDFSecurityFixtureTests.emptyPassword
    static let userPassword = PDFSecurityFixtureTests.userPassword

    /// `pdfinfo -isodates` fields of fixture `name`.
    private func pdfinfo(_ name: String) throws -> [String: String] {
        let dir = try #require(PDFSecurityOracle.directory)
        let text = try String(contentsOf: dir.appendingPathComponent("oracle/\(name).pdfinfo.txt"), encoding: .utf8)
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    private func document(_ name: String, password: [UInt8] = []) throws -> PDFDocument {
        let oracle = try PDFSecurityOracle(name)
        return try PDFDocument(source: MemorySource(oracle.file), password: password)
    }

    private func expectMatchesPdfinfo(_ document: PDFDocument, _ name: String) throws {
        let expected = try pdfinfo(name)
        #expect(document.problems == [], "\(name)")
        #expect(document.isEncrypted)
        let info = try #require(document.info, "\(name): no Info")
        #expect(info.title == expected["Title"], "\(name)")
        #expect(info.subject == expected["Subject"], "\(name)")
        #expect(info.author == expected["Author"], "\(name)")
        #expect(info.creator == expected["Creator"], "\(name)")
        #expect(info.producer == expected["Producer"], "\(name)")
        #expect(info.created == expected["CreationDate"], "\(name)")
        #expect(document.pageCount.map(String.init) == expected["Pages"], "\(name)")
        let dir = try #require(PDFSecurityOracle.directory)
        let xmp = try [UInt8](Data(contentsOf: dir.appendingPathComponent("oracle/\(name).xmp")))
        if PDFSecurityFixtureTests.doubleEncryptedXMP.contains(name) {
            // qpdf and poppler get noise here; bukti recovers the packet Ghostscript made from the title.
            #expect(!xmp.starts(with: Array("<?xpacket".utf8)))
            #expect(document.xmp?.title == (try PDFSecurityFixtureTests.ghostscriptXMPTitle()), "\(name)")
            return
        }
        if let metadata = document.resolve(document.catalog["Metadata"] ?? .null).stream {
            #expect(try document.decodedData(of: metadata) == xmp, "\(name)")
        } else {
            #expect(xmp.isEmpty, "\(name)")
        }
        #expect((document.xmp != nil) == !xmp.isEmpty, "\(name)")
        if !xmp.isEmpty { #expect(document.xmp?.title == info.title, "\(name)") }
    }

    @Test(arguments: opensWithoutPassword)
    func infoMatchesPdfinfo(_ name: String) throws {
        try expectMatchesPdfinfo(try document(name), name)
    }

    @Test(arguments: userPassword)
    func infoMatchesPdfinfoWithTheUserPassword(_ name: String) throws {
        try expectMatchesPdfinfo(try document(name, password: Array("secret".utf8)), name)
    }

    @Test(arguments: userPassword)
    func withoutThePasswordNothingIsRead(_ name: String) throws {
        let document = try document(name)
        #expect(document.problems.map(\.code) == [.passwordRequired])
        #expect(!document.canDecrypt)
        #expect(document.info == nil)
        #expect(document.xmp == nil)
    }

    /// The body text src.fodt in Scripts/fixtures/pdf-crypt.sh puts on the page (pdftotext shows the same).
    static let bodyText = "Inovasi pelayanan publik tahun 2024."

    private static func facts(_ bytes: [UInt8], _ name: String) throws -> FileFacts {
        var facts = FileFacts(path: FilePath("\(name).pdf"), kind: .pdf)
        try PDFExtractor().extract(MemorySource(bytes), into: &facts, options: ExtractionOptions())
        return facts
    }

    /// Whether the PDF text extractor on this branch reads the unencrypted source's text at all.
    static var extractorReadsText: Bool {
        guard let dir = PDFSecurityOracle.directory,
              let plain = try? Data(contentsOf: dir.appendingPathComponent("plain.pdf")),
              let facts = try? facts([UInt8](plain), "plain")
        else { return false }
        return facts.text?.contains(bodyText) == true
    }

    /// Through the registered extractor: the page text comes out of the decrypted content streams.
    @Test(.enabled(if: extractorReadsText, "needs the PDF text extractor (branch pdftext)"),
          arguments: opensWithoutPassword)
    func pageTextIsDecrypted(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let facts = try Self.facts(oracle.file, name)
        #expect(facts.problems == [], "\(name)")
        #expect(facts.encrypted == true)
        let text = try #require(facts.text, "\(name): no text")
        #expect(text.contains(Self.bodyText), "\(name): \(text)")
    }

    /// Metadata through the registered extractor, with no problem recorded (Ghostscript's XMP included).
    @Test(arguments: opensWithoutPassword)
    func extractorRecordsNoProblem(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let facts = try Self.facts(oracle.file, name)
        #expect(facts.problems == [], "\(name)")
        #expect(facts.encrypted == true)
        #expect(facts.title == PDFSecurityFixtureTests.title)
    }
}
