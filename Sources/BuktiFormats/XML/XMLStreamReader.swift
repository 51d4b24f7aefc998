internal import CLibXML2

/// One step of a streamed XML part.
public enum XMLEvent: Equatable, Sendable {
    /// An element opens (an empty element is followed at once by its `end`).
    case start(XMLName)
    /// An element closes.
    case end(XMLName)
    /// Character data (text, CDATA, whitespace); entity references are skipped, never expanded.
    case text(String)
}

/// Where a streamed part's bytes come from: fills `buffer` and returns the count, 0 at the end.
public protocol XMLByteInput: AnyObject {
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(XMLError) -> Int
}

/// Streams an XML part with libxml2's xmlTextReader, so a 50 MB worksheet costs only a buffer.
/// Owns the reader (and its input) and frees both in deinit.
public final class XMLStreamReader {
    private let reader: OpaquePointer
    /// Keeps the bytes or the input alive while libxml2 reads them.
    private let keepAlive: AnyObject
    /// An `end` still owed for an empty element just reported as `start`.
    private var pendingEnd: XMLName?
    /// Set by the input callback when the input itself failed.
    private let inputBox: InputBox?

    /// Streams bytes already in memory.
    public init(bytes: [UInt8]) throws(XMLError) {
        LibXML.ensureInitialised()
        let storage = ByteStorage(bytes)
        guard bytes.count < Int(Int32.max),
            let made = xmlReaderForMemory(storage.pointer, Int32(bytes.count), nil, nil, LibXML.options)
        else { throw .input("could not start the XML reader") }
        reader = made
        keepAlive = storage
        inputBox = nil
    }

    /// Streams bytes pulled from `input` as libxml2 asks for them.
    public init(input: any XMLByteInput) throws(XMLError) {
        LibXML.ensureInitialised()
        let box = InputBox(input)
        let context = Unmanaged.passUnretained(box).toOpaque()
        guard
            let made = xmlReaderForIO(
                { context, buffer, length in
                    guard let context, let buffer, length > 0 else { return -1 }
                    let box = Unmanaged<InputBox>.fromOpaque(context).takeUnretainedValue()
                    do throws(XMLError) {
                        return Int32(try box.input.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
                    } catch {
                        box.failure = error
                        return -1
                    }
                }, nil, context, nil, nil, LibXML.options)
        else { throw .input("could not start the XML reader") }
        reader = made
        keepAlive = box
        inputBox = box
    }

    deinit { xmlFreeTextReader(reader) }

    /// The next event, or nil at the end of the part. A DOCTYPE is refused (see `XMLError.doctype`).
    public func next() throws(XMLError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name)
        }
        while true {
            xmlResetLastError()
            let status = xmlTextReaderRead(reader)
            if status == 0 { return nil }
            guard status == 1 else {
                if let failure = inputBox?.failure { throw failure }
                throw .malformed(LibXML.lastErrorMessage())
            }
            switch UInt32(xmlTextReaderNodeType(reader)) {
            case XML_READER_TYPE_ELEMENT.rawValue:
                let name = currentName()
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = name }
                return .start(name)
            case XML_READER_TYPE_END_ELEMENT.rawValue:
                return .end(currentName())
            case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
                XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
                if let value = LibXML.string(xmlTextReaderConstValue(reader)) { return .text(value) }
            case XML_READER_TYPE_DOCUMENT_TYPE.rawValue:
                throw .doctype
            default:
                continue
            }
        }
    }

    /// An attribute of the element just reported by `.start`; `namespace` empty for unprefixed ones.
    public func attribute(_ local: String, namespace: String = "") -> String? {
        namespace.isEmpty
            ? LibXML.takeString(xmlTextReaderGetAttribute(reader, local))
            : LibXML.takeString(xmlTextReaderGetAttributeNs(reader, local, namespace))
    }

    private func currentName() -> XMLName {
        XMLName(
            LibXML.string(xmlTextReaderConstNamespaceUri(reader)) ?? "",
            LibXML.string(xmlTextReaderConstLocalName(reader)) ?? "")
    }
}

/// A stable copy of the bytes for xmlReaderForMemory, which reads them in place.
private final class ByteStorage {
    let pointer: UnsafeMutablePointer<CChar>

    init(_ bytes: [UInt8]) {
        pointer = .allocate(capacity: max(1, bytes.count))
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { UnsafeMutableRawPointer(pointer).copyMemory(from: base, byteCount: raw.count) }
        }
    }

    deinit { pointer.deallocate() }
}

/// The input plus the error it raised, reachable from the C read callback.
private final class InputBox {
    let input: any XMLByteInput
    var failure: XMLError?

    init(_ input: any XMLByteInput) { self.input = input }
}
