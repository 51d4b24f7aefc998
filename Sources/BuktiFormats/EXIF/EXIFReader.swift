import BuktiCore

/// Reads the TIFF structure behind EXIF (JPEG APP1, TIFF files, PNG eXIf, WebP EXIF, the HEIC Exif item):
/// IFD0, then the Exif and GPS sub-IFDs it points to, decoding only the tags in `EXIFTag.table`.
/// Damage becomes problems on the result; loops, lying counts and wild offsets are all bounded.
struct EXIFReader {
    /// The most entries read from one IFD; real ones hold a few dozen.
    static let maxEntries = 4_096
    /// The most bytes read for one text or comment value.
    static let maxValueBytes = 4_096
    /// The most strip or tile offsets read (a 100-megapixel TIFF in 8-row strips has about 1,500).
    static let maxArrayValues = 65_536
    /// TIFF magic numbers after the byte-order mark: TIFF, Olympus ORF ("RO", "RS") and Panasonic RW2.
    static let magicNumbers: Set<UInt16> = [42, 0x4F52, 0x5352, 0x55]
    static let bigTIFFMagic: UInt16 = 43

    let window: SourceWindow
    let options: ExtractionOptions
    private var result = EXIFMetadata()
    private var bigEndian = false

    /// Reads the EXIF data in `window` (which starts at the TIFF header: "II*\0" or "MM\0*").
    static func read(_ window: SourceWindow, options: ExtractionOptions) throws(ExtractionFailure) -> EXIFMetadata {
        var reader = EXIFReader(window: window, options: options)
        try reader.run()
        return reader.result
    }

    private init(window: SourceWindow, options: ExtractionOptions) {
        self.window = window
        self.options = options
    }

    private mutating func run() throws(ExtractionFailure) {
        guard let header = try bytes(0, 8) else {
            return problem(.truncated, "EXIF data is \(window.count) bytes, too short for a TIFF header")
        }
        switch (header[0], header[1]) {
        case (0x49, 0x49): bigEndian = false
        case (0x4D, 0x4D): bigEndian = true
        default: return problem(.corrupt, "EXIF data does not start with a TIFF byte-order mark (II or MM)")
        }
        result.bigEndian = bigEndian
        let fields = MediaBytes(header, bigEndian: bigEndian)
        let magic = fields.u16(2) ?? 0
        if magic == Self.bigTIFFMagic { return problem(.unsupported, "BigTIFF EXIF data is not read") }
        guard Self.magicNumbers.contains(magic) else {
            return problem(.corrupt, "EXIF TIFF header has magic number \(magic) instead of 42")
        }
        var pending: [(offset: Int, directory: EXIFTag.Directory)] = [(Int(fields.u32(4) ?? 0), .ifd0)]
        var visited: Set<Int> = []
        while let (offset, directory) = pending.popLast() {
            try options.deadline.check()
            guard visited.count < options.maxChainLength else {
                return problem(.limitExceeded, "EXIF has more than \(options.maxChainLength) IFDs")
            }
            guard visited.insert(offset).inserted else {
                problem(.corrupt, "EXIF \(directory.rawValue) at offset \(offset) was already read (the IFDs form a loop)")
                continue
            }
            pending += try readDirectory(at: offset, directory)
        }
    }

    /// Reads one IFD's entries into `result`; returns the sub-IFDs it points to.
    private mutating func readDirectory(
        at offset: Int, _ directory: EXIFTag.Directory
    ) throws(ExtractionFailure) -> [(offset: Int, directory: EXIFTag.Directory)] {
        guard let countBytes = try bytes(offset, 2) else {
            problem(.corrupt, "EXIF \(directory.rawValue) offset \(offset) is outside the \(window.count)-byte EXIF data")
            return []
        }
        let listed = Int(MediaBytes(countBytes, bigEndian: bigEndian).u16(0) ?? 0)
        let fitting = min(listed, (window.count - offset - 2) / 12, Self.maxEntries)
        if fitting < listed {
            problem(.truncated, "EXIF \(directory.rawValue) at offset \(offset) lists \(listed) entries but only \(fitting) fit in the data")
        }
        guard fitting > 0, let raw = try bytes(offset + 2, fitting * 12) else { return [] }
        let entries = MediaBytes(raw, bigEndian: bigEndian)
        let tags = EXIFTag.table[directory] ?? [:]
        var subdirectories: [(offset: Int, directory: EXIFTag.Directory)] = []
        for index in 0..<fitting {
            let base = index * 12
            guard let number = entries.u16(base), let tag = tags[number],
                let type = entries.u16(base + 2), let count = entries.u32(base + 4),
                let value = try readValue(tag, in: directory, type: type, count: Int(count), entry: entries, at: base)
            else { continue }
            switch tag {
            case .exifIFD, .gpsIFD:
                guard let pointer = value.integer, window.contains(Int(pointer), 2) else {
                    problem(.corrupt, "EXIF \(tag.name) in \(directory.rawValue) points to offset \(value.integer ?? -1), outside the \(window.count)-byte EXIF data")
                    continue
                }
                subdirectories.append((Int(pointer), tag == .exifIFD ? .exif : .gps))
            default:
                result.values[tag] = value
            }
        }
        return subdirectories
    }

    /// Decodes one entry's value in the shape its tag needs; nil (with a problem when damaged) otherwise.
    private mutating func readValue(
        _ tag: EXIFTag, in directory: EXIFTag.Directory, type: UInt16, count: Int, entry: MediaBytes, at base: Int
    ) throws(ExtractionFailure) -> EXIFValue? {
        guard let unit = TIFFFieldType.sizes[type], count > 0 else { return nil }
        let (total, overflow) = unit.multipliedReportingOverflow(by: count)
        guard !overflow, total <= UInt32.max else {
            problem(.corrupt, "EXIF \(tag.name) in \(directory.rawValue) has an impossible value count \(count)")
            return nil
        }
        let wanted = switch tag.shape {
        case .text, .comment: min(total, Self.maxValueBytes)
        case .integers: min(total, Self.maxArrayValues * unit)
        case .integer, .rationals: min(total, 3 * unit)
        }
        let data: [UInt8]
        if total <= 4 {
            data = entry.slice(base + 8, wanted) ?? []
        } else {
            let offset = Int(entry.u32(base + 8) ?? 0)
            guard window.contains(offset, total), let read = try bytes(offset, wanted) else {
                problem(.corrupt, "EXIF \(tag.name) in \(directory.rawValue) points to offset \(offset) (\(total) bytes), outside the \(window.count)-byte EXIF data")
                return nil
            }
            data = read
        }
        let values = MediaBytes(data, bigEndian: bigEndian)
        switch tag.shape {
        case .text:
            return EXIFText.decode(data).map(EXIFValue.text)
        case .comment:
            return EXIFText.comment(data, bigEndian: bigEndian).map(EXIFValue.text)
        case .integer:
            guard let raw = values.uint(at: 0, width: unit), unit <= 4 else { return nil }
            if TIFFFieldType.signed.contains(type) {
                let shift = UInt64(64 - unit * 8)
                return .integer(Int64(bitPattern: raw << shift) >> Int64(shift))
            }
            return .integer(Int64(raw))
        case .integers:
            guard unit <= 4, !TIFFFieldType.signed.contains(type) else { return nil }
            return .integers(stride(from: 0, to: data.count - unit + 1, by: unit).compactMap { values.uint(at: $0, width: unit) })
        case .rationals:
            guard type == TIFFFieldType.rational || type == TIFFFieldType.signedRational else { return nil }
            let signed = type == TIFFFieldType.signedRational
            let parts = stride(from: 0, to: data.count - 7, by: 8).compactMap { at -> Double? in
                guard let n = values.u32(at), let d = values.u32(at + 4), d != 0 else { return nil }
                return signed
                    ? Double(Int32(bitPattern: n)) / Double(Int32(bitPattern: d))
                    : Double(n) / Double(d)
            }
            return parts.count == data.count / 8 ? .rationals(parts) : nil
        }
    }

    private func bytes(_ offset: Int, _ count: Int) throws(ExtractionFailure) -> [UInt8]? {
        do { return try window.read(offset, count) } catch { throw ExtractionFailure(.unreadable, error.description) }
    }

    private mutating func problem(_ code: ProblemCode, _ message: String) {
        result.problems.append(Problem(code, message))
    }
}

extension EXIFTag {
    /// How a tag's value is decoded.
    enum Shape { case text, integer, integers, rationals, comment }

    var shape: Shape {
        switch self {
        case .imageWidth, .imageLength, .orientation, .exifIFD, .gpsIFD, .gpsAltitudeRef: .integer
        case .gpsLatitude, .gpsLongitude, .gpsAltitude: .rationals
        case .userComment: .comment
        case .stripOffsets, .stripByteCounts, .tileOffsets, .tileByteCounts: .integers
        default: .text
        }
    }
}
