import Testing
@testable import BuktiFormats

@Suite struct SpreadsheetNumberTests {
    /// Cached values as spreadsheet writers store them, and how a person reads the cell.
    @Test(arguments: [
        ("10000000", "10000000"), ("1.0E7", "10000000"), ("1E+7", "10000000"), ("125000000", "125000000"),
        ("5.0", "5"), ("-42", "-42"), ("12.5", "12.5"), ("0.30000000000000004", "0.3"),
        ("1234567.89", "1234567.89"), ("0", "0"), ("#DIV/0!", "#DIV/0!"),
    ])
    func readsAsWritten(raw: String, expected: String) {
        #expect(SpreadsheetNumber.format(raw) == expected)
    }
}
