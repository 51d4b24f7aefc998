internal import CLibXML2

/// A small XML part parsed into a tree (core.xml, app.xml, .rels, workbook.xml, meta.xml, XMP).
/// Owns the libxml2 document and frees it in deinit; parse big parts with `XMLStreamReader` instead.
public final class XMLDocument {
    private let document: xmlDocPtr

    /// Parses `bytes` with the safe options in `LibXML.options`; a part that declares a DTD is refused.
    public init(bytes: [UInt8]) throws(XMLError) {
        LibXML.ensureInitialised()
        guard bytes.count < Int(Int32.max) else { throw .input("part is too large to parse") }
        xmlResetLastError()
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "part.xml", nil, LibXML.options)
            }
        }
        guard let parsed else {
            throw .malformed(bytes.isEmpty ? "part is empty" : LibXML.lastErrorMessage())
        }
        guard parsed.pointee.intSubset == nil, parsed.pointee.extSubset == nil else {
            xmlFreeDoc(parsed)
            throw .doctype
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The document element.
    public var root: XMLElement? {
        xmlDocGetRootElement(document).map { XMLElement(node: $0, owner: self) }
    }
}

/// One element of an `XMLDocument`; keeps its document alive.
public struct XMLElement {
    fileprivate let node: xmlNodePtr
    fileprivate let owner: XMLDocument

    fileprivate init(node: xmlNodePtr, owner: XMLDocument) {
        self.node = node
        self.owner = owner
    }

    /// Local name and namespace URI.
    public var name: XMLName {
        XMLName(LibXML.string(node.pointee.ns?.pointee.href) ?? "", LibXML.string(node.pointee.name) ?? "")
    }

    /// The child elements, in document order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var current = node.pointee.children
        while let child = current {
            if child.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: child, owner: owner)) }
            current = child.pointee.next
        }
        return result
    }

    /// The first child element called `name`.
    public func child(_ name: XMLName) -> XMLElement? { children.first { $0.name == name } }

    /// The child elements called `name`.
    public func children(_ name: XMLName) -> [XMLElement] { children.filter { $0.name == name } }

    /// Every element below this one called `name`, in document order (iterative: no recursion
    /// depth to exhaust; libxml2 already caps the tree's depth at 256 without XML_PARSE_HUGE).
    public func descendants(_ name: XMLName) -> [XMLElement] {
        var result: [XMLElement] = []
        var stack = children.reversed() as [XMLElement]
        while let element = stack.popLast() {
            if element.name == name { result.append(element) }
            stack.append(contentsOf: element.children.reversed())
        }
        return result
    }

    /// All attributes with their names (XMP writes simple properties as attributes).
    public var attributes: [(name: XMLName, value: String)] {
        var result: [(name: XMLName, value: String)] = []
        var current = node.pointee.properties
        while let attribute = current {
            let name = XMLName(
                LibXML.string(attribute.pointee.ns?.pointee.href) ?? "", LibXML.string(attribute.pointee.name) ?? "")
            let value = LibXML.takeString(xmlNodeListGetString(node.pointee.doc, attribute.pointee.children, 1)) ?? ""
            result.append((name, value))
            current = attribute.pointee.next
        }
        return result
    }

    /// An attribute's value; `namespace` empty for unprefixed attributes.
    public func attribute(_ local: String, namespace: String = "") -> String? {
        namespace.isEmpty
            ? LibXML.takeString(xmlGetNoNsProp(node, local))
            : LibXML.takeString(xmlGetNsProp(node, local, namespace))
    }

    /// The text of all descendant text nodes in order. Entity references are skipped, never expanded,
    /// so a hostile entity cannot grow the result (unlike xmlNodeGetContent).
    public var text: String {
        var result = ""
        var stack: [xmlNodePtr] = []
        var current = node.pointee.children
        while true {
            guard let visiting = current else {
                guard let parent = stack.popLast() else { break }
                current = parent.pointee.next
                continue
            }
            switch visiting.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = LibXML.string(visiting.pointee.content) { result += content }
                current = visiting.pointee.next
            case XML_ELEMENT_NODE where visiting.pointee.children != nil:
                stack.append(visiting)
                current = visiting.pointee.children
            default:
                current = visiting.pointee.next
            }
        }
        return result
    }
}
