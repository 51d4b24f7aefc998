/// Decodes the cell values a BIFF8 sheet stores, as they read in Excel's default format.
enum ExcelCellValue {
    /// BErr codes ([MS-XLS] 2.5.10) and how Excel shows them.
    static let errors: [UInt8: String] = [
        0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
        0x24: "#NUM!", 0x2A: "#N/A",
    ]
    /// FormulaValue type bytes ([MS-XLS] 2.5.133) when the value is not a number.
    enum FormulaResult: UInt8 {
        case string = 0, boolean = 1, error = 2, empty = 3
    }

    /// A number as a person reads it: integers without ".0".
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// An RK number ([MS-XLS] 2.5.217): a 30-bit integer or the top of a double, maybe ×100.
    static func rk(_ raw: UInt32) -> Double {
        var value = raw & 0x2 != 0
            ? Double(Int32(bitPattern: raw) >> 2)
            : Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        if raw & 0x1 != 0 { value /= 100 }
        return value
    }

    /// A boolean or error cell (BOOLERR, or a formula's cached boolean/error).
    static func boolOrError(_ value: UInt8, isError: Bool) -> String {
        isError ? errors[value] ?? "#ERR" : (value != 0 ? "TRUE" : "FALSE")
    }

    /// An XLUnicodeString ([MS-XLS] 2.5.294) at `offset` of `data`: 16-bit count, flags, characters.
    static func unicodeString(_ data: ArraySlice<UInt8>, at offset: Int, countBytes: Int = 2) -> String? {
        let raw = OLE2Bytes(Array(data))
        let count = countBytes == 1 ? raw.u8(offset).map(Int.init) : raw.u16(offset).map(Int.init)
        guard let count, let flags = raw.u8(offset + countBytes) else { return nil }
        let start = offset + countBytes + 1
        if flags & SharedStringTable.highByteFlag != 0 {
            return raw.utf16(start, byteCount: count * 2).map { String(decoding: $0, as: UTF16.self) }
        }
        return raw.slice(start, count).map { String(decoding: $0.map(UInt16.init), as: UTF16.self) }
    }
}
