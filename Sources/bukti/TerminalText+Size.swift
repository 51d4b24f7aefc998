import BuktiCore
import BuktiReports

extension TerminalText {
    /// A byte count for people: `812 B`, `4.2 kB`, `1.3 MB` (decimal units, as file managers show);
    /// in Indonesian `4,2 kB (4213 bita)`.
    static func size(_ bytes: Int64, _ words: Words = Words.cli(.en)) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        if unit == 0 { return "\(bytes) B" }
        let rounded = (value * 10).rounded() / 10
        let number = words.language == .id ? "\(rounded)".replacingOccurrences(of: ".", with: ",") : "\(rounded)"
        return "\(number) \(units[unit]) " + words.format("size.bytes", bytes)
    }
}
