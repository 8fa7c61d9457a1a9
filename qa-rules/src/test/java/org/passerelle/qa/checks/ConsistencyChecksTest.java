package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.RunWideCheck;
import org.passerelle.qa.UnitMatch;
import org.passerelle.qa.Units;
import org.passerelle.xliff.TranslationUnit;

class ConsistencyChecksTest {
    private static final String FR = "Les dirigeants des deux pays ont maintenu des contacts de haut niveau.";

    private static List<UnitMatch> run(RunWideCheck check, List<TranslationUnit> units) {
        units.forEach(u -> check.check(u, context()));
        return check.finish(context());
    }

    @Test
    void sameSourceTranslatedDifferentlyIsReportedOnTheMinority() {
        List<UnitMatch> m = run(new TargetConsistencyCheck(), List.of(
                Units.inFile(Units.unit("u1", "en-GB", FR, "The leaders of the two countries have maintained high-level contacts."), "a.xlf"),
                Units.inFile(Units.unit("u2", "en-GB", FR, "The leaders of both nations kept in touch at the top."), "b.xlf"),
                Units.inFile(Units.unit("u3", "en-GB", FR, "the leaders of the two countries have maintained  high-level contacts."), "b.xlf")));
        assertEquals(List.of("u2"), m.stream().map(x -> x.unit().id()).toList());
        assertEquals(List.of("The leaders of the two countries have maintained high-level contacts."), m.get(0).match().suggestions());
    }

    @Test
    void twoUnitsThatDisagreeAreBothReported() {
        String fr = "Les deux parties ont eu un entretien fructueux.";
        List<UnitMatch> m = run(new TargetConsistencyCheck(), List.of(
                Units.inFile(Units.unit("u1", "en-US", fr, "The two sides held fruitful talks."), "a.xlf"),
                Units.inFile(Units.unit("u2", "en-US", fr, "Both parties had a productive meeting."), "a.xlf")));
        assertEquals(List.of("u1", "u2"), m.stream().map(x -> x.unit().id()).sorted().toList());
        UnitMatch first = m.stream().filter(x -> x.unit().id().equals("u1")).findFirst().orElseThrow();
        assertEquals("The same source is translated 2 ways; a.xlf:u2 has 'Both parties had a productive meeting.'",
                first.match().message());
    }

    @Test
    void consistentRunAndOtherLanguagesPass() {
        assertEquals(List.of(), run(new TargetConsistencyCheck(), List.of(
                Units.unit("u1", "en-GB", FR, "The leaders kept in contact."),
                Units.unit("u2", "vi-VN", FR, "Lãnh đạo hai nước duy trì tiếp xúc cấp cao."),
                Units.unit("u3", "en-GB", FR.toUpperCase(), "THE LEADERS KEPT IN CONTACT."))));
    }

    @Test
    void oneTranslationForDifferentSourcesIsReported() {
        List<UnitMatch> m = run(new SourceConsistencyCheck(), List.of(
                Units.unit("u1", "en-GB", "Le ministère de la Défense.", "The Ministry of Defence."),
                Units.unit("u2", "en-GB", "Le ministère de la Défense.", "The Ministry of Defence."),
                Units.unit("u3", "en-GB", "Le ministère de la Sécurité publique.", "The Ministry of Defence.")));
        assertEquals(1, m.size());
        assertEquals("u3", m.get(0).unit().id());
    }

    @Test
    void aTieOfNearlyIdenticalTranslationsIsASlipReportedOnceNotTwoChoices() {
        String fr = "Le Vietnam assiste au Congrès international de la justice à Cuba";
        List<UnitMatch> m = run(new TargetConsistencyCheck(), List.of(
                Units.unit("u1", "en-US", fr, "Vietnam attends International Congress of Justice in Cuba"),
                Units.unit("u2", "en-US", fr, "Vietnam attends the the International Congress of Justice in Cuba")));
        assertEquals(List.of("u2"), m.stream().map(x -> x.unit().id()).toList());
    }
}
