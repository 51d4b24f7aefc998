/// Files recognised by name alone: editor lock files and operating-system litter that turn up in
/// folders copied from Windows and macOS. They are reported with a `system-file` problem so an audit
/// can ignore them, and never counted as evidence.
public struct NameRule: Sendable {
    /// How a name is compared (ASCII case-insensitively, on raw bytes).
    public enum Match: Sendable {
        case exactly(String)
        case prefix(String)
        case prefixAndSuffix(String, String)
    }

    public var match: Match
    /// The kind to report instead of the content's (lock files); nil keeps the kind the bytes give.
    public var kind: FileKind?
    /// The `system-file` problem message.
    public var message: String

    public init(_ match: Match, kind: FileKind? = nil, _ message: String) {
        self.match = match
        self.kind = kind
        self.message = message
    }

    /// True when the file name `name` (raw bytes) fits this rule.
    public func matches(_ name: [UInt8]) -> Bool {
        let lowered = name.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        switch match {
        case .exactly(let text): return lowered.elementsEqual(Self.lowered(text))
        case .prefix(let start): return lowered.count > start.utf8.count && lowered.starts(with: Self.lowered(start))
        case .prefixAndSuffix(let start, let end):
            let head = Self.lowered(start), tail = Self.lowered(end)
            return lowered.count > head.count + tail.count && lowered.starts(with: head)
                && lowered.reversed().starts(with: tail.reversed())
        }
    }

    private static func lowered(_ text: String) -> [UInt8] {
        text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }
}

/// The name table.
public enum NameRules {
    public static let all: [NameRule] = [
        NameRule(.prefix("~$"), kind: .lockfile, "microsoft office lock file, left while a document was open"),
        NameRule(.prefixAndSuffix(".~lock.", "#"), kind: .lockfile,
                 "libreoffice lock file, left while a document was open"),
        NameRule(.exactly("Thumbs.db"), "windows thumbnail cache"),
        NameRule(.exactly("ehthumbs.db"), "windows media center thumbnail cache"),
        NameRule(.exactly("ehthumbs_vista.db"), "windows media center thumbnail cache"),
        NameRule(.exactly("desktop.ini"), "windows folder settings"),
        NameRule(.exactly(".DS_Store"), "macos folder view settings"),
        NameRule(.prefix("._"), "macos resource fork (appledouble) left by copying from a mac"),
        NameRule(.exactly("Icon\r"), "macos custom folder icon"),
    ]

    /// The first rule that fits `name`, if any.
    public static func rule(for name: [UInt8]) -> NameRule? { all.first { $0.matches(name) } }
}
