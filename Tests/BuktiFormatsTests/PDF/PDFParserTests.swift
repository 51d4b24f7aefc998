import Testing
import BuktiCore
@testable import BuktiFormats

/// One object parsed from `text`.
func pdfObject(_ text: String, depth: Int = 64) throws(PDFParseError) -> PDFObject {
    var options = ExtractionOptions()
    options.maxNestingDepth = depth
    var parser = PDFParser(bytes: Array(text.utf8), options: options)
    return try parser.parseObject()
}

@Suite struct PDFParserTests {
    @Test func scalars() throws {
        #expect(try pdfObject("42") == .integer(42))
        #expect(try pdfObject("-1.5") == .real(-1.5))
        #expect(try pdfObject("true") == .bool(true))
        #expect(try pdfObject("null") == .null)
        #expect(try pdfObject("/Name") == .name("Name"))
        #expect(try pdfObject("(s)") == .string([0x73]))
        #expect(try pdfObject("<73>") == .string([0x73]))
    }

    @Test func references() throws {
        #expect(try pdfObject("12 0 R") == .reference(PDFReference(12, 0)))
        #expect(try pdfObject("[1 0 R 2 3 4 R 0 5 -1 0 R]") == .array([
            .reference(PDFReference(1, 0)), .integer(2), .reference(PDFReference(3, 4)), .integer(0), .integer(5),
            .integer(-1), .integer(0),
        ]))
    }

    @Test func nestedDictionary() throws {
        let object = try pdfObject("<< /Type /Page /Kids [ 3 0 R << /A (x) >> ] /Count 2 /N null >>")
        let expected = PDFDictionary([
            "Type": .name("Page"),
            "Kids": .array([.reference(PDFReference(3, 0)), .dictionary(PDFDictionary(["A": .string([0x78])]))]),
            "Count": .integer(2),
        ])
        #expect(object == .dictionary(expected))
    }

    @Test func dictionaryKeyWithoutValueIsDropped() throws {
        #expect(try pdfObject("<< /A 1 /B >>") == .dictionary(PDFDictionary(["A": .integer(1)])))
    }

    @Test func nonNameKeysAreSkipped() throws {
        #expect(try pdfObject("<< 5 /A 1 >>") == .dictionary(PDFDictionary(["A": .integer(1)])))
    }

    @Test func missingDictionaryEndIsForgivenBeforeEndobj() throws {
        var parser = PDFParser(bytes: Array("1 0 obj << /A 1 endobj".utf8))
        let object = try parser.parseIndirectObject()
        #expect(object.object == .dictionary(PDFDictionary(["A": .integer(1)])))
    }

    @Test func nestingLimit() {
        let deep = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(throws: PDFParseError.nestingTooDeep(offset: 9)) { try pdfObject(deep, depth: 9) }
        #expect((try? pdfObject(deep, depth: 10)) != nil)
    }

    @Test func hugeNestingDoesNotOverflowTheStack() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: PDFParseError.self) { try pdfObject(deep) }
    }

    @Test func truncatedObjectThrowsEndOfInput() {
        #expect(throws: PDFParseError.endOfInput(offset: 8)) { try pdfObject("<< /A [1") }
    }

    @Test func keywordCannotStartAnObject() {
        #expect(throws: PDFParseError.unexpected("keyword 'endobj'", offset: 0)) { try pdfObject("endobj") }
    }

    @Test func indirectObject() throws {
        var parser = PDFParser(bytes: Array("garbage 7 0 obj\n<< /Type /Catalog >>\nendobj".utf8), position: 8)
        let object = try parser.parseIndirectObject()
        #expect(object.reference == PDFReference(7, 0))
        #expect(object.object.dictionary?.type == "Catalog")
    }

    @Test func emptyIndirectObjectIsNull() throws {
        var parser = PDFParser(bytes: Array("3 0 obj endobj".utf8))
        #expect(try parser.parseIndirectObject().object == .null)
    }

    @Test func missingObjectHeaderIsRejected() {
        var parser = PDFParser(bytes: Array("3 0 xbj 5 endobj".utf8))
        #expect(throws: PDFParseError.self) { try parser.parseIndirectObject() }
    }

    /// `N 0 obj <</Length L>> stream\r\n DATA \nendstream endobj`, with the data offset.
    func streamObject(length: String, data: String = "0123456789") -> ([UInt8], Int) {
        let head = "4 0 obj <</Length \(length)>> stream\r\n"
        return (Array((head + data + "\nendstream\nendobj\n").utf8), head.utf8.count)
    }

    @Test func streamWithDirectLength() throws {
        let (bytes, dataOffset) = streamObject(length: "10")
        var parser = PDFParser(bytes: bytes, baseOffset: 1000)
        let object = try parser.parseIndirectObject()
        let stream = try #require(object.object.stream)
        #expect(stream.dataOffset == 1000 + dataOffset)
        #expect(stream.dataLength == 10)
        #expect(stream.owner == PDFReference(4, 0))
        #expect(object.streamComplete)
    }

    @Test func streamWithIndirectLength() throws {
        let (bytes, _) = streamObject(length: "9 0 R")
        var parser = PDFParser(bytes: bytes)
        let object = try parser.parseIndirectObject(resolveLength: { $0 == PDFReference(9, 0) ? 10 : nil })
        #expect(object.object.stream?.dataLength == 10)
    }

    @Test(arguments: ["3", "500", "9 0 R", "-4", "(x)"])
    func wrongOrMissingLengthFallsBackToScanning(length: String) throws {
        let (bytes, _) = streamObject(length: length)
        var parser = PDFParser(bytes: bytes)
        let object = try parser.parseIndirectObject()
        #expect(object.object.stream?.dataLength == 10)
        #expect(object.streamComplete)
    }

    @Test func streamEndMarkerAcrossScanChunks() throws {
        let data = String(repeating: "z", count: PDFStreamBounds.chunk - 3)
        let (bytes, _) = streamObject(length: "1", data: data)
        var parser = PDFParser(bytes: bytes)
        #expect(try parser.parseIndirectObject().object.stream?.dataLength == data.utf8.count)
    }

    @Test(arguments: ["stream\r\n", "stream\n", "stream\r", "stream  \r\n", "stream\t\n"])
    func streamKeywordEndOfLineForms(keyword: String) throws {
        let head = "4 0 obj <</Length 3>> \(keyword)"
        var parser = PDFParser(bytes: Array((head + "abc\nendstream endobj").utf8))
        let stream = try #require(try parser.parseIndirectObject().object.stream)
        #expect(stream.dataOffset == head.utf8.count)
        #expect(stream.dataLength == 3)
    }

    @Test func streamDataStartingWithBlanksIsKept() throws {
        var parser = PDFParser(bytes: Array("4 0 obj <</Length 4>> stream\n  ab\nendstream".utf8))
        let stream = try #require(try parser.parseIndirectObject().object.stream)
        #expect(stream.dataLength == 4)
    }

    @Test func truncatedStreamRunsToTheEnd() throws {
        let bytes = Array("4 0 obj <</Length 100>> stream\nabcdef".utf8)
        var parser = PDFParser(bytes: bytes)
        let object = try parser.parseIndirectObject()
        #expect(object.object.stream?.dataLength == 6)
        #expect(!object.streamComplete)
    }

    @Test func contentStreamItems() throws {
        var parser = PDFParser.content(Array("BT /F1 12 Tf 0 0 Td [(a) 5 (b)] TJ (x) ' ET".utf8))
        var items: [PDFContentItem] = []
        while let item = try parser.nextContentItem() { items.append(item) }
        #expect(items == [
            .operator("BT"), .operand(.name("F1")), .operand(.integer(12)), .operator("Tf"),
            .operand(.integer(0)), .operand(.integer(0)), .operator("Td"),
            .operand(.array([.string([0x61]), .integer(5), .string([0x62])])), .operator("TJ"),
            .operand(.string([0x78])), .operator("'"), .operator("ET"),
        ])
    }

    @Test func contentStreamNeverReadsReferences() throws {
        var parser = PDFParser.content(Array("1 0 R".utf8))
        #expect(try parser.nextContentItem() == .operand(.integer(1)))
        #expect(try parser.nextContentItem() == .operand(.integer(0)))
        #expect(try parser.nextContentItem() == .operator("R"))
    }

    @Test func inlineImageData() throws {
        var parser = PDFParser.content(Array("BI /W 2 /H 1 ID \u{1}EI\u{2} EI Q".utf8))
        var items: [PDFContentItem] = []
        while let item = try parser.nextContentItem() {
            items.append(item)
            if item == .operator("ID") { break }
        }
        #expect(parser.readInlineImageData() == Array("\u{1}EI\u{2}".utf8))
        #expect(try parser.nextContentItem() == .operator("Q"))
    }

    @Test func randomGarbageNeverTraps() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<256).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var parser = PDFParser.content(bytes)
            for _ in 0..<300 {
                guard let item = try? parser.nextContentItem() else { break }
                _ = item
            }
            var objects = PDFParser(bytes: bytes)
            _ = try? objects.parseIndirectObject()
            _ = try? objects.parseObject()
        }
    }
}
