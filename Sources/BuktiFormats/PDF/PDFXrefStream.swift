import BuktiCore

/// A PDF 1.5 cross-reference stream (ISO 32000-1 §7.5.8): binary rows of /W field widths over the
/// object ranges of /Index, usually Flate-compressed with a PNG predictor.
enum PDFXrefStream {
    /// The section held by the xref stream at `offset` (its dictionary doubles as the trailer).
    static func read(at offset: Int, in file: PDFFile) throws(PDFXrefDamage) -> PDFXrefSection {
        let object: PDFIndirectObject
        do {
            // /Length of an xref stream must be direct (§7.5.8.2), so no resolver is needed.
            object = try file.indirectObject(at: offset, resolveLength: { _ in nil })
        } catch {
            throw PDFXrefDamage(offset: offset, reason: "no object at the offset")
        }
        guard let stream = object.object.stream, stream.dictionary.type == "XRef" else {
            throw PDFXrefDamage(offset: offset, reason: "object \(object.reference.number) is not an xref stream")
        }
        let data: [UInt8]
        do {
            // Xref streams are never encrypted (§7.6.1).
            data = try PDFFilters.decode(try file.rawData(of: stream), dictionary: stream.dictionary,
                                         limit: file.options.maxInflatedBytes)
        } catch {
            throw PDFXrefDamage(offset: offset, reason: "xref stream data cannot be decoded (\(error.problem.message))")
        }
        var section = PDFXrefSection()
        section.entries = try entries(of: stream.dictionary, data: data, offset: offset)
        var trailer = stream.dictionary
        for key in ["Length", "Filter", "DecodeParms", "W", "Index", "Type", "F", "DP"] { trailer[key] = nil }
        section.trailer = trailer
        return section
    }

    /// Decodes the rows of `data` per /W and /Index. A short last row ends the table.
    static func entries(of dictionary: PDFDictionary, data: [UInt8], offset: Int) throws(PDFXrefDamage)
        -> [Int: PDFXrefEntry]
    {
        guard let widthObjects = dictionary["W"]?.array, widthObjects.count >= 3 else {
            throw PDFXrefDamage(offset: offset, reason: "xref stream has no /W")
        }
        let widths = widthObjects.prefix(3).map { $0.integer ?? -1 }
        guard widths.allSatisfy({ $0 >= 0 && $0 <= 8 }), widths.reduce(0, +) > 0 else {
            throw PDFXrefDamage(offset: offset, reason: "xref stream /W \(widths) is invalid")
        }
        let size = dictionary["Size"]?.integer ?? 0
        var ranges: [(Int, Int)] = []
        if let index = dictionary["Index"]?.array {
            var i = 0
            while i + 1 < index.count {
                if let start = index[i].integer, let count = index[i + 1].integer, start >= 0, count >= 0 {
                    ranges.append((start, count))
                }
                i += 2
            }
        } else {
            ranges = [(0, max(0, size))]
        }
        let rowSize = widths.reduce(0, +)
        var entries: [Int: PDFXrefEntry] = [:]
        var position = 0
        for (start, count) in ranges {
            for k in 0..<count {
                guard position + rowSize <= data.count, start + k <= PDFXref.maxObjectNumber else { return entries }
                let type = widths[0] == 0 ? 1 : field(data, position, widths[0])
                let f2 = field(data, position + widths[0], widths[1])
                let f3 = field(data, position + widths[0] + widths[1], widths[2])
                position += rowSize
                let number = start + k
                guard entries[number] == nil else { continue }
                switch type {
                case 0: entries[number] = .free
                case 1: entries[number] = .inFile(offset: f2, generation: f3)
                case 2: entries[number] = .inStream(stream: f2, index: f3)
                default: continue  // unknown types are references to the null object (§7.5.8.3)
                }
            }
        }
        return entries
    }

    /// A big-endian unsigned field of `width` bytes (width ≤ 8; values past Int.max are clamped).
    static func field(_ data: [UInt8], _ at: Int, _ width: Int) -> Int {
        var v: UInt64 = 0
        for i in 0..<width { v = v << 8 | UInt64(data[at + i]) }
        return v > UInt64(Int.max) ? Int.max : Int(v)
    }
}
