import BuktiCore

/// GIF: the logical screen size from the header ("GIF87a"/"GIF89a", then two little-endian words).
struct GIFExtractor: Extractor {
    var kinds: Set<FileKind> { [.gif] }

    static let signatures = [Array("GIF87a".utf8), Array("GIF89a".utf8)]
    /// The byte that ends every complete GIF.
    static let trailer: UInt8 = 0x3B

    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let header = try source.mediaRead(at: 0, count: 10)
        guard Self.signatures.contains(Array(header.prefix(6))) else {
            throw ExtractionFailure(.corrupt, "file does not start with a GIF signature")
        }
        let screen = MediaBytes(header, bigEndian: false)
        guard let width = screen.u16(6), let height = screen.u16(8) else {
            throw ExtractionFailure(.truncated, "GIF ends inside its header")
        }
        if width > 0, height > 0 {
            facts.width = Int(width)
            facts.height = Int(height)
        }
        if try source.mediaRead(at: source.size - 1, count: 1) != [Self.trailer] {
            facts.add(.truncated, "GIF does not end with its trailer byte (0x3B)")
        }
    }
}
