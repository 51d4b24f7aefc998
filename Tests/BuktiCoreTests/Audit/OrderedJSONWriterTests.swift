import Foundation
import Testing
@testable import BuktiCore

/// The order-keeping JSON writer: keys in declaration order at every depth, valid JSON, escaping by Foundation.
@Suite struct OrderedJSONWriterTests {
    struct Inner: Encodable { var zeta = "z"; var alpha: Int? = nil; var mid = [1.5, 2] }
    struct Outer: Encodable {
        var zulu = "a \"quoted\" line\nbreak / é \u{1F}"
        var inner = [Inner(), Inner(zeta: "y", alpha: 3, mid: [])]
        var keyed = KeyedList([("b", 1), ("a", 2)])
        var flag = true
        var empty: [String] = []
    }

    @Test func keysKeepTheirOrderAtEveryDepth() throws {
        let text = try OrderedJSONWriter().encode(Outer())
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
        #expect(throws: EncodingError.self) { try OrderedJSONWriter().encode(["x": Double.nan]) }
    }
}
