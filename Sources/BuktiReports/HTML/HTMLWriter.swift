/// Builds HTML text: tags and attribute names come from code, every value and text goes through
/// `HTMLEscaping`, so data can never open a tag of its own.
struct HTMLWriter {
    private(set) var output = ""

    /// Appends markup written in code (never data).
    mutating func raw(_ markup: String) { output += markup }

    /// Appends escaped text.
    mutating func text(_ text: String) { output += HTMLEscaping.escape(text) }

    /// Opens `tag` with attributes in the order given; values are escaped.
    mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += "<" + tag
        for (name, value) in attributes {
            output += " " + name + "=\"" + HTMLEscaping.escape(value) + "\""
        }
        output += ">"
    }

    /// Opens `tag` with attributes built at run time (names still come from code).
    mutating func open(_ tag: String, _ attributes: [(String, String)]) {
        output += "<" + tag
        for (name, value) in attributes {
            output += " " + name + "=\"" + HTMLEscaping.escape(value) + "\""
        }
        output += ">"
    }

    /// Closes `tag`.
    mutating func close(_ tag: String) { output += "</" + tag + ">" }

    /// `<tag attributes>text</tag>`.
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: String) {
        open(tag, attributes)
        text(content)
        close(tag)
    }

    /// A link to a file of the evidence tree; the visible text is the path as on disk.
    mutating func fileLink(_ path: String, _ context: HTMLContext, visible: String? = nil) {
        element("a", ["href": context.links.href(path), "class": "file"], visible ?? path)
    }
}
