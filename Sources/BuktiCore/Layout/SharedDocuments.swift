/// Finds files with the same content anywhere under the root: files are grouped by size first, and
/// only files sharing a size with another are hashed, so a tree of distinct files is never read twice.
public struct SharedDocuments: Sendable {
    /// Hashes a file's content (`ContentHasher.digest(ofFileAt:)`).
    public let hasher: any ContentHasher

    public init(hasher: any ContentHasher) { self.hasher = hasher }

    /// Groups of two or more files with equal content, sorted by first path; fills `sha256` on each
    /// hashed file so identical copies count once as evidence. Empty files are never shared documents.
    public func find(in files: inout [AuditedFile]) -> [SharedDocument] {
        var bySize: [Int64: [Int]] = [:]
        for (index, file) in files.enumerated() {
            guard let bytes = file.facts.bytes, bytes > 0, !file.isUnreadable else { continue }
            bySize[bytes, default: []].append(index)
        }
        var byHash: [String: [Int]] = [:]
        for group in bySize.values where group.count > 1 {
            for index in group {
                let digest = files[index].facts.sha256 ?? (try? hasher.digest(ofFileAt: files[index].facts.path))
                guard let digest else { continue }
                files[index].facts.sha256 = digest
                byHash[digest, default: []].append(index)
            }
        }
        return byHash.filter { $0.value.count > 1 }
            .map { SharedDocument(sha256: $0.key, paths: $0.value.map { files[$0].facts.path }.sorted().map(\.display)) }
            .sorted { $0.paths.lexicographicallyPrecedes($1.paths) }
    }
}
