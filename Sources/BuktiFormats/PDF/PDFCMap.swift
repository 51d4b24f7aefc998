/// A CMap as used by PDF fonts: a /ToUnicode map (codes -> text) or an embedded /Encoding CMap
/// (codes -> CIDs), plus the code space that says how many bytes each code takes (ISO 32000-1 §9.7.6, §9.10.3).
struct PDFCMap: Sendable, Equatable {
    /// One `begincodespacerange` entry: codes of `low.count` bytes whose every byte lies between the
    /// corresponding bytes of `low` and `high`.
    struct CodeSpace: Sendable, Equatable {
        var low: [UInt8]
        var high: [UInt8]
    }

    /// One `bfrange` in its incrementing form: `start` for `low`, the last UTF-16 unit incremented after.
    struct TextRange: Sendable, Equatable {
        var low: UInt32
        var high: UInt32
        var start: [UInt16]
    }

    /// One `cidrange`: CIDs `cid`, `cid + 1`, ... for codes `low`...`high`.
    struct CIDRange: Sendable, Equatable {
        var low: UInt32
        var high: UInt32
        var cid: UInt32
    }

    var codeSpaces: [CodeSpace] = []
    /// `bfchar` entries and the array form of `bfrange`, expanded.
    var text: [UInt32: String] = [:]
    var textRanges: [TextRange] = []
    var cids: [UInt32: UInt32] = [:]
    var cidRanges: [CIDRange] = []

    /// True when the CMap maps no code to text.
    var isEmptyTextMap: Bool { text.isEmpty && textRanges.isEmpty }

    /// The text for `code`, or nil when the CMap has none.
    func text(for code: UInt32) -> String? {
        if let t = text[code] { return t }
        // Later ranges win, as later definitions do in PostScript.
        for range in textRanges.reversed() where range.low <= code && code <= range.high {
            var units = range.start
            guard let last = units.last else { return nil }
            let offset = code - range.low
            guard offset <= 0xFFFF, UInt32(last) + offset <= 0xFFFF else { return nil }
            units[units.count - 1] = last + UInt16(offset)
            return PDFCMap.string(utf16: units)
        }
        return nil
    }

    /// The CID for `code` from `cidchar`/`cidrange`, or nil.
    func cid(for code: UInt32) -> UInt32? {
        if let c = cids[code] { return c }
        for range in cidRanges.reversed() where range.low <= code && code <= range.high {
            return range.cid &+ (code - range.low)
        }
        return nil
    }

    /// Splits `bytes` into codes by the code space; `fallbackLength` bytes per code when the CMap has
    /// no code space. A byte sequence matching no range takes the shortest range length, as pdf.js does.
    func codes(in bytes: [UInt8], fallbackLength: Int) -> [(code: UInt32, length: Int)] {
        let lengths = Set(codeSpaces.map(\.low.count)).sorted()
        var result: [(code: UInt32, length: Int)] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            var length = lengths.first ?? fallbackLength
            if !codeSpaces.isEmpty {
                for n in lengths where i + n <= bytes.count {
                    if codeSpaces.contains(where: { $0.low.count == n && $0.contains(bytes[i..<i + n]) }) {
                        length = n
                        break
                    }
                }
            }
            length = max(1, min(length, bytes.count - i))
            var code: UInt32 = 0
            for b in bytes[i..<i + length] { code = code << 8 | UInt32(b) }
            result.append((code, length))
            i += length
        }
        return result
    }

    /// UTF-16 code units as text; unpaired surrogates are dropped.
    static func string(utf16 units: [UInt16]) -> String {
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: return text
            case .error: continue
            }
        }
    }
}

extension PDFCMap.CodeSpace {
    /// True when each byte of `bytes` lies within this range's bounds for its position.
    func contains(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count == low.count else { return false }
        for (k, b) in bytes.enumerated() where b < low[k] || b > high[k] { return false }
        return true
    }
}
