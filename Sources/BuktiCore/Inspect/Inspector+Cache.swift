/// Serving records from the facts cache: which cached records hold for a path, and how they are
/// counted and completed (a hashing run adds the SHA-256 a cached record lacks).
extension Inspector {
    /// True when cached facts hold for `path`. Some facts depend on the name, not only the bytes: the
    /// extension check, litter rules (`~$`, `._`), the guess for an unprobed container. A record moved
    /// to a name with another extension, or from or to a litter name, is read again.
    static func isReusable(_ cached: CachedFacts, at path: FilePath) -> Bool {
        if cached.match == .exact || cached.facts.path == path { return true }
        let old = cached.facts.path
        return old.pathExtension == path.pathExtension
            && NameRules.rule(for: old.lastComponent) == nil && NameRules.rule(for: path.lastComponent) == nil
    }

    /// The record for a file whose facts were cached: the stored facts under today's path.
    func reuse(_ cached: CachedFacts, key: FactsCacheKey) -> FileFacts {
        var facts = reused(cached, path: key.path)
        if cached.match != .exact, let cache { cache.store(facts, key: key, fingerprint: nil) }
        if hasher != nil, facts.sha256 == nil, Int64(key.size) <= options.maxFileBytes,
           let source = try? open(key.path) {
            counters.update { $0.opened += 1 }
            do { facts.sha256 = try hasher?.digest(of: source) } catch { Self.record(error, in: &facts) }
            cache?.store(facts, key: key, fingerprint: nil)
        }
        return facts
    }

    /// Cached facts moved to `path`, counted as a hit.
    func reused(_ cached: CachedFacts, path: FilePath) -> FileFacts {
        // A file saved again without changes matches its own old row by content: a hit, not a move.
        let moved = cached.facts.path != path
        counters.update {
            $0.cacheHits += 1
            if moved { $0.cacheMoved += 1 }
        }
        var facts = cached.facts
        facts.path = path
        return facts
    }
}
