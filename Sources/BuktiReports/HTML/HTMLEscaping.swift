/// Escaping for text that comes from files and folders: a folder named `<script>` must stay text,
/// and a file name with quotes must not end an attribute early.
enum HTMLEscaping {
    /// Text content and attribute values (double-quoted) alike: `& < > " '` become references, and
    /// control characters are shown as their Unicode control pictures instead of reaching the parser.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 {
                    out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
                } else if scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Bytes left as they are in a URL path segment (RFC 3986 unreserved); everything else is
    /// percent-encoded so a `:` or `#` in a file name can never become a scheme or a fragment.
    private static let unreserved: Set<UInt8> = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8))

    /// Percent-encodes one path segment (UTF-8).
    static func percentEncode(segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            if unreserved.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// A relative path as an href: each segment percent-encoded, joined by `/`.
    static func href(relativePath: String) -> String {
        relativePath.split(separator: "/", omittingEmptySubsequences: false)
            .map { percentEncode(segment: String($0)) }
            .joined(separator: "/")
    }

    /// A token safe inside an id or a space-separated data attribute: ASCII letters, digits and `-`.
    static func token(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            let v = scalar.value
            let keep = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x2D
            return keep ? Character(scalar) : "_"
        })
    }
}
