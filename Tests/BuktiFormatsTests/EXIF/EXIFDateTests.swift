import Testing
@testable import BuktiFormats

@Suite struct EXIFDateTests {
    @Test func colonDateBecomesISO8601() {
        #expect(EXIFDate.iso8601("2024:01:02 03:04:05") == "2024-01-02T03:04:05")
        #expect(EXIFDate.iso8601("2024:01:02 03:04:05", offset: "+08:00") == "2024-01-02T03:04:05+08:00")
        #expect(EXIFDate.iso8601("2024:01:02 03:04:05", offset: "-03:30") == "2024-01-02T03:04:05-03:30")
    }

    @Test(arguments: ["    :  :     :  :  ", "0000:00:00 00:00:00", "2024:13:02 03:04:05", "2024:01:02", "", "garbage here now!!"])
    func unknownOrMalformedDatesAreNil(value: String) {
        #expect(EXIFDate.iso8601(value) == nil)
    }

    @Test func malformedOffsetsAreDropped() {
        #expect(EXIFDate.iso8601("2024:01:02 03:04:05", offset: "+8") == "2024-01-02T03:04:05")
        #expect(EXIFDate.iso8601("2024:01:02 03:04:05", offset: "   :  ") == "2024-01-02T03:04:05")
    }

    @Test func userCommentCharacterCodes() {
        #expect(EXIFText.comment(Array("ASCII\0\0\0Screenshot".utf8), bigEndian: false) == "Screenshot")
        let utf16: [UInt8] = Array("UNICODE\0".utf8) + [0x53, 0, 0x68, 0, 0x6F, 0, 0x74, 0]
        #expect(EXIFText.comment(utf16, bigEndian: false) == "Shot")
        #expect(EXIFText.comment([0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0x20], bigEndian: true) == nil)
    }
}
