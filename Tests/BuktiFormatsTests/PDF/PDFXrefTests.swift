import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PDFXrefTests {
    func file(_ text: String) -> PDFFile { PDFFile(source: MemorySource(Array(text.utf8)), options: ExtractionOptions()) }

    @Test func tableWithLenientWhitespaceAndEntryLengths() throws {
        // 20-byte entries with CRLF, 19-byte entries with a bare LF, extra blanks between fields.
        let text = "xref\n0 4\n0000000000 65535 f\r\n0000000017 00000 n\n0000000081  00002 n \n  0000000100 00000 f \ntrailer\n<< /Size 4 /Root 1 0 R >>\n"
        let section = try PDFXrefTable.read(at: 0, in: file(text))
        #expect(section.entries[0] == .free)
        #expect(section.entries[1] == .inFile(offset: 17, generation: 0))
        #expect(section.entries[2] == .inFile(offset: 81, generation: 2))
        #expect(section.entries[3] == .free)
        #expect(section.trailer["Root"] == .reference(PDFReference(1, 0)))
    }

    @Test func severalSubsections() throws {
        let text = "xref\n0 1\n0000000000 65535 f \n5 2\n0000000500 00000 n \n0000000600 00000 n \ntrailer<</Size 7>>"
        let section = try PDFXrefTable.read(at: 0, in: file(text))
        #expect(section.entries[5] == .inFile(offset: 500, generation: 0))
        #expect(section.entries[6] == .inFile(offset: 600, generation: 0))
        #expect(section.entries[1] == nil)
    }

    @Test func firstSubsectionNumberedFromOneIsShifted() throws {
        let text = "xref\n1 2\n0000000000 65535 f \n0000000017 00000 n \ntrailer<</Size 2>>"
        let section = try PDFXrefTable.read(at: 0, in: file(text))
        #expect(section.entries[0] == .free)
        #expect(section.entries[1] == .inFile(offset: 17, generation: 0))
    }

    @Test func subsectionCountLargerThanItsEntries() throws {
        let text = "xref\n0 5\n0000000000 65535 f \n0000000017 00000 n \ntrailer<</Size 2>>"
        let section = try PDFXrefTable.read(at: 0, in: file(text))
        #expect(section.entries[1] == .inFile(offset: 17, generation: 0))
        #expect(section.trailer["Size"] == .integer(2))
    }

    @Test(arguments: ["xref\n0 1\n0000000000 65535 x \ntrailer<<>>",
                      "xref\nzz", "xrefs 0 1", "xref\n0 1\n0000000000 65535 f \ntrailer [1]"])
    func damagedTablesThrow(text: String) {
        #expect(throws: PDFXrefDamage.self) { try PDFXrefTable.read(at: 0, in: file(text)) }
    }

    @Test func xrefStreamRows() throws {
        let dictionary = try #require(try pdfObject("<< /W [1 2 1] /Index [0 2 10 2] /Size 12 >>").dictionary)
        let data: [UInt8] = [0, 0, 0, 255, 1, 0x01, 0x00, 0, 2, 0, 7, 3, 1, 0x02, 0x00, 1]
        let entries = try PDFXrefStream.entries(of: dictionary, data: data, offset: 0)
        #expect(entries[0] == .free)
        #expect(entries[1] == .inFile(offset: 256, generation: 0))
        #expect(entries[10] == .inStream(stream: 7, index: 3))
        #expect(entries[11] == .inFile(offset: 512, generation: 1))
    }

    @Test func xrefStreamTypeFieldDefaultsToOneAndShortDataStops() throws {
        let dictionary = try #require(try pdfObject("<< /W [0 2 0] /Size 3 >>").dictionary)
        let entries = try PDFXrefStream.entries(of: dictionary, data: [0, 9, 0, 10, 0], offset: 0)
        #expect(entries == [0: .inFile(offset: 9, generation: 0), 1: .inFile(offset: 10, generation: 0)])
    }

    @Test func xrefStreamWithBadWidthsThrows() throws {
        let dictionary = try #require(try pdfObject("<< /W [1 9 1] /Size 3 >>").dictionary)
        #expect(throws: PDFXrefDamage.self) { try PDFXrefStream.entries(of: dictionary, data: [], offset: 0) }
    }

    /// objstm.pdf: qpdf wrote an xref stream (Flate with a PNG predictor) and object streams.
    @Test func realXrefStreamAndObjectStreams() throws {
        let bytes = try PDFCoreFixtures.bytes("objstm")
        let file = PDFFile(source: MemorySource(bytes), options: ExtractionOptions())
        let start = try #require(PDFXrefChain.startxref(in: file))
        let outcome = PDFXrefChain.load(from: start, file: file)
        #expect(outcome.damage == nil)
        #expect(outcome.xref.entries.values.contains { if case .inStream = $0 { true } else { false } })
        #expect(outcome.xref.trailer["Root"] != nil)
        #expect(outcome.xref.trailer["W"] == nil)
    }

    @Test func objectStreamLookup() throws {
        let data = Array("11 0 12 9 13 15 <</A 1>> [1 2] (three)".utf8)
        let dictionary = try #require(try pdfObject("<< /Type /ObjStm /N 3 /First 16 >>").dictionary)
        let stream = try PDFObjectStream(number: 5, dictionary: dictionary, data: data)
        #expect(stream.index.count == 3)
        #expect(stream.object(at: 0, number: 11, options: .init()) == .dictionary(PDFDictionary(["A": .integer(1)])))
        #expect(stream.object(at: 1, number: 12, options: .init()) == .array([.integer(1), .integer(2)]))
        // A wrong index in the xref is forgiven by looking the number up.
        #expect(stream.object(at: 0, number: 13, options: .init()) == .string(Array("three".utf8)))
        #expect(stream.object(at: 0, number: 99, options: .init()) == nil)
    }

    @Test func objectStreamWithoutFirstIsCorrupt() throws {
        let dictionary = try #require(try pdfObject("<< /Type /ObjStm /N 3 >>").dictionary)
        #expect(throws: ExtractionFailure.self) { try PDFObjectStream(number: 5, dictionary: dictionary, data: []) }
    }

    @Test func hybridFileReadsObjectsFromTheXRefStm() throws {
        var b = PDFTestBuilder.simple(title: "(unused)")
        b.objects.remove(at: 2)  // object 3 (Info) lives in object stream 6 instead
        let objstmData = "3 0 <</Title (Tersembunyi)>>"
        b.add(6, "<< /Type /ObjStm /N 1 /First 4 /Length \(objstmData.utf8.count) >>\nstream\n\(objstmData)\nendstream")
        var (bytes, offsets) = b.body()
        // The xref stream: object 3 is the 0th object of stream 6; uncompressed rows with /W [1 2 1].
        let rows: [UInt8] = [2, 0, 6, 0]
        let xrefStreamOffset = bytes.count
        bytes += Array("7 0 obj\n<< /Type /XRef /W [1 2 1] /Index [3 1] /Size 8 /Length 4 >>\nstream\n".utf8) + rows
            + Array("\nendstream\nendobj\n".utf8)
        let tableOffset = bytes.count
        var table = "xref\n0 8\n0000000000 65535 f \n"
        for n in 1..<8 {
            if let o = offsets[n] { table += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
            else { table += "0000000000 00000 f \n" }
        }
        bytes += Array(table.utf8)
        bytes += Array("trailer\n<< /Size 8 /Root 1 0 R /Info 3 0 R /XRefStm \(xrefStreamOffset) >>\nstartxref\n\(tableOffset)\n%%EOF\n".utf8)
        let document = try PDFCoreFixtures.document(bytes)
        #expect(document.problems == [])
        #expect(document.info?.title == "Tersembunyi")
    }

    @Test func rebuildFindsObjectsLastDefinitionWinsAndTheTrailer() throws {
        var b = PDFTestBuilder.simple(title: "(Lama)")
        b.add(3, "<< /Title (Baru) >>")  // a second definition later in the file
        var (bytes, _) = b.body()
        bytes += Array("trailer\n<< /Size 20 /Root 1 0 R /Info 3 0 R >>\n%%EOF\n".utf8)
        let facts = PDFCoreFixtures.extract(bytes)
        #expect(facts.problems.map(\.code) == [.repaired])
        #expect(facts.title == "Baru")
        #expect(facts.pages == 2)
    }

    @Test func rebuildWithoutAnyTrailerFindsTheCatalog() throws {
        let (bytes, _) = PDFTestBuilder.simple(pages: 4).body()
        let document = try PDFCoreFixtures.document(bytes + Array("%%EOF\n".utf8))
        #expect(document.hasCatalog)
        #expect(document.pageCount == 4)
        #expect(document.problems.map(\.code) == [.repaired])
    }

    @Test func rebuildScanHandlesHeadersAcrossChunkBoundaries() throws {
        var b = PDFTestBuilder.simple()
        // Padding so that later objects straddle the scanner's 1 MiB chunks.
        b.add(50, "(" + String(repeating: "x", count: PDFXrefRebuild.chunk - 30) + ")")
        // Catalog and page tree after the padding, so the scan must carry state from chunk to chunk.
        let moved = Array(b.objects.prefix(2))
        b.objects.removeFirst(2)
        b.objects += moved
        let (bytes, offsets) = b.body()
        let file = PDFFile(source: MemorySource(bytes), options: ExtractionOptions())
        let scan = try PDFXrefRebuild.scan(file)
        for (number, offset) in offsets {
            #expect(scan.xref.entries[number] == .inFile(offset: offset, generation: 0), "object \(number)")
        }
    }
}
