/// Bounds-checked integer reads from untrusted bytes in either byte order; every read returns nil
/// past the end instead of trapping, so a lying length can never crash a reader.
struct MediaBytes {
    let bytes: [UInt8]
    /// Motorola (big-endian) when true; Intel (little-endian) otherwise.
    var bigEndian: Bool

    init(_ bytes: [UInt8], bigEndian: Bool = true) {
        self.bytes = bytes
        self.bigEndian = bigEndian
    }

    var count: Int { bytes.count }

    /// The unsigned integer of `width` bytes at `offset`, or nil when it does not fit.
    func uint(at offset: Int, width: Int) -> UInt64? {
        guard offset >= 0, width >= 0, width <= 8, offset <= bytes.count - width else { return nil }
        var value: UInt64 = 0
        for i in 0..<width {
            let byte = UInt64(bytes[bigEndian ? offset + i : offset + width - 1 - i])
            value = value << 8 | byte
        }
        return value
    }

    func u8(_ offset: Int) -> UInt8? { uint(at: offset, width: 1).map { UInt8($0) } }
    func u16(_ offset: Int) -> UInt16? { uint(at: offset, width: 2).map { UInt16($0) } }
    func u32(_ offset: Int) -> UInt32? { uint(at: offset, width: 4).map { UInt32($0) } }
    func u64(_ offset: Int) -> UInt64? { uint(at: offset, width: 8) }
    func i32(_ offset: Int) -> Int32? { u32(offset).map { Int32(bitPattern: $0) } }

    /// `count` bytes at `offset`, or nil when they are not all there.
    func slice(_ offset: Int, _ count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return Array(bytes[offset..<offset + count])
    }

    /// The four bytes at `offset` as a four-character code ("ftyp", "IHDR"), or nil.
    func fourCC(_ offset: Int) -> String? {
        slice(offset, 4).map { FourCC.string($0) }
    }
}

/// Four-character codes as text: printable ISO 8859-1 kept (so QuickTime's "\u{A9}xyz" reads as "©xyz"),
/// anything else shown as "?".
enum FourCC {
    static func string(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let printable = (0x20...0x7E).contains(byte) || (0xA0...0xFF).contains(byte)
            scalars.append(Unicode.Scalar(printable ? byte : UInt8(ascii: "?")))
        }
        return String(scalars)
    }
}
