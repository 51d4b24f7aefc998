import Testing
@testable import BuktiReports

@Suite struct CSVFieldTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\")", "+62 812", "-1", "@SUM(A1)", "\tkosong", "\rx"])
    func formulaStartsBecomeText(_ value: String) {
        let cell = CSVField.encode(value)
        let unquoted = cell.hasPrefix("\"") ? String(cell.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : cell
        #expect(unquoted == "'" + value)
    }

    @Test func quotesPerRFC4180() {
        #expect(CSVField.encode("SK Bupati, 2024") == "\"SK Bupati, 2024\"")
        #expect(CSVField.encode("kata \"inovasi\"") == "\"kata \"\"inovasi\"\"\"")
        #expect(CSVField.encode("dua\nbaris") == "\"dua\nbaris\"")
        #expect(CSVField.encode("biasa") == "biasa")
        #expect(CSVField.encode(" spasi") == "\" spasi\"")
        #expect(CSVField.row(["a", "b,c", "=1"]) == "a,\"b,c\",'=1\r\n")
    }

    @Test func numbersAreNeverNeutralised() {
        #expect(CSVField.number(30) == "30")
        #expect(CSVField.number(1.5) == "1.5")
        #expect(CSVField.number(-2) == "-2")
    }
}
