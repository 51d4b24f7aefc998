import BuktiCore

/// Runs content streams (ISO 32000-1 §8-9) far enough to know what text they paint, where, and
/// whether they paint images; everything else in them is skipped.
final class PDFContentInterpreter {
    let resolver: any PDFObjectResolver
    let options: ExtractionOptions
    var builder: PDFTextBuilder
    /// Images painted on the current page (XObjects and inline images).
    var imagesPainted = 0
    /// The largest area one image covers on the current page, in default user space units squared.
    var largestImageArea = 0.0
    private(set) var problems: [Problem] = []

    var state = PDFContentState()
    var stack: [PDFContentState] = []
    /// `q`s past `maxSaveDepth` that were not saved, so their `Q`s restore nothing.
    var unsavedDepth = 0
    var textMatrix = PDFContentMatrix.identity
    var lineMatrix = PDFContentMatrix.identity
    /// Form XObjects being run, to stop a form that draws itself.
    var activeForms: Set<PDFReference> = []
    var fontCache: [PDFReference: PDFFont] = [:]
    /// Open marked-content sequences and the /ActualText replacing glyphs inside them.
    var markedContent = PDFMarkedContent()
    var operations = 0

    static let maxSaveDepth = 256
    static let maxProblems = 20

    init(resolver: any PDFObjectResolver, options: ExtractionOptions) {
        self.resolver = resolver
        self.options = options
        builder = PDFTextBuilder(limit: options.textCharacters)
    }

    /// Most forms nested inside each other that are followed.
    var maxFormDepth: Int { max(1, min(options.maxNestingDepth, 32)) }

    /// Records a problem once.
    func report(_ problem: Problem) {
        if problems.count < Self.maxProblems, !problems.contains(problem) { problems.append(problem) }
    }

    /// Starts a page: fresh graphics state, no images yet.
    func beginPage() {
        state = PDFContentState()
        stack = []
        unsavedDepth = 0
        textMatrix = .identity
        lineMatrix = .identity
        imagesPainted = 0
        largestImageArea = 0
        markedContent = PDFMarkedContent()
    }

    /// Ends a page: replacement text of sequences left open is placed before the page break.
    func endPage() {
        closeMarkedContent(downTo: 0)
    }

    /// Interprets one content stream with `resources`; stops early when the text is full or time is up.
    func run(_ content: [UInt8], resources: PDFDictionary?, depth: Int) throws(ExtractionFailure) {
        var parser = PDFParser.content(content, options: options)
        var operands: [PDFObject] = []
        var fonts: [String: PDFFont] = [:]
        while !builder.isFull {
            operations += 1
            if operations % 1024 == 0 { try options.deadline.check() }
            let before = parser.position
            let item: PDFContentItem?
            do {
                item = try parser.nextContentItem()
            } catch {
                // Garbage: drop what was gathered and move past it.
                operands.removeAll()
                if parser.position == before { _ = parser.nextToken() }
                if parser.position == before { break }
                continue
            }
            guard let item else { break }
            switch item {
            case .operand(let object):
                if operands.count < 64 { operands.append(object) }
            case .operator(let op):
                if op == "ID" {
                    skipInlineImage(&parser, dictionary: operands)
                } else {
                    try perform(op, operands, resources: resources, fonts: &fonts, depth: depth)
                }
                operands.removeAll(keepingCapacity: true)
            }
        }
    }

    /// One operator with its operands.
    private func perform(_ op: String, _ operands: [PDFObject], resources: PDFDictionary?,
                         fonts: inout [String: PDFFont], depth: Int) throws(ExtractionFailure) {
        switch op {
        case "q":
            if stack.count < Self.maxSaveDepth { stack.append(state) } else { unsavedDepth += 1 }
        case "Q":
            if unsavedDepth > 0 { unsavedDepth -= 1 } else if let saved = stack.popLast() { state = saved }
        case "cm":
            if let m = PDFContentMatrix(numbers(operands, 6)) { state.ctm = m.concatenating(state.ctm) }
        case "BT":
            textMatrix = .identity
            lineMatrix = .identity
        case "Tf":
            if let size = operands.last?.number { state.fontSize = size }
            if operands.count >= 2, let name = operands[operands.count - 2].name {
                state.font = font(named: name, resources: resources, cache: &fonts)
            }
        case "Tc": if let v = operands.last?.number { state.characterSpacing = v }
        case "Tw": if let v = operands.last?.number { state.wordSpacing = v }
        case "Tz": if let v = operands.last?.number { state.horizontalScaling = v / 100 }
        case "TL": if let v = operands.last?.number { state.leading = v }
        case "Ts": if let v = operands.last?.number { state.rise = v }
        case "Td":
            let v = numbers(operands, 2)
            if v.count == 2 { moveLine(v[0], v[1]) }
        case "TD":
            let v = numbers(operands, 2)
            if v.count == 2 {
                state.leading = -v[1]
                moveLine(v[0], v[1])
            }
        case "Tm":
            if let m = PDFContentMatrix(numbers(operands, 6)) {
                textMatrix = m
                lineMatrix = m
            }
        case "T*":
            moveLine(0, -state.leading)
        case "Tj":
            if let s = operands.last?.stringBytes { show(s) }
        case "'":
            moveLine(0, -state.leading)
            if let s = operands.last?.stringBytes { show(s) }
        case "\"":
            let v = numbers(Array(operands.dropLast()), 2)
            if v.count == 2 {
                state.wordSpacing = v[0]
                state.characterSpacing = v[1]
            }
            moveLine(0, -state.leading)
            if let s = operands.last?.stringBytes { show(s) }
        case "TJ":
            for element in operands.last?.array ?? [] {
                if let s = element.stringBytes {
                    show(s)
                } else if let n = element.number {
                    adjust(n)
                }
            }
        case "BMC":
            beginMarkedContent(operands, resources: resources, hasProperties: false)
        case "BDC":
            beginMarkedContent(operands, resources: resources, hasProperties: true)
        case "EMC":
            endMarkedContent()
        case "Do":
            if let name = operands.last?.name { try paintXObject(name, resources: resources, depth: depth) }
        default:
            break
        }
    }

    /// The last `count` operands as numbers, or fewer when they are not all numbers.
    private func numbers(_ operands: [PDFObject], _ count: Int) -> [Double] {
        guard operands.count >= count else { return [] }
        let values = operands.suffix(count).compactMap(\.number).filter(\.isFinite)
        return values.count == count ? values : []
    }

    /// Td: a new line offset from the start of the current one.
    private func moveLine(_ tx: Double, _ ty: Double) {
        lineMatrix = PDFContentMatrix.translation(tx, ty).concatenating(lineMatrix)
        textMatrix = lineMatrix
    }
}
