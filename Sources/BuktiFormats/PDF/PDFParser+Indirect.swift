import BuktiCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An indirect object as parsed from `N G obj … endobj`.
public struct PDFIndirectObject: Sendable, Equatable {
    public var reference: PDFReference
    /// The value; a stream carries its owner and the position and length of its raw data.
    public var object: PDFObject
    /// For a stream: false when no `endstream` was found and the data runs to the end of the input.
    public var streamComplete: Bool = true
}

extension PDFParser {
    /// Reads `N G obj value [endobj]` from the current position. For a stream, the data length is /Length
    /// (direct, or through `resolveLength` when it is a reference) when `endstream` follows it; otherwise
    /// it is found by scanning for `endstream`. `read(offset, count)` supplies bytes past this parser's
    /// window by file offset (default: only the parser's own bytes).
    public mutating func parseIndirectObject(
        resolveLength: (PDFReference) -> Int? = { _ in nil },
        read: ((Int, Int) -> [UInt8])? = nil,
        deadline: Deadline = .none
    ) throws(PDFParseError) -> PDFIndirectObject {
        let offset = nextOffset()
        guard case .integer(let number) = nextToken(), number >= 0,
            case .integer(let generation) = nextToken(), generation >= 0,
            nextToken().isKeyword("obj")
        else { throw .unexpected("text where 'N G obj' was expected", offset: offset) }
        let reference = PDFReference(number, generation)
        let value: PDFObject
        if case .keyword("endobj") = peekToken() {
            value = .null  // an empty object is null
        } else {
            value = try parseObject()
        }
        guard case .dictionary(let dictionary) = value, peekToken().isKeyword("stream") else {
            return PDFIndirectObject(reference: reference, object: value)
        }
        _ = nextToken()
        let base = lexer.baseOffset
        let own = lexer.bytes
        let reader = read ?? { offset, count in
            let i = offset - base
            guard i >= 0, i < own.count, count > 0 else { return [] }
            return Array(own[i..<min(own.count, i + count)])
        }
        // The keyword is followed by CRLF or LF (a bare CR is tolerated, and so are blanks before the
        // EOL, which some writers emit).
        var dataOffset = base + position
        let after = reader(dataOffset, 18)
        var skip = 0
        while skip < after.count - 1, after[skip] == 0x20 || after[skip] == 0x09 { skip += 1 }
        if skip > 0, after[skip] != 0x0D, after[skip] != 0x0A { skip = 0 }
        if skip < after.count, after[skip] == 0x0D {
            skip += skip + 1 < after.count && after[skip + 1] == 0x0A ? 2 : 1
        } else if skip < after.count, after[skip] == 0x0A {
            skip += 1
        }
        dataOffset += skip
        var declared: Int?
        switch dictionary["Length"] {
        case .reference(let r)?: declared = resolveLength(r)
        case let other?: declared = other.integer
        case nil: declared = nil
        }
        let bounds = try PDFStreamBounds.locate(dataOffset: dataOffset, declared: declared, read: reader,
                                                deadline: deadline)
        let stream = PDFStream(dictionary: dictionary, dataOffset: dataOffset, dataLength: bounds.length,
                               owner: reference)
        return PDFIndirectObject(reference: reference, object: .stream(stream), streamComplete: bounds.complete)
    }
}

/// Finds where a stream's data ends: trusts /Length when `endstream` follows it, scans otherwise.
enum PDFStreamBounds {
    /// Bytes read per step while scanning; memory stays bounded whatever the stream's size.
    static let chunk = 64 << 10
    static let endstream = Array("endstream".utf8)
    static let endobj = Array("endobj".utf8)

    /// The data length and whether an end marker was found.
    static func locate(dataOffset: Int, declared: Int?, read: (Int, Int) -> [UInt8], deadline: Deadline)
        throws(PDFParseError) -> (length: Int, complete: Bool)
    {
        if let length = declared, length >= 0, length < Int.max - dataOffset {
            let tail = read(dataOffset + length, 64)
            var i = 0
            while i < tail.count, PDFCharacter.isWhitespace(tail[i]) { i += 1 }
            if tail.count - i >= endstream.count, Array(tail[i..<i + endstream.count]) == endstream {
                return (length, true)
            }
        }
        // Scan for the first `endstream` (or `endobj`, when endstream is missing) after the data starts.
        var position = dataOffset
        var carry: [UInt8] = []
        while true {
            if deadline.hasPassed { throw .timeUp(offset: dataOffset) }
            let piece = read(position, chunk)
            if piece.isEmpty { break }
            let buffer = carry + piece
            let bufferStart = position - carry.count
            if let hit = firstMarker(in: buffer) {
                var end = bufferStart + hit
                // The EOL before `endstream` is not part of the data.
                if hit >= 1, buffer[hit - 1] == 0x0A, end - 1 >= dataOffset {
                    end -= 1
                    if hit >= 2, buffer[hit - 2] == 0x0D, end - 1 >= dataOffset { end -= 1 }
                } else if hit >= 1, buffer[hit - 1] == 0x0D, end - 1 >= dataOffset {
                    end -= 1
                }
                return (end - dataOffset, true)
            }
            carry = Array(buffer.suffix(endstream.count + 1))
            position += piece.count
        }
        // No end marker: the file is cut short inside the stream.
        let available = position - dataOffset
        return (min(declared.map { max(0, $0) } ?? available, available), false)
    }

    /// Index of the first `endstream` or `endobj` in `buffer` (memchr finds each candidate `e`, which
    /// keeps scanning a large stream with a wrong /Length fast).
    static func firstMarker(in buffer: [UInt8]) -> Int? {
        buffer.withUnsafeBufferPointer { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            var i = 0
            while i + endobj.count <= raw.count {
                guard let hit = memchr(base + i, 0x65, raw.count - i) else { return nil }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard at + endobj.count <= raw.count else { return nil }
                if raw[at + 1] == 0x6E, raw[at + 2] == 0x64,
                    matches(endstream, in: buffer, at: at) || matches(endobj, in: buffer, at: at)
                {
                    return at
                }
                i = at + 1
            }
            return nil
        }
    }

    static func matches(_ word: [UInt8], in buffer: [UInt8], at i: Int) -> Bool {
        guard i + word.count <= buffer.count else { return false }
        for k in 0..<word.count where buffer[i + k] != word[k] { return false }
        return true
    }
}
