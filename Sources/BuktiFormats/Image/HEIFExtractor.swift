import BuktiCore

/// HEIC, HEIF and AVIF: the primary item's size (ispe) and rotation (irot) from the "meta" box, and
/// EXIF from the "Exif" item located through iloc; the coded image data is never read.
struct HEIFExtractor: Extractor {
    var kinds: Set<FileKind> { [.heic] }

    /// EXIF orientation for irot's anticlockwise quarter turns (0, 90, 180, 270 degrees).
    static let orientationForRotation = [1, 8, 3, 6]

    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let top = try ISOBoxWalker.boxes(
            in: 0..<source.size, of: source, inside: "file", depth: 0, facts: &facts, options: options)
        guard let meta = top.first(where: { $0.type == "meta" }) else {
            throw ExtractionFailure(facts.has(.truncated) ? .truncated : .corrupt, "no 'meta' box: the HEIF item tables are missing")
        }
        // meta is a full box: 4 bytes of version and flags before its children.
        let children = try ISOBoxWalker.boxes(
            in: min(meta.contentStart + 4, meta.end)..<meta.end, of: source, inside: "meta", depth: 1,
            facts: &facts, options: options)
        let items = try HEIFItemParser.parse(meta: children, source: source, facts: &facts, options: options)
        if let primary = items.primary {
            if let ispe = items.property("ispe", of: primary), let width = ispe.u32(4), let height = ispe.u32(8),
                width > 0, height > 0 {
                facts.width = Int(width)
                facts.height = Int(height)
            }
            try readExif(items, source, &facts, options)
            // irot is used only when EXIF gave no orientation and no mirroring complicates it.
            if facts.orientation == nil, !items.has("imir", primary), let angle = items.property("irot", of: primary)?.u8(0) {
                facts.orientation = Self.orientationForRotation[Int(angle & 3)]
            }
        } else {
            facts.add(.corrupt, "HEIF file names no primary item ('pitm' box missing)")
        }
    }

    /// The first "Exif" item: a 4-byte offset to the TIFF header, then the EXIF data (one file extent).
    private func readExif(
        _ items: HEIFItems, _ source: any ByteSource, _ facts: inout FileFacts, _ options: ExtractionOptions
    ) throws(ExtractionFailure) {
        guard let id = items.types.filter({ $0.value == "Exif" }).keys.min() else { return }
        guard let location = items.locations[id], let extent = location.extents.first else {
            return facts.add(.corrupt, "HEIF Exif item \(id) has no location in 'iloc'")
        }
        guard location.method == 0, location.extents.count == 1 else {
            return facts.add(.unsupported, "HEIF Exif item \(id) is stored in a way bukti does not read (construction method \(location.method), \(location.extents.count) extents)")
        }
        let (start, overflow) = location.baseOffset.addingReportingOverflow(extent.offset)
        guard !overflow, start < UInt64(source.size), extent.length <= UInt64(source.size) - start else {
            return facts.add(.corrupt, "HEIF Exif item \(id) points outside the file (offset \(start), \(extent.length) bytes)")
        }
        // An extent length of 0 means "to the end of the file".
        let length = extent.length == 0 ? source.size - Int(start) : Int(extent.length)
        guard let skip = MediaBytes(try source.mediaRead(at: Int(start), count: 4)).u32(0), Int(skip) <= length - 4 else {
            return facts.add(.corrupt, "HEIF Exif item \(id) has a bad TIFF header offset")
        }
        let window = SourceWindow(source, start: Int(start) + 4 + Int(skip), count: length - 4 - Int(skip))
        try EXIFReader.read(window, options: options).apply(to: &facts)
    }
}
