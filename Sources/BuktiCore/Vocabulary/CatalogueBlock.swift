/// One block of catalogue entries with both languages side by side, so one concern's words live in
/// one file (`Catalogue+HTML.swift`) and a word cannot exist in one language only (a test checks).
/// Templates use `{1}`, `{2}`... for arguments; a key ending in `.one` is the English singular of a
/// counted word (Indonesian does not inflect).
public struct CatalogueBlock: Sendable {
    public let id: [MessageKey: String]
    public let en: [MessageKey: String]

    public init(id: [MessageKey: String], en: [MessageKey: String]) {
        self.id = id
        self.en = en
    }

    /// A block keyed by the cases of a string enum, each key `prefix` + the case's raw value
    /// (`html.` + `reportTitle`), for a report whose words are a closed set.
    public init<Word: RawRepresentable>(prefix: String, id: [Word: String], en: [Word: String]) where Word.RawValue == String {
        self.id = Dictionary(uniqueKeysWithValues: id.map { (MessageKey(prefix + $0.key.rawValue), $0.value) })
        self.en = Dictionary(uniqueKeysWithValues: en.map { (MessageKey(prefix + $0.key.rawValue), $0.value) })
    }

    /// The entries in `language`.
    public func entries(_ language: Language) -> [MessageKey: String] {
        switch language {
        case .id: id
        case .en: en
        }
    }
}
