/// What the bytes at the start of a file say it is: a final kind, or a container to look inside.
public enum Identification: Sendable, Hashable {
    case kind(FileKind)
    case container(Container)
}

/// One row of the signature table: byte patterns that must all match, and what a match means.
/// Like exiftool's `%magicNumber`, a signature is a cheap pre-test; readers check structure properly.
public struct Signature: Sendable {
    /// What a match means.
    public var result: SignatureResult
    /// Patterns that must all match the file's prefix.
    public var patterns: [BytePattern]
    /// Where this signature comes from (for readers of the table).
    public var note: String

    public init(_ note: String, _ result: SignatureResult, _ patterns: [BytePattern]) {
        self.note = note
        self.result = result
        self.patterns = patterns
    }

    /// True when every pattern matches `prefix`.
    func matches(_ prefix: [UInt8]) -> Bool { patterns.allSatisfy { $0.matches(prefix) } }
}

/// What a matching signature means, when bytes alone settle it or a small structural check must follow.
public enum SignatureResult: Sendable, Equatable {
    /// The patterns are enough.
    case identifies(Identification)
    /// A Windows bitmap, if the header fields are plausible ("BM" alone is too weak: it starts plain text).
    case bitmap
    /// An ISO base media file (`ftyp` box): the brands decide HEIF, MP4 or QuickTime (`ISOBrands`).
    case isoMedia
    /// An old QuickTime file that opens with a `moov`/`mdat`/`wide`/`free` atom instead of `ftyp`.
    case quickTimeAtom
}

/// Bytes expected at a fixed offset, or anywhere in a window near the start.
public struct BytePattern: Sendable, Equatable {
    public var bytes: [UInt8]
    /// Offsets at which `bytes` may start (a single offset for most magic numbers).
    public var offsets: Range<Int>

    /// `bytes` exactly at `offset`.
    public static func at(_ offset: Int, _ bytes: [UInt8]) -> BytePattern {
        BytePattern(bytes: bytes, offsets: offset..<offset + 1)
    }

    /// ASCII `text` exactly at `offset`.
    public static func at(_ offset: Int, _ text: String) -> BytePattern { at(offset, Array(text.utf8)) }

    /// ASCII `text` starting anywhere in `window` (e.g. `%PDF-` after a mail gateway's junk header).
    public static func within(_ window: Range<Int>, _ text: String) -> BytePattern {
        BytePattern(bytes: Array(text.utf8), offsets: window)
    }

    /// True when `bytes` occur in `prefix` starting at one of `offsets`.
    func matches(_ prefix: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return true }
        let lastStart = min(offsets.upperBound - 1, prefix.count - bytes.count)
        guard lastStart >= offsets.lowerBound else { return false }
        for start in offsets.lowerBound...lastStart where prefix[start] == bytes[0] {
            if prefix[start..<start + bytes.count].elementsEqual(bytes) { return true }
        }
        return false
    }
}
