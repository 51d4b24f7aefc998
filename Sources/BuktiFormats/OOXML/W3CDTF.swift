/// Dates as OOXML core properties (W3CDTF) and ODF meta.xml (xsd:dateTime) write them, normalised to
/// ISO 8601: the date and time as written, fractional seconds dropped, the offset kept when given.
enum W3CDTF {
    /// "2024-01-02T08:30:00Z" stays; "2024-01-02T08:30:00.123456789" -> "2024-01-02T08:30:00";
    /// "2024-01-02T08:30Z" -> "2024-01-02T08:30:00Z"; "2024" and "2024-01" stay; anything else -> nil.
    static func normalise(_ raw: String) -> String? {
        let value = Array(raw.trimmingWhitespace().utf8)
        guard let date = datePart(value) else { return nil }
        guard value.count > date.count else { return String(decoding: date, as: UTF8.self) }
        guard date.count == 10, value[10] == UInt8(ascii: "T") || value[10] == UInt8(ascii: "t") else { return nil }
        var rest = Array(value[11...])
        // hh:mm, then optional :ss and .fraction
        guard rest.count >= 5, digits(rest[0..<2]), rest[2] == colon, digits(rest[3..<5]) else { return nil }
        var time = Array(rest[0..<5])
        rest.removeFirst(5)
        if rest.count >= 3, rest[0] == colon, digits(rest[1..<3]) {
            time += rest[0..<3]
            rest.removeFirst(3)
            if rest.first == UInt8(ascii: ".") {
                rest.removeFirst()
                while let first = rest.first, isDigit(first) { rest.removeFirst() }
            }
        } else {
            time += Array(":00".utf8)
        }
        let zone: [UInt8]
        switch rest.count {
        case 0: zone = []
        case 1 where rest[0] == UInt8(ascii: "Z") || rest[0] == UInt8(ascii: "z"): zone = Array("Z".utf8)
        case 6 where (rest[0] == UInt8(ascii: "+") || rest[0] == UInt8(ascii: "-")) && digits(rest[1..<3])
            && rest[3] == colon && digits(rest[4..<6]):
            zone = rest
        default: return nil
        }
        return String(decoding: date + Array("T".utf8) + time + zone, as: UTF8.self)
    }

    private static let colon = UInt8(ascii: ":")

    /// YYYY, YYYY-MM or YYYY-MM-DD at the start of `value`.
    private static func datePart(_ value: [UInt8]) -> [UInt8]? {
        guard value.count >= 4, digits(value[0..<4]) else { return nil }
        var length = 4
        for _ in 0..<2 {
            guard value.count >= length + 3, value[length] == UInt8(ascii: "-"),
                digits(value[(length + 1)..<(length + 3)])
            else { break }
            length += 3
        }
        return Array(value[0..<length])
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func digits(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.allSatisfy(isDigit) }
}
