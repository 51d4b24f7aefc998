import BuktiCore

/// Reads a Word 97–2003 document's main text and its DOP page/word counts.
enum WordDocumentReader {
    static let streamName = "WordDocument"
    /// Offsets in the DOP ([MS-DOC] 2.7.1 DopBase) of the counts Word keeps up to date.
    static let dopWords = 38
    static let dopPages = 46
    static let encryptedMessage = "password-protected Word document"

    /// True when the document's FIB says it is encrypted; nil when the FIB cannot be read.
    static func isEncrypted(_ file: CompoundFile) -> Bool? {
        guard let entry = file.stream(streamName), let head = try? file.read(entry, upTo: 32),
              let fib = try? WordFIB(head)
        else { return nil }
        return fib.isEncrypted
    }

    /// Fills text, and pages/words when the summary did not give them. An encrypted document
    /// throws `password-required`.
    static func read(_ file: CompoundFile, into facts: inout FileFacts, options: ExtractionOptions) throws(ExtractionFailure) {
        guard let document = try file.readStream(streamName) else {
            throw ExtractionFailure(.corrupt, "Word document has no WordDocument stream")
        }
        let fib = try WordFIB(document)
        if fib.isEncrypted {
            facts.encrypted = true
            throw ExtractionFailure(.passwordRequired, encryptedMessage)
        }
        guard let table = try file.readStream(fib.tableStreamName) else {
            throw ExtractionFailure(.corrupt, "Word document has no \(fib.tableStreamName) stream")
        }
        readCounts(table: table, fib: fib, into: &facts)
        let pieces = try WordPieceTable(table: table, clx: fib.clx, options: options)
        // Without readable paragraph properties, row ends are guessed (see WordTextBuilder).
        let rows = try? WordTableRows(document: document, table: table, plc: fib.paragraphProperties, options: options)
        var builder = WordTextBuilder(limit: options.textCharacters, maxNesting: options.maxNestingDepth)
        try pieces.characters(in: document, upTo: fib.mainTextLength, options: options) { unit, end in
            builder.append(unit, rowEnd: unit == WordTextBuilder.cellMark ? rows?.isRowEnd(endingAt: end) : nil)
        }
        let text = builder.text.trimmingTrailingNewlines()
        if !text.isEmpty { facts.text = text }
    }

    /// Page and word counts from the DOP, where the summary property set lacks them (LibreOffice
    /// writes them only there).
    static func readCounts(table: [UInt8], fib: WordFIB, into facts: inout FileFacts) {
        guard fib.dop.length >= dopPages + 2, fib.dop.offset >= 0,
              fib.dop.offset <= table.count - fib.dop.length
        else { return }
        let raw = OLE2Bytes(table)
        if facts.words == nil, let words = raw.u32(fib.dop.offset + dopWords) {
            facts.words = Int(words)
        }
        if facts.pages == nil, let pages = raw.u16(fib.dop.offset + dopPages), pages > 0 {
            facts.pages = Int(pages)
        }
    }
}

extension String {
    /// The string without trailing line breaks and form feeds (a document's last paragraph mark).
    func trimmingTrailingNewlines() -> String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last == "\n" || last == "\u{0C}" || last == "\r" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
