import Testing
@testable import BuktiCore

/// Every audit finding is said by catalogue sentences in both languages, and every `problem.*`
/// sentence belongs to a code.
@Suite struct AuditProblemCodeTests {
    @Test func everyCodeHasItsSentencesInBothLanguages() {
        for code in AuditProblemCode.allCases {
            for key in code.messageKeys {
                for language in Language.allCases {
                    #expect(Catalogue.core.text(key, in: language) != nil, "\(code.rawValue): no \(language) text for \(key)")
                }
            }
        }
    }

    @Test func everyProblemSentenceBelongsToACode() {
        let owned = Set(AuditProblemCode.allCases.flatMap(\.messageKeys))
        let sentences = Catalogue.auditBlock.id.keys.filter { $0.rawValue.hasPrefix("problem.") }
        #expect(Set(sentences) == owned)
    }

    @Test func codesKeepTheirJSONSpelling() {
        #expect(AuditProblemCode.missingEvidence.rawValue == "missing-evidence")
        #expect(AuditProblem(.stale, "x").code == "stale")
        #expect(AuditProblem(check: "sk-does-not-name-innovation", "x").kind == .check("sk-does-not-name-innovation"))
        #expect(AuditProblem(Problem(.corrupt, "x")).kind == .file(.corrupt))
    }

    @Test func severityIsDefinedOncePerFileCode() {
        let excluded = Set(ProblemCode.allCases.filter { $0.severity.excludesEvidence })
        #expect(excluded == [.corrupt, .truncated, .empty, .passwordRequired, .extensionMismatch, .unreadable])
        #expect(Set(ProblemCode.allCases.filter { $0.severity == .unreadable }) == [.unreadable, .corrupt, .truncated, .passwordRequired])
    }
}
