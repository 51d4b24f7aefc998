import BuktiCore

/// Reads an Excel 97–2003 (BIFF8) workbook stream: sheet names, the shared strings, and the
/// cached values of cells in stream order as tab/newline separated text.
enum ExcelWorkbookReader {
    static let streamNames = ["Workbook", "Book"]
    static let biff8: UInt16 = 0x0600
    /// How far into the globals the probe looks for FILEPASS (it comes right after BOF).
    static let probeBytes = 64 << 10
    static let encryptedMessage = "password-protected Excel workbook (FILEPASS record)"

    /// The workbook stream of `file`, if it has one.
    static func entry(_ file: CompoundFile) -> DirectoryEntry? {
        streamNames.lazy.compactMap { file.stream($0) }.first
    }

    /// The FILEPASS record of the workbook globals in `stream` (it precedes BOUNDSHEET and EOF).
    static func filePass(in stream: [UInt8]) -> BIFFRecord? {
        var reader = BIFFReader(stream)
        while let record = reader.next() {
            switch record.kind {
            case .filePass: return record
            case .eof, .boundSheet: return nil
            default: continue
            }
        }
        return nil
    }

    /// The block keys that open an encrypted workbook without asking: Excel's default password.
    static func defaultKeys(_ filePass: BIFFRecord) -> BIFFKeys? {
        BIFFEncryption(filePass: filePass.data)?.keys(password: BIFFEncryption.defaultPassword)
    }

    /// True when the workbook is encrypted with a password other than Excel's default; nil when
    /// the stream cannot be read.
    static func needsPassword(_ file: CompoundFile) -> Bool? {
        guard let entry = entry(file), let head = try? file.read(entry, upTo: probeBytes) else { return nil }
        guard let record = filePass(in: head) else { return false }
        return defaultKeys(record) == nil
    }

    /// Fills sheets and text, decrypting a workbook under Excel's default password; any other
    /// FILEPASS throws `password-required`, an Excel 5/95 workbook `unsupported`.
    static func read(_ file: CompoundFile, into facts: inout FileFacts, options: ExtractionOptions) throws(ExtractionFailure) {
        guard let entry = entry(file) else {
            throw ExtractionFailure(.corrupt, "Excel workbook has no Workbook stream")
        }
        // A workbook over the size limit is read up to it: sheet names and the shared strings
        // come first, so most of what bukti wants is still there.
        let cut = entry.size > options.maxInflatedBytes
        var stream = try file.read(entry, upTo: options.maxInflatedBytes)
        if cut {
            facts.add(.limitExceeded, "\(entry.path) stream is \(entry.size) bytes; only the first \(options.maxInflatedBytes) are read")
        }
        if let record = filePass(in: stream) {
            facts.encrypted = true
            guard let keys = defaultKeys(record) else {
                throw ExtractionFailure(.passwordRequired, encryptedMessage)
            }
            BIFFEncryption.decrypt(&stream, from: record.offset + 4 + record.data.count, keys: keys)
        }
        var reader = BIFFReader(stream)
        guard let bof = reader.next(), bof.kind == .bof, let version = OLE2Bytes(Array(bof.data)).u16(0) else {
            throw ExtractionFailure(.corrupt, "\(entry.path) stream does not start with a BOF record")
        }
        guard version == biff8 else {
            throw ExtractionFailure(.unsupported, "Excel 5/95 workbook (BIFF version \(String(version, radix: 16))) is not read")
        }
        var globals = WorkbookGlobals()
        try globals.read(&reader, options: options, facts: &facts)
        if !globals.sheets.isEmpty { facts.sheets = globals.sheets.map(\.name) }
        var text = SheetTextBuilder(limit: options.textCharacters, strings: globals.strings.strings)
        try text.read(&reader, sheetOffsets: globals.sheets.map(\.offset), options: options)
        if let problem = text.problem { facts.problems.append(problem) }
        if !text.text.isEmpty { facts.text = text.text }
        if reader.cutShort, !cut {
            facts.add(.corrupt, "\(entry.path) stream ends inside a record at offset \(reader.offset)")
        }
    }
}

/// What the workbook globals substream holds: sheets and shared strings.
struct WorkbookGlobals {
    var sheets: [(name: String, offset: Int)] = []
    var strings = SharedStringTable()

    /// Reads the records up to the globals' EOF (already decrypted when there was a FILEPASS).
    mutating func read(_ reader: inout BIFFReader, options: ExtractionOptions, facts: inout FileFacts) throws(ExtractionFailure) {
        while let record = reader.next() {
            if reader.count & 1023 == 0 { try options.deadline.check() }
            switch record.kind {
            case .eof:
                return
            case .boundSheet:
                let raw = OLE2Bytes(Array(record.data))
                if let offset = raw.u32(0), let name = ExcelCellValue.unicodeString(record.data, at: 6, countBytes: 1) {
                    sheets.append((name, Int(offset)))
                }
            case .sst:
                var segments = [record.data]
                while reader.peek()?.kind == .continuation, let next = reader.next() {
                    segments.append(next.data)
                }
                strings = try SharedStringTable(segments: segments, options: options)
                if let problem = strings.problem { facts.problems.append(problem) }
            default:
                continue
            }
        }
    }
}
