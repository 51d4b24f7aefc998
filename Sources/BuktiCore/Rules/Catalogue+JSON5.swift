/// Keys of the JSON5 syntax errors `JSON5Locator` finds in rule and waivers files.
extension MessageKey {
    static let json5Trailing: MessageKey = "json5.trailing"
    static let json5EndExpectingValue: MessageKey = "json5.endExpectingValue"
    static let json5TooDeep: MessageKey = "json5.tooDeep"
    static let json5ExpectedValue: MessageKey = "json5.expectedValue"
    static let json5BareWord: MessageKey = "json5.bareWord"
    static let json5UnclosedObject: MessageKey = "json5.unclosedObject"
    static let json5ObjectComma: MessageKey = "json5.objectComma"
    static let json5Colon: MessageKey = "json5.colon"
    static let json5UnclosedArray: MessageKey = "json5.unclosedArray"
    static let json5ArrayComma: MessageKey = "json5.arrayComma"
    static let json5CommaAfter: MessageKey = "json5.commaAfter"
    static let json5CommaBefore: MessageKey = "json5.commaBefore"
    static let json5ExpectedKey: MessageKey = "json5.expectedKey"
    static let json5DigitKey: MessageKey = "json5.digitKey"
    static let json5ControlInText: MessageKey = "json5.controlInText"
    static let json5Tab: MessageKey = "json5.tab"
    static let json5ControlCharacter: MessageKey = "json5.controlCharacter"
    static let json5UnterminatedString: MessageKey = "json5.unterminatedString"
    static let json5HexEscape: MessageKey = "json5.hexEscape"
    static let json5BadEscape: MessageKey = "json5.badEscape"
    static let json5BadHex: MessageKey = "json5.badHex"
    static let json5LeadingZero: MessageKey = "json5.leadingZero"
    static let json5ExpectedNumber: MessageKey = "json5.expectedNumber"
    static let json5Exponent: MessageKey = "json5.exponent"
    static let json5InNumber: MessageKey = "json5.inNumber"
    static let json5UnterminatedComment: MessageKey = "json5.unterminatedComment"
    static let json5EndOfFile: MessageKey = "json5.endOfFile"
}

extension Catalogue {
    /// `{1}` is what was found (`'name'` or end of file) unless said otherwise.
    static let json5Block = CatalogueBlock(
        id: [
            .json5Trailing: "{1} tak terduga setelah akhir dokumen; hapus atau bungkus semuanya dalam satu objek",
            .json5EndExpectingValue: "berkas berakhir tiba-tiba; seharusnya ada nilai",
            .json5TooDeep: "objek dan larik bersarang terlalu dalam",
            .json5ExpectedValue: "seharusnya sebuah nilai (teks dalam tanda kutip, bilangan, true, false, null, objek, atau larik), ditemukan {1}",
            .json5BareWord: "seharusnya sebuah nilai, ditemukan '{1}'; tulis teks dalam tanda kutip: \"{1}\"",
            .json5UnclosedObject: "berkas berakhir tiba-tiba; seharusnya ada '}' untuk menutup objek yang dibuka pada {1}",
            .json5ObjectComma: "seharusnya ',' atau '}' setelah nilai '{1}', ditemukan {2}; {3}",
            .json5Colon: "seharusnya ':' setelah kunci '{1}', ditemukan {2}; tulis {1}: NILAI",
            .json5UnclosedArray: "berkas berakhir tiba-tiba; seharusnya ada ']' untuk menutup larik yang dibuka pada {1}",
            .json5ArrayComma: "seharusnya ',' atau ']' setelah butir {1}, ditemukan {2}; {3}",
            .json5CommaAfter: "tulis ',' setelah nilai yang berakhir pada {1}",
            .json5CommaBefore: "tulis ',' sebelumnya",
            .json5ExpectedKey: "seharusnya kunci atau '}', ditemukan {1}; tulis nama: NILAI (beri tanda kutip pada kunci yang bukan kata biasa)",
            .json5DigitKey: "kunci tidak boleh diawali angka; tulis \"{1}\": NILAI",
            .json5ControlInText: "{1} tidak boleh ada di dalam teks; tulis {2}",
            .json5Tab: "tab",
            .json5ControlCharacter: "karakter kendali U+{1}",
            .json5UnterminatedString: "teks tidak ditutup; tutup dengan {1} pada baris yang sama (tulis \\n untuk pindah baris di dalam teks)",
            .json5HexEscape: "'{1}' membutuhkan {2} digit heksadesimal; tulis {3} atau, untuk escape regex, '\\{1}'",
            .json5BadEscape: "'{1}' bukan escape dalam teks JSON5; tulis '\\{1}' (dua garis miring terbalik) untuk meneruskan garis miring terbalik ke regex",
            .json5BadHex: "bilangan heksadesimal '{1}' tidak sah; tulis angka 0-9 dan a-f setelah 0x",
            .json5LeadingZero: "bilangan tidak boleh diawali 0; tulis {1}",
            .json5ExpectedNumber: "seharusnya bilangan, ditemukan {1}; tulis angka seperti 1 atau 0.5",
            .json5Exponent: "seharusnya angka eksponen, ditemukan {1}",
            .json5InNumber: "{1} tak terduga di dalam bilangan; tulis teks dalam tanda kutip",
            .json5UnterminatedComment: "komentar tidak ditutup; tutup dengan */",
            .json5EndOfFile: "akhir berkas",
        ],
        en: [
            .json5Trailing: "unexpected {1} after the end of the document; remove it or wrap everything in one object",
            .json5EndExpectingValue: "unexpected end of file; expected a value",
            .json5TooDeep: "objects and arrays are nested too deeply",
            .json5ExpectedValue: "expected a value (text in quotes, a number, true, false, null, an object or an array), found {1}",
            .json5BareWord: "expected a value, found '{1}'; write text in quotes: \"{1}\"",
            .json5UnclosedObject: "unexpected end of file; expected '}' to close the object opened at {1}",
            .json5ObjectComma: "expected ',' or '}' after the value of '{1}', found {2}; {3}",
            .json5Colon: "expected ':' after the key '{1}', found {2}; write {1}: VALUE",
            .json5UnclosedArray: "unexpected end of file; expected ']' to close the array opened at {1}",
            .json5ArrayComma: "expected ',' or ']' after item {1}, found {2}; {3}",
            .json5CommaAfter: "write ',' after the value that ends at {1}",
            .json5CommaBefore: "write ',' before it",
            .json5ExpectedKey: "expected a key or '}', found {1}; write name: VALUE (quote keys that are not plain words)",
            .json5DigitKey: "a key cannot start with a digit; write \"{1}\": VALUE",
            .json5ControlInText: "{1} inside text is not allowed; write {2} instead",
            .json5Tab: "a tab",
            .json5ControlCharacter: "control character U+{1}",
            .json5UnterminatedString: "unterminated string; close it with {1} on the same line (write \\n for a line break inside text)",
            .json5HexEscape: "'{1}' needs {2} hexadecimal digits; write {3} or, for a regex escape, '\\{1}'",
            .json5BadEscape: "'{1}' is not an escape in JSON5 text; write '\\{1}' (two backslashes) to pass a backslash to the regex",
            .json5BadHex: "invalid hexadecimal number '{1}'; write digits 0-9 and a-f after 0x",
            .json5LeadingZero: "a number cannot start with 0; write {1} instead",
            .json5ExpectedNumber: "expected a number, found {1}; write digits such as 1 or 0.5",
            .json5Exponent: "expected the digits of an exponent, found {1}",
            .json5InNumber: "unexpected {1} in a number; write text in quotes",
            .json5UnterminatedComment: "unterminated comment; close it with */",
            .json5EndOfFile: "end of file",
        ])
}
