/// The cell styles a workbook offers, written as the `cellXfs` table of xl/styles.xml (the raw value
/// is the style index cells refer to, so the order here is the order in the file).
public enum XLSXCellStyle: Int, Sendable, Equatable, CaseIterable {
    case plain
    /// Bold on a pale blue fill, wrapped and top-aligned: the header row.
    case header
    /// `dd mmm yyyy`.
    case date
    /// `0%`: a share such as 0.55 shows as 55%.
    case percent
    /// Green fill: met, complete.
    case good
    /// Yellow fill: partly met.
    case fair
    /// Blue fill: needs checking by hand.
    case attention
    /// Red fill: missing.
    case bad

    /// How each style is drawn: number format id, bold, fill colour (ARGB), wrapped text.
    var format: (numberFormat: Int, bold: Bool, fill: String?, wraps: Bool) {
        switch self {
        case .plain: (0, false, nil, false)
        case .header: (0, true, "FFD9E1F2", true)
        case .date: (XLSXCellStyle.dateFormatID, false, nil, false)
        case .percent: (9, false, nil, false)
        case .good: (0, false, "FFC6EFCE", false)
        case .fair: (0, false, "FFFFEB9C", false)
        case .attention: (0, false, "FFBDD7EE", false)
        case .bad: (0, false, "FFFFC7CE", false)
        }
    }

    /// The custom number format for dates (ids below 164 are Excel's built-in formats).
    static let dateFormatID = 164
    static let dateFormatCode = "dd mmm yyyy"

    /// The fill colours in first-use order; fill ids 0 and 1 are the two fills Excel requires.
    static var fillColours: [String] {
        var colours: [String] = []
        for style in allCases { if let fill = style.format.fill, !colours.contains(fill) { colours.append(fill) } }
        return colours
    }
}
