import Foundation
import Testing
@testable import BuktiCore

@Suite struct OrderedJSONEncoderTests {
    func sample() -> FileFacts {
        var facts = FileFacts(path: FilePath(bytes: Array("dir/SK ".utf8) + [0xFF] + Array(".pdf".utf8)), kind: .pdf)
        facts.bytes = 1234
        facts.title = "Surat \"Keputusan\" / 2024"
        facts.created = "2024-03-01T09:30:00+07:00"
        facts.pages = 3
        facts.gps = GPSPosition(lat: -6.2, lon: 106.8)
        var xmp = XMPFacts()
        xmp.title = "SK"
        facts.xmp = xmp
        facts.text = "baris satu\nbaris dua\u{1B}"
        facts.add(.repaired, "xref rebuilt")
        return facts
    }

    @Test func membersComeInTheOrderEncodeWritesThem() throws {
        let json = try OrderedJSONEncoder().encode(sample())
        let order = ["schemaVersion", "path", "pathBytes", "kind", "bytes", "title", "created", "pages", "gps",
                     "text", "xmp", "problems"]
        let positions = try order.map { key in try #require(json.range(of: "\"\(key)\":")?.lowerBound, "\(key)") }
        #expect(positions == positions.sorted())
        #expect(json.hasPrefix("{\"schemaVersion\":1,\"path\":\"dir/SK \\\\xFF.pdf\","))
        #expect(!json.contains("\n"))
        #expect(json.contains("\"title\":\"Surat \\\"Keputusan\\\" / 2024\""))  // slashes left unescaped
    }

    @Test func theOutputDecodesBackToTheSameRecord() throws {
        let facts = sample()
        for pretty in [false, true] {
            let json = try OrderedJSONEncoder(prettyPrinted: pretty).encode(facts)
            #expect(try JSONDecoder().decode(FileFacts.self, from: Data(json.utf8)) == facts)
        }
    }

    @Test func theSameRecordAlwaysEncodesToTheSameText() throws {
        let encoder = OrderedJSONEncoder(prettyPrinted: true)
        let first = try encoder.encode(sample())
        for _ in 0..<20 { #expect(try encoder.encode(sample()) == first) }
        #expect(first.contains("\n  \"problems\" : [\n    {\n      \"code\" : \"repaired\","))
    }

    @Test func aNonFiniteNumberIsAnErrorNotACrash() {
        var facts = FileFacts(path: FilePath("a.mp4"), kind: .mp4)
        facts.duration = .nan
        #expect(throws: (any Error).self) { try OrderedJSONEncoder().encode(facts) }
    }

    @Test func valuesThatAreNotObjectsFallBackToJSONEncoder() throws {
        #expect(try OrderedJSONEncoder().encode([3, 1, 2]) == "[3,1,2]")
        #expect(try OrderedJSONEncoder().encode("a/b") == "\"a/b\"")
    }
}
