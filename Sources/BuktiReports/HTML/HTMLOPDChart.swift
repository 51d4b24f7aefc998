import BuktiCore

/// The chart per OPD (when the manifest names OPDs): one horizontal bar per office, complete
/// innovations solid and incomplete ones hatched so the chart still reads when printed in grey.
enum HTMLOPDChart {
    /// One office's counts.
    struct Bar: Equatable {
        var opd: String
        var complete = 0
        var incomplete = 0
        var score = 0.0
        var maxScore = 0.0
    }

    /// Bars sorted by OPD name; empty when no innovation has an OPD.
    static func bars(_ context: HTMLContext) -> [Bar] {
        let innovations = context.audit.innovations
        guard innovations.contains(where: { $0.opd != nil }) else { return [] }
        var byName: [String: Bar] = [:]
        for innovation in innovations {
            let name = context.opdName(innovation)
            var bar = byName[name] ?? Bar(opd: name)
            if innovation.complete { bar.complete += 1 } else { bar.incomplete += 1 }
            bar.score += innovation.score
            bar.maxScore += innovation.maxScore
            byName[name] = bar
        }
        return byName.values.sorted { $0.opd < $1.opd }
    }

    static func write(_ w: inout HTMLWriter, _ context: HTMLContext) {
        let t = context.text
        let bars = bars(context)
        guard !bars.isEmpty else { return }
        w.element("h3", [:], t(.opdChart))
        let width = 520.0, barArea = 300.0, rowHeight = 44.0, top = 30.0
        let height = top + rowHeight * Double(bars.count) + 4
        let most = Double(bars.map { $0.complete + $0.incomplete }.max() ?? 1)
        let unit = barArea / max(most, 1)
        w.raw("<figure class=\"chart\">")
        w.raw("<svg id=\"grafik-opd\" role=\"img\" aria-labelledby=\"grafik-judul grafik-isi\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" style=\"max-width:\(Int(width))px\">")
        w.element("title", ["id": "grafik-judul"], t(.opdChart))
        w.element("desc", ["id": "grafik-isi"], t(.opdChartDescription))
        w.raw("<defs><pattern id=\"arsir\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#fbe9e9\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a1c1c\" stroke-width=\"2\"/></pattern></defs>")
        // Legend.
        w.raw("<rect x=\"0\" y=\"4\" width=\"14\" height=\"14\" fill=\"#1b5e20\"/>")
        w.element("text", ["x": "20", "y": "16"], t(.complete))
        w.raw("<rect x=\"150\" y=\"4\" width=\"14\" height=\"14\" fill=\"url(#arsir)\" stroke=\"#8a1c1c\"/>")
        w.element("text", ["x": "170", "y": "16"], t(.incomplete))
        for (row, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(row)
            let completeWidth = unit * Double(bar.complete), incompleteWidth = unit * Double(bar.incomplete)
            let summary = "\(bar.opd): \(bar.complete) \(t(.complete).lowercased()), \(bar.incomplete) \(t(.incomplete).lowercased())"
            w.open("g", ["class": "bar", "data-opd": bar.opd])
            w.element("title", [:], summary)
            w.element("text", ["x": "0", "y": fmt(y + 12)], bar.opd)
            if bar.complete > 0 {
                w.raw("<rect x=\"0\" y=\"\(fmt(y + 17))\" width=\"\(fmt(completeWidth))\" height=\"16\" fill=\"#1b5e20\"/>")
            }
            if bar.incomplete > 0 {
                w.raw("<rect x=\"\(fmt(completeWidth))\" y=\"\(fmt(y + 17))\" width=\"\(fmt(incompleteWidth))\" height=\"16\" fill=\"url(#arsir)\" stroke=\"#8a1c1c\"/>")
            }
            let label = "\(bar.complete) / \(bar.complete + bar.incomplete) · \(t(.score).lowercased()) \(HTMLContext.number(bar.score))/\(HTMLContext.number(bar.maxScore))"
            w.element("text", ["x": fmt(completeWidth + incompleteWidth + 6), "y": fmt(y + 30)], label)
            w.close("g")
        }
        w.raw("</svg></figure>\n")
    }

    /// Coordinates with at most one decimal, locale-free.
    private static func fmt(_ value: Double) -> String { HTMLContext.number((value * 10).rounded() / 10) }
}
