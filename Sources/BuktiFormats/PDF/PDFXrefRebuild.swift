import BuktiCore

/// Rebuilds the cross-reference data of a damaged file by scanning all of it for `N G obj` and
/// `trailer`, as poppler and pdf.js do: the last definition of an object wins.
enum PDFXrefRebuild {
    /// What the scan found.
    struct Scan {
        var xref = PDFXref()
        /// Object streams found (their contents are indexed once decryption is set up).
        var objectStreams: [Int] = []
        /// Objects whose dictionary names /Type /Catalog, in file order.
        var catalogs: [Int] = []
        /// The object the file ends inside (its header is after the last `endobj`), when it does.
        var cutObject: (number: Int, offset: Int)?
    }

    static let chunk = 1 << 20
    /// Bytes kept from the previous chunk so a header split across chunks is still seen.
    static let carry = 64
    /// How far past `obj` the scan looks for the object's /Type.
    static let typeWindow = 1024

    static let objWord = Array("obj".utf8)
    static let trailerWord = Array("trailer".utf8)
    static let endobjWord = Array("endobj".utf8)

    /// Scans `file` from start to end in bounded chunks.
    static func scan(_ file: PDFFile) throws(ExtractionFailure) -> Scan {
        var scan = Scan()
        var found: [Int: PDFXrefEntry] = [:]
        var trailers: [Int] = []
        var xrefStreams: [Int] = []
        var objectStreams = Set<Int>()
        var lastHeader: (number: Int, offset: Int)?
        var lastEndobj = -1
        var next = 0  // absolute offset of the next byte to test for a keyword
        while next < file.size {
            try file.options.deadline.check()
            let bufferStart = max(0, next - carry)
            let buffer = file.read(bufferStart, chunk + carry)
            if buffer.isEmpty { break }
            let atEnd = bufferStart + buffer.count >= file.size
            // Keywords must fit with the byte after them (and the type window) unless the file ends.
            let limit = atEnd ? buffer.count : buffer.count - typeWindow
            var i = next - bufferStart
            while i < limit {
                let c = buffer[i]
                if c == 0x6F, PDFStreamBounds.matches(objWord, in: buffer, at: i), endsWord(buffer, i + 3),
                    let (number, generation, start) = header(before: i, in: buffer)
                {
                    found[number] = .inFile(offset: bufferStart + start, generation: generation)
                    lastHeader = (number, bufferStart + start)
                    switch typeName(after: i + 3, in: buffer) {
                    case "ObjStm": objectStreams.insert(number)
                    case "XRef": xrefStreams.append(bufferStart + start)
                    case "Catalog": scan.catalogs.append(number)
                    default: break
                    }
                } else if c == 0x65, PDFStreamBounds.matches(endobjWord, in: buffer, at: i) {
                    lastEndobj = bufferStart + i
                } else if c == 0x74, PDFStreamBounds.matches(trailerWord, in: buffer, at: i), endsWord(buffer, i + 7),
                    i == 0 || !PDFCharacter.isRegular(buffer[i - 1])
                {
                    trailers.append(bufferStart + i + 7)
                }
                i += 1
            }
            next = bufferStart + max(i, next - bufferStart + 1)
        }
        scan.xref.entries = found
        if let last = lastHeader, last.offset > lastEndobj { scan.cutObject = last }
        // Trailers and xref-stream dictionaries in file order: later keys win.
        var candidates: [(Int, Bool)] = trailers.map { ($0, true) } + xrefStreams.map { ($0, false) }
        candidates.sort { $0.0 < $1.0 }
        for (offset, isTrailer) in candidates.suffix(1000) {
            try file.options.deadline.check()
            let dictionary: PDFDictionary?
            if isTrailer {
                dictionary = (try? file.object(at: offset))?.dictionary
            } else {
                dictionary = (try? file.indirectObject(at: offset, resolveLength: { _ in nil }))?.object.dictionary
            }
            guard let dictionary else { continue }
            for key in ["Root", "Info", "ID", "Encrypt"] {
                if let value = dictionary[key] { scan.xref.trailer[key] = value }
            }
        }
        scan.objectStreams = objectStreams.sorted()
        return scan
    }

    /// True when the byte at `i` (if any) cannot continue a keyword.
    static func endsWord(_ buffer: [UInt8], _ i: Int) -> Bool {
        i >= buffer.count || !PDFCharacter.isRegular(buffer[i])
    }

    /// `N G ` just before index `keyword`: the object number, generation and where N starts.
    static func header(before keyword: Int, in buffer: [UInt8]) -> (Int, Int, Int)? {
        var j = keyword - 1
        func skipSpace() -> Bool {
            let start = j
            while j >= 0, PDFCharacter.isWhitespace(buffer[j]) { j -= 1 }
            return j < start
        }
        func digits(max: Int) -> (value: Int, start: Int)? {
            let end = j
            while j >= 0, PDFCharacter.isDigit(buffer[j]), end - j < max { j -= 1 }
            guard j < end else { return nil }
            var v = 0
            for k in (j + 1)...end { v = v * 10 + Int(buffer[k] - 0x30) }
            return (v, j + 1)
        }
        _ = skipSpace()  // "1 0 obj" and the rarer "1 0obj"
        guard let generation = digits(max: 5), skipSpace(), let number = digits(max: 10) else { return nil }
        if j >= 0, PDFCharacter.isDigit(buffer[j]) || buffer[j] == 0x2E || buffer[j] == 0x2D { return nil }
        guard number.value <= PDFXref.maxObjectNumber, generation.value <= 65535 else { return nil }
        return (number.value, generation.value, number.start)
    }

    /// The /Type name written in the object's dictionary, looked for before `stream` or `endobj`.
    static func typeName(after start: Int, in buffer: [UInt8]) -> String? {
        let end = min(buffer.count, start + typeWindow)
        guard start < end else { return nil }
        var parser = PDFParser(bytes: Array(buffer[start..<end]))
        guard case .dictionary(let dictionary)? = try? parser.parseObject() else { return nil }
        return dictionary.type
    }
}
