/// The catalogue in one language: what every renderer, report and message uses to say a word.
public struct Words: Sendable {
    public let language: Language
    public let catalogue: Catalogue

    public init(_ language: Language, _ catalogue: Catalogue) {
        self.language = language
        self.catalogue = catalogue
    }

    /// The word for `key`; an unknown key shows as itself so a gap is visible in golden tests.
    public subscript(_ key: MessageKey) -> String { catalogue.text(key, in: language) ?? key.rawValue }

    /// The word for `key`, or `fallback` when the catalogue has none (a flag added to a command spec
    /// without catalogue words still shows the spec's English).
    public func word(_ key: MessageKey, or fallback: String) -> String { catalogue.text(key, in: language) ?? fallback }

    /// True when the catalogue defines `key` in this language.
    public func has(_ key: MessageKey) -> Bool { catalogue.text(key, in: language) != nil }

    /// The template for `key` with `{1}`, `{2}`... replaced by `arguments`.
    public func format(_ key: MessageKey, _ arguments: any CustomStringConvertible...) -> String {
        Self.fill(self[key], arguments.map(\.description))
    }

    /// `count` as `{1}` of `key`, using its `.one` variant when the count is 1 and the language has
    /// one (English plurals); `more` fill `{2}`...
    public func count(_ key: MessageKey, _ count: Int, _ more: any CustomStringConvertible...) -> String {
        let template = count == 1 ? (catalogue.text(key.one, in: language) ?? self[key]) : self[key]
        return Self.fill(template, [String(count)] + more.map(\.description))
    }

    /// A number as people write it: `3`, `1,5` in Indonesian, `1.5` in English.
    public func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A year window as years: `2022–2024`, or `2024` for a single year.
    public func years(_ window: YearWindow, assessmentYear t0: Int) -> String {
        window.from == window.to ? String(t0 + window.from) : "\(t0 + window.from)–\(t0 + window.to)"
    }

    /// `template` with each `{n}` replaced by `arguments[n - 1]`, in one pass, so an argument that
    /// itself contains `{2}` (a file name) is never filled again.
    public static func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let digits = Optional(after[..<close]),
               digits.first != "0", digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits),
               number <= arguments.count {
                out += arguments[number - 1]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}
