import Foundation

/// The date sources read from a document's text: letter numbers, year phrases and written dates.
extension DateReader {
    /// The year ending the document's number: the first letter number (`NOMOR 188.45/123/KPTS/2023`)
    /// or regulation number (`NOMOR 12 TAHUN 2023`) on the first page with a plausible year. The
    /// first is the document's own; numbers cited further down (`Mengingat`) come later.
    func numberYear(_ page: FirstPage) -> DocumentDate? {
        let range = NSRange(location: 0, length: page.length)
        var best: (location: Int, date: DocumentDate)?
        for (regex, group) in [(IndonesianDates.letterNumber, 2), (IndonesianDates.regulationNumber, 1)] {
            for match in regex.matches(in: page.text, range: range) {
                guard let year = Self.int(page.text, match.range(at: group)), plausibleYears.contains(year),
                      let evidence = Self.substring(page.text, match.range) else { continue }
                if best.map({ match.range.location < $0.location }) ?? true {
                    best = (match.range.location, DocumentDate(year: year, source: .numberYear, evidence: evidence))
                }
                break
            }
        }
        return best?.date
    }

    /// The first `TAHUN ANGGARAN 2024`, `TAHUN 2023` or `T.A. 2024` on the first page with a plausible
    /// year. The `TAHUN` of a regulation number (`NOMOR 41 TAHUN 2024`) is a number, not a year phrase:
    /// an RKPD enacted by a Perbup of 2024 is the plan `TAHUN 2025` below it.
    func yearPhrase(_ page: FirstPage) -> DocumentDate? {
        let all = NSRange(location: 0, length: page.length)
        let numbers = IndonesianDates.regulationNumber.matches(in: page.text, range: all).map(\.range)
        for match in IndonesianDates.yearPhrase.matches(in: page.text, range: all) {
            if numbers.contains(where: { NSIntersectionRange($0, match.range).length > 0 }) { continue }
            guard let year = Self.int(page.text, match.range(at: 1)), plausibleYears.contains(year),
                  let evidence = Self.substring(page.text, match.range) else { continue }
            return DocumentDate(year: year, source: .yearPhrase, evidence: evidence)
        }
        return nil
    }

    /// The signature date: the first written date introduced by `Ditetapkan`, else by `pada tanggal`
    /// / `tanggal`, anywhere in the text read; else the last written date on the first page (the
    /// signature block of a one-page letter: `Contoh, 5 Februari 2024`). A month and year without
    /// a day is read separately (`monthYear`), later in the order of sources.
    func writtenDate(_ page: FirstPage, whole: FirstPage) -> DocumentDate? {
        let all = writtenDates(in: whole)
        if let enacted = all.first(where: { $0.introducer == 2 }) ?? all.first(where: { $0.introducer == 1 }) {
            return enacted.date
        }
        return writtenDates(in: page).last?.date
    }

    /// The last plausible month-and-year on the page that is not part of a day-month-year (a date
    /// that does not exist, `30 Februari 2024`, gives no year either).
    func monthYear(_ page: FirstPage) -> DocumentDate? {
        let all = NSRange(location: 0, length: page.length)
        let days = IndonesianDates.namedDate.matches(in: page.text, range: all).map(\.range)
        for match in IndonesianDates.monthYear.matches(in: page.text, range: all).reversed() {
            if days.contains(where: { NSIntersectionRange($0, match.range).length > 0 }) { continue }
            guard let month = Self.substring(page.text, match.range(at: 1)).flatMap({ IndonesianDates.months[$0.lowercased()] }),
                  (1...12).contains(month), let year = Self.int(page.text, match.range(at: 2)),
                  plausibleYears.contains(year), let evidence = Self.substring(page.text, match.range) else { continue }
            return DocumentDate(year: year, source: .writtenDate, evidence: evidence)
        }
        return nil
    }

    /// Characters before a date searched for the words that introduce it.
    private static let introducerReach = 80

    /// Every plausible written date in `text`, in order, with how strongly it is introduced as the
    /// signing date (2 `Ditetapkan`, 1 `tanggal`, 0 nothing).
    private func writtenDates(in text: FirstPage) -> [(location: Int, introducer: Int, date: DocumentDate)] {
        let range = NSRange(location: 0, length: text.length)
        var found: [(location: Int, introducer: Int, date: DocumentDate)] = []
        for match in IndonesianDates.namedDate.matches(in: text.text, range: range) {
            guard let day = Self.int(text.text, match.range(at: 1)),
                  let month = Self.substring(text.text, match.range(at: 2)).flatMap({ IndonesianDates.months[$0.lowercased()] }),
                  let year = Self.int(text.text, match.range(at: 3)) else { continue }
            if let date = dated(year, month, day, match.range, text) { found.append(date) }
        }
        for match in IndonesianDates.numericDate.matches(in: text.text, range: range) {
            guard let day = Self.int(text.text, match.range(at: 1)), let month = Self.int(text.text, match.range(at: 3)),
                  let year = Self.int(text.text, match.range(at: 4)) else { continue }
            if let date = dated(year, month, day, match.range, text) { found.append(date) }
        }
        return found.sorted { $0.location < $1.location }
    }

    private func dated(_ year: Int, _ month: Int, _ day: Int, _ range: NSRange, _ text: FirstPage)
        -> (location: Int, introducer: Int, date: DocumentDate)? {
        guard plausibleYears.contains(year), let iso = IndonesianDates.iso(year: year, month: month, day: day)
        else { return nil }
        let start = max(0, range.location - Self.introducerReach)
        let before = NSRange(location: start, length: range.location - start)
        var introducer = 0
        if IndonesianDates.enacted.firstMatch(in: text.text, range: before) != nil {
            introducer = 2
        } else if IndonesianDates.onDate.firstMatch(in: text.text, range: before) != nil {
            introducer = 1
        }
        // The evidence starts at the introducing words when they are close, as a reader would quote it.
        var evidenceRange = range
        if introducer > 0, let words = (introducer == 2 ? IndonesianDates.enacted : IndonesianDates.onDate)
            .matches(in: text.text, range: before).last {
            evidenceRange = NSRange(location: words.range.location, length: range.upperBound - words.range.location)
        }
        let evidence = Self.substring(text.text, evidenceRange) ?? ""
        return (range.location, introducer, DocumentDate(year: year, date: iso, source: .writtenDate, evidence: evidence))
    }
}
