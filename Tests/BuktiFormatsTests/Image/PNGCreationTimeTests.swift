import Testing
@testable import BuktiFormats

@Suite struct PNGCreationTimeTests {
    @Test(arguments: [
        ("2024-05-06T07:08:09+07:00", "2024-05-06T07:08:09+07:00"),
        ("2024-05-06T07:08:09.123Z", "2024-05-06T07:08:09Z"),
        ("2024:05:06 07:08:09", "2024-05-06T07:08:09"),
        ("Mon, 06 May 2024 07:08:09 +0700", "2024-05-06T07:08:09+07:00"),
        ("6 May 2024 07:08:09 GMT", "2024-05-06T07:08:09Z"),
        ("Sat, 01 Jun 2024 00:00", "2024-06-01T00:00:00"),
    ])
    func recognisedShapes(text: String, expected: String) {
        #expect(PNGCreationTime.iso8601(text) == expected)
    }

    @Test(arguments: ["yesterday", "", "32 Foo 2024 10:00:00", "2024-99-01T00:00:00"])
    func unrecognisedTextIsNil(text: String) {
        #expect(PNGCreationTime.iso8601(text) == nil)
    }
}
