import BuktiCore

/// Lists the boxes inside a range of a file by reading their headers only (8 or 16 bytes each), so a
/// gigabyte of "mdat" costs one header read. Sizes that overrun the range, zero-length loops and
/// runaway counts become problems on the file; the walk then stops at what it could trust.
enum ISOBoxWalker {
    /// The most boxes listed at one level before giving up.
    static let maxBoxesPerLevel = 100_000

    /// The boxes in `range` of `source`; `depth` counts the parents above (checked against the options).
    /// `inside` names the parent for messages ("file", "moov").
    static func boxes(
        in range: Range<Int>, of source: any ByteSource, inside parent: String, depth: Int,
        facts: inout FileFacts, options: ExtractionOptions
    ) throws(ExtractionFailure) -> [ISOBox] {
        guard depth <= options.maxNestingDepth else {
            facts.add(.limitExceeded, "boxes nest deeper than \(options.maxNestingDepth) levels inside '\(parent)'")
            return []
        }
        let atTop = depth == 0
        var boxes: [ISOBox] = []
        var position = range.lowerBound
        while position < range.upperBound {
            try options.deadline.check()
            guard boxes.count < maxBoxesPerLevel else {
                facts.add(.limitExceeded, "more than \(maxBoxesPerLevel) boxes inside '\(parent)'")
                break
            }
            let available = range.upperBound - position
            guard available >= 8, let header = try read(source, position, 16, available) else {
                facts.add(atTop ? .truncated : .corrupt,
                          "box header at offset \(position) is cut off (\(available) bytes left in '\(parent)')")
                break
            }
            let fields = MediaBytes(header)
            let type = fields.fourCC(4) ?? "????"
            let code = fields.u32(4) ?? 0
            var headerSize = 8
            var size = Int(fields.u32(0) ?? 0)
            if size == 1 {
                guard let large = fields.u64(8), large <= UInt64(Int.max) else {
                    facts.add(.corrupt, "box '\(type)' at offset \(position) has an unreadable 64-bit size")
                    break
                }
                size = Int(large)
                headerSize = 16
            } else if size == 0 {
                size = available  // "to the end of the file" (or of the parent)
            }
            if type == "uuid" { headerSize += 16 }
            guard size >= headerSize else {
                facts.add(.corrupt, "box '\(type)' at offset \(position) claims \(size) bytes, less than its header")
                break
            }
            if size > available {
                facts.add(atTop ? .truncated : .corrupt,
                          "box '\(type)' at offset \(position) claims \(size) bytes but only \(available) remain in '\(parent)'")
                if headerSize <= available {
                    boxes.append(ISOBox(type: type, code: code, offset: position, headerSize: headerSize, size: available))
                }
                break
            }
            boxes.append(ISOBox(type: type, code: code, offset: position, headerSize: headerSize, size: size))
            position += size
        }
        return boxes
    }

    /// The content of a small box (at most `limit` bytes; larger boxes are a problem, not a big read).
    static func content(
        of box: ISOBox, in source: any ByteSource, limit: Int, facts: inout FileFacts
    ) throws(ExtractionFailure) -> MediaBytes? {
        guard box.contentSize <= limit else {
            facts.add(.limitExceeded, "box '\(box.type)' at offset \(box.offset) is \(box.contentSize) bytes, more than the \(limit) read")
            return nil
        }
        guard let bytes = try read(source, box.contentStart, box.contentSize, box.contentSize) else { return nil }
        return MediaBytes(bytes)
    }

    /// Up to `wanted` bytes at `offset`, no more than `available`; nil when nothing could be read.
    private static func read(
        _ source: any ByteSource, _ offset: Int, _ wanted: Int, _ available: Int
    ) throws(ExtractionFailure) -> [UInt8]? {
        do {
            let bytes = try source.read(at: offset, count: min(wanted, available))
            return bytes.isEmpty ? nil : bytes
        } catch {
            throw ExtractionFailure(.unreadable, error.description)
        }
    }
}
