/// Which innovation folder each walked file belongs to: innovation folders sit `depth` levels below
/// the root (1 = `ROOT/Innovation`, 2 = `ROOT/OPD/Innovation`); files above that depth belong to no
/// innovation and are reported as unassigned. Names matching an ignore glob are skipped entirely.
public struct InnovationLayout: Sendable {
    public let root: FilePath
    public let depth: Int
    public let ignore: [String]

    public init(root: FilePath, depth: Int, ignore: [String]) {
        self.root = root
        self.depth = max(1, depth)
        self.ignore = ignore
    }

    /// Where a file goes.
    public enum Placement: Equatable, Sendable {
        /// In the innovation folder `folder` (a path under the root); `inner` is the folders between
        /// the innovation folder and the file (`""` when the file sits directly in it).
        case innovation(folder: FilePath, inner: String)
        case unassigned
        /// A component matches an ignore glob.
        case ignored
    }

    /// The placement of `path` (a path the walk produced under `root`).
    public func place(_ path: FilePath) -> Placement {
        let parts = components(of: path)
        if parts.contains(where: isIgnored) { return .ignored }
        let folders = parts.dropLast()
        guard folders.count >= depth else { return .unassigned }
        var folder = root
        for part in folders.prefix(depth) { folder = folder.appending(part) }
        let inner = folders.dropFirst(depth).map { FilePath.displayString($0) }.joined(separator: "/")
        return .innovation(folder: folder, inner: inner)
    }

    /// The components of `path` below the root, as raw bytes.
    func components(of path: FilePath) -> [[UInt8]] {
        var bytes = path.bytes[...]
        if bytes.starts(with: root.bytes) { bytes = bytes.dropFirst(root.bytes.count) }
        return bytes.split(separator: UInt8(ascii: "/")).map(Array.init)
    }

    /// True when `name` matches one of the ignore globs.
    public func isIgnored(_ name: [UInt8]) -> Bool {
        let text = FilePath.displayString(name)
        return ignore.contains { Glob.matches(pattern: $0, text) }
    }

    /// Every folder exactly `depth` levels below the root that is not ignored, sorted by bytes, so an
    /// innovation folder with no files is still audited (and reported as missing everything).
    public func innovationFolders(fileSystem: WalkFileSystem = .posix) -> [FilePath] {
        var level = [root]
        for _ in 0..<depth {
            var next: [FilePath] = []
            for folder in level {
                for entry in fileSystem.list(folder).entries where !isIgnored(entry.name) {
                    let path = folder.appending(entry.name)
                    let type = entry.type ?? (try? fileSystem.status(path).get())?.type
                    if type == .directory { next.append(path) }
                }
            }
            level = next
        }
        return level.sorted()
    }
}

/// Shell-style globs on one name: `*` any run of characters, `?` one character, case-insensitive
/// (Windows users name `Thumbs.db` and `thumbs.db` alike).
enum Glob {
    static func matches(pattern: String, _ name: String) -> Bool {
        let p = Array(pattern.lowercased()), s = Array(name.lowercased())
        var pi = 0, si = 0, star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == "?" || p[pi] == s[si] {
                pi += 1
                si += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi
                mark = si
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
