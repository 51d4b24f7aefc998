import BuktiCore

/// WebP: RIFF chunks; size from VP8 (lossy frame header), VP8L (lossless, 14-bit fields) or VP8X (canvas),
/// EXIF from the "EXIF" chunk and screenshot hints from "XMP ".
struct WebPExtractor: Extractor {
    var kinds: Set<FileKind> { [.webp] }

    /// The most chunks walked (animations have one per frame).
    static let maxChunks = 100_000
    /// Some writers put the JPEG APP1 signature in front of the TIFF header.
    static let exifPrefix = Array("Exif\0\0".utf8)
    static let vp8StartCode: [UInt8] = [0x9D, 0x01, 0x2A]
    static let vp8lSignature: UInt8 = 0x2F

    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let riff = MediaBytes(try source.mediaRead(at: 0, count: 12), bigEndian: false)
        guard riff.slice(0, 4) == Array("RIFF".utf8), riff.slice(8, 4) == Array("WEBP".utf8),
            let declared = riff.u32(4)
        else { throw ExtractionFailure(.corrupt, "file does not start with a RIFF WEBP header") }
        var end = source.size
        if Int(declared) + 8 > source.size {
            facts.add(.truncated, "WebP RIFF header says \(Int(declared) + 8) bytes but the file has \(source.size)")
        } else {
            end = Int(declared) + 8
        }
        var evidence = ScreenshotEvidence()
        var position = 12
        var chunks = 0
        while position + 8 <= end {
            try options.deadline.check()
            chunks += 1
            guard chunks <= Self.maxChunks else {
                facts.add(.limitExceeded, "WebP has more than \(Self.maxChunks) chunks")
                break
            }
            let header = MediaBytes(try source.mediaRead(at: position, count: 8), bigEndian: false)
            guard let type = header.fourCC(0), let length = header.u32(4) else { break }
            let data = position + 8
            guard Int(length) <= end - data else {
                facts.add(.truncated, "WebP chunk '\(type)' at offset \(position) claims \(length) bytes but only \(end - data) remain")
                break
            }
            try read(type, at: data, length: Int(length), source, &facts, &evidence, options)
            position = data + Int(length) + Int(length & 1)  // chunks are padded to even sizes
        }
        evidence.software = facts.software
        evidence.width = facts.width
        evidence.height = facts.height
        facts.screenshot = evidence.verdict
    }

    private func read(
        _ type: String, at data: Int, length: Int, _ source: any ByteSource, _ facts: inout FileFacts,
        _ evidence: inout ScreenshotEvidence, _ options: ExtractionOptions
    ) throws(ExtractionFailure) {
        switch type {
        case "VP8X":
            // Flags (1 byte), reserved (3), then canvas width-1 and height-1 as 24-bit little-endian.
            let body = MediaBytes(try source.mediaRead(at: data, count: 10), bigEndian: false)
            if let width = body.uint(at: 4, width: 3), let height = body.uint(at: 7, width: 3) {
                setSize(Int(width) + 1, Int(height) + 1, &facts)
            }
        case "VP8 ":
            // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height (2 scale bits).
            let body = MediaBytes(try source.mediaRead(at: data, count: 10), bigEndian: false)
            if body.slice(3, 3) == Self.vp8StartCode, let width = body.u16(6), let height = body.u16(8) {
                setSize(Int(width & 0x3FFF), Int(height & 0x3FFF), &facts)
            }
        case "VP8L":
            // Signature 0x2F, then width-1 and height-1 packed as two 14-bit fields.
            let body = MediaBytes(try source.mediaRead(at: data, count: 5), bigEndian: false)
            if body.u8(0) == Self.vp8lSignature, let bits = body.u32(1) {
                setSize(Int(bits & 0x3FFF) + 1, Int((bits >> 14) & 0x3FFF) + 1, &facts)
            }
        case "EXIF":
            let prefix = try source.mediaRead(at: data, count: Self.exifPrefix.count)
            let skip = prefix == Self.exifPrefix ? prefix.count : 0
            let exif = try EXIFReader.read(SourceWindow(source, start: data + skip, count: length - skip), options: options)
            exif.apply(to: &facts)
            evidence.hasCamera = evidence.hasCamera || exif.hasCamera
            evidence.comments += [exif.text(.userComment)].compactMap { $0 }
        case "XMP ":
            guard length <= XMPComments.maxBytes else { return }
            evidence.comments += XMPComments.texts(in: try source.mediaRead(at: data, count: length))
        default:
            break
        }
    }

    /// The canvas (VP8X) wins over the first frame's size.
    private func setSize(_ width: Int, _ height: Int, _ facts: inout FileFacts) {
        guard facts.width == nil, width > 0, height > 0 else { return }
        facts.width = width
        facts.height = height
    }
}
