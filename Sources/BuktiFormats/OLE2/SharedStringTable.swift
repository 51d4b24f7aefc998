import BuktiCore

/// The shared string table of a BIFF8 workbook ([MS-XLS] 2.4.265 SST): strings that LABELSST
/// cells refer to by index, spread over the SST record and its CONTINUE records.
struct SharedStringTable: Sendable, Equatable {
    static let highByteFlag: UInt8 = 0x01
    static let extendedFlag: UInt8 = 0x04
    static let richFlag: UInt8 = 0x08
    static let runLength = 4

    private(set) var strings: [String] = []
    /// Set when the table holds fewer strings than it declares, or a string is cut short.
    private(set) var problem: Problem?

    /// A table with no strings (a workbook without text cells has no SST).
    init() {}

    /// Parses `segments`: the SST record's data, then each CONTINUE record's data.
    init(segments: [ArraySlice<UInt8>], options: ExtractionOptions) throws(ExtractionFailure) {
        var cursor = ContinuedRecordCursor(segments: segments)
        guard let _ = cursor.u32(), let declared = cursor.u32() else {
            problem = Problem(.corrupt, "shared string table record is too short for its counts")
            return
        }
        var index = 0
        while index < Int(declared) {
            if index & 1023 == 0 { try options.deadline.check() }
            if cursor.isAtEnd {
                problem = Problem(.corrupt, "shared string table declares \(declared) strings but holds \(index)")
                return
            }
            guard let string = Self.readString(&cursor) else {
                problem = Problem(.corrupt, "shared string \(index) is cut short by the end of its records")
                return
            }
            strings.append(string)
            index += 1
        }
    }

    /// One XLUnicodeRichExtendedString: header, characters (the width flag is re-read at each
    /// CONTINUE boundary), then its formatting runs and extended data, which are skipped.
    private static func readString(_ cursor: inout ContinuedRecordCursor) -> String? {
        guard let count = cursor.u16(), let flags = cursor.u8() else { return nil }
        let runs = flags & richFlag != 0 ? cursor.u16() : 0
        let extended = flags & extendedFlag != 0 ? cursor.u32() : 0
        guard let runs, let extended,
              let units = cursor.characters(Int(count), highByte: flags & highByteFlag != 0),
              cursor.skip(Int(runs) * runLength), cursor.skip(Int(extended))
        else { return nil }
        return String(decoding: units, as: UTF16.self)
    }
}

/// Reads across a record and its CONTINUE records as if they were one byte stream, except for
/// string characters, whose width flag is repeated at the start of each continuation.
struct ContinuedRecordCursor {
    let segments: [ArraySlice<UInt8>]
    private var segment = 0
    private var position: Int

    init(segments: [ArraySlice<UInt8>]) {
        self.segments = segments
        position = segments.first?.startIndex ?? 0
    }

    var isAtEnd: Bool {
        var probe = self
        return !probe.advanceIfExhausted()
    }

    /// Moves to the next segment when the current one is used up; false at the very end.
    private mutating func advanceIfExhausted() -> Bool {
        while segment < segments.count, position >= segments[segment].endIndex {
            segment += 1
            guard segment < segments.count else { return false }
            position = segments[segment].startIndex
        }
        return segment < segments.count
    }

    mutating func u8() -> UInt8? {
        guard advanceIfExhausted() else { return nil }
        defer { position += 1 }
        return segments[segment][position]
    }

    mutating func u16() -> UInt16? {
        guard let low = u8(), let high = u8() else { return nil }
        return UInt16(low) | UInt16(high) << 8
    }

    mutating func u32() -> UInt32? {
        guard let low = u16(), let high = u16() else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    /// Skips `count` bytes across segments; false when they run past the end.
    mutating func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            guard advanceIfExhausted() else { return false }
            let step = min(left, segments[segment].endIndex - position)
            position += step
            left -= step
        }
        return true
    }

    /// `count` characters, one or two bytes each; a continuation starts with a new width flag.
    mutating func characters(_ count: Int, highByte: Bool) -> [UInt16]? {
        var units: [UInt16] = []
        var wide = highByte
        var left = count
        while left > 0 {
            guard segment < segments.count else { return nil }
            if position >= segments[segment].endIndex {
                guard segment + 1 < segments.count else { return nil }
                segment += 1
                position = segments[segment].startIndex
                if position < segments[segment].endIndex {
                    wide = segments[segment][position] & SharedStringTable.highByteFlag != 0
                    position += 1
                }
                continue
            }
            let data = segments[segment]
            let available = (data.endIndex - position) / (wide ? 2 : 1)
            guard available > 0 else { return nil }  // half a UTF-16 unit before a boundary
            let take = min(left, available)
            for i in 0..<take {
                units.append(wide
                    ? UInt16(data[position + 2 * i]) | UInt16(data[position + 2 * i + 1]) << 8
                    : UInt16(data[position + i]))
            }
            position += take * (wide ? 2 : 1)
            left -= take
        }
        return units
    }
}
