internal import CLibXML2

/// Why an XML part could not be read.
public enum XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not well-formed XML; libxml2's message and line.
    case malformed(String)
    /// The part declares a DTD; bukti's formats (OOXML, ODF, XMP) never need one, and a DTD is how
    /// external-entity (XXE) and entity-expansion ("billion laughs") attacks arrive.
    case doctype
    /// The input stream failed (a ZIP member could not be inflated, or grew past its cap).
    case input(String)

    public var description: String {
        switch self {
        case .malformed(let message): "is not well-formed XML: \(message)"
        case .doctype: "declares a DTD, which this format never uses; its entities were not read"
        case .input(let message): message
        }
    }
}

/// An element or attribute name: local part plus namespace URI (empty when none), so prefixes never matter.
public struct XMLName: Hashable, Sendable, CustomStringConvertible {
    public var local: String
    public var namespace: String

    public init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }

    public var description: String { namespace.isEmpty ? local : "{\(namespace)}\(local)" }
}

/// libxml2 set-up shared by the DOM and streaming readers.
enum LibXML {
    /// Network off, entities left unsubstituted (no XML_PARSE_NOENT), no DTD loading or validation,
    /// libxml2's own error printing off (errors come back through `lastErrorMessage`).
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue)

    /// Runs `xmlInitParser` exactly once (Swift runs a static initialiser once, thread-safely).
    static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Call before any libxml2 use.
    static func ensureInitialised() { _ = initialised }

    /// The text of libxml2's last error on this thread, with its line, lowercased like our messages.
    static func lastErrorMessage() -> String {
        guard let error = xmlGetLastError(), let text = error.pointee.message else {
            return "parser gave no reason"
        }
        var message = String(cString: text).trimmingWhitespace()
        if let first = message.first { message = first.lowercased() + message.dropFirst() }
        return error.pointee.line > 0 ? "\(message) (line \(error.pointee.line))" : message
    }

    /// A Swift string from a libxml2 string, nil for NULL.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// A Swift string from a libxml2 string the caller owns, freeing it.
    static func takeString(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { bukti_xml_free(pointer) }
        return String(cString: pointer)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}
