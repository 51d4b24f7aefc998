extension CompiledRuleSet {
    /// The same rules with the command line's `--year` and `--depth` in place of the file's values,
    /// so the classifier's date plausibility and the audit's windows count from the same T-0.
    public func overriding(assessmentYear: Int?, depth: Int?) -> CompiledRuleSet {
        var changed = rules
        if let assessmentYear { changed.assessmentYear = assessmentYear }
        if let depth { changed.layout.depth = depth }
        return CompiledRuleSet(rules: changed, documentTypes: documentTypes, source: source, sha256: sha256, text: text)
    }
}
