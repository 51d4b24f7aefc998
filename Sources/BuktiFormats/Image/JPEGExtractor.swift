import BuktiCore

/// JPEG: walks the marker segments from SOI up to the first SOS (image data is never read), taking the
/// size from any SOFn, EXIF from APP1 "Exif\0\0" and screenshot hints from APP1 XMP.
struct JPEGExtractor: Extractor {
    var kinds: Set<FileKind> { [.jpeg] }

    /// Start-of-frame markers: every SOFn except DHT (C4), JPG (C8) and DAC (CC).
    static let startOfFrame: Set<UInt8> = [0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF]
    /// Markers without a length field: TEM and RST0-7 (SOI and EOI are handled on their own).
    static let standalone: Set<UInt8> = [0x01, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7]
    static let exifSignature = Array("Exif\0\0".utf8)
    static let xmpSignature = Array("http://ns.adobe.com/xap/1.0/\0".utf8)
    /// The most segments read before the image data; real files have a dozen or two.
    static let maxSegments = 10_000
    /// XMP hints that a file carries an appended video (motion photo), so it need not end with EOI.
    static let trailerHints = ["MotionPhoto", "MicroVideo"]

    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let head = try source.mediaRead(at: 0, count: 2)
        guard head == [0xFF, 0xD8] else { throw ExtractionFailure(.corrupt, "file does not start with a JPEG SOI marker") }
        var evidence = ScreenshotEvidence()
        var exif: EXIFMetadata?
        var xmp: [UInt8] = []
        var position = 2
        var sawScan = false
        let problemsBefore = facts.problems.count
        segments: for index in 0..<Self.maxSegments {
            try options.deadline.check()
            guard let marker = try nextMarker(source, &position, &facts) else { break }
            if marker == 0xD9 { break }
            if Self.standalone.contains(marker) { continue }
            let lengthBytes = try source.mediaRead(at: position, count: 2)
            guard lengthBytes.count == 2 else {
                facts.add(.truncated, "JPEG ends inside the header of segment 0x\(hex(marker)) at offset \(position - 2)")
                break
            }
            let length = Int(lengthBytes[0]) << 8 | Int(lengthBytes[1])
            let content = position + 2
            guard length >= 2 else {
                facts.add(.corrupt, "JPEG segment 0x\(hex(marker)) at offset \(position - 2) has length \(length)")
                break
            }
            // A segment that runs past the end is still read for what it holds (IFD0 may be whole).
            let overruns = content + length - 2 > source.size
            if overruns {
                facts.add(.truncated, "JPEG segment 0x\(hex(marker)) at offset \(position - 2) claims \(length) bytes but the file ends first")
            }
            switch marker {
            case 0xDA:
                sawScan = true
                break segments
            case _ where Self.startOfFrame.contains(marker):
                let frame = MediaBytes(try source.mediaRead(at: content, count: 6))
                if let height = frame.u16(1), let width = frame.u16(3), width > 0 {
                    facts.width = facts.width ?? Int(width)
                    if height > 0 { facts.height = facts.height ?? Int(height) }
                }
            case 0xE1:
                let signature = try source.mediaRead(at: content, count: Self.xmpSignature.count)
                if exif == nil, signature.starts(with: Self.exifSignature) {
                    let tiff = content + Self.exifSignature.count
                    exif = try EXIFReader.read(SourceWindow(source, start: tiff, count: length - 2 - Self.exifSignature.count), options: options)
                } else if signature == Self.xmpSignature {
                    xmp = try source.mediaRead(at: content + signature.count, count: max(0, length - 2 - signature.count))
                }
            default:
                break
            }
            if overruns { break }
            position = content + length - 2
            if index == Self.maxSegments - 1 {
                facts.add(.limitExceeded, "JPEG has more than \(Self.maxSegments) segments before its image data")
            }
        }
        let walkFailed = facts.problems.count > problemsBefore
        if let exif {
            exif.apply(to: &facts)
            evidence.hasCamera = exif.hasCamera
            evidence.comments += [exif.text(.userComment)].compactMap { $0 }
        }
        evidence.comments += XMPComments.texts(in: xmp)
        if !sawScan && !walkFailed {
            facts.add(.truncated, "JPEG ends before its image data (no SOS marker)")
        } else if sawScan, try !endsWithEOI(source), !Self.trailerHints.contains(where: { String(decoding: xmp, as: UTF8.self).contains($0) }) {
            facts.add(.truncated, "JPEG does not end with an EOI marker; the image data is cut short")
        }
        evidence.software = facts.software
        evidence.width = facts.width
        evidence.height = facts.height
        facts.screenshot = evidence.verdict
    }

    /// Moves past fill bytes to the next marker; nil (with a problem) when the bytes are not a marker.
    private func nextMarker(_ source: any ByteSource, _ position: inout Int, _ facts: inout FileFacts) throws -> UInt8? {
        var fills = 0
        while true {
            let pair = try source.mediaRead(at: position, count: 2)
            guard pair.count == 2 else {
                facts.add(.truncated, "JPEG ends at offset \(position) before its image data")
                return nil
            }
            guard pair[0] == 0xFF else {
                facts.add(.corrupt, "expected a JPEG marker at offset \(position), found 0x\(hex(pair[0]))")
                return nil
            }
            position += pair[1] == 0xFF ? 1 : 2
            if pair[1] != 0xFF { return pair[1] }
            fills += 1
            if fills > 65_536 {
                facts.add(.corrupt, "JPEG has a run of more than 65536 fill bytes at offset \(position)")
                return nil
            }
        }
    }

    /// True when the file ends with EOI (FF D9), ignoring zero padding and Samsung's "SEFT" trailer.
    private func endsWithEOI(_ source: any ByteSource) throws -> Bool {
        var tail = try source.mediaRead(at: max(0, source.size - 64), count: 64)
        if tail.suffix(4) == Array("SEFT".utf8)[...] { return true }
        while tail.last == 0 { tail.removeLast() }
        return tail.suffix(2) == [0xFF, 0xD9]
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
