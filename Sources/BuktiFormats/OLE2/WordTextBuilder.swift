/// Turns Word's stored characters into plain text: paragraph and cell marks become line breaks
/// and tabs, fields keep only their displayed result, anchors for objects and notes disappear.
struct WordTextBuilder {
    /// Special characters ([MS-DOC] 2.8.25) and what replaces them; an empty array drops the character.
    static let replacements: [UInt16: [UInt16]] = [
        0x0D: [0x0A],  // paragraph end
        0x0B: [0x0A],  // line break
        0x0C: [0x0C],  // page or section break: kept as a form feed
        0x0E: [0x0A],  // column break
        0x01: [],  // picture anchor
        0x08: [],  // drawing object anchor
        0x02: [],  // footnote/endnote reference
        0x05: [],  // annotation reference
        0x1F: [],  // optional hyphen
        0x1E: [0x2D],  // non-breaking hyphen
    ]
    static let cellMark: UInt16 = 0x07
    static let fieldBegin: UInt16 = 0x13
    static let fieldSeparator: UInt16 = 0x14
    static let fieldEnd: UInt16 = 0x15
    static let tab: UInt16 = 0x09
    static let newline: UInt16 = 0x0A

    private(set) var units: [UInt16] = []
    /// One flag per open field: true while in its instruction (before the separator).
    private var fields: [Bool] = []
    private var previous: UInt16 = 0
    let limit: Int
    let maxNesting: Int

    init(limit: Int, maxNesting: Int) {
        self.limit = limit
        self.maxNesting = maxNesting
    }

    var isFull: Bool { units.count >= limit }

    /// Adds one stored character; `rowEnd` says whether a cell mark closes a table row (nil when
    /// unknown: then a mark right after another is taken for the row end). False once the text
    /// has reached its limit.
    mutating func append(_ unit: UInt16, rowEnd: Bool? = nil) -> Bool {
        defer { previous = unit }
        switch unit {
        case Self.fieldBegin:
            if fields.count < maxNesting { fields.append(true) }
            return true
        case Self.fieldSeparator:
            if !fields.isEmpty { fields[fields.count - 1] = false }
            return true
        case Self.fieldEnd:
            _ = fields.popLast()
            return true
        default:
            break
        }
        if fields.contains(true) { return true }
        if unit == Self.cellMark {
            if rowEnd ?? (previous == Self.cellMark) {
                // The last cell's tab gives way to the row's line break.
                if units.last == Self.tab { units.removeLast() }
                units.append(Self.newline)
            } else {
                units.append(Self.tab)
            }
        } else if let replacement = Self.replacements[unit] {
            units.append(contentsOf: replacement)
        } else {
            units.append(unit)
        }
        if units.count > limit { units.removeLast(units.count - limit) }
        return !isFull
    }

    /// The text so far.
    var text: String { String(decoding: units, as: UTF16.self) }
}
