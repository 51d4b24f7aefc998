import BuktiFormats
import Foundation

@testable import BuktiReports

/// The workbooks the one LibreOffice run converts: the report of the golden audit (with a hostile
/// innovation) in both languages, and a writer-level workbook of every value type.
enum XLSXConversionInputs {
    static let reportID = "report-id"
    static let reportEN = "report-en"
    static let values = "values"

    static func workbooks() throws -> [String: [UInt8]] {
        [
            reportID: try XLSXReporter().render(try Hostile.input(.id)),
            reportEN: try XLSXReporter().render(try Hostile.input(.en)),
            values: try ValueSheet.workbook.write(),
        ]
    }

    /// One sheet with a row per value type; the expected texts are how LibreOffice shows them.
    enum ValueSheet {
        static let name = "Nilai"

        /// 12 January 2024 and 31 December 1999, UTC midnight.
        static let dates = [Date(timeIntervalSince1970: 1_705_017_600), Date(timeIntervalSince1970: 946_598_400)]

        static var workbook: XLSXWorkbook {
            XLSXWorkbook(sheets: [
                XLSXSheet(
                    name: name, columnWidths: [20, 10, 14, 8, 8],
                    rows: [
                        ["Teks", "Angka", "Tanggal", "Persen", "Benar"].map { .string($0, style: .header) },
                        [.string("=1+1"), .number(3.25), .date(dates[0]), .number(0.55, style: .percent), .bool(true)],
                        [
                            .string("<b>&amp;</b>"), .number(-7), .date(dates[1]), .number(1, style: .percent),
                            .bool(false),
                        ],
                        [
                            .empty(), .number(Double.nan), .empty(style: .bad), .number(1e-7),
                            .string("  spaced\nline  "),
                        ],
                    ])
            ])
        }

        /// Rows as LibreOffice's "as shown" CSV export writes them.
        static let expected: [[String]] = [
            ["Teks", "Angka", "Tanggal", "Persen", "Benar"],
            ["=1+1", "3.25", "12 Jan 2024", "55%", "TRUE"],
            ["<b>&amp;</b>", "-7", "31 Dec 1999", "100%", "FALSE"],
            ["", "", "", "0.0000001", "  spaced\nline  "],
        ]
    }
}
