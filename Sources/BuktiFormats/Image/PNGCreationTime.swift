import Foundation

/// PNG's free-form "Creation Time" text as ISO 8601. The PNG specification recommends RFC 1123
/// ("Mon, 06 May 2024 07:08:09 +0700"); tools also write ISO 8601 and EXIF-style dates. The offset
/// is kept as written, which a parsed `Date` would lose, so both shapes are read by hand.
enum PNGCreationTime {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// Zone names RFC 1123 allows that mean UTC.
    static let utcNames: Set<String> = ["gmt", "ut", "utc", "z"]

    /// ISO 8601 with the offset when one is given; nil when the text is not a recognisable date.
    static func iso8601(_ text: String) -> String? {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return isoLike(value) ?? rfc1123(value)
    }

    /// "2024-05-06T07:08:09+07:00", "2024:05:06 07:08:09", with optional fraction and zone.
    static func isoLike(_ value: String) -> String? {
        guard value.utf8.count >= 19, let date = EXIFDate.iso8601(String(value.prefix(19))) else { return nil }
        var rest = Substring(value.dropFirst(19))
        if rest.first == "." { rest = rest.drop { $0 == "." || $0.isNumber } }
        let zone = rest.trimmingCharacters(in: .whitespaces)
        return zone.isEmpty ? date : offset(zone).map { date + $0 }
    }

    /// "Mon, 06 May 2024 07:08:09 +0700" (the weekday is optional).
    static func rfc1123(_ value: String) -> String? {
        var words = value.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        if let first = words.first, first.first?.isLetter == true { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]), let year = Int(words[2]),
            let month = months.firstIndex(of: words[1].prefix(3).lowercased())
        else { return nil }
        let time = words[3].split(separator: ":")
        guard time.count == 3 || time.count == 2 else { return nil }
        let clock = time.map(String.init) + (time.count == 2 ? ["00"] : [])
        let exifStyle = String(format: "%04d:%02d:%02d %@:%@:%@", year, month + 1, day, clock[0], clock[1], clock[2])
        guard let date = EXIFDate.iso8601(exifStyle) else { return nil }
        guard words.count >= 5 else { return date }
        return offset(words[4]).map { date + $0 } ?? date
    }

    /// "+0700" / "+07:00" / "GMT" as "+07:00" / "Z".
    static func offset(_ zone: String) -> String? {
        if utcNames.contains(zone.lowercased()) { return "Z" }
        var digits = zone
        if digits.count == 5, !digits.contains(":") { digits.insert(":", at: digits.index(digits.startIndex, offsetBy: 3)) }
        return EXIFDate.normalizedOffset(digits)
    }
}
