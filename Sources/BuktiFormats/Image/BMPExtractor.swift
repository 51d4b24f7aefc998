import BuktiCore

/// BMP: width and height from the DIB header (BITMAPCOREHEADER's 16-bit fields or the 32-bit ones of
/// BITMAPINFOHEADER and later, where a negative height means rows stored top-down).
struct BMPExtractor: Extractor {
    var kinds: Set<FileKind> { [.bmp] }

    /// The size of BITMAPCOREHEADER (OS/2 1.x), the only header with 16-bit dimensions.
    static let coreHeaderSize: UInt32 = 12

    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let header = MediaBytes(try source.mediaRead(at: 0, count: 26), bigEndian: false)
        guard header.slice(0, 2) == Array("BM".utf8) else {
            throw ExtractionFailure(.corrupt, "file does not start with the BMP signature BM")
        }
        guard let declared = header.u32(2), let dibSize = header.u32(14) else {
            throw ExtractionFailure(.truncated, "BMP ends inside its file header")
        }
        let width: Int?
        let height: Int?
        if dibSize == Self.coreHeaderSize {
            width = header.u16(18).map(Int.init)
            height = header.u16(20).map(Int.init)
        } else {
            width = header.i32(18).map(Int.init)
            height = header.i32(22).map { abs(Int($0)) }
        }
        guard let width, let height else { throw ExtractionFailure(.truncated, "BMP ends inside its DIB header") }
        if width > 0, height > 0 {
            facts.width = width
            facts.height = height
        }
        if Int(declared) > source.size {
            facts.add(.truncated, "BMP header says \(declared) bytes but the file has \(source.size)")
        }
    }
}
