import BuktiCore

/// Where table rows end in a Word document. A row ends with a mark (0x07) in a paragraph of its
/// own, exactly like an empty cell; only that paragraph's properties (sprmPFTtp in its PAPX,
/// [MS-DOC] 2.9.175) tell them apart. They are read from the PAPX FKP pages the PlcBtePapx lists.
struct WordTableRows: Sendable {
    static let pageSize = 512
    /// sprmPFTtp and sprmPFInnerTtp: the paragraph is a table row's end.
    static let rowEndSprms: Set<UInt16> = [0x2417, 0x244B]
    /// Operand sizes by the sprm's spra field (bits 13–15); -1 is variable ([MS-DOC] 2.2.5.1).
    static let operandSizes = [1, 1, 2, 4, 2, 2, -1, 3]
    /// sprmTDefTable, whose variable operand has a 2-byte size; every other uses a 1-byte size.
    static let tableDefinitionSprm: UInt16 = 0xD608
    static let bxPapLength = 13

    /// Stream offsets just past the last character of each row-end paragraph.
    private(set) var rowEnds = Set<Int>()

    /// Reads the PlcBtePapx at `plc` in the table stream and the FKP pages it points to in `document`.
    init(document: [UInt8], table: [UInt8], plc: (offset: Int, length: Int), options: ExtractionOptions) throws(ExtractionFailure) {
        let raw = OLE2Bytes(table)
        guard plc.length >= 12, plc.offset >= 0, plc.offset <= table.count - plc.length else {
            throw ExtractionFailure(.corrupt, "Word paragraph property table lies outside the table stream")
        }
        let count = (plc.length - 4) / 8
        var seen = Set<Int>()
        for index in 0..<count {
            try options.deadline.check()
            guard let entry = raw.u32(plc.offset + 4 * (count + 1) + 4 * index) else { break }
            let page = Int(entry & 0x003F_FFFF)
            guard seen.insert(page).inserted else { continue }  // a hostile table may repeat pages
            guard let bytes = OLE2Bytes(document).slice(page * Self.pageSize, Self.pageSize) else {
                throw ExtractionFailure(.corrupt, "Word paragraph properties page \(page) lies outside the WordDocument stream")
            }
            readPage(OLE2Bytes(Array(bytes)))
        }
    }

    /// True when the character that ends at stream offset `end` closes a table row.
    func isRowEnd(endingAt end: Int) -> Bool { rowEnds.contains(end) }

    /// Adds the row-end paragraphs of one PapxFkp page.
    private mutating func readPage(_ page: OLE2Bytes) {
        guard let runs = page.u8(Self.pageSize - 1).map(Int.init), runs > 0,
              (runs + 1) * 4 + runs * Self.bxPapLength < Self.pageSize
        else { return }
        for run in 0..<runs {
            guard let end = page.u32(4 * (run + 1)),
                  let offset = page.u8((runs + 1) * 4 + run * Self.bxPapLength).map({ Int($0) * 2 }), offset > 0,
                  let sprms = Self.grpprl(page, at: offset)
            else { continue }
            if Self.hasRowEnd(page, sprms) { rowEnds.insert(Int(end)) }
        }
    }

    /// The byte range of the sprms in the PapxInFkp at `offset` (after its cb and istd).
    private static func grpprl(_ page: OLE2Bytes, at offset: Int) -> Range<Int>? {
        guard let cb = page.u8(offset).map(Int.init) else { return nil }
        let (start, length) = cb != 0 ? (offset + 1, 2 * cb - 1) : (offset + 2, 2 * Int(page.u8(offset + 1) ?? 0))
        guard length >= 2, start + length <= pageSize else { return nil }
        return start + 2..<start + length
    }

    /// True when the sprms in `range` set sprmPFTtp (or its inner-table twin) to 1.
    private static func hasRowEnd(_ page: OLE2Bytes, _ range: Range<Int>) -> Bool {
        var at = range.lowerBound
        while at + 2 <= range.upperBound, let sprm = page.u16(at) {
            let operand = at + 2
            if rowEndSprms.contains(sprm) { return page.u8(operand) == 1 }
            var size = operandSizes[Int(sprm >> 13)]
            if size < 0 {
                if sprm == tableDefinitionSprm {
                    size = 2 + max(0, Int(page.u16(operand) ?? 0) - 1)
                } else {
                    size = 1 + Int(page.u8(operand) ?? 0)
                }
            }
            at = operand + size
        }
        return false
    }
}
