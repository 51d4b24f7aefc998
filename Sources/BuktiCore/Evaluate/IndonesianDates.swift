import Foundation

/// How dates are written on Indonesian government documents, as data: month names and the
/// patterns DateReader looks for. Every pattern is compiled once, when first used.
enum IndonesianDates {
    /// Month names and abbreviations (lower case) to month numbers: Indonesian, the old spellings
    /// still seen on letters (`Pebruari`, `Nopember`), and English.
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "january": 1,
        "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
        "maret": 3, "mar": 3, "march": 3,
        "april": 4, "apr": 4,
        "mei": 5, "may": 5,
        "juni": 6, "jun": 6, "june": 6,
        "juli": 7, "jul": 7, "july": 7,
        "agustus": 8, "agu": 8, "agt": 8, "agus": 8, "ags": 8, "aug": 8, "august": 8,
        "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "oct": 10, "october": 10,
        "november": 11, "nopember": 11, "nov": 11, "nop": 11,
        "desember": 12, "des": 12, "dec": 12, "december": 12,
    ]

    /// A year bukti accepts in a pattern (plausibility against the assessment year comes later).
    private static let year = "((?:19|20)[0-9]{2})"

    /// The month alternation, longest first so `Juni` is not read as `Jun` + `i`.
    private static let monthAlternation = months.keys.sorted { ($0.count, $0) > ($1.count, $1) }.joined(separator: "|")

    /// `NOMOR 100.3.3.2/45/Bappeda/2024`, `Nomor: 188.45/123/KPTS/2023`, `No. 800/12/2024`: a letter
    /// number whose last `/`-separated part is the year. OCR often reads the O of NOMOR as a zero.
    static let letterNumber = compile(
        "\\bn[o0](?:m[o0]r)?\\b\\.?\\s*:?\\s*((?:[0-9a-z][0-9a-z.\\-]*\\s?/\\s?){1,8}" + year + ")(?![0-9a-z/])")
    /// `NOMOR 12 TAHUN 2023`: how regulations (Perda, Perbup) are numbered.
    static let regulationNumber = compile("\\bn[o0]m[o0]r\\s*:?\\s*[0-9]+\\s+tahun\\s+" + year + "\\b")
    /// `TAHUN ANGGARAN 2024`, `TAHUN 2023`, `T.A. 2024`, `TA 2024`.
    static let yearPhrase = compile("\\b(?:tahun\\s+anggaran|tahun|t\\.\\s?a\\.|ta)\\s*:?\\s*" + year + "\\b")
    /// `12 Januari 2023`, `3 Mar. 2024`.
    static let namedDate = compile(
        "\\b([0-9]{1,2})\\s*(" + monthAlternation + ")\\.?\\s*,?\\s*" + year + "\\b")
    /// `Juni 2025`, `Desember 2024`: a month without a day (cover pages, periods), the weakest written date.
    static let monthYear = compile("\\b(" + monthAlternation + ")\\.?\\s*,?\\s*" + year + "\\b")
    /// `12-01-2024`, `12/01/2024`, `12.01.2024` (day first), not the tail of a letter number.
    static let numericDate = compile("(?<![0-9./\\-])([0-9]{1,2})([-/.])([0-9]{1,2})\\2" + year + "\\b")
    /// A date stamp in a file name as phones, scanners and screenshot tools write it:
    /// `IMG_20240112_093000`, `Screenshot_20240305-101530`, `WhatsApp Image 2024-03-05 at ...`.
    static let nameDateStamp = compile(
        "(?<![0-9])((?:19|20)[0-9]{2})([-_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12][0-9]|3[01])(?![0-9])")
    /// A standalone year in a file name: not part of a longer run of digits.
    static let nameYear = compile("(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])")
    /// Words that introduce the date a document was signed (`Ditetapkan di Contoh pada tanggal`).
    static let enacted = compile("ditetapkan")
    static let onDate = compile("pada\\s+tanggal|tanggal")

    private static func compile(_ pattern: String) -> NSRegularExpression {
        // The patterns are literals in this file, so a failure is a programming error caught by tests.
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            preconditionFailure("bad built-in date pattern \(pattern)")
        }
        return regex
    }

    /// Days in `month` of `year` (Gregorian).
    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `yyyy-mm-dd` when the parts make a real date.
    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), (1...days(in: month, of: year)).contains(day) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
