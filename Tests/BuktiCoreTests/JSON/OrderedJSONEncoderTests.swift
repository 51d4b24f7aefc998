import Foundation
import Testing
@testable import BuktiCore

/// Both styles of the one ordered encoder: records (`inspect`) and documents (the audit contract).
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
        let json = try OrderedJSONEncoder(.record(pretty: false)).encode(sample())
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
            let json = try OrderedJSONEncoder(.record(pretty: pretty)).encode(facts)
            #expect(try JSONDecoder().decode(FileFacts.self, from: Data(json.utf8)) == facts)
        }
    }

    @Test func theSameRecordAlwaysEncodesToTheSameText() throws {
        let encoder = OrderedJSONEncoder(.record(pretty: true))
        let first = try encoder.encode(sample())
        for _ in 0..<20 { #expect(try encoder.encode(sample()) == first) }
        #expect(first.contains("\n  \"problems\" : [\n    {\n      \"code\" : \"repaired\","))
    }

    @Test func aNonFiniteNumberIsAnErrorNotACrash() {
        var facts = FileFacts(path: FilePath("a.mp4"), kind: .mp4)
        facts.duration = .nan
        #expect(throws: (any Error).self) { try OrderedJSONEncoder(.record(pretty: false)).encode(facts) }
    }

    @Test func valuesThatAreNotObjectsAreWrittenAsJSONEncoderWould() throws {
        #expect(try OrderedJSONEncoder(.record(pretty: false)).encode([3, 1, 2]) == "[3,1,2]")
        #expect(try OrderedJSONEncoder(.record(pretty: false)).encode("a/b") == "\"a/b\"")
    }

    // MARK: The document style (the audit contract)

    struct Inner: Encodable { var zeta = "z"; var alpha: Int? = nil; var mid = [1.5, 2] }
    struct Outer: Encodable {
        var zulu = "a \"quoted\" line\nbreak / é \u{1F}"
        var inner = [Inner(), Inner(zeta: "y", alpha: 3, mid: [])]
        var keyed = KeyedList([("b", 1), ("a", 2)])
        var flag = true
        var empty: [String] = []
    }

    @Test func keysKeepTheirOrderAtEveryDepth() throws {
        let text = try OrderedJSONEncoder(.document).encode(Outer())
        #expect(text == """
            {
              "zulu": "a \\"quoted\\" line\\nbreak / é \\u001f",
              "inner": [
                {
                  "zeta": "z",
                  "mid": [
                    1.5,
                    2.0
                  ]
                },
                {
                  "zeta": "y",
                  "alpha": 3,
                  "mid": []
                }
              ],
              "keyed": {
                "b": 1,
                "a": 2
              },
              "flag": true,
              "empty": []
            }
            """)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["zulu"] as? String == Outer().zulu)
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: EncodingError.self) { try OrderedJSONEncoder(.document).encode(["x": Double.nan]) }
    }
}

extension OrderedJSONEncoderTests {
    @Test func prettyRecordsKeepFoundationsTextForNestedValues() throws {
        struct Record: Encodable {
            struct Nested: Encodable { var zeta = 2.0; var alpha: [Int] = [] }
            var b = Nested()
            var a = 3.0
            var list: [Int] = []
        }
        let expected = "{\n  \"b\" : {\n    \"alpha\" : [\n  \n    ],\n    \"zeta\" : 2\n  },\n  \"a\" : 3,\n  \"list\" : []\n}"
        #expect(try OrderedJSONEncoder(.record(pretty: true)).encode(Record()) == expected)
        #expect(try OrderedJSONEncoder(.record(pretty: false)).encode(Record()) == "{\"b\":{\"alpha\":[],\"zeta\":2},\"a\":3,\"list\":[]}")
        #expect(try OrderedJSONEncoder(.record(pretty: true)).encode([Int]()) == "[\n\n]")
    }
}
