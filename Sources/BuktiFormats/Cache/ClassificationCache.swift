import Foundation
import BuktiCore

/// Classifications kept in the facts cache's database, so the second night does not run the rule
/// file's regular expressions again over files that did not change (they were most of a cached run).
///
/// A classification is a pure function of the rule set, the classifier's code and its inputs, so the key
/// is the SHA-256 of exactly those: bukti's version and `Classifier.logicVersion`, the rule file's
/// SHA-256 and assessment year, the folders between innovation and file, and the file's facts (name,
/// metadata, text...). Any change to one of them is a miss; a row that cannot be decoded is a miss too.
public struct ClassificationCache: Sendable {
    let cache: SQLiteFactsCache
    /// Everything except the file that decides a classification.
    let context: [UInt8]

    /// A cache of classifications by `rules` (nil when the rule set has no SHA-256 to key on).
    public init?(cache: SQLiteFactsCache, rules: CompiledRuleSet, tool: String) {
        guard !rules.sha256.isEmpty else { return nil }
        self.cache = cache
        context = Array("\(tool)\n\(Classifier.logicVersion)\n\(rules.sha256)\n\(rules.rules.assessmentYear)\n".utf8)
    }

    /// The cached classification of `facts` in `folders`, or `classify`'s, stored for the next run.
    public func classification(
        of facts: FileFacts, folders: String, classify: (FileFacts, String) -> FileClassification
    ) -> FileClassification {
        guard let key = key(facts, folders: folders) else { return classify(facts, folders) }
        if let stored = cache.classification(forKey: key),
           let known = try? JSONDecoder().decode(FileClassification.self, from: Data(stored.utf8)) {
            return known
        }
        let made = classify(facts, folders)
        if let json = try? JSONEncoder().encode(made) {
            cache.storeClassification(String(decoding: json, as: UTF8.self), forKey: key)
        }
        return made
    }

    /// SHA-256 of the context, the folders and the facts (keys sorted, so the bytes are stable). The
    /// file's own SHA-256 is left out: no signal reads it, and the audit adds it to cached facts later.
    func key(_ facts: FileFacts, folders: String) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var input = facts
        input.sha256 = nil
        guard let json = try? encoder.encode(input) else { return nil }
        let bytes = context + Array(folders.utf8) + [0] + Array(json)
        return try? SHA256Stream.hexDigest(of: MemorySource(bytes))
    }
}
