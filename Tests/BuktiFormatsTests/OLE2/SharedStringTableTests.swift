import Testing
import BuktiCore
@testable import BuktiFormats

/// Layouts LibreOffice does not write (rich runs, extended data, a width change at a CONTINUE),
/// built from [MS-XLS] 2.5.293 so each expectation is the test's own input.
@Suite struct SharedStringTableTests {
    @Test func richRunsAndExtendedDataAreSkippedAcrossContinues() throws {
        // String 0: rich (2 runs) and extended (3 bytes), 8-bit "Dinas", split inside its runs.
        // String 1: starts 8-bit ("Ke") and continues as UTF-16 ("—h") after the boundary's flag.
        // String 2: plain UTF-16 "é".
        let sst: [UInt8] = le32(3) + le32(3)
            + le16(5) + [0x0C] + le16(2) + le32(3) + Array("Dinas".utf8) + [1, 0, 0, 0, 2, 0]
        let first: [UInt8] = [0, 0] + [0xAA, 0xBB, 0xCC]  // the rest of the runs, then the ExtRst
            + le16(4) + [0x00] + Array("Ke".utf8)
        let second: [UInt8] = [0x01] + le16(0x2014) + le16(0x68)  // new width flag, then UTF-16
            + le16(1) + [0x01] + le16(0xE9)
        let table = try SharedStringTable(segments: [sst[...], first[...], second[...]], options: ExtractionOptions())
        #expect(table.problem == nil)
        #expect(table.strings == ["Dinas", "Ke—h", "é"])
    }

    @Test func stringCutShortIsCorrupt() throws {
        let sst: [UInt8] = le32(1) + le32(1) + le16(10) + [0x00] + Array("Dina".utf8)
        let table = try SharedStringTable(segments: [sst[...]], options: ExtractionOptions())
        #expect(table.strings.isEmpty)
        #expect(table.problem == Problem(.corrupt, "shared string 0 is cut short by the end of its records"))
    }
}
