/// Escaping for Markdown: text from files and folders must not become links, emphasis, code or
/// table cells of its own (`|`), and must stay on one line.
enum MarkdownText {
    /// Characters with a meaning inside a line in CommonMark / GFM tables, escaped with a backslash
    /// (our text never starts a line, so `#`, `+`, `-` and `1.` need nothing; `(` only matters after
    /// `]`, which is escaped).
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

    /// `text` with specials escaped and line breaks and control characters shown as spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isNewline || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                out.append(" ")
            } else {
                if special.contains(character) { out.append("\\") }
                out.append(character)
            }
        }
        return out
    }

    /// A table row.
    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
}
