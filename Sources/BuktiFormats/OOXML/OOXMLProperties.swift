import BuktiCore

/// Document properties of an OOXML package: docProps/core.xml (Dublin Core) and docProps/app.xml
/// (extended properties), both located through the package relationships.
enum OOXMLProperties {
    /// Core property (namespace, local name) -> the field it fills; dates are normalised separately.
    private static let coreFields: [XMLName: WritableKeyPath<FileFacts, String?> & Sendable] = [
        XMLName(OOXMLNamespace.dublinCore, "title"): \.title,
        XMLName(OOXMLNamespace.dublinCore, "subject"): \.subject,
        XMLName(OOXMLNamespace.dublinCore, "creator"): \.author,
        XMLName(OOXMLNamespace.coreProperties, "keywords"): \.keywords,
        XMLName(OOXMLNamespace.coreProperties, "lastModifiedBy"): \.lastModifiedBy,
        XMLName(OOXMLNamespace.dublinCoreTerms, "created"): \.created,
        XMLName(OOXMLNamespace.dublinCoreTerms, "modified"): \.modified,
    ]
    private static let dateFields: Set<String> = ["created", "modified"]

    /// Fills title, subject, author, keywords, lastModifiedBy, created, modified from core.xml.
    static func readCore(_ document: XMLDocument, into facts: inout FileFacts) {
        for element in document.root?.children ?? [] {
            guard let field = coreFields[element.name] else { continue }
            let value = element.text.trimmingWhitespace()
            guard !value.isEmpty else { continue }
            facts[keyPath: field] = dateFields.contains(element.name.local) ? W3CDTF.normalise(value) : value
        }
    }

    /// Fills application, pages and words from app.xml (Company has no FileFacts field yet).
    static func readApp(_ document: XMLDocument, into facts: inout FileFacts) {
        for element in document.root?.children ?? [] {
            guard OOXMLNamespace.extendedProperties.contains(element.name.namespace) else { continue }
            let value = element.text.trimmingWhitespace()
            guard !value.isEmpty else { continue }
            switch element.name.local {
            case "Application": facts.application = value
            case "Pages": facts.pages = Int(value).flatMap { $0 >= 0 ? $0 : nil }
            case "Words": facts.words = Int(value).flatMap { $0 >= 0 ? $0 : nil }
            default: continue
            }
        }
    }

    /// Reads both property parts; a damaged part is a problem on the file, not the end of it.
    static func read(_ package: OOXMLPackage, into facts: inout FileFacts) throws(ExtractionFailure) {
        let relations = try package.relations(of: "")
        let core = relations.first { $0.kind == OOXMLRelationship.coreProperties }?.part ?? "docProps/core.xml"
        let app = relations.first { $0.kind == OOXMLRelationship.extendedProperties }?.part ?? "docProps/app.xml"
        if package.contains(core) {
            do throws(ExtractionFailure) {
                readCore(try package.document(core), into: &facts)
            } catch {
                facts.problems.append(error.problem)
            }
        }
        if package.contains(app) {
            do throws(ExtractionFailure) {
                readApp(try package.document(app), into: &facts)
            } catch {
                facts.problems.append(error.problem)
            }
        }
    }
}
