/// The language people read bukti's own words in: Indonesian (the default) or English. Labels of
/// documents and indicators come from the rule file in both (`LocalizedText`); everything else comes
/// from the `Catalogue`.
public enum Language: String, Sendable, CaseIterable, Codable {
    case id, en
}
