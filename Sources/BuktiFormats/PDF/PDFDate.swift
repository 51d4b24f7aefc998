/// Normalises PDF date strings (ISO 32000-1 §7.9.4, `D:YYYYMMDDHHmmSSOHH'mm'`) in the forms writers
/// actually produce to ISO 8601, keeping the precision the file gives.
///
/// Accepted: the `D:` prefix or none; any prefix of the fields (`D:2023`, `D:202301`, …); `Z`, `Z00'00'`
/// and a stray `Z'`; offsets `+07'00'`, `+07'00`, `+0700`, `+07`; anything after the offset ignored.
/// Output: `2023`, `2023-01`, `2023-01-15`, `2023-01-15T09:30`, `2023-01-15T09:30:00`, then `Z` or
/// `+07:00` only when the file states a zone (pdfinfo assumes UTC when none is given, and prints `+07`
/// for whole hours; the full `+07:00` is the same instant in the more common ISO form).
public enum PDFDate {
    /// The ISO 8601 form of `text`, or nil when it does not start with a valid year (and, when present,
    /// valid month, day, hour, minute and second).
    public static func iso8601(_ text: String) -> String? {
        var bytes = Array(text.utf8)[...]
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
        if bytes.starts(with: Array("D:".utf8)) { bytes = bytes.dropFirst(2) }
        var fields: [Int] = []
        // Year, month, day, hour, minute, second: 4 digits then 2 each.
        for width in [4, 2, 2, 2, 2, 2] {
            guard bytes.count >= width, bytes.prefix(width).allSatisfy(PDFCharacter.isDigit) else { break }
            fields.append(bytes.prefix(width).reduce(0) { $0 * 10 + Int($1 - 0x30) })
            bytes = bytes.dropFirst(width)
        }
        guard !fields.isEmpty else { return nil }
        let ranges = [0...9999, 1...12, 1...31, 0...23, 0...59, 0...60]
        for (value, range) in zip(fields, ranges) where !range.contains(value) { return nil }
        var out = pad(fields[0], 4)
        if fields.count > 1 { out += "-" + pad(fields[1], 2) }
        if fields.count > 2 { out += "-" + pad(fields[2], 2) }
        if fields.count > 3 {
            out += "T" + pad(fields[3], 2) + ":" + pad(fields.count > 4 ? fields[4] : 0, 2)
            if fields.count > 5 { out += ":" + pad(fields[5], 2) }
            out += zone(bytes) ?? ""
        }
        return out
    }

    /// `Z` or `±HH:MM` from the bytes after the seconds, nil when they state no zone.
    static func zone(_ rest: ArraySlice<UInt8>) -> String? {
        guard let sign = rest.first else { return nil }
        if sign == 0x5A { return "Z" }  // Z, Z00'00', Z'
        guard sign == 0x2B || sign == 0x2D else { return nil }
        let digits = rest.dropFirst().filter { $0 != 0x27 }.prefix { PDFCharacter.isDigit($0) }
        guard digits.count >= 2 else { return nil }
        let hours = Int(digits[digits.startIndex] - 0x30) * 10 + Int(digits[digits.startIndex + 1] - 0x30)
        var minutes = 0
        if digits.count >= 4 {
            minutes = Int(digits[digits.startIndex + 2] - 0x30) * 10 + Int(digits[digits.startIndex + 3] - 0x30)
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        return (sign == 0x2B ? "+" : "-") + pad(hours, 2) + ":" + pad(minutes, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
