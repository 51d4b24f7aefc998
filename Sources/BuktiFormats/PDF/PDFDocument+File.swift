import BuktiCore

/// The raw file under a document: bounded reads and objects parsed at offsets through a read window
/// that grows only as far as the object needs.
struct PDFFile {
    let source: any ByteSource
    let options: ExtractionOptions
    /// Bytes before `%PDF-` that the file's offsets do not count (junk prepended by a mailer or server):
    /// every offset here is logical, and byte `offset` lies at `offset + shift` in the source.
    var shift = 0

    /// The first read window for an object; most objects fit in it.
    static let firstWindow = 4 << 10
    /// The largest window an object may need (its stream data is never in the window).
    static let maxWindow = 16 << 20

    var size: Int { source.size - shift }

    /// Up to `count` bytes at logical `offset`; empty when out of range or unreadable (a damaged file is
    /// read as far as it goes).
    func read(_ offset: Int, _ count: Int) -> [UInt8] {
        guard offset >= 0, offset < size, count > 0 else { return [] }
        return (try? source.read(at: offset + shift, count: min(count, size - offset))) ?? []
    }

    /// Parses with `body` over a window at `offset`, growing the window while the parse needs bytes
    /// beyond it (an object cut by the window, not by the end of the file).
    func parse<T>(at offset: Int, _ body: (inout PDFParser) throws(PDFParseError) -> T) throws(PDFParseError) -> T {
        var window = Self.firstWindow
        while true {
            let bytes = read(offset, window)
            let reachesEnd = offset + bytes.count >= size
            var parser = PDFParser(bytes: bytes, baseOffset: offset, options: options)
            do {
                let value = try body(&parser)
                // A token read up to the window's edge may continue past it: retry with more bytes.
                if !reachesEnd, parser.lexer.position >= bytes.count, window < Self.maxWindow {
                    window *= 8
                    continue
                }
                return value
            } catch .endOfInput(let at) {
                if reachesEnd || window >= Self.maxWindow { throw .endOfInput(offset: at) }
                window *= 8
            }
        }
    }

    /// The indirect object `N G obj` at `offset`.
    func indirectObject(at offset: Int, resolveLength: (PDFReference) -> Int?) throws(PDFParseError)
        -> PDFIndirectObject
    {
        let reader: (Int, Int) -> [UInt8] = { read($0, $1) }
        return try parse(at: offset) { (parser: inout PDFParser) throws(PDFParseError) in
            try parser.parseIndirectObject(resolveLength: resolveLength, read: reader, deadline: options.deadline)
        }
    }

    /// One direct object at `offset` (a trailer dictionary).
    func object(at offset: Int) throws(PDFParseError) -> PDFObject {
        try parse(at: offset) { (parser: inout PDFParser) throws(PDFParseError) in try parser.parseObject() }
    }

    /// A stream's raw (encoded, maybe encrypted) bytes, refused when larger than the inflate limit.
    func rawData(of stream: PDFStream) throws(ExtractionFailure) -> [UInt8] {
        guard stream.dataLength <= options.maxInflatedBytes else {
            throw ExtractionFailure(.limitExceeded,
                                    "pdf stream at offset \(stream.dataOffset) is larger than the \(options.maxInflatedBytes)-byte limit")
        }
        return read(stream.dataOffset, stream.dataLength)
    }
}

/// Reads a file forward through a bounded buffer (cross-reference tables, the repair scan).
struct PDFByteCursor {
    let file: PDFFile
    /// Absolute offset of the next byte.
    private(set) var offset: Int
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    static let chunk = 64 << 10

    init(file: PDFFile, offset: Int) {
        self.file = file
        self.offset = offset
    }

    /// The next byte without taking it; nil at the end of the file.
    mutating func peek() -> UInt8? {
        let i = offset - bufferStart
        if i >= 0, i < buffer.count { return buffer[i] }
        buffer = file.read(offset, Self.chunk)
        bufferStart = offset
        return buffer.first
    }

    mutating func advance(_ n: Int = 1) { offset += n }

    mutating func skipWhitespace() {
        while let c = peek(), PDFCharacter.isWhitespace(c) { advance() }
    }

    /// A non-negative decimal integer (at most 18 digits), or nil without moving when none is here.
    mutating func readUnsigned() -> Int? {
        var value = 0
        var digits = 0
        while let c = peek(), PDFCharacter.isDigit(c) {
            if digits < 18 { value = value * 10 + Int(c - 0x30) }
            digits += 1
            advance()
        }
        return digits > 0 ? value : nil
    }

    /// Takes `word` when the bytes here spell it.
    mutating func take(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        let start = offset
        for b in bytes {
            guard peek() == b else {
                offset = start
                return false
            }
            advance()
        }
        return true
    }
}
