import Foundation

/// The ways an innovation may be named in its documents: its full name and its acronym, from the
/// folder name and the manifest. `SIPANDU - Sistem Informasi Posyandu Terpadu` and `Sistem Informasi
/// Posyandu Terpadu (SIPANDU)` both give `sipandu` and `sistem informasi posyandu terpadu`.
public struct InnovationNames: Sendable, Equatable {
    /// Normalised names (see `normalize`), longest first.
    public let variants: [String]

    public init(_ names: [String]) {
        var found: Set<String> = []
        for name in names { for piece in Self.pieces(of: name) { found.insert(Self.normalize(piece)) } }
        variants = found.filter { $0.count >= 3 }.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// True when `text` names the innovation as whole words, ignoring case, accents and punctuation.
    public func isNamed(in text: String) -> Bool {
        let haystack = " " + Self.normalize(text) + " "
        return variants.contains { haystack.contains(" " + $0 + " ") }
    }

    /// The name, and the parts split at ` - `, `:` and parentheses; a leading number (`01_`, `3.`) dropped.
    static func pieces(of name: String) -> [String] {
        var cleaned = name.replacingOccurrences(of: "_", with: " ")
        if let range = cleaned.range(of: #"^\s*\d+\s*[.)\-]?\s+"#, options: .regularExpression) {
            cleaned.removeSubrange(range)
        }
        var out = [cleaned]
        for separator in [" - ", " – ", " — ", ":", "(", ")"] {
            out = out.flatMap { $0.components(separatedBy: separator) }
        }
        return [cleaned] + out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Lower case, accents folded, every run of non-alphanumerics one space, trimmed.
    public static func normalize(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var out = ""
        out.reserveCapacity(folded.count)
        var space = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if space && !out.isEmpty { out += " " }
                out.unicodeScalars.append(scalar)
                space = false
            } else {
                space = true
            }
        }
        return out
    }
}
