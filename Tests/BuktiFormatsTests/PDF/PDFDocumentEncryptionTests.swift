import Testing
import Foundation
import BuktiCore
@testable import BuktiFormats

/// The document reader over the encrypted files of Scripts/fixtures/pdf-crypt.sh (made by qpdf from one
/// LibreOffice document whose src.fodt sets the title below).
@Suite struct PDFDocumentEncryptionTests {
    static let title = "Laporan Inovasi Daerah — Kabupaten Contoh"

    static func bytes(_ name: String) throws -> [UInt8] {
        let url = PDFCoreFixtures.directory.deletingLastPathComponent().appendingPathComponent("pdf-crypt/\(name).pdf")
        return [UInt8](try Data(contentsOf: url))
    }

    @Test(arguments: ["rc4-40", "rc4-128", "rc4-128-v4", "aes-128", "aes-256-r5", "aes-256", "aes-256-objstm",
                      "aes-256-cleartext-metadata"])
    func emptyUserPasswordDecrypts(name: String) throws {
        let facts = PDFCoreFixtures.extract(try Self.bytes(name))
        #expect(facts.problems == [], "\(name)")
        #expect(facts.encrypted == true)
        #expect(facts.title == Self.title)
        #expect(facts.pages == 1)
        // The PDF/A source carries XMP; its dc:title is the same text.
        #expect(facts.xmp?.title == Self.title)
        // Content streams decrypt too: the paragraph of src.fodt.
        #expect(facts.text?.contains("Inovasi pelayanan publik tahun 2024.") == true)
    }

    @Test(arguments: ["user-password-r3", "user-password-r6"])
    func userPasswordIsReportedAndNothingIsGuessed(name: String) throws {
        let facts = PDFCoreFixtures.extract(try Self.bytes(name))
        #expect(facts.problems.map(\.code) == [.passwordRequired])
        #expect(facts.encrypted == true)
        #expect(facts.title == nil)
        #expect(facts.author == nil)
        #expect(facts.xmp == nil)
        #expect(facts.text == nil)
    }

    @Test func userPasswordGivenOpensTheFile() throws {
        let document = try PDFDocument(source: MemorySource(try Self.bytes("user-password-r3")),
                                       password: Array("secret".utf8))
        #expect(document.problems == [])
        #expect(document.info?.title == Self.title)
    }
}
