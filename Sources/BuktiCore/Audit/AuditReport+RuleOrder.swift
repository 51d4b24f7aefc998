extension AuditReport {
    /// This report with its keyed lists (each innovation's documents, the summary's missing critical
    /// documents) back in rule-file order, as `bukti audit` wrote them: a JSON decoder hands object keys
    /// over in no fixed order, so a decoded audit (`bukti merge`) must be put back in order before reporting.
    public func inRuleOrder(_ rules: RuleSet) -> AuditReport {
        let audit = self
        var rank: [String: Int] = [:]
        for (index, type) in rules.documentTypes.enumerated() where rank[type.id] == nil { rank[type.id] = index }
        func ordered<Value>(_ list: KeyedList<Value>) -> KeyedList<Value> {
            // Keys the rules do not name (none when the SHA-256 matched) go last, by name.
            KeyedList(list.entries.sorted { (rank[$0.key] ?? Int.max, $0.key) < (rank[$1.key] ?? Int.max, $1.key) })
        }
        var sorted = audit
        sorted.summary.missingCritical = ordered(audit.summary.missingCritical)
        for index in sorted.innovations.indices {
            sorted.innovations[index].documents = ordered(audit.innovations[index].documents)
        }
        return sorted
    }
}
