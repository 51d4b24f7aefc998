/// What the IID upload form would refuse: a file kind the indicator does not accept, and files over
/// the size limits (a warning above `warnBytes`, an error above `maxBytes`; no official figure is
/// published, so both come from the rule file).
public struct SizeAndKindChecks: Sendable {
    public let limits: SizeLimits
    /// Accepted kinds; empty accepts every kind.
    public let uploadKinds: [FileKind]
    public let language: Language
    private let words: Words

    public init(limits: SizeLimits, uploadKinds: [FileKind], language: Language) {
        self.limits = limits
        self.uploadKinds = uploadKinds
        self.language = language
        words = Words(language, .core)
    }

    /// One problem per refused kind and per file over a limit, in file order.
    public func problems(_ files: [AuditedFile]) -> [AuditProblem] {
        var problems: [AuditProblem] = []
        for file in files {
            let name = file.facts.path.name
            if !uploadKinds.isEmpty, !uploadKinds.contains(file.facts.kind) {
                problems.append(AuditProblem(.kindNotAccepted, words.kindNotAccepted(
                    name, file.facts.kind, uploadKinds)))
            }
            guard let bytes = file.facts.bytes else { continue }
            if bytes > Int64(limits.maxBytes) {
                problems.append(AuditProblem(.sizeOverLimit, words.sizeOver(name, bytes, limits.maxBytes)))
            } else if bytes > Int64(limits.warnBytes) {
                problems.append(AuditProblem(.sizeWarning, words.sizeWarn(name, bytes, limits.warnBytes)))
            }
        }
        return problems
    }
}
