import BuktiCore

/// ASCIIHexDecode (ISO 32000-1 §7.4.2): hex digits up to `>`, white space ignored, odd digit padded.
enum PDFASCIIHex {
    static func decode(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count / 2)
        var high: UInt8?
        for c in data {
            if c == 0x3E { break }
            guard let v = PDFCharacter.hexValue(c) else { continue }
            if let h = high {
                out.append(h << 4 | v)
                high = nil
            } else {
                high = v
            }
        }
        if let h = high { out.append(h << 4) }
        return out
    }
}

/// ASCII85Decode (ISO 32000-1 §7.4.3): groups of five base-85 digits, `z` for four zeros, `~>` ends,
/// a final partial group padded with `u`; a leading `<~` and white space are ignored.
enum PDFASCII85 {
    static func decode(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count * 4 / 5)
        var group: [UInt32] = []
        var i = 0
        if data.count >= 2, data[0] == 0x3C, data[1] == 0x7E { i = 2 }
        while i < data.count {
            let c = data[i]
            i += 1
            if c == 0x7E { break }
            if PDFCharacter.isWhitespace(c) { continue }
            if c == 0x7A && group.isEmpty {
                out.append(contentsOf: [0, 0, 0, 0])
                continue
            }
            guard c >= 0x21 && c <= 0x75 else { continue }
            group.append(UInt32(c - 0x21))
            if group.count == 5 {
                append(group, count: 4, to: &out)
                group.removeAll(keepingCapacity: true)
            }
        }
        if group.count > 1 {
            let n = group.count - 1
            while group.count < 5 { group.append(84) }
            append(group, count: n, to: &out)
        }
        return out
    }

    /// The first `count` bytes of the 32-bit value of five base-85 digits (overflow wraps, as in pdf.js).
    private static func append(_ group: [UInt32], count: Int, to out: inout [UInt8]) {
        var v: UInt32 = 0
        for d in group { v = v &* 85 &+ d }
        for k in 0..<count { out.append(UInt8(truncatingIfNeeded: v >> (24 - 8 * UInt32(k)))) }
    }
}

/// RunLengthDecode (ISO 32000-1 §7.4.5): a length byte then literal bytes or one repeated byte; 128 ends.
enum PDFRunLength {
    static func decode(_ data: [UInt8], limit: Int) throws(ExtractionFailure) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < data.count {
            let n = Int(data[i])
            i += 1
            if n == 128 { break }
            if n < 128 {
                let end = min(data.count, i + n + 1)
                out.append(contentsOf: data[i..<end])
                i = end
            } else {
                guard i < data.count else { break }
                out.append(contentsOf: repeatElement(data[i], count: 257 - n))
                i += 1
            }
            if out.count > limit { throw PDFFlate.tooLarge(limit) }
        }
        return out
    }
}
