import Foundation
import Testing
import BuktiCore
@testable import BuktiReports

@Suite struct MarkdownReporterTests {
    @Test(arguments: Language.allCases)
    func matchesGolden(_ language: Language) throws {
        let actual = try MarkdownReporter().render(try GoldenAudit.input(language))
        #expect(actual == (try GoldenAudit.expected("samples-iid-2024-\(language.rawValue).md", actual: actual)))
    }

    @Test func everyInnovationHasASectionAndATodoList() throws {
        let input = try GoldenAudit.input(.id)
        let text = String(decoding: try MarkdownReporter().render(input), as: UTF8.self)
        for innovation in input.audit.innovations {
            #expect(text.contains("## " + MarkdownText.escape(innovation.name) + "\n"))
        }
        #expect(text.components(separatedBy: "### Yang perlu dilakukan").count == input.audit.innovations.count + 1)
    }

    @Test func namesCannotBreakTheTableOrBecomeLinks() throws {
        var input = try GoldenAudit.input(.en)
        input.audit.innovations[0].name = "A | B [klik](http://evil) *x*\nnext"
        let text = String(decoding: try MarkdownReporter().render(input), as: UTF8.self)
        #expect(text.contains(#"A \| B \[klik\](http://evil) \*x\* next"#))
        #expect(!text.contains("[klik](http"))
    }
}
