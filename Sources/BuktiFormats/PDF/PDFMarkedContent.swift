/// The marked-content sequences (ISO 32000-1 §14.6) open in a content stream, and the /ActualText
/// (§14.9.4) that replaces the glyphs painted inside one of them: writers use it for ligatures and for
/// glyphs whose font maps them to the wrong character (LibreOffice's Javanese, for one).
struct PDFMarkedContent {
    /// Deepest nesting tracked; sequences opened deeper are only counted, so their EMCs still pair up.
    static let maxDepth = 256

    /// Replacement text, and the extent in device space of the glyphs it replaces.
    struct Replacement: Equatable {
        let text: String
        /// Where the first replaced glyph starts; nil until a glyph is painted.
        var start: PDFTextPoint?
        var end = PDFTextPoint(x: 0, y: 0)
        var direction = PDFTextPoint(x: 1, y: 0)
        /// The largest font size among the replaced glyphs.
        var size = 0.0
    }

    /// One entry per open sequence: true for the one that set `replacement`.
    private var open: [Bool] = []
    /// Sequences opened past `maxDepth`.
    private var untracked = 0
    /// The replacement in force, from the outermost open sequence that has one.
    private(set) var replacement: Replacement?

    /// Sequences open now, tracked or not.
    var depth: Int { open.count + untracked }

    /// True while glyphs are replaced rather than shown.
    var isReplacing: Bool { replacement != nil }

    /// BMC, or BDC whose property list has `actualText`. Inside a sequence that already replaces its
    /// glyphs a nested one adds nothing: the outer text stands for everything painted within it.
    mutating func begin(actualText: String?) {
        guard open.count < Self.maxDepth else {
            untracked += 1
            return
        }
        let replaces = actualText != nil && replacement == nil
        if replaces, let actualText { replacement = Replacement(text: actualText) }
        open.append(replaces)
    }

    /// A glyph painted from `start` to `end` while replacing: it widens the replaced extent only.
    mutating func cover(start: PDFTextPoint, end: PDFTextPoint, direction: PDFTextPoint, size: Double) {
        guard var current = replacement else { return }
        if current.start == nil {
            current.start = start
            current.direction = direction
        }
        current.end = end
        current.size = max(current.size, size)
        replacement = current
    }

    /// EMC: the replacement that ends here, or nil. A replacement over no painted glyph is dropped
    /// (as poppler does), and an EMC without a matching BMC/BDC is ignored.
    mutating func end() -> Replacement? {
        if untracked > 0 {
            untracked -= 1
            return nil
        }
        guard let replaces = open.popLast(), replaces, let done = replacement else { return nil }
        replacement = nil
        return done.start == nil ? nil : done
    }

    /// Closes sequences until `depth` remain open (a form or page left them open): the replacement
    /// that ended among them, if any. Untracked ones go at once, so this takes at most `maxDepth` steps.
    mutating func close(downTo depth: Int) -> Replacement? {
        let target = max(0, depth)
        untracked -= min(untracked, self.depth - min(self.depth, target))
        var ended: Replacement?
        while open.count > target, self.depth > target {
            if let replacement = end() { ended = replacement }
        }
        return ended
    }
}
