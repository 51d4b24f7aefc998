import BuktiCore

/// Collects the text of a PowerPoint 97–2003 presentation ([MS-PPT]): the text atoms of the
/// slide list (placeholder text) and of the slides' own text boxes, skipping masters, notes and
/// handouts, whose text is template boilerplate rather than content.
struct PowerPointText {
    static let streamName = "PowerPoint Document"
    static let headerLength = 8
    static let containerVersion: UInt16 = 0xF
    /// TextCharsAtom (UTF-16LE) and TextBytesAtom (the low bytes of UTF-16).
    static let textChars: UInt16 = 0x0FA0
    static let textBytes: UInt16 = 0x0FA8
    static let slideListWithText: UInt16 = 0x0FF0
    /// MainMaster, Notes, Handout.
    static let skippedContainers: Set<UInt16> = [0x03F8, 0x03F0, 0x0FC9]
    /// Paragraph and line breaks inside a text atom.
    static let breaks: Set<UInt16> = [0x0D, 0x0B]

    let limit: Int
    let maxDepth: Int
    private(set) var units: [UInt16] = []

    init(limit: Int, maxDepth: Int) {
        self.limit = limit
        self.maxDepth = maxDepth
    }

    /// Walks the records of `stream` (containers recursively, to `maxDepth`).
    mutating func read(_ stream: [UInt8], options: ExtractionOptions) throws(ExtractionFailure) {
        let raw = OLE2Bytes(stream)
        var pending: [(start: Int, end: Int, depth: Int)] = [(0, stream.count, 0)]
        var visited = 0
        while let (start, end, depth) = pending.popLast() {
            var at = start
            var children: [(Int, Int, Int)] = []
            while at + Self.headerLength <= end, units.count < limit {
                visited += 1
                if visited & 1023 == 0 { try options.deadline.check() }
                guard let head = raw.u16(at), let type = raw.u16(at + 2), let length = raw.u32(at + 4).map(Int.init),
                      length <= end - at - Self.headerLength
                else { break }
                let body = at + Self.headerLength
                if head & 0xF == Self.containerVersion {
                    let instance = head >> 4
                    let skip = Self.skippedContainers.contains(type) || (type == Self.slideListWithText && instance != 0)
                    if !skip, depth < maxDepth { children.append((body, body + length, depth + 1)) }
                } else if type == Self.textChars {
                    append(raw.utf16(body, byteCount: length) ?? [])
                } else if type == Self.textBytes, let bytes = raw.slice(body, length) {
                    append(bytes.map(UInt16.init))
                }
                at = body + length
            }
            // Depth-first in stream order: the first child is handled next.
            pending.append(contentsOf: children.reversed())
        }
    }

    /// Adds one text atom as its own line.
    private mutating func append(_ atom: [UInt16]) {
        guard !atom.isEmpty, units.count < limit else { return }
        if !units.isEmpty { units.append(0x0A) }
        units.append(contentsOf: atom.map { Self.breaks.contains($0) ? 0x0A : $0 })
        if units.count > limit { units.removeLast(units.count - limit) }
    }

    var text: String { String(decoding: units, as: UTF16.self) }
}
