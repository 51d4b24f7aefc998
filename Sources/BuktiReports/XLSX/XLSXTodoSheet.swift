import BuktiCore
import BuktiFormats

/// *Yang perlu dilakukan*: every innovation's to-do list (`TodoList`), one action per row ranked
/// within its innovation, with the estimated score gain as a number so an OPD can filter to its own
/// innovations and sort the whole region by what earns most.
enum XLSXTodoSheet {
    static func sheet(_ context: XLSXReportContext) -> XLSXSheet {
        let list = TodoList(
            rules: context.rules, assessmentYear: context.audit.assessmentYear, language: context.input.language)
        var rows = [
            context.header([
                .opd, .innovation, .xlsxRank, .indicator, .xlsxCurrentLevel, .xlsxTargetLevel, .xlsxGain, .xlsxAction,
            ])
        ]
        for (index, innovation) in context.innovations {
            for (rank, action) in list.actions(for: innovation).enumerated() {
                rows.append(
                    context.leading(index) + [
                        XLSXReportContext.text(innovation.opd),
                        .string(innovation.name),
                        .number(Double(rank + 1)),
                        .string("\(action.indicatorNumber). \(action.indicatorName)"),
                        .number(Double(action.fromLevel)),
                        .number(Double(action.toLevel)),
                        .number(action.gain),
                        .string(action.text),
                    ])
            }
        }
        return XLSXSheet(
            name: context.text[.todo], columnWidths: context.widths([22, 40, 8, 35, 10, 10, 10, 100]), rows: rows)
    }
}
