import Foundation

/// A spreadsheet to write as an .xlsx file: sheets of typed cells, with the few styles reports need.
/// `write()` turns it into the bytes of an Office Open XML package (libzip + libxml2's writer).
public struct XLSXWorkbook: Sendable, Equatable {
    public var sheets: [XLSXSheet]
    /// docProps/core.xml `dc:title`.
    public var title: String?
    /// docProps/core.xml `dc:creator`.
    public var creator: String
    /// docProps/core.xml `dcterms:created`; nil leaves it out so output depends on input only.
    public var created: Date?

    public init(sheets: [XLSXSheet], title: String? = nil, creator: String = "bukti", created: Date? = nil) {
        self.sheets = sheets
        self.title = title
        self.creator = creator
        self.created = created
    }

    /// The .xlsx file's bytes; equal workbooks give equal bytes.
    public func write() throws(XLSXWriteError) -> [UInt8] {
        try XLSXPackageWriter(workbook: self).write()
    }
}

/// One worksheet: rows of cells from A1, column widths, and the header row's behaviour. Sheets
/// print landscape on A4, fitted to the page width, with a frozen header row repeated on every page.
public struct XLSXSheet: Sendable, Equatable {
    /// The tab name; the writer makes it valid (at most 31 characters, none of `[]:*?/\`, unique).
    public var name: String
    /// Width of columns A, B, ... in characters; missing or nil widths stay at the default.
    public var columnWidths: [Double?]
    public var rows: [[XLSXCell]]
    /// Keeps the first row visible while scrolling (a frozen pane below it).
    public var freezesHeaderRow: Bool
    /// Puts filter buttons on the first row, over every used row and column.
    public var autoFilter: Bool
    /// Height of the first row in points, for wrapped headers in narrow columns; nil leaves it to
    /// the application.
    public var headerRowHeight: Double?

    public init(
        name: String, columnWidths: [Double?] = [], rows: [[XLSXCell]] = [], freezesHeaderRow: Bool = true,
        autoFilter: Bool = true, headerRowHeight: Double? = nil
    ) {
        self.name = name
        self.columnWidths = columnWidths
        self.rows = rows
        self.freezesHeaderRow = freezesHeaderRow
        self.autoFilter = autoFilter
        self.headerRowHeight = headerRowHeight
    }

    /// How many columns the widest row uses.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

/// One cell: a typed value and a style.
public struct XLSXCell: Sendable, Equatable {
    public var value: XLSXValue
    public var style: XLSXCellStyle

    public init(_ value: XLSXValue, style: XLSXCellStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// A text cell (kept in the shared string table; never read as a formula).
    public static func string(_ text: String, style: XLSXCellStyle = .plain) -> XLSXCell {
        XLSXCell(.string(text), style: style)
    }

    /// A number cell.
    public static func number(_ value: Double, style: XLSXCellStyle = .plain) -> XLSXCell {
        XLSXCell(.number(value), style: style)
    }

    /// A date cell shown as `dd mmm yyyy`.
    public static func date(_ date: Date) -> XLSXCell { XLSXCell(.date(date), style: .date) }

    /// A TRUE/FALSE cell.
    public static func bool(_ value: Bool) -> XLSXCell { XLSXCell(.bool(value)) }

    /// A cell with nothing in it (it still shows its style's fill).
    public static func empty(style: XLSXCellStyle = .plain) -> XLSXCell { XLSXCell(.empty, style: style) }
}

/// What a cell holds. Dates are written as serial day numbers (days since 1899-12-30, UTC), which is
/// how spreadsheets store dates; pair them with the `.date` style so they read as dates.
public enum XLSXValue: Sendable, Equatable {
    case string(String)
    /// Not-a-number and infinities cannot be stored; they are written as empty cells.
    case number(Double)
    case date(Date)
    case bool(Bool)
    case empty
}

/// Why a workbook could not be written.
public enum XLSXWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    case xml(XMLWriteError)
    case zip(ZipWriteError)

    public var description: String {
        switch self {
        case .xml(let error): error.description
        case .zip(let error): error.description
        }
    }
}
