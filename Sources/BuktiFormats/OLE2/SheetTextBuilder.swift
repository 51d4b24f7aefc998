import BuktiCore

/// Collects the cached cell values of a workbook's sheets as text: cells of a row joined by
/// tabs, rows by newlines, sheets by a blank line.
struct SheetTextBuilder {
    let limit: Int
    let strings: [String]
    private(set) var text = ""
    private(set) var problem: Problem?
    private var count = 0
    private var position: (sheet: Int, row: Int)?
    /// A formula whose string result is in the STRING record that follows it.
    private var pendingFormula: (row: Int, column: Int)?

    init(limit: Int, strings: [String]) {
        self.limit = limit
        self.strings = strings
    }

    /// Reads the sheet substreams; a BOF at a BOUNDSHEET offset starts that sheet.
    mutating func read(_ reader: inout BIFFReader, sheetOffsets: [Int], options: ExtractionOptions) throws(ExtractionFailure) {
        var sheet = 0
        while let record = reader.next() {
            if reader.count & 1023 == 0 { try options.deadline.check() }
            if count >= limit { return }
            if record.kind == .bof {
                if let found = sheetOffsets.firstIndex(of: record.offset) { sheet = found }
                continue
            }
            readCell(record, sheet: sheet)
        }
    }

    /// Adds the value of a cell record (other records are ignored).
    private mutating func readCell(_ record: BIFFRecord, sheet: Int) {
        let raw = OLE2Bytes(Array(record.data))
        guard let kind = record.kind, let row = raw.u16(0).map(Int.init), let column = raw.u16(2).map(Int.init) else { return }
        switch kind {
        case .labelSST:
            guard let index = raw.u32(6).map(Int.init) else { return }
            guard index < strings.count else {
                if problem == nil {
                    problem = Problem(.corrupt, "cell \(row + 1):\(column + 1) refers to shared string \(index) of \(strings.count)")
                }
                return
            }
            add(strings[index], sheet: sheet, row: row)
        case .label, .richLabel:
            if let value = ExcelCellValue.unicodeString(record.data, at: 6) { add(value, sheet: sheet, row: row) }
        case .number:
            if let bits = raw.u64(6) { add(ExcelCellValue.format(Double(bitPattern: bits)), sheet: sheet, row: row) }
        case .rk:
            if let value = raw.u32(6) { add(ExcelCellValue.format(ExcelCellValue.rk(value)), sheet: sheet, row: row) }
        case .mulRK:
            let cells = (raw.count - 6) / 6
            for i in 0..<max(0, cells) {
                if let value = raw.u32(4 + 6 * i + 2) { add(ExcelCellValue.format(ExcelCellValue.rk(value)), sheet: sheet, row: row) }
            }
        case .boolErr:
            if let value = raw.u8(6), let isError = raw.u8(7) {
                add(ExcelCellValue.boolOrError(value, isError: isError != 0), sheet: sheet, row: row)
            }
        case .formula:
            readFormula(raw, sheet: sheet, row: row, column: column)
        case .string:
            if pendingFormula != nil, let value = ExcelCellValue.unicodeString(record.data, at: 0) {
                add(value, sheet: sheet, row: pendingFormula?.row ?? row)
            }
            pendingFormula = nil
        default:
            return
        }
    }

    /// A formula's cached value: a number, or (when the top bytes are 0xFFFF) a tagged result.
    private mutating func readFormula(_ raw: OLE2Bytes, sheet: Int, row: Int, column: Int) {
        guard let bits = raw.u64(6) else { return }
        guard bits >> 48 == 0xFFFF, let type = raw.u8(6) else {
            add(ExcelCellValue.format(Double(bitPattern: bits)), sheet: sheet, row: row)
            return
        }
        switch ExcelCellValue.FormulaResult(rawValue: type) {
        case .string: pendingFormula = (row, column)
        case .boolean: add(ExcelCellValue.boolOrError(raw.u8(8) ?? 0, isError: false), sheet: sheet, row: row)
        case .error: add(ExcelCellValue.boolOrError(raw.u8(8) ?? 0, isError: true), sheet: sheet, row: row)
        case .empty, nil: return
        }
    }

    /// Appends one cell's text after the separator its position calls for.
    private mutating func add(_ value: String, sheet: Int, row: Int) {
        guard count < limit, !value.isEmpty else { return }
        let separator: String
        switch position {
        case nil: separator = ""
        case let (lastSheet, _)? where lastSheet != sheet: separator = "\n\n"
        case let (_, lastRow)? where lastRow != row: separator = "\n"
        default: separator = "\t"
        }
        position = (sheet, row)
        let piece = separator + value
        let room = limit - count
        let kept = piece.count <= room ? piece : String(piece.prefix(room))
        text += kept
        count += kept.count
    }
}
