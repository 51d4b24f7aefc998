import BuktiCore

/// The to-do list of an innovation, most valuable first: what to upload or check and the score it
/// is estimated to add. The actions come from `TodoList` (shared with the Markdown report).
enum HTMLTodoSection {
    static func write(_ w: inout HTMLWriter, _ innovation: InnovationReport, _ context: HTMLContext) {
        let t = context.text
        w.element("h3", [:], t(.todo))
        let actions = context.todo.actions(for: innovation)
        guard !actions.isEmpty else { w.element("p", [:], t(.noTodo)); return }
        w.raw("<ol class=\"todo\">")
        for action in actions {
            w.open("li", ["data-gain": HTMLContext.number(action.gain)])
            w.text(action.text)
            w.close("li")
        }
        w.raw("</ol>\n")
    }
}
