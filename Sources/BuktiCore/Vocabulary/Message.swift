/// A sentence from the catalogue not yet put into a language: its key and its arguments, which may be
/// sentences themselves (`found end of file` / `ditemukan akhir berkas`). Rule-file and waivers
/// diagnostics carry these, so they print in whichever language the reader chose.
public struct Message: Sendable, Equatable, CustomStringConvertible {
    /// One argument: text shown as is in every language, or a sentence of its own.
    public indirect enum Part: Sendable, Equatable {
        case text(String)
        case message(Message)
    }

    public let key: MessageKey
    public let arguments: [Part]

    /// `arguments` fill `{1}`, `{2}`...; a `Message` among them is rendered in the same language, any
    /// other value by its `description`.
    public init(_ key: MessageKey, _ arguments: any CustomStringConvertible...) {
        self.key = key
        self.arguments = arguments.map { ($0 as? Message).map(Part.message) ?? .text($0.description) }
    }

    /// The sentence in English (logs and tests).
    public var description: String { Words(.en, .core).text(of: self) }
}

extension Words {
    /// `message` in this language.
    public func text(of message: Message) -> String {
        Self.fill(self[message.key], message.arguments.map { part in
            switch part {
            case .text(let text): text
            case .message(let inner): text(of: inner)
            }
        })
    }
}
