import BuktiCore

/// Dates as people write them in reports: `12 Januari 2024` / `12 January 2024`, from the ISO 8601
/// strings the audit carries (`2024-01-12`, `2024-01-12T08:30:00+07:00`, `2024-01`, `2024`).
/// The date is taken as written (no time-zone shift: a letter dated the 12th stays the 12th).
public enum WrittenDate {
    /// The written date, or nil when `iso` does not start with `yyyy`, `yyyy-mm` or `yyyy-mm-dd`.
    public static func format(_ iso: String, language: Language = .id) -> String? {
        let parts = iso.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        guard parts.count > 1 else { return iso.count == 4 ? String(year) : nil }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month),
              case let name = Words(language, .reports)[.month(month)]
        else { return nil }
        guard parts.count > 2 else { return "\(name) \(year)" }
        guard parts[2].count == 2, let day = Int(parts[2]), (1...daysIn(month, year)).contains(day) else { return nil }
        return "\(day) \(name) \(year)"
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension MessageKey {
    /// The name of month `number` (1 = January).
    static func month(_ number: Int) -> MessageKey { MessageKey("month.\(number)") }
}

extension Catalogue {
    /// Month names for written dates.
    static let monthBlock = CatalogueBlock(
        id: Dictionary(uniqueKeysWithValues: zip(1...12, [
            "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
            "November", "Desember",
        ]).map { (MessageKey.month($0), $1) }),
        en: Dictionary(uniqueKeysWithValues: zip(1...12, [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]).map { (MessageKey.month($0), $1) }))
}
