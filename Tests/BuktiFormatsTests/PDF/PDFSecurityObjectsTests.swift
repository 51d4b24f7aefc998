import BuktiCore
import Testing

@testable import BuktiFormats

/// Decrypting every string of an indirect object, against qpdf's decrypted /Info.
@Suite struct PDFSecurityObjectsTests {
    @Test(arguments: ["rc4-40", "aes-128", "aes-256"])
    func nestedStringsMatchQpdf(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let decryptor = try PDFSecurity.open(encrypt: oracle.encrypt, fileID: oracle.fileID)
        let info = try #require(oracle.info)
        let title = try #require(oracle.rawString("Title", in: info))
        let author = try #require(oracle.rawString("Author", in: info))
        let stored = PDFObject.dictionary(PDFDictionary([
            "Title": .string(title),
            "Nested": .array([.integer(1), .dictionary(PDFDictionary(["Author": .string(author)]))]),
            "Name": .name("Kept"),
        ]))
        let plain = try #require(decryptor.decryptStrings(in: stored, owner: info).dictionary)
        let expected = try #require(oracle.value(info).dictionary)
        let text = { (o: PDFObject?) in o?.stringBytes.map(PDFSecurityOracle.text) }
        #expect(text(plain["Title"]) == expected["Title"]?.stringBytes.map { String(decoding: $0, as: UTF8.self) })
        let nested = plain["Nested"]?.array?.last?.dictionary?["Author"]
        #expect(text(nested) == expected["Author"]?.stringBytes.map { String(decoding: $0, as: UTF8.self) })
        #expect(plain["Name"] == .name("Kept"))
        #expect(plain["Nested"]?.array?.first == .integer(1))
    }

    @Test func deepNestingStopsAtTheLimit() throws {
        let oracle = try PDFSecurityOracle("rc4-128")
        let decryptor = try PDFSecurity.open(encrypt: oracle.encrypt, fileID: oracle.fileID)
        var object = PDFObject.string(Array("x".utf8))
        for _ in 0..<10_000 { object = .array([object]) }
        let out = decryptor.decryptStrings(in: object, owner: PDFReference(1, 0), maxDepth: 64)
        var depth = 0
        var cursor = out
        while case .array(let items) = cursor, let first = items.first { cursor = first; depth += 1 }
        #expect(depth == 10_000)
        #expect(cursor == .string(Array("x".utf8)))  // beyond the limit: left as stored
    }
}
