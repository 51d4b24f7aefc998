import Foundation
internal import CLibXML2

/// Reads the descriptive texts of an XMP packet (exif:UserComment, dc:description, tiff:ImageDescription)
/// with libxml2; iOS and macOS mark their screenshots there with the word "Screenshot".
enum XMPComments {
    /// Local element names whose text counts as a comment.
    static let elements: Set<String> = ["usercomment", "description", "imagedescription"]
    /// The deepest element nesting followed (XMP packets are a handful of levels deep).
    static let maxDepth = 32
    /// The largest packet parsed.
    static let maxBytes = 1 << 20

    /// The trimmed texts of the comment elements in `packet`; empty when it is not XML.
    static func texts(in packet: [UInt8]) -> [String] {
        guard !packet.isEmpty, packet.count <= maxBytes else { return [] }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = packet.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), nil, nil, options)
                }
            }
        }
        guard let document = parsed else { return [] }
        defer { xmlFreeDoc(document) }
        var found: [String] = []
        collect(xmlDocGetRootElement(document), depth: 0, into: &found)
        return found
    }

    private static func collect(_ first: xmlNodePtr?, depth: Int, into found: inout [String]) {
        guard depth < maxDepth else { return }
        var node = first
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name {
                let local = String(cString: name).lowercased()
                if elements.contains(local), let content = xmlNodeGetContent(current) {
                    let text = String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines)
                    bukti_xml_free(content)
                    if !text.isEmpty { found.append(text) }
                } else {
                    collect(current.pointee.children, depth: depth + 1, into: &found)
                }
            }
            node = current.pointee.next
        }
    }
}
