import BuktiCore
import Foundation

/// PNG: IHDR size, text chunks (Software, Creation Time, descriptions, XMP), EXIF from eXIf; walks
/// chunk headers only, never reading image data, and checks each length against the file.
struct PNGExtractor: Extractor {
    var kinds: Set<FileKind> { [.png] }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let textChunks: Set<String> = ["tEXt", "zTXt", "iTXt"]
    /// The most bytes read from one text chunk, and the most inflated from a compressed one.
    static let maxTextBytes = 1 << 20
    /// The most chunks walked (a 1 GB PNG in 8 KB IDAT chunks has about 130,000).
    static let maxChunks = 1_000_000
    /// Text keywords that describe the picture (a "Screenshot" value marks a screen capture).
    static let commentKeywords: Set<String> = ["description", "comment", "title"]
    static let xmpKeyword = "XML:com.adobe.xmp"

    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        guard try source.mediaRead(at: 0, count: 8) == Self.signature else {
            throw ExtractionFailure(.corrupt, "file does not start with the PNG signature")
        }
        var evidence = ScreenshotEvidence()
        var position = 8
        var sawEnd = false
        var walkFailed = false
        for index in 0..<Self.maxChunks {
            try options.deadline.check()
            let header = MediaBytes(try source.mediaRead(at: position, count: 8))
            guard let length = header.u32(0), let type = header.fourCC(4) else {
                facts.add(.truncated, "PNG ends inside the chunk header at offset \(position)")
                walkFailed = true
                break
            }
            let remaining = source.size - position - 12
            guard length <= 0x7FFF_FFFF, Int(length) <= remaining else {
                facts.add(length <= 0x7FFF_FFFF ? .truncated : .corrupt,
                          "PNG chunk '\(type)' at offset \(position) claims \(length) bytes but only \(max(0, remaining)) remain")
                walkFailed = true
                break
            }
            let data = position + 8
            switch type {
            case "IHDR":
                let ihdr = MediaBytes(try source.mediaRead(at: data, count: 8))
                if let width = ihdr.u32(0), let height = ihdr.u32(4), width > 0, height > 0 {
                    facts.width = Int(width)
                    facts.height = Int(height)
                }
            case "eXIf":
                let exif = try EXIFReader.read(SourceWindow(source, start: data, count: Int(length)), options: options)
                exif.apply(to: &facts)
                evidence.hasCamera = evidence.hasCamera || exif.hasCamera
                evidence.comments += [exif.text(.userComment)].compactMap { $0 }
            case _ where Self.textChunks.contains(type):
                guard length <= Self.maxTextBytes else {
                    facts.add(.limitExceeded, "PNG \(type) chunk at offset \(position) is \(length) bytes, more than the \(Self.maxTextBytes) read")
                    break
                }
                let body = try source.mediaRead(at: data, count: Int(length))
                guard let chunk = PNGTextChunk.decode(type: type, body, limit: Self.maxTextBytes) else {
                    facts.add(.corrupt, "PNG \(type) chunk at offset \(position) cannot be decoded")
                    break
                }
                take(chunk, into: &facts, evidence: &evidence)
            case "IEND":
                sawEnd = true
            default:
                break
            }
            if sawEnd { break }
            position = data + Int(length) + 4  // the CRC is not checked
            if index == Self.maxChunks - 1 {
                facts.add(.limitExceeded, "PNG has more than \(Self.maxChunks) chunks")
                walkFailed = true
            }
        }
        if !sawEnd && !walkFailed {
            facts.add(.truncated, "PNG ends before its IEND chunk")
        }
        evidence.software = facts.software
        evidence.width = facts.width
        evidence.height = facts.height
        facts.screenshot = evidence.verdict
    }

    /// Files the keywords bukti knows: Software, Creation Time, descriptions and XMP.
    private func take(_ chunk: PNGTextChunk, into facts: inout FileFacts, evidence: inout ScreenshotEvidence) {
        let value = chunk.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return }
        switch chunk.keyword {
        case "Software":
            facts.software = value
        case "Creation Time":
            facts.created = facts.created ?? PNGCreationTime.iso8601(value)
        case Self.xmpKeyword:
            evidence.comments += XMPComments.texts(in: Array(chunk.text.utf8))
        case _ where Self.commentKeywords.contains(chunk.keyword.lowercased()):
            evidence.comments.append(value)
        default:
            break
        }
    }
}
