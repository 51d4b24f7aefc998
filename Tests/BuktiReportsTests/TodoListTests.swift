import Testing
import BuktiCore
@testable import BuktiReports

/// Expected gains come from the rule file's weights and levels (read here), not from our output.
@Suite struct TodoListTests {
    func setup(_ name: String, _ language: Language = .id) throws -> (TodoList, InnovationReport, RuleSet) {
        let audit = try GoldenAudit.audit()
        let rules = try GoldenAudit.rules()
        let innovation = try #require(audit.innovations.first { $0.name == name })
        return (TodoList(rules: rules, assessmentYear: audit.assessmentYear, language: language), innovation, rules)
    }

    func weight(_ rules: RuleSet, _ id: String) -> Double { rules.indicators.first { $0.id == id }?.weight ?? -1 }

    @Test func gainsAreWeightTimesLevelsGained() throws {
        let (todo, innovation, rules) = try setup("Kampung KB Digital")
        let actions = todo.actions(for: innovation)
        for action in actions {
            #expect(action.gain == weight(rules, action.indicatorId) * Double(action.toLevel - action.fromLevel))
            let current = innovation.indicators.first { $0.id == action.indicatorId }?.level
            #expect(action.fromLevel == current)
        }
        // Regulasi is at level 2 (SK Bupati); level 3 needs a Perkada or Perda dated 2022–2024.
        let regulasi = try #require(actions.first { $0.indicatorId == "regulasi" })
        #expect(regulasi.toLevel == 3)
        #expect(regulasi.needs.map(\.types) == [["perkada", "perda"]])
        #expect(regulasi.needs.first?.years == 2022...2024)
        #expect(regulasi.text.hasPrefix("Unggah "))
        #expect(regulasi.text.contains("(2022–2024): +3 pada Regulasi Inovasi Daerah (level 2 → 3)"))
        // Every indicator below its top level has an action; none at the top.
        let below = rules.indicators.filter { indicator in
            (innovation.indicators.first { $0.id == indicator.id }?.level ?? 0) < (indicator.levels.map(\.level).max() ?? 0)
        }
        #expect(Set(actions.map(\.indicatorId)) == Set(below.map(\.id)))
    }

    @Test func sortedByGainThenCriticalFirst() throws {
        for innovation in try GoldenAudit.audit().innovations {
            let (todo, _, _) = try setup(innovation.name)
            let actions = todo.actions(for: innovation)
            for (a, b) in zip(actions, actions.dropFirst()) {
                #expect(a.gain > b.gain || (a.gain == b.gain && (a.critical || !b.critical)))
            }
        }
    }

    @Test func verifyLevelsBecomeChecksByHand() throws {
        // SDM is at level 1 and levels 2–3 need counting names by hand: the action is the check.
        let (todo, innovation, rules) = try setup("Kampung KB Digital", .en)
        let sdm = try #require(todo.actions(for: innovation).first { $0.indicatorId == "sdm" })
        let level2 = try #require(rules.indicators.first { $0.id == "sdm" }?.levels.first { $0.level == 2 })
        #expect(sdm.needs.isEmpty)
        #expect(sdm.check == level2.verify?.en)
        #expect(sdm.text.hasPrefix("Check: "))
        #expect(sdm.gain == weight(rules, "sdm"))
    }

    @Test func budgetOverSeveralYearsNamesTheMissingYears() throws {
        // Lapor Cepat has a budget for 2024 only (level 1); level 2 needs one in 2022–2023.
        let (todo, innovation, _) = try setup("Lapor Cepat (LAPCEP)")
        let anggaran = try #require(todo.actions(for: innovation).first { $0.indicatorId == "anggaran" })
        #expect(anggaran.fromLevel == 1)
        #expect(anggaran.toLevel == 2)
        #expect(anggaran.needs.first?.years == 2022...2023)
        #expect(anggaran.critical)
    }
}
