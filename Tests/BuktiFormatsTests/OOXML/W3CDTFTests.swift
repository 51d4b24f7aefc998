import Testing
@testable import BuktiFormats

@Suite struct W3CDTFTests {
    /// Inputs in the forms W3CDTF and xsd:dateTime allow, and the ISO 8601 each normalises to.
    @Test(arguments: [
        ("2024-01-02T08:30:00Z", "2024-01-02T08:30:00Z"),
        (" 2024-01-02T08:30:00Z\n", "2024-01-02T08:30:00Z"),
        ("2024-01-02T08:30:00.123456789", "2024-01-02T08:30:00"),
        ("2024-01-02T08:30:00.5+07:00", "2024-01-02T08:30:00+07:00"),
        ("2024-01-02T08:30Z", "2024-01-02T08:30:00Z"),
        ("2024-01-02t08:30:00z", "2024-01-02T08:30:00Z"),
        ("2024-01-02", "2024-01-02"),
        ("2024-01", "2024-01"),
        ("2024", "2024"),
    ])
    func normalises(input: String, expected: String) {
        #expect(W3CDTF.normalise(input) == expected)
    }

    @Test(arguments: ["", "yesterday", "2024-01-02 08:30:00", "2024-01-02T08", "2024-01-02T08:30:00+0700", "24-01-02"])
    func rejects(input: String) {
        #expect(W3CDTF.normalise(input) == nil)
    }
}
