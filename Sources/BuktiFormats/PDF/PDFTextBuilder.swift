/// Collects glyph text in painting order and decides where spaces and line breaks go, from how far
/// each glyph starts from where the previous one ended.
struct PDFTextBuilder {
    /// A gap along the baseline wider than this fraction of the font size is a word break: poppler's
    /// minWordBreakSpace. Adjacent table cells LibreOffice draws as separate text objects sit 0.11 em
    /// apart, while its kerned TJ arrays move letters of one word at most 0.05 em apart.
    static let wordGap = 0.1
    /// A jump back along the baseline further than this fraction of the font size is a word break
    /// (poppler's minDupBreakOverlap): kerning pairs such as "VA" overlap by at most about 0.11 em.
    static let overlapGap = 0.2
    /// A move across the baseline larger than this fraction of the font size is a new line.
    static let lineShift = 0.5

    private(set) var text = ""
    /// Characters in `text` (kept as a count because String.count is linear).
    private(set) var characters = 0
    /// Characters wanted at most.
    let limit: Int
    /// Characters other than white space produced by the current page.
    private(set) var pageCharacters = 0

    private var last: (end: PDFTextPoint, direction: PDFTextPoint, size: Double)?
    private var lastCharacter: Character?

    init(limit: Int) { self.limit = max(0, limit) }

    /// True once `limit` characters are collected.
    var isFull: Bool { characters >= limit }

    /// One glyph painted from `start` to `end` along unit vector `direction` at font size `size`
    /// (all in device space); `glyph` is its text, nil when unknown (it still counts for spacing).
    mutating func add(_ glyph: String?, start: PDFTextPoint, end: PDFTextPoint, direction: PDFTextPoint, size: Double) {
        if let last {
            let dx = start.x - last.end.x, dy = start.y - last.end.y
            let height = max(size, last.size, 1e-6)
            let along = dx * last.direction.x + dy * last.direction.y
            let across = dy * last.direction.x - dx * last.direction.y
            let turned = direction.x * last.direction.x + direction.y * last.direction.y < 0.99
            if turned || abs(across) > Self.lineShift * height {
                newline()
            } else if along > Self.wordGap * height || along < -Self.overlapGap * height {
                space()
            }
        }
        last = (end, direction, size)
        guard let glyph, !glyph.isEmpty else { return }
        for character in glyph {
            if character.isWhitespace {
                space()
            } else if !(character.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) {
                append(character)
                pageCharacters += 1
            }
        }
    }

    /// Ends a page: the next text starts after a form feed.
    mutating func pageBreak() {
        trimTrailingSpace()
        append("\u{0C}")
        last = nil
        pageCharacters = 0
    }

    /// A line break: forgets where the previous glyph ended.
    mutating func newline() {
        guard let previous = lastCharacter, previous != "\n", previous != "\u{0C}" else { return }
        if previous == " " { dropLast() }
        append("\n")
    }

    /// A word break, unless one is already there.
    mutating func space() {
        guard let previous = lastCharacter, previous != " ", previous != "\n", previous != "\u{0C}" else { return }
        append(" ")
    }

    /// The collected text without trailing white space, cut to `limit` characters.
    var result: String {
        var out = text
        while let c = out.last, c == " " || c == "\n" { out.removeLast() }
        return out
    }

    private mutating func append(_ character: Character) {
        guard characters < limit else { return }
        text.append(character)
        characters += 1
        lastCharacter = character
    }

    private mutating func dropLast() {
        guard !text.isEmpty else { return }
        text.removeLast()
        characters -= 1
        lastCharacter = text.last
    }

    private mutating func trimTrailingSpace() {
        while let c = lastCharacter, c == " " || c == "\n" { dropLast() }
    }
}
