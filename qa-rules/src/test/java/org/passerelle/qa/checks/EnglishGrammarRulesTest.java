package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;

/**
 * lang-en's own LanguageTool rules, run by the grammar check inside the real English LanguageTool:
 * the agreement slips of translated news that LanguageTool 6.6 has no rule for.
 */
class EnglishGrammarRulesTest {
    private final GrammarCheck check = new GrammarCheck(Profile.defaults().settings("grammar"));

    private List<CheckMatch> run(String target) {
        return check.check(unit("en-US", "Les deux parties ont signé un accord.", target), context());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The two sides has welcomed the growth of relations between the two countries.|has|have",
        "The two delegations has held talks in Hanoi.|has|have",
        "Both countries is committed to peace and stability in the region.|is|are",
        "The Russian delegations was received by the Minister of National Defence.|was|were",
        "The talks was held in a friendly atmosphere.|was|were",
        "Their armed forces has taken part in the joint exercise.|has|have",
        "He said he was ready to considering the cooperation proposals of the ministry.|considering|consider",
        "Vietnam is willing to sharing its experience in mine clearance.|sharing|share",
        "The two ministries are set to signing a memorandum of understanding next month.|signing|sign",
        "Russia said it was able to supplying the equipment on time.|supplying|supply",
        "The two sides decided to upgrading their relations.|upgrading|upgrade",
        "Laos hopes to attracting more Vietnamese investors.|attracting|attract",
        "The two sides are going to considering new projects.|considering|consider",
        "Vietnam and Cuba is determined to deepen their special relationship.|is|are",
        "As comrades, Vietnam and Laos has always stood side by side.|has|have",
        "Russia and Vietnam was among the first to sign the plan.|was|were",
        "He affirmed that he were ready to consider the cooperation proposals of the ministry.|were|was",
        "He said he was ready to examines the cooperation proposals of the ministry.|examines|examine",
        "The two sides decided to strengthens their cooperation.|strengthens|strengthen",
        "She were received by the President of the National Assembly.|were|was",
        "Vietnam support Russia's initiatives aimed at promoting cooperation with ASEAN.|support|supports",
        "Laos welcome the growth of trade with Vietnam.|welcome|welcomes",
        "Cambodia hope to attract more Vietnamese investors.|hope|hopes",
        "Lao media outlets has unanimously praised the historic significance of the trip.|has|have",
        "Bilateral defense ties is developing well.|is|are",
        "At the end of the talks, the two ministers signed several important cooperation document.|document|documents",
        "The ministry has carried out many joint project with Cuba.|project|projects",
        "The two minister agreed to focus their cooperation on exchanging delegations.|minister|ministers",
        "The three minister will visit a number of units.|minister|ministers",
        "Both minister welcomed the results of the talks.|minister|ministers",
        "Both side agreed to consult each other closely in multilateral forums.|side|sides",
        "The two ministers said that bilateral cooperation have achieved positive results despite the pandemic.|have|has",
        "Bilateral cooperation have become a pillar of the relationship.|have|has",
        "The officials expressed their willingness to welcome each other's delegations during a trips for the celebrations.|trips|trip",
        "Young officers take online courses over the internet and send there reports by email.|there|their",
        "Ties between Vietnam and Cuba continues to grow in every field.|continues|continue",
        "The officials expressed their willingness to welcomes each other's delegations.|welcomes|welcome",
        "Both sides reaffirmed their determination to strengthens defense ties.|strengthens|strengthen",
        "The two sides pledges to deepen their comprehensive cooperation.|pledges|pledge",
        "Both countries agrees to hold the next round of talks in Moscow.|agrees|agree",
        "The delegates of the three armies attends the exercise in Hanoi.|attends|attend",
    })
    void agreementSlipsAreReportedWithTheRightForm(String target, String word, String form) {
        List<CheckMatch> found = run(target);
        assertEquals(1, found.size(), found.toString());
        CheckMatch m = found.get(0);
        assertTrue(target.substring(m.offset(), m.offset() + m.length()).endsWith(word), m.toString());
        assertTrue(m.suggestions().stream().anyMatch(s -> s.endsWith(form)), m.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The two sides have welcomed the growth of relations between the two countries.",
        "One of the two sides has proposed a new round of talks.",
        "Among the guests was the Russian ambassador to Vietnam.",
        "The Philippines is a member of ASEAN.",
        "The United States has welcomed the agreement.",
        "The news was welcomed by both sides.",
        "The media has highlighted the importance of the visit.",
        "The number of tourists has increased sharply.",
        "Vietnam is committed to strengthening its defence cooperation with Russia.",
        "The minister said he looked forward to meeting his counterpart in Moscow.",
        "The project will contribute to building a peaceful and stable region.",
        "The delay was due to rising tensions in the region.",
        "The two sides are ready to expand cooperation in training.",
        "The officers are going to training courses in Russia.",
        "The friendship between Vietnam and Cuba is a model of international solidarity.",
        "Trade with Laos and Cambodia has grown steadily.",
        "Trinidad and Tobago has joined the forum as an observer.",
        "The Ministry of Industry and Trade is in charge of the project.",
        "The Vietnam-Laos Friendship and Cooperation Treaty was signed in 1977.",
        "Bosnia and Herzegovina is a candidate for membership.",
        "He said that if he were elected, he would visit Hanoi first.",
        "The minister spoke as though it were a settled matter.",
        "If only she were able to attend the ceremony.",
        "Were he to accept, the visit would take place in May.",
        "They were ready to consider the proposals.",
        "The two sides are ready to talks with the other parties, officials said.",
        "Russia continues to supply equipment, and Vietnam plans to buy more.",
        "Vietnam supports Russia's initiatives aimed at promoting cooperation with ASEAN.",
        "Vietnam and Laos support each other in every field.",
        "Vietnam support groups in Moscow organized the event.",
        "Vietnam Support Russia's Initiatives, the headline read.",
        "Hanoi hosts the conference this year.",
        "Lao media outlets have unanimously praised the trip.",
        "Vietnam Airlines has opened a new route to Vientiane.",
        "Economics is taught in Russian.",
        "The two ministers signed several important cooperation documents.",
        "Several hundred people attended the ceremony.",
        "Many Vietnamese study in Russia, and many more in France.",
        "The ministry has carried out many joint projects and much cooperation with Cuba.",
        "Various kinds of equipment were delivered.",
        "The two ministers agreed to focus their cooperation on training.",
        "A two-day visit was announced, and two thirds of the delegates agreed.",
        "Two hundred delegates attended; both sides agreed.",
        "The two leaders met in Hanoi, where the two defense ministries signed a plan.",
        "The plan covers the two countries' border, which the two army engineers surveyed.",
        "Ties between Vietnam and Cuba continue to grow in every field.",
        "The officials expressed their willingness to welcome each other's delegations.",
        "Their commitment to peace remains firm, and their plan to hold talks stands.",
        "The two sides pledge to deepen their comprehensive cooperation.",
        "The two sides' talks in Hanoi focused on training.",
        "In the talks, the two ministers signed the plan, and the head of the two delegations thanks the hosts.",
        "The head of the two delegations reaffirms their will to cooperate.",
        "Talks with the Lao minister, who arrives today, will follow.",
        "Thanks to the support of Russia, Vietnam has modernised its navy.",
        "Both trade and investment grew last year.",
        "The ministers said that the police have arrested two suspects.",
        "Officials said that defense cooperation has achieved positive results.",
        "The areas of cooperation that both sides have identified include training.",
        "He said that the staff have completed their training.",
        "He met a sales manager and a customs officer of the company.",
        "The minister visited a series of projects, a means of cooperation.",
        "Is there hope for peace? The delegation went there yesterday.",
        "The minister said there remains a question of funding.",
        "The minister said there were reports of progress.",
        "Are there plans for a new visit?",
        "Relations between the two countries have developed, and trade grows every year.",
        "Exercises at sea take place every year; the navy says they help.",
        "Many of the delegates attended, and the minister says the talks went well.",
    })
    void rightEnglishPasses(String target) {
        assertEquals(List.of(), run(target));
    }
}
