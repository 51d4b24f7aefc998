import BuktiCore

/// Stand-in for `TodoList` (branch repcore) until it is merged: same ranking rule (weight × level
/// gained, the next provable level's missing documents), same sentence shape.
enum HTMLTodoSource {
    struct Action { var text: String; var gain: Double }

    static func actions(_ innovation: InnovationReport, _ context: HTMLContext) -> [Action] {
        let lang = context.language
        var actions: [(Action, Int)] = []
        for indicator in context.input.rules.indicators {
            let current = innovation.indicators.first { $0.id == indicator.id }?.level ?? 0
            let higher = indicator.levels.filter { $0.level > current && $0.verify == nil }.sorted { $0.level < $1.level }
            guard let target = higher.first else { continue }
            let needs = target.requires.filter { requirement in
                !requirement.types.contains { innovation.documents[$0]?.status == .present }
            }
            guard !needs.isEmpty else { continue }
            let what = needs.map { $0.types.map(context.typeLabel).joined(separator: lang == "en" ? " or " : " atau ") }
                .joined(separator: lang == "en" ? " and " : " dan ")
            let gain = indicator.weight * Double(target.level - current)
            let name = indicator.name.text(lang)
            let text = lang == "en"
                ? "Upload \(what): +\(HTMLContext.number(gain)) on \(name) (level \(current) → \(target.level))"
                : "Unggah \(what): +\(HTMLContext.number(gain)) pada \(name) (level \(current) → \(target.level))"
            actions.append((Action(text: text, gain: gain), indicator.number))
        }
        return actions.sorted { $0.0.gain != $1.0.gain ? $0.0.gain > $1.0.gain : $0.1 < $1.1 }.map(\.0)
    }
}
