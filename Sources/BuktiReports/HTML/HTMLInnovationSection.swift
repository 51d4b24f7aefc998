import BuktiCore

/// One innovation: its facts, missing documents, to-do list, the 20 indicators, the documents with
/// the reasons for each verdict, problems, and every file as a relative link.
enum HTMLInnovationSection {
    static func write(_ w: inout HTMLWriter, _ innovation: InnovationReport, index: Int, _ context: HTMLContext) {
        let t = context.text
        let id = context.sectionID(index)
        w.open("section", HTMLFilters.attributes(innovation, context, extra: [
            ("id", id), ("class", "innovation"), ("aria-labelledby", id + "-judul"),
        ]))
        w.raw("\n<h2 id=\"\(id)-judul\">")
        w.text(innovation.name)
        w.raw(" ")
        statusBadge(&w, innovation, context)
        w.raw("</h2>\n")
        writeFacts(&w, innovation, region: context.input.region(ofInnovationAt: index)?.name, context)
        if !innovation.missing.isEmpty {
            w.element("h3", [:], t(.missingDocuments))
            w.raw("<ul class=\"plain missing\">")
            for type in innovation.missing { w.element("li", ["class": "problem"], context.typeLabel(type)) }
            w.raw("</ul>\n")
        }
        HTMLTodoSection.write(&w, innovation, context)
        HTMLIndicatorTable.write(&w, innovation, sectionID: id, context)
        HTMLDocumentsSection.write(&w, innovation, context)
        writeProblems(&w, innovation, context)
        writeFiles(&w, innovation, context)
        w.raw("<p class=\"top\"><a href=\"#ringkasan\">")
        w.text(t(.backToTop))
        w.raw("</a></p>\n</section>\n")
    }

    /// A badge with the word and a border style, so the status does not rely on colour alone.
    static func statusBadge(_ w: inout HTMLWriter, _ innovation: InnovationReport, _ context: HTMLContext) {
        let t = context.text
        w.element("span", ["class": innovation.complete ? "badge ok" : "badge bad"],
            innovation.complete ? "✓ " + t(.complete) : "✗ " + t(.incomplete))
    }

    private static func writeFacts(_ w: inout HTMLWriter, _ innovation: InnovationReport, region: String?, _ context: HTMLContext) {
        let t = context.text
        w.raw("<dl class=\"facts\">")
        if let region { w.element("dt", [:], t(.region)); w.element("dd", [:], region) }
        w.element("dt", [:], t(.path))
        w.open("dd"); w.fileLink(innovation.path, context); w.close("dd")
        if let opd = innovation.opd { w.element("dt", [:], t(.opd)); w.element("dd", [:], opd) }
        if let stage = innovation.tahapan { w.element("dt", [:], t(.tahapan)); w.element("dd", [:], stage) }
        w.element("dt", [:], t(.score))
        w.element("dd", ["class": "score"], HTMLContext.number(innovation.score) + " / " + HTMLContext.number(innovation.maxScore))
        w.element("dt", [:], t(.completeness))
        w.element("dd", [:], HTMLContext.percent(innovation.completeness))
        w.raw("</dl>\n")
    }

    private static func writeProblems(_ w: inout HTMLWriter, _ innovation: InnovationReport, _ context: HTMLContext) {
        w.element("h3", [:], context.text(.problems))
        guard !innovation.problems.isEmpty else { w.element("p", [:], context.text(.noProblems)); return }
        w.raw("<ul class=\"plain problems\">")
        for problem in innovation.problems { problemItem(&w, problem) }
        w.raw("</ul>\n")
    }

    /// `code: message` as a list item.
    static func problemItem(_ w: inout HTMLWriter, _ problem: AuditProblem) {
        w.open("li", ["class": "problem"])
        w.element("code", [:], problem.code)
        w.text(": " + problem.message)
        w.close("li")
    }

    /// Every file of the innovation folder, collapsed: kind, what it was recognised as, problems.
    private static func writeFiles(_ w: inout HTMLWriter, _ innovation: InnovationReport, _ context: HTMLContext) {
        let t = context.text
        w.raw("<details class=\"all-files\"><summary>")
        w.text("\(t(.allFiles)) (\(innovation.files.count))")
        w.raw("</summary>\n<table>")
        w.element("caption", [:], t(.allFiles) + ": " + innovation.name)
        w.raw("<thead><tr>")
        for word in [HTMLWord.files, .kind, .types, .problems] { w.element("th", ["scope": "col"], t(word)) }
        w.raw("</tr></thead><tbody>\n")
        for file in innovation.files {
            w.raw("<tr><td class=\"files\">")
            w.fileLink(file.path, context, visible: displayName(file.path, under: innovation.path))
            w.raw("</td>")
            w.element("td", [:], file.kind.rawValue)
            w.element("td", [:], file.types.map(context.typeLabel).joined(separator: ", "))
            w.open("td")
            if !file.problems.isEmpty {
                w.raw("<ul class=\"plain\">")
                for problem in file.problems { problemItem(&w, problem) }
                w.raw("</ul>")
            }
            w.close("td")
            w.raw("</tr>\n")
        }
        w.raw("</tbody></table></details>\n")
    }

    /// The path below the innovation folder (what people recognise), the whole path otherwise.
    static func displayName(_ path: String, under folder: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }
}
