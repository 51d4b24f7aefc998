/// An ISO 8601 date-time as the two sides print it, reduced precision allowed (`2023`, `2023-01-15`,
/// `2023-01-15T09:30`), with or without an offset (`Z`, `+07`, `+07:00`, `-0530`).
struct ISOMoment: Equatable, CustomStringConvertible {
    /// Year, month, day, hour, minute, second as written; missing trailing fields take their first value.
    var wallClock: [Int]
    /// Seconds east of UTC, nil when the string gives no offset.
    var offset: Int?

    /// Parses `text`; nil when it is not an ISO 8601 date-time of the shapes above.
    init?(_ text: String) {
        let pattern =
            /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/
        guard let match = text.wholeMatch(of: pattern) else { return nil }
        let parts = [match.1, match.2, match.3, match.4, match.5, match.6]
        let firstValues = [0, 1, 1, 0, 0, 0]
        wallClock = zip(parts, firstValues).map { part, first in part.flatMap { Int($0) } ?? first }
        guard let zone = match.7 else {
            offset = nil
            return
        }
        if zone == "Z" {
            offset = 0
            return
        }
        let digits = zone.dropFirst().filter(\.isNumber)
        let hours = Int(digits.prefix(2)) ?? 0
        let minutes = Int(digits.dropFirst(2)) ?? 0
        offset = (zone.first == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    var description: String { "\(wallClock) offset \(offset.map(String.init) ?? "none")" }

    /// Seconds since 1970-01-01T00:00:00 of the wall-clock fields, read as if they were UTC.
    var wallSeconds: Int {
        let (y, m, d) = (wallClock[0], wallClock[1], wallClock[2])
        // Days from civil (Howard Hinnant's algorithm), proleptic Gregorian calendar.
        let year = m <= 2 ? y - 1 : y
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + wallClock[3] * 3600 + wallClock[4] * 60 + wallClock[5]
    }

    /// True when this (bukti's) value names the moment `reference` (pdfinfo's) does.
    ///
    /// Both with an offset: the same instant. poppler prints `Z` both for UTC and for a date that has
    /// no offset at all, so a bukti value without an offset is compared by its wall clock, unless
    /// pdfinfo printed a non-zero offset: then the file had one and bukti lost it.
    func agrees(withReference reference: ISOMoment) -> Bool {
        switch (offset, reference.offset) {
        case let (mine?, theirs?): return wallSeconds - mine == reference.wallSeconds - theirs
        case (nil, let theirs?) where theirs != 0: return false
        default: return wallClock == reference.wallClock
        }
    }
}
