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

    /// The records of `stream` in order; stops at a record that runs past the end (reported
    /// through `cutShort`).
    static func records(in stream: [UInt8]) -> (records: [BIFFRecord], cutShort: Bool) {
        var records: [BIFFRecord] = []
        var at = 0
        while at + 4 <= stream.count {
            let type = UInt16(stream[at]) | UInt16(stream[at + 1]) << 8
            let length = Int(stream[at + 2]) | Int(stream[at + 3]) << 8
            guard at + 4 + length <= stream.count else { return (records, true) }
            records.append(BIFFRecord(type: type, offset: at, data: stream[at + 4..<at + 4 + length]))
            at += 4 + length
        }
        return (records, false)
    }
}
