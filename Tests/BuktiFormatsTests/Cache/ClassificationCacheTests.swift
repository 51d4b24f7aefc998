import Foundation
import Testing
@testable import BuktiCore
@testable import BuktiFormats

/// Classifications kept in the cache database: the second time the same file is classified under the
/// same rules the regexes do not run; anything the classification depends on changes the key.
@Suite struct ClassificationCacheTests {
    /// A rule set whose SK type fires on the heading of a real decree's first page.
    static let rules = """
        { schema: 1, name: "uji", assessmentYear: 2024, limits: { warnBytes: 1000, maxBytes: 2000 },
          layout: { depth: 1, ignore: [] }, predicates: [],
          documentTypes: [{ id: "sk", label: { id: "SK", en: "SK" }, critical: true, kinds: ["pdf"], threshold: 4,
            signals: [{ text: "KEPUTUSAN\\\\s+BUPATI", within: 400, weight: 4 }, { folder: "legal", weight: 1 }],
            dateSources: ["yearPhrase"], checks: [] }],
          indicators: [] }
        """

    static func compiled(_ text: String = rules) throws -> CompiledRuleSet {
        try RuleFileLoader.load(text: text, sourceName: "uji.json5", hasher: SHA256Hasher()).0
    }

    static func decree(_ text: String = "KEPUTUSAN BUPATI CONTOH NOMOR 1 TAHUN ANGGARAN 2024") -> FileFacts {
        var facts = FileFacts(path: FilePath("Inovasi/SK.pdf"), kind: .pdf)
        facts.text = text
        return facts
    }

    /// Classifies through the cache, counting how often the real classifier ran.
    final class Counting: @unchecked Sendable {
        let classifier: Classifier
        var runs = 0
        init(_ rules: CompiledRuleSet) { classifier = Classifier(rules: rules) }
        func callAsFunction(_ facts: FileFacts, _ folders: String) -> FileClassification {
            runs += 1
            return classifier.classify(facts, folders: folders)
        }
    }

    @Test func theSameFileUnderTheSameRulesIsClassifiedOnce() throws {
        let tree = try CacheTree()
        let rules = try Self.compiled()
        let counting = Counting(rules)
        var first: FileClassification?
        do {
            let db = try SQLiteFactsCache(directory: tree.cacheDirectory, options: InspectOptions(), hashing: false)
            let cache = try #require(ClassificationCache(cache: db, rules: rules, tool: "bukti test"))
            first = cache.classification(of: Self.decree(), folders: "", classify: counting.callAsFunction)
            db.flush()
            #expect(db.classificationCounts == (hits: 0, stored: 1))
        }
        // A later run (a new connection, as the next night opens it): no regex runs, same answer.
        let db = try SQLiteFactsCache(directory: tree.cacheDirectory, options: InspectOptions(), hashing: false)
        let cache = try #require(ClassificationCache(cache: db, rules: rules, tool: "bukti test"))
        let again = cache.classification(of: Self.decree(), folders: "", classify: counting.callAsFunction)
        #expect(counting.runs == 1)
        #expect(again == first)
        #expect(again.matches.map(\.type) == ["sk"])
        #expect(again.matches.first?.date?.year == 2024)
        #expect(db.classificationCounts == (hits: 1, stored: 0))
    }

    @Test func anythingTheClassificationDependsOnIsAMiss() throws {
        let tree = try CacheTree()
        let rules = try Self.compiled()
        let counting = Counting(rules)
        let db = try SQLiteFactsCache(directory: tree.cacheDirectory, options: InspectOptions(), hashing: false)
        let cache = try #require(ClassificationCache(cache: db, rules: rules, tool: "bukti test"))
        _ = cache.classification(of: Self.decree(), folders: "", classify: counting.callAsFunction)
        // Other text, another folder path, another name: each classified afresh.
        let other = cache.classification(of: Self.decree("SURAT EDARAN"), folders: "", classify: counting.callAsFunction)
        #expect(other.matches.isEmpty)
        let inLegal = cache.classification(of: Self.decree(), folders: "legal", classify: counting.callAsFunction)
        #expect(inLegal.matches.first?.score == 5)
        var renamed = Self.decree()
        renamed.path = FilePath("Inovasi/Keputusan.pdf")
        _ = cache.classification(of: renamed, folders: "", classify: counting.callAsFunction)
        #expect(counting.runs == 4)
        // Another rule file (a weight changed), another year, another bukti: misses too.
        let heavier = try Self.compiled(Self.rules.replacingOccurrences(of: "weight: 4", with: "weight: 6"))
        let withHeavier = try #require(ClassificationCache(cache: db, rules: heavier, tool: "bukti test"))
        #expect(withHeavier.classification(of: Self.decree(), folders: "", classify: Counting(heavier).callAsFunction)
            .matches.first?.score == 6)
        let nextYear = try Self.compiled(Self.rules.replacingOccurrences(of: "assessmentYear: 2024", with: "assessmentYear: 2026"))
        #expect(try #require(ClassificationCache(cache: db, rules: nextYear, tool: "bukti test")).key(Self.decree(), folders: "")
            != cache.key(Self.decree(), folders: ""))
        #expect(try #require(ClassificationCache(cache: db, rules: rules, tool: "bukti 9.9")).key(Self.decree(), folders: "")
            != cache.key(Self.decree(), folders: ""))
        // No rule-file hash to key on: no cache.
        let unhashed = try RuleFileLoader.load(text: Self.rules, sourceName: "uji.json5").0
        #expect(ClassificationCache(cache: db, rules: unhashed, tool: "bukti test") == nil)
    }

    @Test func aDamagedRowIsClassifiedAgain() throws {
        let tree = try CacheTree()
        let rules = try Self.compiled()
        let counting = Counting(rules)
        let db = try SQLiteFactsCache(directory: tree.cacheDirectory, options: InspectOptions(), hashing: false)
        let cache = try #require(ClassificationCache(cache: db, rules: rules, tool: "bukti test"))
        let key = try #require(cache.key(Self.decree(), folders: ""))
        db.storeClassification("{not json", forKey: key)
        let result = cache.classification(of: Self.decree(), folders: "", classify: counting.callAsFunction)
        #expect(counting.runs == 1)
        #expect(result.matches.map(\.type) == ["sk"])
    }
}
