@testable import BuktiFormats

/// The TIFF data of a fixture's EXIF and the places of its IFD0 entries, for patching in tests.
struct EXIFTestTIFF {
    var bytes: [UInt8]
    let bigEndian: Bool

    /// The TIFF data that follows "Exif\0\0" in a JPEG.
    init?(jpeg: [UInt8]) {
        guard let signature = jpeg.offset(of: "Exif\0\0") else { return nil }
        bytes = Array(jpeg[(signature + 6)...])
        bigEndian = bytes[0] == 0x4D
    }

    var ifd0: Int { Int(bytes.get(at: 4, width: 4, bigEndian: bigEndian)) }

    /// The offset of the 12-byte entry for `tag` in the IFD at `ifd`.
    func entry(_ tag: UInt16, inIFDAt ifd: Int) -> Int? {
        let count = Int(bytes.get(at: ifd, width: 2, bigEndian: bigEndian))
        return (0..<count).map { ifd + 2 + 12 * $0 }.first {
            bytes.get(at: $0, width: 2, bigEndian: bigEndian) == UInt64(tag)
        }
    }

    /// Sets the value/offset field of the entry for `tag` in IFD0.
    mutating func setValue(_ value: UInt32, of tag: UInt16) {
        guard let entry = entry(tag, inIFDAt: ifd0) else { return }
        bytes.put(UInt64(value), at: entry + 8, width: 4, bigEndian: bigEndian)
    }

    /// Sets the count field of the entry for `tag` in IFD0.
    mutating func setCount(_ value: UInt32, of tag: UInt16) {
        guard let entry = entry(tag, inIFDAt: ifd0) else { return }
        bytes.put(UInt64(value), at: entry + 4, width: 4, bigEndian: bigEndian)
    }
}
