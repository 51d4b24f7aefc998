/// Decides what a file is from the first bytes of its content, never from its name.
///
/// The signature table is tried first (exact magic numbers, then the loose PDF search); a file that
/// matches nothing is `text` when its prefix is clean UTF-8 or BOM-marked UTF-16, else `unknown`.
public struct Identifier: Sendable {
    /// How many bytes to read from the start of a file before calling `identify`.
    public static let prefixLength = 4096

    public var signatures: [Signature]

    public init(signatures: [Signature] = SignatureTable.all) { self.signatures = signatures }

    /// What `prefix` (the first `prefixLength` bytes, or the whole file when shorter) says the file is.
    /// - Parameter size: the whole file's size, for header fields that state it and to know whether the
    ///   prefix was cut short.
    public func identify(prefix: [UInt8], size: Int) -> Identification {
        for signature in signatures where signature.matches(prefix) {
            if let found = resolve(signature.result, prefix: prefix, size: size) { return found }
        }
        return TextSniffer.isText(prefix, isWholeFile: prefix.count >= size) ? .kind(.text) : .kind(.unknown)
    }

    /// The identification a matched signature stands for, or nil when its structural check fails.
    private func resolve(_ result: SignatureResult, prefix: [UInt8], size: Int) -> Identification? {
        switch result {
        case .identifies(let identification): identification
        case .bitmap: Self.isPlausibleBitmap(prefix, size: size) ? .kind(.bmp) : nil
        case .isoMedia: .kind(Self.isoMediaKind(prefix))
        case .quickTimeAtom: Self.isPlausibleAtom(prefix, size: size) ? .kind(.mov) : nil
        }
    }

    /// Header sizes of the BITMAPINFOHEADER family (core, OS/2 v2, info, v2, v3, v4, v5).
    static let bitmapHeaderSizes: Set<UInt32> = [12, 16, 40, 52, 56, 64, 108, 124]

    /// True when a "BM" file has a known DIB header size and a pixel offset inside the file.
    static func isPlausibleBitmap(_ prefix: [UInt8], size: Int) -> Bool {
        guard let pixelOffset = littleEndian32(prefix, at: 10), let headerSize = littleEndian32(prefix, at: 14)
        else { return false }
        return bitmapHeaderSizes.contains(headerSize) && Int(pixelOffset) >= 14 + Int(headerSize)
            && Int(pixelOffset) <= size
    }

    /// The kind an `ftyp` box names: the major brand when known, else the first known compatible brand.
    static func isoMediaKind(_ prefix: [UInt8]) -> FileKind {
        guard let major = brand(prefix, at: 8) else { return .unknown }
        if let kind = ISOBrands.kinds[major] { return kind }
        let boxEnd = min(Int(bigEndian32(prefix, at: 0) ?? 0), prefix.count)
        var offset = 16
        while offset + 4 <= boxEnd {
            if let compatible = brand(prefix, at: offset), let kind = ISOBrands.kinds[compatible] { return kind }
            offset += 4
        }
        return .unknown
    }

    /// True when the first atom's size is one QuickTime allows: 0 (to end of file), 1 (64-bit size
    /// follows) or a length from 8 up to the file's size.
    static func isPlausibleAtom(_ prefix: [UInt8], size: Int) -> Bool {
        guard let atomSize = bigEndian32(prefix, at: 0) else { return false }
        return atomSize == 0 || atomSize == 1 || (atomSize >= 8 && Int(atomSize) <= size)
    }

    static func brand(_ prefix: [UInt8], at offset: Int) -> String? {
        guard offset + 4 <= prefix.count else { return nil }
        return String(validating: prefix[offset..<offset + 4], as: UTF8.self)
    }

    static func littleEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }

    static func bigEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(0) { $0 << 8 | UInt32(bytes[offset + $1]) }
    }
}
