/// The page skeleton: head with the inline style, the header, the summary, one section per
/// innovation, and the inline script last (the page is complete without it).
enum HTMLDocument {
    /// The whole page.
    static func render(_ context: HTMLContext) -> String {
        let t = context.text
        let audit = context.audit
        var w = HTMLWriter()
        w.raw("<!DOCTYPE html>\n")
        w.open("html", ["lang": context.language.rawValue])
        w.raw("\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // No network: the policy forbids any fetch, so even a stray URL in data cannot load anything.
        w.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        w.element("title", [:], t(.reportTitle) + " — " + audit.root)
        w.raw("\n<style>\n" + HTMLStyle.css + "</style>\n</head>\n<body>\n")
        w.open("a", ["class": "skip", "href": "#ringkasan"]); w.text(t(.skipToContent)); w.close("a")
        w.raw("\n<header>\n")
        w.element("h1", [:], t(.reportTitle))
        w.open("dl", ["class": "meta"])
        var facts: [(String, String)] = [
            (t(.root), audit.root), (t(.rulesUsed), audit.rules.name + " (" + audit.rules.source + ")"),
            (t(.assessmentYear), String(audit.assessmentYear)),
        ]
        if let generated = context.input.generatedAt {
            facts.append((t(.generated), WrittenDate.format(generated, language: context.input.language) ?? generated))
        }
        for (term, value) in facts {
            w.open("div"); w.element("dt", [:], term); w.element("dd", [:], value); w.close("div")
        }
        w.close("dl")
        w.raw("\n</header>\n<main>\n")
        HTMLSummary.write(&w, context)
        if let diff = audit.sinceLastRun { HTMLSinceLastRun.write(&w, diff, context) }
        HTMLFilters.writeForm(&w, context)
        w.raw("<div id=\"daftar-inovasi\">\n")
        for (index, innovation) in audit.innovations.enumerated() {
            HTMLInnovationSection.write(&w, innovation, index: index, context)
        }
        w.raw("</div>\n</main>\n<script>\n" + HTMLFilters.script + "</script>\n</body>\n</html>\n")
        return w.output
    }
}
