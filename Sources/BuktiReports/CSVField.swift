import Foundation

/// One CSV cell per RFC 4180, made safe for spreadsheets: a value starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a leading apostrophe so Excel and LibreOffice show it as text
/// instead of running it as a formula (file names come from strangers' folders).
public enum CSVField {
    /// Characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as it goes between the commas: neutralised, then quoted when it holds a comma,
    /// a quote, a line break or leading/trailing spaces, with inner quotes doubled.
    public static func encode(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) { text = "'" + text }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A record: cells encoded, joined by commas, ended by CRLF (RFC 4180).
    public static func row(_ cells: [String]) -> String { cells.map(encode).joined(separator: ",") + "\r\n" }

    /// A number cell as a plain number (`30`, `1.5`): never neutralised, never localised.
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
