import Foundation
import Testing

@testable import BuktiFormats

@Suite struct XLSXNamingTests {
    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnLetters(index: Int, letters: String) {
        #expect(XLSXNaming.column(index) == letters)
    }

    @Test func sheetNamesAreMadeValidAndDistinct() {
        let long = String(repeating: "x", count: 40)
        #expect(
            XLSXNaming.sheetNames(["a/b", "A:B", "", long, long, "'q'", "[]"]) == [
                "ab", "AB (2)", "Sheet 3", String(repeating: "x", count: 31),
                String(repeating: "x", count: 27) + " (2)",
                "q", "Sheet 7",
            ])
    }

    @Test func quotedRangeDoublesApostrophes() {
        #expect(XLSXNaming.absoluteRange(sheet: "Bu'di", columns: 28, rows: 9) == "'Bu''di'!$A$1:$AB$9")
    }

    @Test func serialDaysFollowExcel() {
        // 1900-03-01 is serial 61; 2024-01-12 12:00 is 45303.5.
        #expect(XLSXNaming.serial(Date(timeIntervalSince1970: -2_203_891_200)) == 61)
        #expect(XLSXNaming.serial(Date(timeIntervalSince1970: 1_705_060_800)) == 45_303.5)
    }

    @Test func longTextIsCutToTheCellLimit() {
        let text = XLSXNaming.cellText(String(repeating: "é", count: 40_000))
        #expect(text.utf16.count == XLSXNaming.maxCellCharacters)
        #expect(text.hasSuffix("…"))
    }

    @Test func onlyRealEscapesAreProtected() {
        #expect(XLSXNaming.cellText("_x00e9_ _xZZZZ_ _x12_") == "_x005F_x00e9_ _xZZZZ_ _x12_")
    }
}
