import Foundation
import BuktiCore

/// Making file-derived strings safe and readable on a terminal.
enum TerminalText {
    /// `text` with every control character (C0, DEL, C1) and bidirectional override written as a visible
    /// escape, so a crafted title or file name cannot move the cursor, recolour or reorder the screen.
    static func sanitized(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out += scalar.value < 0x100
                    ? "\\x" + hex(scalar.value, width: 2) : "\\u{" + hex(scalar.value, width: 4) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whitespace runs (including line breaks) folded to one space, trimmed, cut to `limit` characters.
    static func preview(_ text: String, limit: Int = 200) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let joined = words.joined(separator: " ")
        guard joined.count > limit else { return joined }
        return String(joined.prefix(limit)) + "…"
    }

    /// Bidirectional embeddings, overrides and isolates (the "Trojan Source" characters).
    static let bidiControls: ClosedRange<UInt32> = 0x202A...0x202E
    static let bidiIsolates: ClosedRange<UInt32> = 0x2066...0x2069

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || bidiControls.contains(value)
            || bidiIsolates.contains(value)
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

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

/// ANSI styles, applied only when colour is on.
struct Style {
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
