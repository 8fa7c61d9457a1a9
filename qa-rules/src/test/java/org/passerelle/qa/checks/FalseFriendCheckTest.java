package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

class FalseFriendCheckTest {
    private final FalseFriendCheck check = new FalseFriendCheck();

    private List<CheckMatch> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Actuellement, la coopération entre les deux armées se développe dans de nombreux domaines.|Actually, cooperation between the two armies is developing in many fields.|Actually",
        "Les deux parties examineront éventuellement la création d'un groupe de travail conjoint.|The two sides will eventually consider setting up a joint working group.|eventually",
        "Le général a assisté à la cérémonie d'ouverture du forum.|The general assisted the opening ceremony of the forum.|assisted",
        "Cette visite revêt une importance particulière dans le contexte actuel.|This visit takes on a particular importance in the actual context.|actual",
        "La formation des officiers reste une priorité.|The formation of officers remains a priority.|formation",
        "La coopération a obtenu des résultats positifs dans la formation et l'échange d'expériences.|Cooperation achieved positive results in formation and the exchange of experience.|formation",
        "Les travaux seront achevés avant la fin de l'année.|The works will be achieved before the end of the year.|achieved",
        "Le dossier est sensible pour les deux pays.|The file is sensible for both countries.|sensible",
        "Les deux parties ont réalisé de nombreux projets communs.|The two sides have realised many joint projects.|realised",
        "Les deux parties ont convenu de renforcer la coopération.|The two sides convened to strengthen cooperation.|convened",
        "Les ministres conviennent d'organiser un exercice conjoint.|The ministers convene to organize a joint exercise.|convene",
        "Le programme vise à sensibiliser les jeunes à l'histoire des relations bilatérales.|The programme aims to sensitize young people to the history of bilateral relations.|sensitize",
        "La campagne de sensibilisation a touché 5 000 habitants.|The sensitisation campaign reached 5,000 residents.|sensitisation",
        "Le ministre a mis en évidence les résultats de la coopération.|The minister put in evidence the results of the cooperation.|evidence",
        "Le projet de loi a été adopté en première lecture.|The bill was adopted at its first lecture.|lecture",
        "Le procès de l'ancien ministre s'ouvrira en mars.|The process of the former minister will open in March.|process",
        "Les militants écologistes ont salué la décision.|The environmental militants welcomed the decision.|militants",
        "Les deux pays ont adopté une attitude compréhensive.|The two countries adopted a comprehensive attitude.|comprehensive",
        "Les résultats de la négociation sont décevants.|The results of the negotiation are deceiving.|deceiving",
        "La Journée internationale de la paix est célébrée le 21 septembre.|The International Journey of Peace is celebrated on 21 September.|Journey",
        "Les soins seront gratuits pour les anciens combattants.|Care will be gratuitous for veterans.|gratuitous",
        "Les deux ministres se sont rencontrés par hasard à Vientiane.|The two ministers met by hazard in Vientiane.|hazard",
        "Le pétrole brut représente 10 % des exportations.|Crude petrol accounts for 10% of exports.|petrol",
        "Un investissement conséquent a été consacré au port.|A consequent investment was devoted to the port.|consequent",
        "La centrale à charbon a été définitivement fermée.|The coal plant was definitely closed.|definitely",
        "Ces régions sont susceptibles de connaître des inondations.|These regions are susceptible to see floods.|susceptible",
        "Il a également demandé au ministère cubain de faciliter l'investissement.|He also demanded that the Cuban ministry facilitate investment.|demanded",
        "L'ancien ministre de la Défense a reçu la délégation.|The ancient Minister of Defence received the delegation.|ancient",
        "Le général a offert des cadeaux aux anciens combattants russes.|The general gave gifts to the Russian ancient combatants.|ancient",
        "Deux soldats ont été blessés lors de l'exercice.|Two soldiers were blessed during the exercise.|blessed",
        "La manifestation s'est tenue devant l'ambassade.|The manifestation was held in front of the embassy.|manifestation",
        "Plusieurs manifestations culturelles marqueront l'anniversaire.|Several cultural manifestations will mark the anniversary.|manifestations",
    })
    void aFalseFriendIsReported(String source, String target, String word) {
        List<CheckMatch> m = run("en-US", source, target);
        assertEquals(1, m.size(), m.toString());
        assertEquals(word, target.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
    }

    @Test
    void theMessageSaysWhatTheSourceMeans() {
        assertEquals("'Actually' is a false friend of 'Actuellement', which means current, currently, at present: check the meaning",
                run("en-GB", "Actuellement, les deux pays coopèrent.", "Actually, the two countries cooperate.").get(0).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the right translations
        "Actuellement, la coopération entre les deux armées se développe.|Currently, cooperation between the two armies is developing.",
        "Le général a assisté à la cérémonie d'ouverture du forum.|The general attended the opening ceremony of the forum.",
        "La formation des officiers reste une priorité.|The training of officers remains a priority.",
        "Les deux parties ont convenu de renforcer la coopération.|The two sides agreed to strengthen cooperation.",
        "Le président a convoqué le Conseil, qui s'est réuni et a convenu de reporter le vote.|The president convened the Council, which met and agreed to postpone the vote.",
        // the target word justified by another source word
        "En fait, la situation actuelle est stable.|Actually, the current situation is stable.",
        "Le Vietnam a aidé le Laos et assisté à la réunion.|Vietnam assisted Laos and attended the meeting.",
        "Les deux pays ont obtenu des résultats et achevé la première phase.|The two countries achieved results and completed the first phase.",
        "La formation du nouveau gouvernement a été annoncée.|The formation of the new government was announced.",
        "Les avions ont défilé en formation serrée.|The aircraft flew past in close formation.",
        "Le ministre a participé à la réunion.|The minister attended the meeting.",
        // the English word without its French look-alike
        "Le projet a finalement été approuvé.|The project was eventually approved.",
        "Le programme vise à sensibiliser les jeunes à l'histoire des relations bilatérales.|The programme aims to raise young people's awareness of the history of bilateral relations.",
        // classic look-alikes that are right here
        "Le ministre a donné une conférence de presse à Hanoï.|The minister gave a press conference in Hanoi.",
        "Cette visite revêt une importance particulière.|This visit is particularly important.",
        "Le dossier est sensible pour les deux pays.|The issue is sensitive for both countries.",
        "Le délai de dépôt des candidatures est fixé au 15 mars.|The deadline for applications is 15 March.",
        "Les livres sont vendus dans les librairies de la capitale.|The books are sold in the capital's bookshops.",
        "Les éventuelles difficultés seront examinées.|Any possible difficulties will be examined.",
        // the French word that asks for the English one
        "Les enquêteurs ont rassemblé des preuves et mis en évidence des failles.|Investigators gathered evidence and highlighted flaws.",
        "Le processus de paix avance, malgré le procès.|The peace process is advancing, despite the trial.",
        "Des militants armés ont attaqué un poste frontière.|Armed militants attacked a border post.",
        "Les deux pays ont signé un accord global et compréhensif.|The two countries signed a comprehensive agreement.",
        "Le pays a connu une crise de l'essence et du pétrole.|The country went through a petrol and oil crisis.",
        "La Russie a averti, sans préjudice des accords existants.|Russia warned, without prejudice to existing agreements.",
        "Par conséquent, la réunion a été reportée.|Consequently, the meeting was postponed.",
        "Les zones côtières, vulnérables, sont susceptibles d'être inondées.|Coastal areas, being susceptible, are likely to be flooded.",
        "La journée s'est achevée par un voyage à Ha Long.|The day ended with a journey to Ha Long.",
        "Il a demandé au ministère de faciliter l'investissement.|He asked the ministry to facilitate investment.",
        "Les manifestants ont demandé et exigé la libération des détenus.|The protesters demanded the release of the detainees.",
        "La demande intérieure a fortement augmenté.|Domestic demand rose sharply.",
        "L'ancien ministre de la Défense a reçu la délégation.|The former Minister of Defence received the delegation.",
        "Les fouilles ont mis au jour une cité ancienne et des objets antiques.|The excavations uncovered an ancient city and ancient objects.",
        "Deux soldats ont été blessés lors de l'exercice.|Two soldiers were injured during the exercise.",
        "Le pape a béni les fidèles blessés.|The pope blessed the wounded faithful.",
        "Cette visite est une manifestation de l'amitié entre les deux peuples.|This visit is a manifestation of the friendship between the two peoples.",
        "La manifestation s'est tenue devant l'ambassade.|The demonstration was held in front of the embassy.",
    })
    void rightTranslationsAndJustifiedWordsPass(String source, String target) {
        assertEquals(List.of(), run("en-US", source, target));
    }

    @Test
    void vietnameseHasNoFalseFriendsOfFrench() {
        assertEquals(List.of(), run("vi-VN", "Actuellement, les deux pays coopèrent.", "Hiện nay, hai nước hợp tác."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Machine translation through English carries "assists" into Vietnamese.
        "Le SG To Lam assiste à la signature d'accords de coopération au Cambodge.|Tổng Bí thư Tô Lâm hỗ trợ lễ ký các văn kiện hợp tác tại Campuchia.|hỗ trợ",
        "Le SG To Lam assiste à la signature d'accords de coopération au Cambodge.|Tổng Bí thư Tô Lâm dự lễ ký các văn kiện hợp tác tại Campuchia.|",
        "Le Japon assiste le Vietnam grâce à son aide au développement.|Nhật Bản hỗ trợ Việt Nam thông qua viện trợ phát triển.|",
        "Les deux parties examineront éventuellement un accord de libre-échange.|Hai bên cuối cùng sẽ xem xét một hiệp định thương mại tự do.|cuối cùng",
        "Les deux parties examineront éventuellement un accord de libre-échange.|Hai bên có thể sẽ xem xét một hiệp định thương mại tự do.|",
        "Le dernier jour, les deux parties examineront un éventuel accord.|Vào ngày cuối cùng, hai bên sẽ xem xét một hiệp định có thể được ký.|",
        "Actuellement, les échanges commerciaux dépassent 2 milliards de dollars.|Thực ra, kim ngạch thương mại vượt 2 tỷ USD.|Thực ra",
    })
    void vietnameseHasTheFalseFriendsOfEnglish(String source, String target, String word) {
        List<String> found = run("vi-VN", source, target).stream().map(m -> target.substring(m.offset(), m.offset() + m.length())).toList();
        assertEquals(word == null ? List.of() : List.of(word), found);
    }
}
