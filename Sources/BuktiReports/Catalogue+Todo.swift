import BuktiCore

/// Words of the to-do list (`TodoList`).
extension MessageKey {
    static let todoAction: MessageKey = "todo.action"
    static let todoUpload: MessageKey = "todo.upload"
    static let todoCheck: MessageKey = "todo.check"
    static let todoCheckOnly: MessageKey = "todo.checkOnly"
    static let todoThen: MessageKey = "todo.then"
    static let todoAnd: MessageKey = "todo.and"
    static let todoOr: MessageKey = "todo.or"
    static let todoForYears: MessageKey = "todo.forYears"
}

extension Catalogue {
    /// `{1}` what to do, `{2}` gain, `{3}` indicator name, `{4}` current level, `{5}` target level.
    static let todoBlock = CatalogueBlock(
        id: [
            .todoAction: "{1}: +{2} pada {3} (level {4} → {5})",
            .todoUpload: "Unggah {1}",
            .todoCheck: "periksa: {1}",
            .todoCheckOnly: "Periksa: {1}",
            .todoThen: ", lalu ",
            .todoAnd: " dan ",
            .todoOr: " atau ",
            .todoForYears: "untuk tahun {1}",
        ],
        en: [
            .todoAction: "{1}: +{2} on {3} (level {4} → {5})",
            .todoUpload: "Upload {1}",
            .todoCheck: "check: {1}",
            .todoCheckOnly: "Check: {1}",
            .todoThen: ", then ",
            .todoAnd: " and ",
            .todoOr: " or ",
            .todoForYears: "for {1}",
        ])
}
