/// The item tables of a HEIF "meta" box (ISO/IEC 23008-12 and 14496-12 8.11): which item is primary,
/// each item's type, where its bytes are (iloc) and which properties (ispe, irot) it has.
struct HEIFItems {
    var primary: UInt32?
    /// Item id -> item type ("hvc1", "av01", "grid", "Exif").
    var types: [UInt32: String] = [:]
    /// Item id -> location.
    var locations: [UInt32: Location] = [:]
    /// The property boxes of ipco in order (ipma indexes them from 1), as type and content.
    var properties: [(type: String, content: MediaBytes)] = []
    /// Item id -> 1-based property indexes.
    var associations: [UInt32: [Int]] = [:]

    /// Where an item's bytes are: construction method (0 = file offsets, 1 = idat) and extents.
    struct Location {
        var method: Int
        var baseOffset: UInt64
        var extents: [(offset: UInt64, length: UInt64)]
    }

    /// The properties of `item` with type `type`.
    func property(_ type: String, of item: UInt32) -> MediaBytes? {
        for index in associations[item] ?? [] where index >= 1 && index <= properties.count {
            if properties[index - 1].type == type { return properties[index - 1].content }
        }
        return nil
    }

    /// True when `item` has a property of `type`.
    func has(_ type: String, _ item: UInt32) -> Bool { property(type, of: item) != nil }
}

/// Reads big-endian fields in order from one box's content; every read fails softly at the end.
struct BoxCursor {
    let bytes: MediaBytes
    var position = 0

    init(_ bytes: MediaBytes, skip: Int = 0) {
        self.bytes = bytes
        position = skip
    }

    /// An unsigned integer of `width` bytes (0, 1, 2, 4 or 8; 0 reads nothing and gives 0).
    mutating func uint(_ width: Int) -> UInt64? {
        if width == 0 { return 0 }
        guard let value = bytes.uint(at: position, width: width) else { return nil }
        position += width
        return value
    }

    mutating func u8() -> UInt8? { uint(1).map { UInt8($0) } }
    mutating func u16() -> UInt16? { uint(2).map { UInt16($0) } }
    mutating func u32() -> UInt32? { uint(4).map { UInt32($0) } }

    mutating func fourCC() -> String? {
        guard let code = bytes.fourCC(position) else { return nil }
        position += 4
        return code
    }

    /// Version and flags of a full box.
    mutating func fullBoxHeader() -> (version: UInt8, flags: UInt32)? {
        guard let word = u32() else { return nil }
        return (UInt8(word >> 24), word & 0xFF_FFFF)
    }

    var remaining: Int { bytes.count - position }
}
