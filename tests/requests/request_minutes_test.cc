// SPDX-License-Identifier: MIT
// The outcome lines of minutes, family by family, in English, French and
// Spanish (issue 14): votes carried, action items in their layouts,
// agreement lines, impersonal French requests, reported futures, and the
// body named by its acronym or as "the group". One built paragraph a row.
#include <gtest/gtest.h>

#include "tests/requests/request_rows.h"

namespace quorum {
namespace {

using testing_support::Row;
using testing_support::Tag;

constexpr const char* kCouncil = "Des Moines City Council";
constexpr const char* kTsc = "Node.js Technical Steering Committee";
constexpr const char* kSc = "Python Steering Council";
constexpr const char* kConseil = "Conseil municipal d'Aiglun";
constexpr const char* kCongreso = "Congreso de los Diputados";
constexpr const char* kRust = "Leadership Council";
constexpr const char* kFerro = "Comisión Directiva del Club Ferro Carril Oeste";

const Row kMinutes[] = {
    // Votes: each motion a decision of the body; one paragraph may hold several.
    {"City Clerk to issue Cigarette Licenses. Moved by McPherson to adopt. Motion Carried 7-0.",
     "decision|Council|City Clerk|City Clerk to issue Cigarette Licenses||", kCouncil},
    {"99-481 (A) Cemetery Gate. Moved by McPherson to adopt. Motion Carried 7-0. 99-482 (B) Park Shelter. Moved by "
     "Coleman to adopt. Motion Carried 6-1. Nays: Flagg.",
     "decision|Council|Council|99-481 (A) Cemetery Gate|| ;; decision|Council|Council|(B) Park Shelter||", kCouncil},
    {"Submitting traffic changes. Moved by McPherson to receive, file and refer to Legal Department for preparation "
     "of proper legislation. Motion Carried 7-0.",
     "decision|Council|Legal Department|Submitting traffic changes||", kCouncil},
    {"The motion to adopt the data retention policy carried 3-0.",
     "decision|Committee|Committee|adopt the data retention policy||", kTsc},
    {"Work carried out by the secretariat was welcomed.", ""},
    {"Vote FAVORABLE, à l’unanimité des membres présents et représentés (délibération D07).",
     "decision|Conseil|Conseil|Vote FAVORABLE, à l’unanimité des membres présents et représentés (délibération D07)||",
     kConseil, "fr"},
    {"Après un vote à bulletin secret, la liste présentée est élue à l’unanimité des membres présents.",
     "decision|Conseil|Conseil|Après un vote à bulletin secret, la liste présentée||", kConseil, "fr"},
    {"Se aprobó por unanimidad la moción.",
     "decision|Congreso de los Diputados|Congreso de los Diputados|Se aprobó por unanimidad la moción||", kCongreso,
     "es"},
    {"Recuerdo que el régimen se aprobó el 31 de diciembre de 2006.", "", kCongreso, "es"},
    // Action items: a commitment of the owner, asked by the body.
    {"ACTION: Ana to circulate the revised release calendar by 10 May 2024.",
     "commitment|Committee|Ana|circulate the revised release calendar|by 10 May 2024|2024-05-10", kTsc},
    {"Action: Domenic will invite Mikeal to check out one of the TC39 meetings.",
     "commitment|Committee|Domenic|invite Mikeal to check out one of the TC39 meetings||", kTsc},
    {"Action: Check that there is no objection to landing in master.",
     "commitment|Committee||Check that there is no objection to landing in master||", kTsc},
    {"AI: Chen will prepare a draft decision on sensor calibration for the next meeting.",
     "commitment|Committee|Chen|prepare a draft decision on sensor calibration|for the next meeting|", kTsc},
    {"[ ] @bob draft the licence notice for the portal",
     "commitment|Committee|bob|draft the licence notice for the portal||", kTsc},
    {"Action item (Bob Lindqvist, 31 May 2024): review the portal's access logs.",
     "commitment|Committee|Bob Lindqvist|review the portal's access logs|31 May 2024|2024-05-31", kTsc},
    {"ACTION ITEM: Myles, James, Michael, hopefully Fedor and Shigeki, maybe others, will talk about this and bring "
     "back a proposal.",
     "commitment|Committee|Myles, James, Michael, hopefully Fedor and Shigeki, maybe others|talk about this and bring "
     "back a proposal||",
     kTsc},
    {"Rich, has action to feel out people as to where we stand collectively.",
     "commitment|Committee|Rich|feel out people as to where we stand collectively||", kTsc},
    {"Mikeal and Chris to semi-formalise the model", "commitment|Committee|Mikeal and Chris|semi-formalise the model||",
     kTsc},
    {"Continue to promote sustainable social and economic development (China);", ""},
    {"The SC decided to ask typing-sig for delegates, and to convert PEPs to specifications.",
     "decision|Council|Council|convert PEPs to specifications|| ;; request|Council|typing-sig|delegates||", kSc},
    {"The SC agrees the WG should concentrate on defining the requirements.",
     "decision|Council|WG|the WG should concentrate on defining the requirements||", kSc},
    {"SC discussed PEP 615 (the IANA time zone database) and Barry will take the lead on communications.",
     "commitment||Barry|take the lead on communications||", kSc},
    {"Bethany will send out email asking for objections for SemVer majors.",
     "commitment||Bethany|email asking for objections for SemVer majors||", kTsc},
    {"Myles: I'll reach out to them.", "commitment|Committee|Myles|reach out to them||", kTsc},
    // Agreement lines.
    {"**Agreement: V8 should track stable**", "decision|Committee|Committee|V8 should track stable||", kTsc},
    {"Agreement with CF Investors, LLC for sanitary sewer service.", "", kCouncil},
    // The body by its acronym, or as "the group"; a body's acceptance; "it was decided".
    {"The SC accepted PEP 675 (Arbitrary Literal String Type).",
     "decision|Council|Council|PEP 675 (Arbitrary Literal String Type)||", kSc},
    {"The SC agreed that PSF should fund a second Developer in Residence.",
     "decision|Council|PSF|PSF should fund a second Developer in Residence||", kSc},
    {"It was decided Ewa would send a reminder to core devs on February 10th.",
     "decision|Council|Ewa|Ewa would send a reminder to core devs on February 10th||", kSc},
    {"The group discussed how it will deliver the vision plan at PyCon.", "", kSc},
    {"Ewa is going to discuss with Ernest to see if he is interested.",
     "commitment||Ewa|discuss with Ernest to see if he is interested||", kSc},
    {"Steering Council discussed moderation and instructed Ernest to turn on moderation.",
     "request|Council|Ernest|turn on moderation||", kSc},
    {"It asked whether Belarus would ratify the Convention on the Rights of Persons with Disabilities.", ""},
    {"The Government and the Commission would implement the accepted recommendations.", ""},
    // French: impersonal requests, the near future, "charge X de".
    {"Il est demandé au conseil municipal d’autoriser monsieur le maire à signer l’avenant.",
     "request|Conseil|Conseil|autoriser monsieur le maire à signer l’avenant||", kConseil, "fr"},
    {"Le conseil municipal est invité à confirmer ces dispositions.", "request||Conseil|confirmer ces dispositions||",
     kConseil, "fr"},
    {"Il est demandé à Fabienne SALADO, concernée personnellement, de sortir de la salle.", "", kConseil, "fr"},
    {"The group discussed getting core devs involved and settled on doing a survey.",
     "decision|Council|Council|doing a survey||", kSc},
    {"Il est proposé aux membres du Conseil municipal la convention suivante :", "", kConseil, "fr"},
    {"La DDT04 va mettre en place une formation pour les agents municipaux.",
     "commitment||DDT04|mettre en place une formation pour les agents municipaux||", kConseil, "fr"},
    {"Par ailleurs, le conseil municipal charge madame MOUZARD de mettre en place une commission.",
     "request|Conseil|madame MOUZARD|mettre en place une commission||", kConseil, "fr"},
};

TEST(RequestMinutesTest, EachFamily) {
  for (const Row& row : kMinutes) EXPECT_EQ(Tag(row), row.expected) << row.text;
}

// The wordings issue 14 names, in prose: decisions, requests and
// exhortations, commitments in future and reported future (one row each).
const Row kProse[] = {
    {"Parties agreed to continue consultations on the matter at the next session.",
     "decision|Parties|Parties|continue consultations on the matter|at the next session|", "Conference of the Parties"},
    {"The Committee agreed that the secretariat should prepare a note on the item.",
     "decision|Committee|Committee|the secretariat should prepare a note on the item||",
     "Standing Committee on Finance"},
    {"It was decided that the report would be published in July.",
     "decision|Committee|Committee|the report would be published in July||", "Standing Committee on Finance"},
    {"The meeting decided to postpone consideration of the item.",
     "decision|Committee|Committee|postpone consideration of the item||", "Standing Committee on Finance"},
    {"The proposition was put to the vote and carried.", "decision|Committee|Committee|The proposition||",
     "Standing Committee on Finance"},
    {"The Committee adopted the conclusions contained in the annex.",
     "decision|Committee|Committee|the conclusions contained in the annex||", "Standing Committee on Finance"},
    {"Le conseil municipal, après en avoir délibéré, décide à l'unanimité d'approuver le budget.",
     "decision|Conseil|Conseil|approuver le budget||", "Conseil municipal", "fr"},
    {"Le conseil municipal, après en avoir délibéré, approuve à l'unanimité le compte administratif.",
     "decision|Conseil|Conseil|le compte administratif||", "Conseil municipal", "fr"},
    {"Se resolvió aprobar el acta de la sesión anterior y remitirla a la Comisión.",
     "decision|Comisión Directiva|Comisión Directiva|Se resolvió aprobar el acta de la sesión anterior y remitirla a "
     "la Comisión||",
     "Comisión Directiva", "es"},
    {"Se aprobó el presupuesto para el ejercicio 2020.",
     "decision|Comisión Directiva|Comisión Directiva|Se aprobó el presupuesto para el ejercicio 2020||",
     "Comisión Directiva", "es"},
    {"The Chair urged Annex I parties to submit their reports by 15 April.",
     "request|Chair|Annex I parties|their reports|by 15 April|2017-04-15", "Conference of the Parties"},
    {"The SBSTA invites Parties to make submissions on the issue by 1 March.",
     "request|SBSTA|Parties|make submissions on the issue|by 1 March|2017-03-01", "Conference of the Parties"},
    {"The Committee recommends that the delegations of observer States be allowed to speak.",
     "request|Committee||the delegations of observer States be allowed to speak||", "Standing Committee on Finance"},
    {"The Chair asked them to consider the proposal before the next meeting.",
     "request|Chair|them|consider the proposal|before the next meeting|", "Standing Committee on Finance"},
    {"The delegation requested that the Conference should place on its agenda an item on finance.",
     "request|delegation|Conference|the Conference should place on its agenda an item on finance||",
     "Conference of the Parties"},
    {"The secretariat will prepare a draft decision for consideration at the next session.",
     "commitment||secretariat|a draft decision|for consideration at the next session|", "Conference of the Parties"},
    {"The dates would be announced at the beginning of July.",
     "commitment||Conference|the dates|at the beginning of July|2017-07", "Conference of the Parties"},
    {"The Co-Chairs will produce a revised text before the next meeting.",
     "commitment||Co-Chairs|a revised text|before the next meeting|", "Conference of the Parties"},
    {"Such a request has been addressed to me by the Government of Chile.",
     "request|Government of Chile|me|Such a request||", "Conference of the Parties"},
    {"Continue approving All Hands requests that exceed the $2k limit.", "", "Leadership Council"},
    {"La Comisión Directiva resolvió por unanimidad aprobar la propuesta.",
     "decision|Comisión Directiva|Comisión Directiva|aprobar la propuesta||", "Comisión Directiva", "es"},
};

TEST(RequestMinutesTest, ProseWordingsOfDecisionsRequestsAndCommitments) {
  for (const Row& row : kProse) EXPECT_EQ(Tag(row), row.expected) << row.text;
}

// A Spanish board's agenda outcomes (actas): each approval or resolution a
// decision of the body; the approval of the last minutes and a speech's
// mention of a law "que se aprobó" are not.
const Row kActas[] = {
    {"Se aprueba por unanimidad la licencia del Vicepresidente 2° Raúl Seguí.",
     "decision|Comisión Directiva|Comisión Directiva|Se aprueba por unanimidad la licencia del Vicepresidente 2° Raúl "
     "Seguí||",
     kFerro, "es"},
    {"Habiéndose expirado el plazo legal de mejoramiento de oferta, se aprueba por unanimidad la concesión mencionada "
     "a la empresa De Prima S.A.S.",
     "decision|Comisión Directiva|Comisión Directiva|la concesión mencionada a la empresa De Prima S.A.S||", kFerro,
     "es"},
    {"Ya cotizaron 6 empresas proveedoras, aprobándose por unanimidad el procedimiento de selección de ofertas.",
     "decision|Comisión Directiva|Comisión Directiva|el procedimiento de selección de ofertas||", kFerro, "es"},
    {"Luego de un intercambio de ideas se define aplicar un incremento promedio del 35%, siendo aprobado por "
     "unanimidad.",
     "decision|Comisión Directiva|Comisión Directiva|aplicar un incremento promedio del 35%, siendo aprobado por "
     "unanimidad||",
     kFerro, "es"},
    {"Ambos fueron aprobados por unanimidad y serán visualizados en la comunicación oficial.",
     "decision|Comisión Directiva|Comisión Directiva|Ambos||", kFerro, "es"},
    {"El Secretario informa que se acordó reservar a los jugadores Osores y Zárate, y que se rescindieron los "
     "contratos, se aprueba por unanimidad.",
     "decision|Comisión Directiva|Comisión Directiva|reservar a los jugadores Osores y Zárate, y que se rescindieron "
     "los contratos, se aprueba por unanimidad|| ;; decision|Comisión Directiva|Comisión Directiva|El Secretario "
     "informa que se acordó reservar a los jugadores Osores y Zárate, y que se rescindieron los contratos||",
     kFerro, "es"},
    {"Aprobado.", "decision|Comisión Directiva|Comisión Directiva|Aprobado||", kFerro, "es"},
    {"Se lee el acta de Abril, la cual se aprueba por unanimidad.", "", kFerro, "es"},
    // An officer reports what will be done by when: a commitment of the officer (a passive promise with a due point).
    {"El Secretario Pablo Bastide informa que a partir del 1 de septiembre de 2020 se habilitará la actividad de "
     "running.",
     "commitment|Comisión Directiva|Pablo Bastide|habilitará la actividad de running|1 de septiembre de "
     "2020|2020-09-01",
     kFerro, "es"},
    {"El Presidente Daniel Pandolfi informa sobre los trabajos. La semana que viene se continuará con la adecuación "
     "del Colegio.",
     "commitment|Comisión Directiva|Daniel Pandolfi|continuará con la adecuación del Colegio|La semana que viene|",
     kFerro, "es"},
    {"El Secretario Pablo Bastide informa que se continuará con las obras.", "", kFerro, "es"},
    {"El secretario, Pablo Bastide, informa sobre el sumario. En el mes de febrero 2019 se presentará el informe final "
     "que elaborará el asesor legal externo a efectos que la Comisión decida.",
     "commitment|Comisión Directiva|asesor legal externo|presentará el informe final que elaborará el asesor legal "
     "externo a efectos que la Comisión decida|febrero 2019|2019-02",
     kFerro, "es"},
    {"El Vicepresidente Raúl Seguí informó que el 30/08 el plantel se someterán a los hisopados.", "", kFerro, "es"},
    {"El año próximo se aprobará la ley de presupuestos.", "", kCongreso, "es"},
    {"Se lee el acta anterior, la cual se aprueba por unanimidad.", "", kFerro, "es"},
    {"Se lee el acta de la reunión anterior, la que se aprueba por unanimidad.", "", kFerro, "es"},
    {"Sometida a votación la moción consecuencia de interpelación, se aprueba por 204 votos a favor, 130 en contra y 7 "
     "abstenciones.",
     "decision|Congreso de los Diputados|Congreso de los Diputados|Sometida a votación la moción consecuencia de "
     "interpelación||",
     kCongreso, "es"},
    {"Señorías, el real decreto que se aprobó en el Consejo de Ministros no resuelve nada.", "", kCongreso, "es"},
    {"La eficiencia de una Administración no se define por el número de cargos que tiene.", "", kCongreso, "es"},
};

TEST(RequestMinutesTest, SpanishActasOutcomes) {
  for (const Row& row : kActas) EXPECT_EQ(Tag(row), row.expected) << row.text;
}

// Minutes written as speakers' turns and outline lines: a facilitator's
// proposal (a request to the body) and decision, consent lines (English,
// French, Spanish), owner-less action items, owners' lines, offers and
// undertakings, and questions that ask someone to act; and what must not
// be read (a question, the agenda's consent, the chair keeping order, a
// motion of an agenda, an imperative, talk in the meeting).
const Row kTurns[] = {
    {"Ryan: Proposal: 2 representatives allowed to miss (quorum N-2), otherwise canceled.",
     "request|Ryan|Council|2 representatives allowed to miss (quorum N-2), otherwise canceled||", kRust},
    {"Ryan: Initial proposal of 1/week", "request|Ryan|Council|1/week||", kRust},
    {"Ryan: Decision - next 4 weeks, stick for video calls, asynchronously decide on time.",
     "decision|Council|Council|next 4 weeks, stick for video calls, asynchronously decide on time||", kRust},
    {"No objections, agreed.", "decision|Council|Council|No objections, agreed||", kRust},
    {"TC: Hearing support and no objections, we're accepting this as the position of the Project.",
     "decision|Council|Council|Hearing support and no objections, we're accepting this as the position of the "
     "Project||",
     kRust},
    {"Ryan: Conservatively agreed to invalidate votes, but OK with async approval.",
     "decision|Council|Council|invalidate votes, but OK with async approval||", kRust},
    {"Ryan: Sticking with proposal of new channels (public + private). Mara owns the action item.",
     "decision|Council|Council|new channels (public + private)|| ;; commitment|Council|Mara|the action item||", kRust},
    {"Ryan: Let's put an action item to double check with RFC.", "commitment|Council||double check with RFC||", kRust},
    {"Mara: Any objection to sharing with future members?", "", kRust},
    {"TC: Hearing no objections, the agenda is approved.", "", kRust},
    {"No objections voiced in meeting to this one landing.", "", kRust},
    {"Jack: Let's defer Zulip group to later.", "", kRust},
    {"Eric will post on Zulip to hammer out timeline", "commitment|Council|Eric|post on Zulip to hammer out timeline||",
     kRust},
    {"Jack will go open a HackMD with copy/pasted blog, council can edit",
     "commitment|Council|Jack|open a HackMD with copy/pasted blog, council can edit||", kRust},
    {"Mark to own this drafting.", "commitment|Council|Mark|own this drafting||", kRust},
    {"Oli and James volunteered.", "commitment|Council|Oli and James|volunteered||", kRust},
    {"Eric Huss (leading), Jack Huey volunteers.", "commitment|Council|Eric Huss, Jack Huey|volunteered||", kRust},
    {"City Clerk to issue Coin Operated Machine Licenses.", "", kCouncil},
    {"Remember to nominate people for the contributor spotlight", "", kTsc},
    {"Suggestion to create a document outlining sprint hosting requirements and costs", "", kSc},
    {"Failure will result if promises of partnership are not realised.", "", kRust},
    {"It will take a while to land.", "", kRust},
    {"Lori: Sure! I'll talk to her. And I'll look into the funding question, Eric.",
     "commitment|Council|Lori|talk to her|| ;; commitment|Council|Lori|look into the funding question, Eric||", kRust},
    {"Manish: I could do that if that helps.", "commitment|Council|Manish|do that if that helps||", kRust},
    {"Josh: Would be happy to maintain the YT account in specific.",
     "commitment|Council|Josh|maintain the YT account in specific||", kRust},
    {"TC: Lang would be happy to take this.", "commitment|Council|Lang|take this||", kRust},
    {"Mark: Will do.", "commitment|Council|Mark|do it||", kRust},
    {"Eric Holk: My plan is to kick off drafting the blog post etc. today.",
     "commitment|Council|Eric Holk|kick off drafting the blog post etc. today||", kRust},
    {"TC: I'm still planning to write something up on this for us to review.",
     "commitment|Council|TC|write something up on this for us to review||", kRust},
    {"TC: I'll give some background, as council membership has changed.", "", kRust},
    {"DB: Digging up all the legacy contacts APIs I can find.", "", kRust},
    {"Jack: Could I help with that?", "", kRust},
    {"Mara: Could you put in the channel?", "request|Mara||put in the channel||", kRust},
    {"Josh: David, as part of the t-comprehensibility, would you be up for asking teams about this?",
     "request|Josh|David|asking teams about this||", kRust},
    {"TC: Lori, given your discussion with James, talk with us about how the Foundation can help on the Rust Society.",
     "request|TC|Lori|talk with us about how the Foundation can help on the Rust Society||", kRust},
    {"Mara: Looking for blog post volunteers", "request|Mara||Looking for blog post volunteers||", kRust},
    {"Mara: Probably I'd appreciate if everyone here would check with their own teams to ensure they have what they "
     "need.",
     "request|Mara|everyone here|check with their own teams to ensure they have what they need||", kRust},
    {"Josh: Please take care to write them as guidelines rather than rules.",
     "request|Josh||take care to write them as guidelines rather than rules||", kRust},
    {"The SPEAKER: Order! Please proceed, hon member.", "", kRust},
    {"Mrs S M CAMERER: Yes, please. Would you take a question?", "", kRust},
    {"Jack: What would you prefer here?", "", kRust},
    {"Jack: Can you see my screen?", "", kRust},
    {"Pas d'objection, la proposition est retenue.",
     "decision|Conseil|Conseil|Pas d'objection, la proposition est retenue||", kConseil, "fr"},
    {"Josh: Where we had decided this, I think, is that we never did FCP it.", "", kRust},
    {"Sin objeciones, se aprueba la propuesta.",
     "decision|Comisión Directiva|Comisión Directiva|Sin objeciones, se aprueba la propuesta||", kFerro, "es"},
};

// Several turns run into one paragraph (each label opens its speaker's
// sentences; a "Could you …?" without a name asks the speaker before); a heading that names its lines ("Action items",
// "Consented Decisions", "Relevé de décisions", "Acuerdos"), not one that only mentions them.
const Row kTurnsAndHeadings[] = {
    {"Lori: Yes. That's not just All Hands. TC: Could you share the spreadsheet with the council? Mara: I'll invite "
     "the council people to the channel.",
     "request|TC|Lori|share the spreadsheet with the council|| ;; commitment|Council|Mara|invite the council people to "
     "the channel||",
     kRust},
    {"TC: There's a structural reason. I'd be really happy if Manish wanted to do that this year.",
     "request|TC|Manish|do that this year||", kRust},
    {"Mark: Planned to reach out to Josh Triplett about the signing process.",
     "commitment|Council|Mark|reach out to Josh Triplett about the signing process||", kRust},
    {"Eric: Can we get a statement from the existing PDs?", "request|Eric||get a statement from the existing PDs||",
     kRust},
    {"Khio: Can we start with just public channel?", "", kRust},
    {"Mara: Who should communicate that? Lori: I can if that makes it easier.", "commitment|Council|Lori|do it||",
     kRust},
    {"TC: When doing that, could you invite the council people to that channel?",
     "request|TC||invite the council people to that channel||", kRust},
    {"TC: To clarify, what would you like to move the discussion toward?", "", kRust},
    {"Jack: Let's say \"we're running out of money, please try to pick a cheaper hotel\".", "", kRust},
    {"TC: OK, I'll give my +1 for the $180. Lori, you have our approval on that.",
     "commitment|Council|TC|give my +1 for the $180|| ;; decision|Council|Lori|have our approval on that||", kRust},
    {"Ryan: Figure out video recording meetings", "commitment|Council|Ryan|Figure out video recording meetings||",
     kRust, "en", "Action items"},
    {"Jack: What is our absent policy?", "", kRust, "en", "Action items"},
    {"Review once a month", "decision|Council|Council|Review once a month||", kRust, "en",
     "Consented Decisions \u2014 Meetings will be once a week"},
    {"James Snell: Need to prioritize things.", "", kTsc, "en", "Closing comments and action items"},
    {"Report de la réunion au 12 mars.", "decision|Conseil|Conseil|Report de la réunion au 12 mars||", kConseil, "fr",
     "Relevé de décisions"},
    {"Renovación de la póliza de seguros.",
     "decision|Comisión Directiva|Comisión Directiva|Renovación de la póliza de seguros||", kFerro, "es", "Acuerdos"},
};

TEST(RequestMinutesTest, TurnsInOneParagraphAndHeadingsThatNameTheirLines) {
  for (const Row& row : kTurnsAndHeadings) EXPECT_EQ(Tag(row), row.expected) << row.text;
}

TEST(RequestMinutesTest, SpeakersTurnsAndOutlineLines) {
  for (const Row& row : kTurns) EXPECT_EQ(Tag(row), row.expected) << row.text;
}

// An outcome line listed as an item of a paragraph is read there, and the
// record names the item; the prose of a UN report's listed items is not.
TEST(RequestMinutesTest, ListedItemsCarryOutcomeLinesOnly) {
  EXPECT_EQ(
      Tag({"Discussed V8 releases:", "", kTsc}, {{"i", "Action: **Ben file an issue to discuss how unstable works**"},
                                                 {"ii", "**Agreement: V8 should track stable**"}}),
      "commitment|Committee|Ben|file an issue to discuss how unstable works|||items i ;; "
      "decision|Committee|Committee|V8 should track stable|||items ii");
  EXPECT_EQ(Tag({"The Working Group made the following recommendations:", ""},
                {{"a", "Requests the Administration to provide a paper;"}}),
            "");
}

}  // namespace
}  // namespace quorum
