import Testing
@testable import BuktiFormats

/// Every form of ISO 32000-1 §7.9.4 dates seen in the wild; pdfinfo -isodates reads the same instant
/// from each (it assumes UTC when no zone is given and fills missing fields; bukti keeps what the file says).
@Suite struct PDFDateTests {
    @Test(arguments: [
        ("D:2023", "2023"),
        ("D:202301", "2023-01"),
        ("D:20230115", "2023-01-15"),
        ("D:2023011509", "2023-01-15T09:00"),
        ("D:202301150930", "2023-01-15T09:30"),
        ("D:20230115093000", "2023-01-15T09:30:00"),
        ("D:20230115093000+07'00'", "2023-01-15T09:30:00+07:00"),
        ("D:20230115093000+07'00", "2023-01-15T09:30:00+07:00"),
        ("D:20230115093000+0700", "2023-01-15T09:30:00+07:00"),
        ("D:20230115093000+07", "2023-01-15T09:30:00+07:00"),
        ("D:20230115093000-05'30'", "2023-01-15T09:30:00-05:30"),
        ("D:20230115093000Z", "2023-01-15T09:30:00Z"),
        ("D:20230115093000Z00'00'", "2023-01-15T09:30:00Z"),
        ("D:20230115093000Z'", "2023-01-15T09:30:00Z"),
        ("D:20230115093000+00'00'", "2023-01-15T09:30:00+00:00"),
        ("20230115093000", "2023-01-15T09:30:00"),
        ("  D:20230115093000+07'00'garbage", "2023-01-15T09:30:00+07:00"),
        ("D:20230115093000garbage", "2023-01-15T09:30:00"),
        ("D:19991231235959", "1999-12-31T23:59:59"),
    ])
    func forms(input: String, expected: String) {
        #expect(PDFDate.iso8601(input) == expected)
    }

    @Test(arguments: ["", "garbage", "D:", "D:20", "D:2023133009", "D:20230132", "D:2023011525"])
    func invalid(input: String) {
        #expect(PDFDate.iso8601(input) == nil)
    }

    @Test func invalidOffsetIsDropped() {
        #expect(PDFDate.iso8601("D:20230115093000+99'00'") == "2023-01-15T09:30:00")
    }
}
