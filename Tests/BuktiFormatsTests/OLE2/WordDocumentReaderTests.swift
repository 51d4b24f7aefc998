import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct WordDocumentReaderTests {
    static func sk() -> FileFacts { OLE2Fixtures.extract(OLE2Fixtures.bytes("sk-tim-inovasi.doc"), kind: .doc) }

    /// Asserts that `expected` lines occur in `text` in that order.
    static func expectInOrder(_ expected: [String], in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!expected.isEmpty, "no expected lines", sourceLocation: sourceLocation)
        var rest = text[...]
        for line in expected {
            guard let range = rest.range(of: line) else {
                Issue.record("missing or out of order: \(line)", sourceLocation: sourceLocation)
                return
            }
            rest = rest[range.upperBound...]
        }
    }

    @Test func mainTextHasTheScriptsParagraphsInOrder() throws {
        let facts = Self.sk()
        #expect(facts.problems.isEmpty, "\(facts.problems)")
        let text = try #require(facts.text)
        Self.expectInOrder(OLE2Fixtures.lines("sk-tim-inovasi.doc.expected.txt"), in: text)
        #expect(text.hasPrefix("KEPUTUSAN KEPALA DINAS KESEHATAN\n"))
    }

    @Test func tableCellsBecomeTabsAndRowsLines() throws {
        let text = try #require(Self.sk().text)
        #expect(text.contains("No\tNama\tJabatan dalam Tim\n1\tdr. Anita Pratiwi, M.Kes.\tKetua\n"))
        // An empty cell is a lone cell mark; only the paragraph properties tell it from a row end.
        #expect(text.contains("\n4\t\tAnggota\n"), "\(text)")
    }

    @Test func rowEndsComeFromParagraphProperties() throws {
        let file = try CompoundFile(MemorySource(OLE2Fixtures.bytes("sk-tim-inovasi.doc")), options: ExtractionOptions())
        let document = try #require(try file.readStream("WordDocument"))
        let fib = try WordFIB(document)
        let table = try #require(try file.readStream(fib.tableStreamName))
        let rows = try WordTableRows(document: document, table: table, plc: fib.paragraphProperties, options: ExtractionOptions())
        #expect(rows.rowEnds.count == 5)  // the script's table: a header row and four members
    }

    @Test func fieldsKeepOnlyTheirResult() throws {
        let text = try #require(Self.sk().text)
        #expect(text.contains("Halaman ini dari 1 halaman."))
        #expect(!text.contains("NUMPAGES"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x13 || $0.value == 0x14 || $0.value == 0x15 })
    }

    @Test func textIsCappedAtTheCharacterLimit() throws {
        var options = ExtractionOptions()
        options.textCharacters = 40
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("sk-tim-inovasi.doc"), kind: .doc, options: options)
        #expect(facts.text == String("KEPUTUSAN KEPALA DINAS KESEHATAN\nKABUPATEN SLEMAN".prefix(40)))
    }

    @Test func encryptedDocumentNeedsAPassword() {
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("nota-terkunci.doc"), kind: .doc)
        #expect(facts.problems == [Problem(.passwordRequired, WordDocumentReader.encryptedMessage)])
        #expect(facts.encrypted == true)
        #expect(facts.title == "Nota Dinas Rahasia")  // the summary stays readable
        #expect(facts.text == nil)
    }

    @Test func compressedPiecesUseTheExceptionsTable() {
        // [MS-DOC] 2.4.1: 0x93/0x94 are curly quotes, 0x96 an en dash; 0x81 and 0xE9 map to themselves.
        let units = [0x93, 0x96, 0x94, 0x81, 0xE9, 0x41].map { WordPieceTable.unit(compressed: $0) }
        #expect(units == [0x201C, 0x2013, 0x201D, 0x0081, 0x00E9, 0x0041])
    }

    @Test func piecePointingPastTheStreamIsCorrupt() throws {
        // A Clx with one piece whose offset lies beyond the 16-byte "document".
        let clx: [UInt8] = [0x02] + le32(16) + le32(0) + le32(5) + le16(0) + le32(0x0000_1000) + le16(0)
        let table = try WordPieceTable(table: clx, clx: (0, clx.count), options: ExtractionOptions())
        #expect(throws: ExtractionFailure.self) {
            try table.characters(in: [UInt8](repeating: 0x41, count: 16), upTo: 5, options: ExtractionOptions()) { _, _ in true }
        }
    }

    @Test func pieceTableSkipsFormattingEntries() throws {
        // A Prc (clxt 1, 2 bytes of grpprl) before the PlcPcd; one compressed piece "Hi" at byte 4.
        let clx: [UInt8] = [0x01] + le16(2) + [0xAA, 0xBB] + [0x02] + le32(16)
            + le32(0) + le32(2) + le16(0) + le32(0x4000_0000 | 8) + le16(0)
        let table = try WordPieceTable(table: clx, clx: (0, clx.count), options: ExtractionOptions())
        var builder = WordTextBuilder(limit: 100, maxNesting: 8)
        try table.characters(in: Array("....Hi..".utf8), upTo: 2, options: ExtractionOptions()) { unit, _ in builder.append(unit) }
        #expect(builder.text == "Hi")
    }

    @Test func nestedFieldsAndObjectAnchorsAreDropped() {
        var builder = WordTextBuilder(limit: 100, maxNesting: 8)
        // "A" {PAGE {inner} \* MERGE | 3} "B" <picture> "C" <para>
        let stored: [UInt16] = [0x41, 0x13] + Array("PAGE ".utf16) + [0x13] + Array("inner".utf16) + [0x14, 0x15]
            + [0x14, 0x33, 0x15, 0x42, 0x01, 0x43, 0x0D]
        for unit in stored { _ = builder.append(unit) }
        #expect(builder.text == "A3BC\n")
    }
}
