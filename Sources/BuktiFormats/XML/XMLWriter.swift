internal import CLibXML2

/// Why a document could not be written.
public enum XMLWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libxml2 refused a call (out of memory, or a name it cannot write).
    case libxml(String)

    public var description: String {
        switch self {
        case .libxml(let step): "libxml2 could not write the document (\(step))"
        }
    }
}

/// Writes one XML document into memory through libxml2's xmlTextWriter, which escapes text and
/// attribute values; callers only pass names and values, never markup. Text must already be free of
/// the control characters XML 1.0 forbids (`XMLText.cleaned`), since no escape can carry them.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// The first call libxml2 refused; later calls are skipped and `finish` throws.
    private var failure: String?

    /// Starts a document with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
    init() throws(XMLWriteError) {
        LibXML.ensureInitialised()
        guard let buffer = xmlBufferCreate() else { throw .libxml("buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .libxml("writer")
        }
        self.buffer = buffer
        self.writer = writer
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"), "start document")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens element `name` (a qualified name such as `dc:title` when its prefix is declared).
    func start(_ name: String) {
        guard failure == nil else { return }
        check(xmlTextWriterStartElement(writer, name), "start \(name)")
    }

    /// Adds an attribute to the element just opened; the value is escaped by libxml2.
    func attribute(_ name: String, _ value: String) {
        guard failure == nil else { return }
        check(xmlTextWriterWriteAttribute(writer, name, value), "attribute \(name)")
    }

    /// Writes text content, escaped by libxml2.
    func text(_ value: String) {
        guard failure == nil else { return }
        check(xmlTextWriterWriteString(writer, value), "text")
    }

    /// Closes the innermost open element (as `<a/>` when it has no content).
    func end() {
        guard failure == nil else { return }
        check(xmlTextWriterEndElement(writer), "end element")
    }

    /// An element with attributes and optional text, opened and closed.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        if let text { self.text(text) }
        end()
    }

    /// Closes every open element and returns the document's bytes.
    func finish() throws(XMLWriteError) -> [UInt8] {
        if failure == nil { check(xmlTextWriterEndDocument(writer), "end document") }
        if failure == nil { check(xmlTextWriterFlush(writer), "flush") }
        if let failure { throw .libxml(failure) }
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func check(_ result: Int32, _ step: @autoclosure () -> String) {
        if result < 0, failure == nil { failure = step() }
    }
}
