import Testing
@testable import BuktiFormats

@Suite struct XLSXStylesTests {
    /// Format codes as Excel and LibreOffice write them, and what they display.
    @Test(arguments: [
        ("dd/mm/yyyy", XLSXStyles.Display.date), ("d mmmm yyyy", .date), ("yyyy-mm-dd hh:mm:ss", .dateTime),
        ("h:mm AM/PM", .time), ("[h]:mm:ss", .time), ("0.00%", .percent(decimals: 2)), ("0%", .percent(decimals: 0)),
        ("#,##0", .number), ("\"Rp\"#,##0.00", .number), ("[$Rp-421]#,##0;[Red]-#,##0", .number),
        ("General", .number), ("\"days\" 0", .number), ("0.00\\d", .number),
    ])
    func classifiesFormatCodes(code: String, display: XLSXStyles.Display) {
        #expect(XLSXStyles.classify(code) == display)
    }

    static let styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>\
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="165"/><xf numFmtId="22"/><xf numFmtId="10"/></cellXfs>\
        </styleSheet>
        """

    @Test func formatsBySerialAndStyle() throws {
        let styles = XLSXStyles(styles: try XMLDocument(bytes: Array(Self.styles.utf8)), date1904: false)
        #expect(styles.format("45306", style: 0) == "45306")
        #expect(styles.format("45306", style: 1) == "2024-01-15")
        #expect(styles.format("45306.5", style: 2) == "2024-01-15T12:00:00")
        #expect(styles.format("0.125", style: 3) == "12.50%")
        #expect(styles.format("45306", style: 99) == "45306")
        #expect(styles.format("not a number", style: 1) == "not a number")
        let from1904 = XLSXStyles(styles: try XMLDocument(bytes: Array(Self.styles.utf8)), date1904: true)
        #expect(from1904.format("43844", style: 1) == "2024-01-15")
    }
}
