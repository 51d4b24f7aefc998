import Foundation

/// Spreadsheet naming and encoding rules the writer applies to whatever text it is given.
enum XLSXNaming {
    /// `A`, `B`, ... `Z`, `AA`... for a zero-based column index.
    static func column(_ index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `B3` for zero-based column 1, row 2.
    static func cell(column: Int, row: Int) -> String { "\(self.column(column))\(row + 1)" }

    /// Most characters a cell holds (Excel's limit; longer text is cut and marked with an ellipsis).
    static let maxCellCharacters = 32_767

    /// Cell text as SpreadsheetML stores it: forbidden XML characters dropped, a literal `_xHHHH_`
    /// protected as `_x005F_xHHHH_` (otherwise Excel decodes it as an escaped character), and cut
    /// to the cell limit.
    static func cellText(_ text: String) -> String {
        var cleaned = XMLText.cleaned(text)
        if cleaned.utf16.count > maxCellCharacters {
            var kept = String.UnicodeScalarView()
            var units = 0
            for scalar in cleaned.unicodeScalars {
                units += scalar.utf16.count
                if units >= maxCellCharacters { break }
                kept.append(scalar)
            }
            cleaned = String(kept) + "…"
        }
        guard cleaned.contains("_x") else { return cleaned }
        let scalars = Array(cleaned.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "_", isEscape(scalars, at: offset) { result.append(contentsOf: "_x005F".unicodeScalars) }
            result.append(scalar)
        }
        return String(result)
    }

    /// True when `_xHHHH_` starts at `offset`.
    private static func isEscape(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset + 6 < scalars.count, scalars[offset + 1] == "x", scalars[offset + 6] == "_" else { return false }
        return scalars[(offset + 2)..<(offset + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Characters a sheet name cannot contain.
    private static let forbiddenInSheetNames: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    /// Longest sheet name.
    static let maxSheetName = 31

    /// Valid, distinct sheet names for `names`: forbidden characters dropped, apostrophes trimmed from
    /// the ends, cut to 31 characters, empty names replaced by `Sheet N`, repeats (in any case) numbered.
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        var result: [String] = []
        for (offset, name) in names.enumerated() {
            var base = String(XMLText.cleaned(name).filter { !forbiddenInSheetNames.contains($0) && !$0.isNewline })
            base = base.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
            if base.isEmpty { base = "Sheet \(offset + 1)" }
            var candidate = String(base.prefix(maxSheetName))
            var counter = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = String(base.prefix(maxSheetName - suffix.count)) + suffix
                counter += 1
            }
            used.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    /// `'Sheet name'!$A$1:$H$9`: a range for a defined name, the sheet name quoted.
    static func absoluteRange(sheet: String, columns: Int, rows: Int) -> String {
        "\(quoted(sheet))!$A$1:$\(column(max(columns, 1) - 1))$\(max(rows, 1))"
    }

    /// A sheet name as formulas and defined names write it: in apostrophes, inner ones doubled.
    static func quoted(_ sheet: String) -> String { "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'" }

    /// Days since 1899-12-30 (Excel's day 0 in the 1900 date system), with the time as a fraction.
    /// Dates before 1 March 1900 come out one day off in Excel, which counts a 29 February 1900.
    static func serial(_ date: Date) -> Double {
        date.timeIntervalSince1970 / 86_400 + 25_569
    }

    /// A number as `<v>` text: integers without a fraction, others in Swift's shortest round-trip form.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
