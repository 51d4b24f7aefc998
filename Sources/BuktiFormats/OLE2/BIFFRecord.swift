/// One record of an Excel BIFF8 stream ([MS-XLS] 2.1.4): a 16-bit type, a 16-bit length, data.
struct BIFFRecord: Sendable, Equatable {
    /// Record types bukti reads ([MS-XLS] 2.3).
    enum Kind: UInt16, Sendable {
        case bof = 0x0809
        case eof = 0x000A
        case filePass = 0x002F
        case boundSheet = 0x0085
        case sst = 0x00FC
        case continuation = 0x003C
        case labelSST = 0x00FD
        case label = 0x0204
        case richLabel = 0x00D6
        case number = 0x0203
        case rk = 0x027E
        case mulRK = 0x00BD
        case formula = 0x0006
        case string = 0x0207
        case boolErr = 0x0205
    }

    let type: UInt16
    /// Where the record header starts in the stream.
    let offset: Int
    let data: ArraySlice<UInt8>

    var kind: Kind? { Kind(rawValue: type) }
}

/// Walks the records of a BIFF stream one at a time, so a stream of millions of tiny records
/// never becomes an array of them.
struct BIFFReader {
    let stream: [UInt8]
    private(set) var offset = 0
    /// Set when a record runs past the end of the stream (the reader then stops).
    private(set) var cutShort = false
    private(set) var count = 0

    init(_ stream: [UInt8]) { self.stream = stream }

    /// The record at the current offset without moving past it.
    func peek() -> BIFFRecord? {
        guard offset + 4 <= stream.count else { return nil }
        let type = UInt16(stream[offset]) | UInt16(stream[offset + 1]) << 8
        let length = Int(stream[offset + 2]) | Int(stream[offset + 3]) << 8
        guard offset + 4 + length <= stream.count else { return nil }
        return BIFFRecord(type: type, offset: offset, data: stream[offset + 4..<offset + 4 + length])
    }

    /// The next record, or nil at the end (or at a record cut short by the end).
    mutating func next() -> BIFFRecord? {
        guard let record = peek() else {
            cutShort = offset < stream.count
            return nil
        }
        offset += 4 + record.data.count
        count += 1
        return record
    }
}
