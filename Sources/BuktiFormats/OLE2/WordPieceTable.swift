import BuktiCore

/// The piece table ([MS-DOC] 2.9.38 Clx / PlcPcd): where each run of character positions is
/// stored in the WordDocument stream, and whether as 8-bit (compressed) or UTF-16 text.
struct WordPieceTable: Sendable, Equatable {
    /// One piece: characters [start, end) in CP order.
    struct Piece: Sendable, Equatable {
        let start: Int
        let end: Int
        /// Byte offset of the first character in the WordDocument stream.
        let offset: Int
        /// One byte per character (cp1252 with the [MS-DOC] 2.4.1 exceptions) instead of UTF-16LE.
        let compressed: Bool
    }

    static let prcMarker: UInt8 = 0x01
    static let pcdtMarker: UInt8 = 0x02
    static let pcdLength = 8

    let pieces: [Piece]

    /// Parses the Clx at the table stream's `clx` range: skips the Prc entries, then reads the PlcPcd.
    init(table: [UInt8], clx: (offset: Int, length: Int), options: ExtractionOptions) throws(ExtractionFailure) {
        let raw = OLE2Bytes(table)
        guard clx.length > 0, clx.offset >= 0, clx.offset <= table.count - clx.length else {
            throw ExtractionFailure(.corrupt, "Word piece table (\(clx.length) bytes at \(clx.offset)) lies outside the table stream")
        }
        let end = clx.offset + clx.length
        var at = clx.offset
        while raw.u8(at) == Self.prcMarker {
            try options.deadline.check()
            guard let size = raw.u16(at + 1) else { break }
            at += 3 + Int(Int16(bitPattern: size)).clamped(to: 0...Int(Int16.max))
        }
        guard raw.u8(at) == Self.pcdtMarker, let length = raw.u32(at + 1).map(Int.init),
              length >= 4, length <= end - at - 5
        else {
            throw ExtractionFailure(.corrupt, "Word piece table at \(clx.offset) has no valid PlcPcd")
        }
        let plc = at + 5
        let count = (length - 4) / (4 + Self.pcdLength)
        var pieces: [Piece] = []
        for index in 0..<count {
            guard let start = raw.u32(plc + 4 * index), let stop = raw.u32(plc + 4 * (index + 1)),
                  let fc = raw.u32(plc + 4 * (count + 1) + Self.pcdLength * index + 2)
            else { break }
            let compressed = fc & 0x4000_0000 != 0
            let position = Int(fc & 0x3FFF_FFFF)
            pieces.append(Piece(start: Int(start), end: max(Int(start), Int(stop)),
                                offset: compressed ? position / 2 : position, compressed: compressed))
        }
        self.pieces = pieces
    }

    /// [MS-DOC] 2.4.1: compressed bytes whose Unicode value is not the byte itself (the rest of
    /// the 0x80–0x9F range and every other byte map to the same code point).
    static let compressedExceptions: [UInt8: UInt16] = [
        0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
        0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9F: 0x0178,
    ]

    /// The UTF-16 code unit a compressed byte stands for.
    static func unit(compressed byte: UInt8) -> UInt16 { compressedExceptions[byte] ?? UInt16(byte) }

    /// Feeds the characters of CPs [0, `length`) to `sink` in order, each with the stream offset
    /// just past it, until it returns false. A piece pointing outside `document` is `corrupt`.
    func characters(
        in document: [UInt8], upTo length: Int, options: ExtractionOptions,
        _ sink: (_ unit: UInt16, _ end: Int) -> Bool
    ) throws(ExtractionFailure) {
        let raw = OLE2Bytes(document)
        // Valid pieces do not overlap, so the main text never needs more characters than this;
        // overlapping hostile pieces stop here instead of re-reading the stream many times.
        var budget = min(length, document.count)
        for (index, piece) in pieces.enumerated() where piece.start < length {
            try options.deadline.check()
            let count = min(min(piece.end, length) - piece.start, budget)
            budget -= count
            let width = piece.compressed ? 1 : 2
            guard piece.offset <= document.count - count * width else {
                throw ExtractionFailure(
                    .corrupt, "Word piece \(index) points past the end of the WordDocument stream")
            }
            for i in 0..<count {
                if i & 0xFFFF == 0xFFFF { try options.deadline.check() }
                let unit = piece.compressed
                    ? Self.unit(compressed: document[piece.offset + i])
                    : raw.u16(piece.offset + 2 * i) ?? 0
                if !sink(unit, piece.offset + (i + 1) * width) { return }
            }
        }
    }
}
