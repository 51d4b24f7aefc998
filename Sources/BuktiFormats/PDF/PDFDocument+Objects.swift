import BuktiCore

extension PDFDocument {
    /// The object `reference` points to (`.null` when free, missing or unreadable). When the object is
    /// not where the xref says, the xref is rebuilt once by scanning and the lookup retried.
    public func object(_ reference: PDFReference) -> PDFObject {
        let number = reference.number
        if let cached = cache[number] { return cached }
        guard !loading.contains(number), !options.deadline.hasPassed else { return .null }
        loading.insert(number)
        defer { loading.remove(number) }
        var result = load(number)
        if result == nil, !repaired {
            let offset = if case .inFile(let o, _)? = xref.entries[number] { o } else { -1 }
            try? rebuild(because: "object \(number) is not at offset \(offset) where the xref puts it; rebuilt the xref by scanning objects",
                         code: .repaired, keeping: true)
            indexPendingObjectStreams()
            result = load(number)
        }
        let value = result ?? .null
        if cache.count >= Self.cacheLimit { cache = [:] }
        cache[number] = value
        return value
    }

    /// Loads object `number` as the xref places it: nil when the file does not hold it there.
    func load(_ number: Int) -> PDFObject? {
        switch xref.entries[number] {
        case nil, .free?:
            return .null
        case .inFile(let offset, _)?:
            guard offset < file.size else { return nil }
            let parsed: PDFIndirectObject
            do {
                parsed = try file.indirectObject(at: offset, resolveLength: { self.resolve(.reference($0)).integer })
            } catch .nestingTooDeep {
                // A limit, not a misplaced object: rebuilding would not help.
                report(.limitExceeded, "object \(number) nests arrays or dictionaries deeper than \(options.maxNestingDepth) levels")
                return .null
            } catch .timeUp {
                report(.limitExceeded, "time budget for this file ran out")
                return .null
            } catch {
                return nil
            }
            guard parsed.reference.number == number else { return nil }
            if !parsed.streamComplete {
                report(.truncated, "stream of object \(number) is cut short by the end of the file")
            }
            return decryptStrings(parsed.object, owner: parsed.reference)
        case .inStream(let streamNumber, let index)?:
            // Objects inside an object stream are not encrypted on their own: the container stream is.
            return objectStream(streamNumber)?.object(at: index, number: number, options: options) ?? .null
        }
    }

    /// The object stream numbered `number`, decoded and cached.
    func objectStream(_ number: Int) -> PDFObjectStream? {
        if let cached = objectStreams[number] { return cached }
        guard let stream = object(PDFReference(number, 0)).stream else { return nil }
        do {
            let parsed = try PDFObjectStream(number: number, dictionary: stream.dictionary, data: try decodedData(of: stream))
            if objectStreams.count >= Self.objectStreamCacheLimit { objectStreams = [:] }
            objectStreams[number] = parsed
            return parsed
        } catch {
            // Without the key every object stream fails the same way; that was reported once already.
            if canDecrypt { report(error.problem.code, "object stream \(number): \(error.problem.message)") }
            return nil
        }
    }

    /// `object` with references followed up to `maxNestingDepth` deep (`.null` past that or when missing).
    public func resolve(_ object: PDFObject) -> PDFObject {
        var current = object
        var depth = 0
        while case .reference(let reference) = current {
            guard depth < options.maxNestingDepth else {
                report(.limitExceeded, "reference chain longer than \(options.maxNestingDepth) at \(reference)")
                return .null
            }
            depth += 1
            current = self.object(reference)
        }
        return current
    }

    /// A stream's data after decryption and every filter, capped at `maxInflatedBytes`.
    public func decodedData(of stream: PDFStream) throws(ExtractionFailure) -> [UInt8] {
        var raw = try file.rawData(of: stream)
        if isEncrypted, let owner = stream.owner {
            guard let decryptor else {
                throw ExtractionFailure(securityProblem ?? .corrupt,
                                        "stream of object \(owner.number) is encrypted and cannot be decrypted")
            }
            raw = decryptor.decryptStream(raw, object: owner, dictionary: stream.dictionary)
        }
        return try PDFFilters.decode(raw, dictionary: stream.dictionary, limit: options.maxInflatedBytes,
                                     resolve: { self.resolve($0) })
    }

    /// Decrypts every string inside indirect object `owner` (not the /Encrypt dictionary, not xref streams).
    func decryptStrings(_ object: PDFObject, owner: PDFReference) -> PDFObject {
        guard let decryptor, owner != encryptReference, object.dictionary?.type != "XRef" else { return object }
        func walk(_ o: PDFObject) -> PDFObject {
            switch o {
            case .string(let bytes): return .string(decryptor.decryptString(bytes, object: owner))
            case .array(let items): return .array(items.map(walk))
            case .dictionary(let d): return .dictionary(PDFDictionary(d.entries.mapValues(walk)))
            case .stream(var s):
                s.dictionary = PDFDictionary(s.dictionary.entries.mapValues(walk))
                return .stream(s)
            default: return o
            }
        }
        return walk(object)
    }

    /// Sets up decryption when the trailer has /Encrypt; a password it lacks or a handler it does not
    /// know becomes a problem, and the document stays open for what is readable unencrypted.
    func openSecurity(password: [UInt8]) {
        guard let encryptObject = xref.trailer["Encrypt"] else { return }
        isEncrypted = true
        encryptReference = encryptObject.reference
        guard let encrypt = resolve(encryptObject).dictionary.map(resolvedDeeply) else {
            report(.corrupt, "pdf /Encrypt entry is not a dictionary")
            return
        }
        let fileID = resolve(resolve(xref.trailer["ID"] ?? .null).array?.first ?? .null).stringBytes
        do {
            decryptor = try PDFSecurity.open(encrypt: encrypt, fileID: fileID, password: password)
        } catch {
            switch error {
            case .passwordRequired:
                securityProblem = .passwordRequired
                report(.passwordRequired, "pdf is encrypted with a user password")
            case .unsupported(let what):
                securityProblem = .unsupported
                report(.unsupported, "pdf encryption is not supported: \(what)")
            case .malformed(let what):
                securityProblem = .corrupt
                report(.corrupt, "pdf /Encrypt dictionary is damaged: \(what)")
            }
        }
        // Objects read before the decryptor existed hold encrypted strings.
        cache = [:]
        objectStreams = [:]
    }

    /// `dictionary` with references inside it followed (the security handler expects direct values).
    func resolvedDeeply(_ dictionary: PDFDictionary) -> PDFDictionary {
        func walk(_ object: PDFObject, _ depth: Int) -> PDFObject {
            let value = resolve(object)
            guard depth < 4 else { return value }
            switch value {
            case .dictionary(let d): return .dictionary(PDFDictionary(d.entries.mapValues { walk($0, depth + 1) }))
            case .array(let items): return .array(items.map { walk($0, depth + 1) })
            default: return value
            }
        }
        return PDFDictionary(dictionary.entries.mapValues { walk($0, 0) })
    }
}
