/// Text made safe to hand to the XML writer: XML 1.0 cannot carry most C0 control characters (not
/// even as character references) nor U+FFFE/U+FFFF, and file names and titles may contain them.
public enum XMLText {
    /// `text` without the characters XML 1.0 forbids (tab, line feed and carriage return stay).
    /// Dropping them is better than failing the whole report over one odd file name.
    public static func cleaned(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) { result.append(scalar) }
        return String(result)
    }

    /// The XML 1.0 `Char` production (Swift strings never hold lone surrogates).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...: true
        default: false
        }
    }
}
