import Foundation
import Testing
@testable import BuktiCore

@Suite struct RequiredLiteralsTests {
    /// The alternatives as strings, or nil when the pattern gets no filter.
    func literals(_ pattern: String) -> [String]? {
        RequiredLiterals(pattern: pattern)?.alternatives.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func readsTheLongestRequiredRunOfEachBranch() {
        #expect(literals(#"KEPUTUSAN\s+(BUPATI|WALI\s*KOTA)\b"#) == ["keputusan"])
        #expect(literals(#"\bMenimbang\s*:?"#) == ["menimbang"])
        #expect(literals(#"NOTA\s+DINAS|BERITA\s+ACARA|\bUNDANGAN\b"#) == ["berita", "dinas", "undangan"])
        #expect(literals(#"(Perihal|\bHal)\s*:"#) == ["hal", "perihal"])
        #expect(literals(#"(^|[^\p{L}])(dpa|dppa)([^\p{L}]|$)"#) == ["dpa", "dppa"])
    }

    @Test func optionalPartsAndZeroWidthGroupsAreNotRequired() {
        #expect(literals(#"STANDAR(D)?\s+OPERASIONAL"#) == ["operasional"])
        #expect(literals(#"(SURAT\s+)?KEPUTUSAN"#) == ["keputusan"])
        #expect(literals(#"(?<!DENGAN )KESEPAKATAN"#) == ["kesepakatan"])
        #expect(literals(#"(?-i:\bSK[A-Z]{3,})"#) == ["sk"])
        // Of two required words as long as each other, the first is kept.
        #expect(literals(#"NOMOR\s*[0-9]{0,3}TAHUN"#) == ["nomor"])
    }

    @Test func givesUpWhereTheSyntaxCouldMeanSomethingElse() {
        #expect(literals(#"(?x) KEPUTUSAN # comment"#) == nil)
        #expect(literals(#"\QSK.BUPATI\E"#) == nil)
        #expect(literals(#"(?<name>SK)"#) == nil)
        #expect(literals(#"(a)\1"#) == nil)
        #expect(literals(#"\d+\s*%"#) == nil)        // nothing literal
        #expect(literals(#"SK|S"#) == nil)           // one branch too short to filter
        #expect(literals(#"FOTO|[a-z]+"#) == nil)    // one branch has no literal at all
    }

    @Test func foldingIsASCIIOnlyAndSwitchesOffForCharactersThatFoldToASCII() throws {
        let filter = try #require(RequiredLiterals(pattern: "keputusan"))
        #expect(filter.admits(FoldedSubject("SURAT KEPUTUSAN BUPATI")))
        #expect(!filter.admits(FoldedSubject("SURAT EDARAN")))
        // U+212A KELVIN SIGN case-folds to k: ICU would match it, so the filter must not refuse.
        #expect(filter.admits(FoldedSubject("\u{212A}EPUTUSAN")))
        #expect(FoldedSubject("Pemberitahuan é").unsafe == false)
    }

    /// The promise that makes the filter safe: whenever a rule file's regular expression matches a
    /// real first page, name or folder, the filter admits it. Checked for every signal of both
    /// built-in rule files against the classification corpus and the Samples' file and folder names.
    @Test func neverRefusesATextTheRegexMatches() throws {
        let corpus = Bundle.module.url(forResource: "Fixtures", withExtension: nil)
            .map { $0.appendingPathComponent("classify") }
        let folder = try #require(corpus)
        var subjects = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        subjects = subjects.map { FirstPage(wholeText: $0, limit: DateReader.pageLimit).text } + subjects
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Samples").standardized
        if let walk = FileManager.default.enumerator(atPath: samples.path) {
            for case let path as String in walk { subjects += path.split(separator: "/").map(String.init) }
        }
        #expect(subjects.count > 100)
        var filtered = 0
        var checked = 0
        for name in RuleFileLoader.builtinNames {
            let rules = try RuleFileLoader.load(builtin: name).0
            for signal in rules.documentTypes.flatMap(\.signals) {
                guard let regex = signal.regex, let filter = RequiredLiterals(pattern: signal.pattern) else { continue }
                filtered += 1
                for subject in subjects {
                    let range = NSRange(location: 0, length: subject.utf16.count)
                    guard regex.firstMatch(in: subject, range: range) != nil else { continue }
                    checked += 1
                    #expect(filter.admits(FoldedSubject(subject)), "\(name): /\(signal.pattern)/ matched but was filtered out")
                }
            }
        }
        // Most signals must get a filter, or the shortcut is not doing its job; and the corpus must
        // actually exercise many matches.
        #expect(filtered > 300)
        #expect(checked > 500)
    }
}
