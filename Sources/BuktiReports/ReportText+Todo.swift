/// Words of the to-do list (`TodoList`).
extension ReportKey {
    static let todoAction: ReportKey = "todo.action"
    static let todoUpload: ReportKey = "todo.upload"
    static let todoCheck: ReportKey = "todo.check"
    static let todoCheckOnly: ReportKey = "todo.checkOnly"
    static let todoThen: ReportKey = "todo.then"
    static let todoAnd: ReportKey = "todo.and"
    static let todoOr: ReportKey = "todo.or"
    static let todoForYears: ReportKey = "todo.forYears"
}

extension ReportText {
    /// `{1}` what to do, `{2}` gain, `{3}` indicator name, `{4}` current level, `{5}` target level.
    static let todoCatalogue = ReportCatalogue(
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
