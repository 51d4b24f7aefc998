import BuktiCore

/// Byte surgery on real archives for the damaged-input tests: find the end record and the
/// central directory, and rewrite fields in place.
enum ZipTestBytes {
    static func uint32(_ bytes: [UInt8], _ at: Int) -> Int {
        Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }

    static func uint16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }

    static func put32(_ bytes: inout [UInt8], _ at: Int, _ value: Int) {
        for index in 0..<4 { bytes[at + index] = UInt8((value >> (8 * index)) & 0xFF) }
    }

    /// Offset of the end-of-central-directory record (last "PK\5\6").
    static func endRecord(_ bytes: [UInt8]) -> Int? {
        stride(from: bytes.count - 22, through: 0, by: -1).first {
            bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 5 && bytes[$0 + 3] == 6
        }
    }

    /// (central header offset, local header offset) of member `name`.
    static func headers(of name: String, in bytes: [UInt8]) -> (central: Int, local: Int)? {
        guard let end = endRecord(bytes) else { return nil }
        var offset = uint32(bytes, end + 16)
        for _ in 0..<uint16(bytes, end + 10) {
            let nameLength = uint16(bytes, offset + 28)
            let entry = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            if entry == name { return (offset, uint32(bytes, offset + 42)) }
            offset += 46 + nameLength + uint16(bytes, offset + 30) + uint16(bytes, offset + 32)
        }
        return nil
    }

    /// Claims `name` is `size` bytes uncompressed, in both its central and local header.
    static func declareSize(_ size: Int, of name: String, in bytes: inout [UInt8]) -> Bool {
        guard let (central, local) = headers(of: name, in: bytes) else { return false }
        put32(&bytes, central + 24, size)
        put32(&bytes, local + 22, size)
        return true
    }

    /// Sets the "encrypted" general-purpose flag on `name` in both headers.
    static func markEncrypted(_ name: String, in bytes: inout [UInt8]) -> Bool {
        guard let (central, local) = headers(of: name, in: bytes) else { return false }
        bytes[central + 8] |= 1
        bytes[local + 6] |= 1
        return true
    }
}

/// A source that counts the bytes read from it, to show archives are read by ranges.
final class CountingSource: ByteSource, @unchecked Sendable {
    let inner: MemorySource
    private(set) var bytesRead = 0

    init(_ bytes: [UInt8]) { inner = MemorySource(bytes) }

    var size: Int { inner.size }

    func read(at offset: Int, count: Int) throws(ByteSourceError) -> [UInt8] {
        let bytes = try inner.read(at: offset, count: count)
        bytesRead += bytes.count
        return bytes
    }
}
