import Testing
@testable import BuktiFormats

@Suite struct XMLStreamReaderTests {
    static let sheet = """
        <?xml version="1.0"?><w xmlns="urn:s" xmlns:r="urn:r"><row><c t="s" r:id="7"><v>0</v></c><c/></row>\
        <t xml:space="preserve">  spaced </t></w>
        """

    static func events(_ reader: XMLStreamReader) throws -> [XMLEvent] {
        var result: [XMLEvent] = []
        while let event = try reader.next() { result.append(event) }
        return result
    }

    @Test func eventsInDocumentOrderWithEmptyElementsClosed() throws {
        let events = try Self.events(try XMLStreamReader(bytes: Array(Self.sheet.utf8)))
        let s = { XMLName("urn:s", $0) }
        #expect(events == [
            .start(s("w")), .start(s("row")), .start(s("c")), .start(s("v")), .text("0"), .end(s("v")),
            .end(s("c")), .start(s("c")), .end(s("c")), .end(s("row")), .start(s("t")), .text("  spaced "),
            .end(s("t")), .end(s("w")),
        ])
    }

    @Test func attributesOfTheCurrentElement() throws {
        let reader = try XMLStreamReader(bytes: Array(Self.sheet.utf8))
        while let event = try reader.next() {
            if event == .start(XMLName("urn:s", "c")) {
                #expect(reader.attribute("t") == "s")
                #expect(reader.attribute("id", namespace: "urn:r") == "7")
                return
            }
        }
        Issue.record("no c element")
    }

    /// Feeds bytes a few at a time, the way a ZIP member stream does.
    final class DripInput: XMLByteInput {
        var bytes: ArraySlice<UInt8>
        init(_ text: String) { bytes = Array(text.utf8)[...] }
        func read(into buffer: UnsafeMutableRawBufferPointer) throws(XMLError) -> Int {
            let count = min(3, buffer.count, bytes.count)
            for index in 0..<count { buffer[index] = bytes[bytes.startIndex + index] }
            bytes = bytes.dropFirst(count)
            return count
        }
    }

    @Test func streamedInputGivesTheSameEvents() throws {
        let fromBytes = try Self.events(try XMLStreamReader(bytes: Array(Self.sheet.utf8)))
        let fromInput = try Self.events(try XMLStreamReader(input: DripInput(Self.sheet)))
        #expect(fromInput == fromBytes)
    }

    @Test func doctypeIsRefused() throws {
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><t>&x;</t>"
        let reader = try XMLStreamReader(bytes: Array(xxe.utf8))
        #expect(throws: XMLError.doctype) { try Self.events(reader) }
    }

    @Test func damageMidwayThrowsAfterTheGoodPart() throws {
        // libxml2 parses ahead in chunks, so the damage sits well past the first chunk.
        let good = String(repeating: "<b>kept</b>", count: 5_000)
        let reader = try XMLStreamReader(bytes: Array("<a>\(good)<c></a>".utf8))
        var texts: [String] = []
        #expect(throws: XMLError.self) {
            while let event = try reader.next() { if case .text(let t) = event { texts.append(t) } }
        }
        #expect(!texts.isEmpty && texts.allSatisfy { $0 == "kept" })
    }
}
