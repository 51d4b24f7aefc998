/// Bounds-checked little-endian reads from untrusted bytes: nil past the end instead of a trap.
struct OLE2Bytes {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    func u8(_ offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32? {
        guard offset >= 0, offset <= bytes.count - 4 else { return nil }
        var value: UInt32 = 0
        for i in (0..<4).reversed() { value = value << 8 | UInt32(bytes[offset + i]) }
        return value
    }

    func u64(_ offset: Int) -> UInt64? {
        guard offset >= 0, offset <= bytes.count - 8 else { return nil }
        var value: UInt64 = 0
        for i in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + i]) }
        return value
    }

    /// `count` bytes at `offset`, or nil when they run past the end.
    func slice(_ offset: Int, _ count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return bytes[offset..<offset + count]
    }

    /// UTF-16LE code units in `count` bytes at `offset` (a trailing odd byte is ignored).
    func utf16(_ offset: Int, byteCount: Int) -> [UInt16]? {
        guard let raw = slice(offset, byteCount) else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(byteCount / 2)
        var i = raw.startIndex
        while i + 1 < raw.endIndex {
            units.append(UInt16(raw[i]) | UInt16(raw[i + 1]) << 8)
            i += 2
        }
        return units
    }
}

extension String {
    /// Text from UTF-16 code units, cut at the first NUL (OLE2 names and property strings are
    /// NUL-terminated and often padded).
    init(ole2UTF16 units: some Collection<UInt16>) {
        self = String(decoding: units.prefix { $0 != 0 }, as: UTF16.self)
    }
}
