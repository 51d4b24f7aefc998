import Foundation

/// EXIF date strings ("2024:01:02 03:04:05", offsets "+08:00") turned into ISO 8601 by hand:
/// Foundation's ISO 8601 parser rejects the colon-separated date, and blank or zero dates mean unknown.
enum EXIFDate {
    /// "2024-01-02T03:04:05" (+ the offset when valid), or nil for blank, zero or malformed dates.
    static func iso8601(_ value: String?, offset: String? = nil) -> String? {
        guard let value else { return nil }
        let digits = Array(value.utf8)
        // Positions of the fields in "YYYY:MM:DD HH:MM:SS"; separators may be ':', '-', ' ' or 'T'.
        let fields = [(0, 4), (5, 2), (8, 2), (11, 2), (14, 2), (17, 2)]
        var numbers: [Int] = []
        for (start, width) in fields {
            guard start + width <= digits.count, let number = decimal(digits[start..<start + width]) else { return nil }
            numbers.append(number)
        }
        let (year, month, day, hour, minute, second) = (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5])
        guard year > 0, (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
            (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        return date + (offset.flatMap(normalizedOffset) ?? "")
    }

    /// "+08:00" / "-03:30" / "Z" kept as given when well formed; anything else dropped.
    static func normalizedOffset(_ offset: String) -> String? {
        let trimmed = offset.trimmingCharacters(in: .whitespaces)
        if trimmed == "Z" { return "Z" }
        let bytes = Array(trimmed.utf8)
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes[3] == UInt8(ascii: ":"), let hours = decimal(bytes[1..<3]), let minutes = decimal(bytes[4..<6]),
            hours <= 14, minutes <= 59
        else { return nil }
        return trimmed
    }

    static func decimal(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return bytes.isEmpty ? nil : value
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
