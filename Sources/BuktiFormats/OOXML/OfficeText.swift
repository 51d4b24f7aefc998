/// Accumulates extracted document text up to a character cap, with the separators office formats
/// need (paragraph breaks, table cells as tabs, rows as lines) and without runs of blank lines.
struct OfficeText {
    private(set) var text = ""
    private(set) var count = 0
    let limit: Int
    /// `count` when the current table cell began.
    private var cellStart: Int?

    init(limit: Int) { self.limit = max(0, limit) }

    /// True once the cap is reached: readers stop streaming.
    var isFull: Bool { count >= limit }

    /// Appends `piece`, cutting it at the cap.
    mutating func append(_ piece: String) {
        guard !isFull, !piece.isEmpty else { return }
        let room = limit - count
        let pieceCount = piece.count
        if pieceCount <= room {
            text += piece
            count += pieceCount
        } else {
            text += piece.prefix(room)
            count = limit
        }
    }

    /// Ends a paragraph or line: a newline, unless the text already ends with one (or is empty).
    mutating func endLine() {
        dropTrailing { $0 == " " || $0 == "\t" }
        guard let last = text.last, last != "\n" else { return }
        append("\n")
    }

    /// Marks where a table cell's text begins, so `endCell` trims only that cell.
    mutating func beginCell() { cellStart = count }

    /// Ends a table cell: a tab, after trimming the cell's own trailing line breaks and spaces.
    mutating func endCell() {
        dropTrailing(floor: cellStart ?? count) { $0 == " " || $0 == "\n" }
        cellStart = nil
        append("\t")
    }

    /// Ends a table row: the trailing tab becomes a newline.
    mutating func endRow() {
        dropTrailing { $0 == "\t" || $0 == " " }
        endLine()
    }

    /// A space between pieces unless one is already there.
    mutating func space() {
        guard let last = text.last, last != " ", last != "\n", last != "\t" else { return }
        append(" ")
    }

    /// Everything collected, trimmed; nil when empty.
    var result: String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    private mutating func dropTrailing(floor: Int = 0, _ matches: (Character) -> Bool) {
        guard !isFull || limit == 0 else { return }
        while count > floor, let last = text.last, matches(last) {
            text.removeLast()
            count -= 1
        }
    }
}
