import Foundation

/// One file's facts prepared once for all signals: the texts each kind of signal searches, with
/// their UTF-16 lengths, and the fact answers.
struct ClassifierInput: Sendable {
    /// A searched text, its length in UTF-16 units (NSRegularExpression ranges) and its folded
    /// bytes for `RequiredLiterals`.
    struct Subject: Sendable {
        let text: String
        let length: Int
        let folded: FoldedSubject
        init(_ text: String) {
            self.text = text
            length = text.utf16.count
            folded = FoldedSubject(text)
        }
        init(text: String, length: Int, folded: FoldedSubject) {
            self.text = text
            self.length = length
            self.folded = folded
        }
    }

    let name: Subject
    let folders: Subject
    /// Title, subject and keywords, one per line.
    let metadata: Subject
    let page: FirstPage
    /// The first page's folded bytes (the literal check of text signals).
    let foldedPage: FoldedSubject
    /// The first page cut at each search end the rule file uses (`SignalMatcher.searchEnd`).
    let pagePrefixes: [Int: (text: String, length: Int)]
    private let kind: FileKind
    private let camera: Bool
    private let gps: Bool
    private let screenshot: Bool
    private let scanned: Bool

    /// Kinds that are still or moving pictures, for the `image` and `video` facts.
    static let imageKinds: Set<FileKind> = [.jpeg, .png, .heic, .webp, .gif, .bmp, .tiff]
    static let videoKinds: Set<FileKind> = [.mp4, .mov]

    init(_ facts: FileFacts, folders: String, pageLimit: Int, searchEnds: Set<Int> = []) {
        name = Subject(facts.path.name)
        self.folders = Subject(folders)
        metadata = Subject([facts.title, facts.subject, facts.keywords].compactMap { $0 }.joined(separator: "\n"))
        page = FirstPage(facts.text, kind: facts.kind, limit: pageLimit)
        foldedPage = FoldedSubject(page.text)
        var prefixes: [Int: (text: String, length: Int)] = [:]
        let utf16 = page.text.utf16, scalars = page.text.unicodeScalars
        for end in searchEnds where end < page.length {
            // Cut on a scalar boundary, as the regex's range did (only a surrogate pair rounds down).
            let offset = utf16.index(utf16.startIndex, offsetBy: end)
            let index = String.Index(offset, within: scalars) ?? scalars.index(before: offset)
            let text = String(scalars[..<index])
            prefixes[end] = (text, text.utf16.count)
        }
        pagePrefixes = prefixes
        kind = facts.kind
        let image = Self.imageKinds.contains(facts.kind)
        camera = image && (facts.camera != nil || facts.gps != nil)
        gps = facts.gps != nil
        screenshot = facts.screenshot == true
        scanned = facts.scanned == true
    }

    /// Whether the file has `fact`.
    func facts(_ fact: FileFactSignal) -> Bool {
        switch fact {
        case .camera: camera
        case .screenshot: screenshot
        case .scanned: scanned
        case .video: Self.videoKinds.contains(kind)
        case .image: Self.imageKinds.contains(kind)
        case .gps: gps
        }
    }
}
