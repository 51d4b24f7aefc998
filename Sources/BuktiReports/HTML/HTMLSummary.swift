import BuktiCore

/// The summary at the top: counts, critical documents missing across the region, the sortable
/// score table, mandatory indicators without evidence, the OPD chart, and loose or shared files.
enum HTMLSummary {
    static func write(_ w: inout HTMLWriter, _ context: HTMLContext) {
        let t = context.text
        let audit = context.audit
        let s = audit.summary
        w.raw("<section id=\"ringkasan\" aria-labelledby=\"ringkasan-judul\">\n")
        w.element("h2", ["id": "ringkasan-judul"], t(.summary))
        w.raw("<ul class=\"cards\">")
        let cards: [(HTMLWord, Int, String, String)] = [
            (.innovations, s.innovations, "innovations", ""), (.complete, s.complete, "complete", "ok"),
            (.incomplete, s.incomplete, "incomplete", "bad"), (.files, s.files, "files", ""),
            (.filesWithProblems, s.filesWithProblems, "files-with-problems", s.filesWithProblems > 0 ? "bad" : ""),
        ]
        for (word, count, key, style) in cards {
            w.open("li", ["class": style])
            w.element("span", ["class": "n", "data-count": key], String(count))
            w.text(t(word))
            w.close("li")
        }
        w.raw("</ul>\n<div class=\"grid\">\n<div>\n")
        writeMissingCritical(&w, context)
        writeMandatory(&w, context)
        w.raw("</div>\n<div>\n")
        HTMLOPDChart.write(&w, context)
        w.raw("</div>\n</div>\n")
        writeRegions(&w, context)
        writeScores(&w, context)
        writeLooseFiles(&w, context)
        w.raw("</section>\n")
    }

    /// Critical document types and how many innovations lack each, in rule-file order.
    private static func writeMissingCritical(_ w: inout HTMLWriter, _ context: HTMLContext) {
        let t = context.text
        let entries = context.inRuleOrder(context.audit.summary.missingCritical)
        w.raw("<table id=\"tabel-dokumen-kurang\">")
        w.element("caption", ["class": "heading"], t(.missingCritical))
        w.raw("<thead><tr>")
        w.element("th", ["scope": "col"], t(.documentType))
        w.element("th", ["scope": "col", "class": "num"], t(.innovationsMissingIt))
        w.raw("</tr></thead><tbody>")
        for (type, count) in entries {
            w.open("tr", ["data-type": type])
            w.element("th", ["scope": "row"], context.typeLabel(type))
            w.open("td", ["class": "num"])
            if count > 0 { w.element("span", ["class": "badge bad"], String(count)) } else { w.text("0") }
            w.close("td")
            w.raw("</tr>")
        }
        w.raw("</tbody></table>\n")
        if entries.allSatisfy({ $0.value == 0 }) { w.element("p", [:], t(.noneMissing)) }
    }

    /// Per innovation, the mandatory indicators with no evidence.
    private static func writeMandatory(_ w: inout HTMLWriter, _ context: HTMLContext) {
        let t = context.text
        w.element("h3", [:], t(.mandatoryWithoutEvidence))
        let lacking = context.audit.innovations.enumerated().filter { !$0.element.mandatoryWithoutEvidence.isEmpty }
        guard !lacking.isEmpty else { w.element("p", [:], t(.noMandatoryMissing)); return }
        w.raw("<ul class=\"plain\" id=\"wajib-tanpa-bukti\">")
        for (index, innovation) in lacking {
            w.open("li")
            w.element("a", ["href": "#" + context.sectionID(index)], innovation.name)
            w.text(": ")
            let names = innovation.mandatoryWithoutEvidence.map { id in
                context.indicatorName(id, fallback: innovation.indicators.first { $0.id == id }?.name ?? id)
            }
            w.text(names.joined(separator: ", "))
            w.close("li")
        }
        w.raw("</ul>\n")
    }

    /// The sortable table of estimated scores, one row per innovation.
    private static func writeScores(_ w: inout HTMLWriter, _ context: HTMLContext) {
        let t = context.text
        w.raw("<table id=\"tabel-skor\" class=\"sortable\">")
        w.element("caption", ["class": "heading"], t(.estimatedScores))
        w.raw("<thead><tr>")
        let regional = !context.input.regions.isEmpty
        let columns: [(HTMLWord, String)] = (regional ? [(.region, "text")] : []) + [
            (.innovation, "text"), (.opd, "text"), (.status, "text"), (.score, "number"), (.maxScore, "number"),
            (.completeness, "number"), (.missingDocuments, "text"),
        ]
        for (word, kind) in columns {
            w.open("th", ["scope": "col", "data-sort": kind, "class": kind == "number" ? "num" : ""])
            w.element("button", ["type": "button", "title": t(.sortBy) + " " + t(word)], t(word))
            w.close("th")
        }
        w.raw("</tr></thead><tbody>\n")
        for (index, innovation) in context.audit.innovations.enumerated() {
            w.open("tr", HTMLFilters.attributes(innovation, context))
            if regional { w.element("td", [:], context.input.region(ofInnovationAt: index)?.name ?? "") }
            w.open("th", ["scope": "row"])
            w.element("a", ["href": "#" + context.sectionID(index)], innovation.name)
            w.close("th")
            w.element("td", [:], context.opdName(innovation))
            w.open("td"); HTMLInnovationSection.statusBadge(&w, innovation, context); w.close("td")
            w.element("td", ["class": "num", "data-value": HTMLContext.number(innovation.score)], HTMLContext.number(innovation.score))
            w.element("td", ["class": "num", "data-value": HTMLContext.number(innovation.maxScore)], HTMLContext.number(innovation.maxScore))
            w.element("td", ["class": "num", "data-value": String(format1: innovation.completeness * 100)], HTMLContext.percent(innovation.completeness))
            w.element("td", [:], innovation.missing.map(context.typeLabel).joined(separator: ", "))
            w.raw("</tr>\n")
        }
        w.raw("</tbody></table>\n")
    }

    /// For a merged report (`bukti merge`): one row per region with its counts and total score.
    private static func writeRegions(_ w: inout HTMLWriter, _ context: HTMLContext) {
        let t = context.text
        let regions = context.input.regions
        guard !regions.isEmpty else { return }
        w.raw("<table id=\"tabel-wilayah\">")
        w.element("caption", ["class": "heading"], t(.regions))
        w.raw("<thead><tr>")
        for word in [HTMLWord.region, .innovations, .complete, .incomplete, .score] {
            w.element("th", ["scope": "col", "class": word == .region ? "" : "num"], t(word))
        }
        w.raw("</tr></thead><tbody>\n")
        for region in regions {
            let score = region.audit.innovations.reduce(0) { $0 + $1.score }
            let maxScore = region.audit.innovations.reduce(0) { $0 + $1.maxScore }
            w.raw("<tr>")
            w.element("th", ["scope": "row"], region.name)
            for count in [region.audit.summary.innovations, region.audit.summary.complete, region.audit.summary.incomplete] {
                w.element("td", ["class": "num"], String(count))
            }
            w.element("td", ["class": "num"], HTMLContext.number(score) + " / " + HTMLContext.number(maxScore))
            w.raw("</tr>\n")
        }
        w.raw("</tbody></table>\n")
    }

    /// Files outside innovation folders, identical documents, and the manifest comparison.
    private static func writeLooseFiles(_ w: inout HTMLWriter, _ context: HTMLContext) {
        let t = context.text
        let audit = context.audit
        w.raw("<div class=\"grid\">\n<div>\n")
        w.element("h3", [:], t(.unassigned))
        writeFileList(&w, audit.unassigned, context)
        w.raw("</div>\n<div>\n")
        w.element("h3", [:], t(.sharedDocuments))
        if audit.shared.isEmpty { w.element("p", [:], t(.none)) }
        for shared in audit.shared {
            w.open("p", ["class": "muted"])
            w.text(t(.sameContent) + " ")
            w.element("code", ["title": shared.sha256], String(shared.sha256.prefix(12)))
            w.close("p")
            writeFileList(&w, shared.paths, context)
        }
        w.raw("</div>\n</div>\n")
        guard let manifest = audit.manifest else { return }
        w.raw("<div class=\"grid\">\n<div>\n")
        w.element("h3", [:], t(.manifestWithoutFolder))
        writeList(&w, manifest.withoutFolder, context)
        w.raw("</div>\n<div>\n")
        w.element("h3", [:], t(.foldersNotInManifest))
        writeList(&w, manifest.foldersNotInManifest, context)
        w.raw("</div>\n</div>\n")
    }

    /// A list of linked files, or "none".
    static func writeFileList(_ w: inout HTMLWriter, _ paths: [String], _ context: HTMLContext) {
        guard !paths.isEmpty else { w.element("p", [:], context.text(.none)); return }
        w.raw("<ul class=\"plain files\">")
        for path in paths { w.open("li"); w.fileLink(path, context); w.close("li") }
        w.raw("</ul>\n")
    }

    /// A list of plain texts, or "none".
    private static func writeList(_ w: inout HTMLWriter, _ items: [String], _ context: HTMLContext) {
        guard !items.isEmpty else { w.element("p", [:], context.text(.none)); return }
        w.raw("<ul class=\"plain\">")
        for item in items { w.element("li", [:], item) }
        w.raw("</ul>\n")
    }
}
