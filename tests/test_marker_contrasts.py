"""Contrast suite for the marker rules: every trap of DESIGN.md's marker table as a pair.

Each pair is (id, sentence with the marker, (category, span), look-alike sentence, span that must
not be marked with that category). Sentences and labels are written and hand-annotated by the
textmetrics authors following the DESIGN.md table and the literature cited in docs/markers.md.
The expected span is the exact marker text; its offsets are where that text occurs in the
sentence (each span text occurs once in its sentence, checked below), so start and end are
asserted exactly.
"""

from __future__ import annotations

import pytest

from textmetrics.text.document import build_document
from textmetrics.markers import find_markers

PAIRS = [
    # --- hedge
    ("may-month", "The deal may collapse before the vote.", ("hedge", "may"),
     "The vote is scheduled for May and the talks end in June.", ("hedge", "May")),
    ("may-name", "Voters may punish the party.", ("hedge", "may"),
     "Theresa May resigned after the vote.", ("hedge", "May")),
    ("might-noun", "The plan might fail within a year.", ("hedge", "might"),
     "The might of the army could not save the regime.", ("hedge", "might")),
    ("might-noun-2", "Regulators might intervene if prices rise.", ("hedge", "might"),
     "They pushed with all their might against the reform.", ("hedge", "might")),
    ("about-number", "The bill would cost about 40 billion dollars.", ("hedge", "about"),
     "This column is about the housing crisis.", ("hedge", "about")),
    ("around-number", "Around 3,000 people marched on Sunday.", ("hedge", "Around"),
     "Cities around the country are raising rents.", ("hedge", "around")),
    ("about-year", "The stadium seats about 1800 fans.", ("hedge", "about"),
     "Her new novel is about 1989 and the fall of the Wall.", ("hedge", "about")),
    ("about-year-time", "The mill closed in about 1975, locals say.", ("hedge", "about"),
     "The documentary is about 1975.", ("hedge", "about")),
    ("about-a-third", "About a third of the budget goes to pensions.", ("hedge", "About"),
     "We talked about a plan for the river.", ("hedge", "about")),
    ("seems-to", "The policy seems to work in small towns.", ("hedge", "seems to"),
     "The mayor seems tired of the question.", ("hedge", "seems")),
    ("appears-to", "The council appears to have ignored the warnings.", ("hedge", "appears to"),
     "The chart appears on page four of the report.", ("hedge", "appears")),
    ("appears-to-np", "The new rule appears to help renters.", ("hedge", "appears to"),
     "The minister appeared to the committee on Tuesday.", ("hedge", "appeared to")),
    ("tend-to", "Such schemes tend to favour the rich.", ("hedge", "tend to"),
     "Nurses tend to the wounded after every raid.", ("hedge", "tend to")),
    ("i-think", "I think the mayor is wrong about buses.", ("hedge", "I think"),
     "I think of my grandmother whenever I pass the old mill.", ("hedge", "I think")),
    ("i-believe", "I believe the tax will hurt small firms.", ("hedge", "I believe"),
     "I believe in second chances for young offenders.", ("hedge", "I believe")),
    ("they-think", "I suspect the figures are wrong.", ("hedge", "I suspect"),
     "They think the figures are wrong.", ("hedge", "think")),
    ("supposed-to", "I suppose the court will delay again.", ("hedge", "I suppose"),
     "The buses were supposed to arrive at noon.", ("hedge", "supposed")),
    ("assume-office", "I assume that the board knew.", ("hedge", "I assume"),
     "The new governor will assume office in January.", ("hedge", "assume")),
    ("doubt", "I doubt that the plan will survive the winter.", ("hedge", "I doubt"),
     "There is no doubt that the plan failed.", ("hedge", "doubt")),
    ("rather", "The proposal is rather vague on costs.", ("hedge", "rather"),
     "Rather than raise taxes, the city cut services.", ("hedge", "Rather")),
    ("sort-of", "The reform is sort of a compromise.", ("hedge", "sort of"),
     "This sort of deal never lasts.", ("hedge", "sort of")),
    ("kind-of", "The response was kind of slow.", ("hedge", "kind of"),
     "What kind of country do we want to be?", ("hedge", "kind of")),
    ("could-request", "The reform could reduce waiting lists.", ("hedge", "could"),
     "Could you send me the report?", ("hedge", "Could")),
    ("could-not", "Higher rates could slow the economy.", ("hedge", "could"),
     "The agency could not explain the delay.", ("hedge", "could")),
    ("may-permission", "The new rules may raise prices.", ("hedge", "may"),
     "May I add one more point?", ("hedge", "May")),
    # permission may (Coates 1983; Palmer 2001): a person or role allowed to act is no hedge
    ("may-headline", "Bus Fares May Double Next Year?", ("hedge", "May"),
     "Bus Fares Doubled In May, Council Admits", ("hedge", "May")),
    ("may-headline-name", "Reforms May Stall After the Vote", ("hedge", "May"),
     "Theresa May Defends Her Reforms", ("hedge", "May")),
    ("may-permission-role", "Tourists may lose interest in the coast.", ("hedge", "may"),
     "Passengers may bring a bicycle on the late trains.", ("hedge", "may")),
    ("may-permission-you", "The repairs may take two summers.", ("hedge", "may"),
     "After the exam you may go home.", ("hedge", "may")),
    ("may-prohibition", "The treaty may not survive the election.", ("hedge", "may"),
     "Tenants may not sublet their flats.", ("hedge", "may")),
    ("may-permission-well", "Subscribers may well cancel in droves.", ("hedge", "may well"),
     "Subscribers may cancel at any time.", ("hedge", "may")),
    ("perhaps", "Perhaps the board acted in good faith.", ("hedge", "Perhaps"),
     "The board acted in good faith.", ("hedge", "acted")),
    ("likely-voters", "The measure is likely to pass.", ("hedge", "likely"),
     "A poll of likely voters shows a tie.", ("hedge", "likely")),
    ("reportedly", "The minister reportedly ignored the memo.", ("hedge", "reportedly"),
     "The minister ignored the memo.", ("hedge", "ignored")),
    ("arguably", "This is arguably the worst budget in years.", ("hedge", "arguably"),
     "This is the worst budget in years.", ("hedge", "worst budget")),
    ("would-tentative", "A ban would hurt the poorest families.", ("hedge", "would"),
     "She said she would resign in March.", ("hedge", "would")),
    ("possible", "A possible explanation is the drought.", ("hedge", "possible"),
     "We need the best possible schools.", ("hedge", "possible")),
    # --- negated booster is a hedge, "certainly not" stays a booster
    ("not-certain", "It is not certain that the law will hold.", ("hedge", "It is not certain that"),
     "It is certainly not the end of the matter.", ("hedge", "not")),
    ("negated-sure", "I am not sure the figures add up.", ("hedge", "not sure"),
     "I am sure the figures add up.", ("hedge", "sure")),
    ("cannot-be-sure", "Officials cannot be sure the dam will hold.", ("hedge", "cannot be sure"),
     "Officials are sure the dam will hold.", ("hedge", "sure")),
    ("certainly-not", "This is certainly not a solution.", ("booster", "certainly"),
     "This is not certainly a solution, we think.", ("booster", "certainly")),
    # --- booster
    ("certain-attribute", "I am certain that the vote was rigged.", ("booster", "certain"),
     "A certain senator blocked the bill.", ("booster", "certain")),
    ("certain-people", "The outcome is certain.", ("booster", "certain"),
     "Certain people will always oppose change.", ("booster", "Certain")),
    ("clearly-manner", "The report is clearly wrong about costs.", ("booster", "clearly"),
     "The exits were clearly marked.", ("booster", "clearly")),
    ("clearly-speak", "The mayor clearly misled the council.", ("booster", "clearly"),
     "Teachers must speak clearly to large classes.", ("booster", "clearly")),
    # manner uses (Quirk et al. 1985, 8.93): in a passive before the participle, after the verb, and
    # honestly/frankly before a third person's verb; the disjunct uses stay
    ("clearly-passive", "The new levy has clearly failed.", ("booster", "clearly"),
     "The crossings were clearly striped in white.", ("booster", "clearly")),
    ("clearly-passive-adj", "The referee was clearly unsettled by the crowd.", ("booster", "clearly"),
     "The ballots were clearly stamped by hand.", ("booster", "clearly")),
    ("sadly-after-verb", "The museum, sadly, closed its doors.", ("attitude", "sadly"),
     "The old man waved sadly from the platform.", ("attitude", "sadly")),
    ("honestly-verb", "I honestly expected a better offer.", ("attitude", "honestly"),
     "The auditor honestly recorded every expense.", ("attitude", "honestly")),
    ("sadly-passive", "The canal was sadly neglected for decades.", ("attitude", "sadly"),
     "The dog looked sadly at its empty bowl.", ("attitude", "sadly")),
    ("make-sure", "For sure, the vote will be close.", ("booster", "For sure"),
     "Make sure the bins are out by Monday.", ("booster", "sure")),
    ("no-doubt", "No doubt the council will appeal.", ("booster", "No doubt"),
     "I doubt the council will appeal.", ("booster", "doubt")),
    ("in-fact", "In fact, the deficit grew last year.", ("booster", "In fact"),
     "The deficit grew last year.", ("booster", "grew")),
    ("must-have-epistemic", "The officials must have known about the leak.", ("booster", "must have"),
     "The city must have a plan for floods.", ("booster", "must have")),
    ("it-is-clear", "It is clear that the scheme has failed.", ("booster", "It is clear that"),
     "It is a clear day over the harbour.", ("booster", "clear")),
    ("of-course", "Of course, nobody reads the fine print.", ("booster", "Of course"),
     "The ship changed course after the storm, a change of course nobody expected.", ("booster", "of course")),
    # --- attitude
    ("unfortunately", "Unfortunately, the funds were never released.", ("attitude", "Unfortunately"),
     "The funds were released on time.", ("attitude", "released")),
    ("sadly-manner", "Sadly, the library will close.", ("attitude", "Sadly"),
     "She smiled sadly.", ("attitude", "sadly")),
    ("essential", "It is essential that we fund the clinics.", ("attitude", "It is essential that"),
     "Water is an essential resource.", ("attitude", "essential")),
    ("importantly", "More importantly, the plan is legal.", ("attitude", "More importantly"),
     "The plan is legal.", ("attitude", "legal")),
    # --- directive
    ("should-conditional", "The city should fund the shelters.", ("directive", "should"),
     "If the talks should fail, prices will rise.", ("directive", "should")),
    ("should-fronted", "Lawmakers should reject the bill.", ("directive", "should"),
     "Should the talks fail, prices will rise.", ("directive", "Should")),
    ("need-to", "We need to rebuild the bridge.", ("directive", "need to"),
     "We need food and water.", ("directive", "need")),
    ("have-to", "Landlords have to fix the heating.", ("directive", "have to"),
     "This has to do with money, not principle.", ("directive", "has to")),
    ("must-epistemic", "We must act before the winter.", ("directive", "must"),
     "They must have known about the leak.", ("directive", "must")),
    # epistemic must (Coates 1983): be + a state, a progressive, "there must be something", a
    # third-person subject + stative verb; the passive and first/second person stay directives
    ("must-be-state", "The coach must be furious about the draw.", ("booster", "must"),
     "The coach must be dismissed before the derby.", ("booster", "must")),
    ("must-be-state-directive", "The ferries must be repaired before summer.", ("directive", "must"),
     "The crew must be relieved that the storm has passed.", ("directive", "must")),
    ("must-there", "There must be something wrong with the meter.", ("booster", "must"),
     "There must be a public inquiry into the crash.", ("booster", "must")),
    ("must-stative", "He must realise that the numbers are against him.", ("booster", "must"),
     "Councillors must declare their interests.", ("booster", "must")),
    ("must-progressive", "The depot must be losing thousands every week.", ("booster", "must"),
     "We must be ready for the next flood.", ("booster", "must")),
    ("let-us", "Let us be honest about the costs.", ("directive", "Let us"),
     "The rules let us down.", ("directive", "let us")),
    ("imperative", "Consider the evidence from Denmark.", ("directive", "Consider"),
     "Support for the bill fell in May.", ("directive", "Support")),
    ("urge", "I urge the council to vote no.", ("directive", "urge"),
     "The urge to spend is strong before elections.", ("directive", "urge")),
    # --- intensifier
    ("highly-enriched", "The risks are highly uncertain.", ("intensifier", "highly"),
     "Iran has produced highly enriched uranium.", ("intensifier", "highly")),
    ("very-same", "The plan is very expensive.", ("intensifier", "very"),
     "The very same officials approved it.", ("intensifier", "very")),
    ("so-adjective", "The answer is so obvious.", ("intensifier", "so"),
     "So, we voted against it.", ("intensifier", "So")),
    ("so-that", "The cuts were so deep that schools closed.", ("intensifier", "so"),
     "They cut fares so that more people ride.", ("intensifier", "so")),
    ("seriously", "The building was seriously damaged.", ("intensifier", "seriously"),
     "Nobody takes the threat seriously.", ("intensifier", "seriously")),
    # --- absolute
    ("not-all", "All politicians lie about money.", ("absolute", "All"),
     "Not all politicians lie about money.", ("absolute", "all")),
    ("almost-all", "Every child deserves a school place.", ("absolute", "Every"),
     "Almost all children have a school place.", ("absolute", "all")),
    ("all-number", "All of them voted for it.", ("absolute", "All"),
     "All 27 states signed the treaty.", ("absolute", "All")),
    ("never", "The city never learns from its mistakes.", ("absolute", "never"),
     "The city rarely learns from its mistakes.", ("absolute", "rarely")),
    ("after-all", "Nobody trusts the figures.", ("absolute", "Nobody"),
     "After all, the figures were published late.", ("absolute", "all")),
    # --- superlative
    ("most-quantifier", "This is the most dangerous bridge in the city.", ("superlative", "most dangerous"),
     "Most people cross the bridge daily.", ("superlative", "Most")),
    ("least-developed", "It is the least credible plan yet.", ("superlative", "least credible"),
     "Aid to the least developed countries fell.", ("superlative", "least")),
    ("est-words", "It was the highest rate in decades.", ("superlative", "highest"),
     "The interest rate rose in the west after the protest.", ("superlative", "interest")),
    ("est-headline", "Rents Hit Highest Level in Twenty Years?", ("superlative", "Highest"),
     "Flights to Budapest Resume After Strike", ("superlative", "Budapest")),
    ("best", "It was the worst decision of the decade.", ("superlative", "worst"),
     "At best, the plan delays the problem.", ("superlative", "best")),
    ("unprecedented", "The heat this summer was unprecedented.", ("superlative", "unprecedented"),
     "The heat this summer was unusual.", ("superlative", "unusual")),
    # --- first person plural, second person
    ("us-country", "The crisis affects all of us.", ("first_person_plural", "us"),
     "The US imposed new tariffs.", ("first_person_plural", "US")),
    ("quoted-we", "We cannot wait any longer.", ("first_person_plural", "We"),
     '"We will not negotiate," the ministry said.', ("first_person_plural", "We")),
    ("you", "You will pay for this in higher fares.", ("second_person", "You"),
     '"You will pay for this," the driver shouted.', ("second_person", "You")),
    # --- rhetorical question, exclamation
    ("question", "Who benefits from this deal?", ("rhetorical_question", "?"),
     'He asked, "Who benefits from this deal?"', ("rhetorical_question", "?")),
    ("headline", "Why does nobody ride the bus?", ("rhetorical_question", "?"),
     "Is Public Transport Worth Saving?", ("rhetorical_question", "?")),
    ("exclamation", "What a waste of money!", ("exclamation", "!"),
     '"What a waste!" the mayor shouted.', ("exclamation", "!")),
    ("brand", "This is a scandal!", ("exclamation", "!"),
     "He searched Yahoo! for the old reports.", ("exclamation", "!")),
    # --- authority
    ("according-to", "According to the auditors, the books were cooked.", ("authority", "According to"),
     "Everything went according to plan.", ("authority", "according to")),
    ("experts-say", "Experts say the dam is unsafe.", ("authority", "Experts say"),
     "Neighbours say the dam is unsafe.", ("authority", "Neighbours say")),
    ("studies-suggest", "Studies suggest the tax works.", ("authority", "Studies"),
     "Students suggest the tax works.", ("authority", "Students")),
    # --- further look-alikes of the same rules
    ("so-proform", "The plan is so flawed.", ("intensifier", "so"),
     "I think so.", ("intensifier", "so")),
    ("prove-copular", "The audit proved that funds were missing.", ("booster", "proved that"),
     "Officials proved adept at dodging questions.", ("booster", "proved")),
    ("should-mid-clause", "These are laws that, in theory, should work.", ("directive", "should"),
     "But, should the deal collapse, prices will rise.", ("directive", "should")),
    ("think-imperative", "Think about the children.", ("directive", "Think"),
     "They think about the children.", ("directive", "think")),
    ("far-comparative", "The new plan is far worse.", ("intensifier", "far"),
     "They travelled far from home.", ("intensifier", "far")),
    ("we-know", "We know the plan works.", ("booster", "know"),
     "They know the plan works.", ("booster", "know")),
    ("possible-negated", "Voters face a possible recession.", ("hedge", "possible"),
     "It was not possible to stop the flood.", ("hedge", "possible")),
    ("potential-noun", "Potential side effects include nausea.", ("hedge", "Potential"),
     "The region has enormous potential.", ("hedge", "potential")),
    ("suggest-proposal", "The results suggest a link.", ("hedge", "suggest"),
     "Critics suggested a delay.", ("hedge", "suggested")),
    ("published-in", "The study was published in The Lancet.", ("authority", "published in"),
     "The novel was published in May.", ("authority", "published in")),
    ("need-negated", "Schools need to hire more nurses.", ("directive", "need to"),
     "You don't need to be an expert to see it.", ("directive", "need to")),
    ("so-connective", "So many people agree with her.", ("intensifier", "So"),
     "So let's be honest about the cost.", ("intensifier", "So")),
    ("imperative-after-if", "If you care about this, show up.", ("directive", "show"),
     "If you care about this, voters show up.", ("directive", "show")),
    ("show-literal", "These results show a clear trend.", ("booster", "show"),
     "The video shows the officer at the door.", ("booster", "shows")),
    ("every-number", "Every voter counts.", ("absolute", "Every"),
     "Elections are held every four years.", ("absolute", "every")),
]


def _markers(sentence):
    return find_markers(build_document(sentence))


def _span(sentence, text):
    assert sentence.count(text) == 1, f"{text!r} must occur once in {sentence!r}"
    start = sentence.index(text)
    return start, start + len(text)


def test_suite_size():
    # the issue asks for at least 80 sentences
    assert len(PAIRS) * 2 >= 80


@pytest.mark.parametrize("case", PAIRS, ids=[p[0] for p in PAIRS])
def test_marker_fires(case):
    _, sentence, (category, text), _, _ = case
    start, end = _span(sentence, text)
    found = [(m.category, m.start, m.end, m.text) for m in _markers(sentence)]
    assert (category, start, end, text) in found, found


@pytest.mark.parametrize("case", PAIRS, ids=[p[0] for p in PAIRS])
def test_look_alike_does_not_fire(case):
    # a marker inside quotation marks is listed (in_quote) but is not the author's: it passes here
    _, _, _, sentence, (category, text) = case
    start, end = _span(sentence, text)
    overlapping = [
        (m.category, m.text) for m in _markers(sentence)
        if m.category == category and m.start < end and start < m.end and not m.in_quote
    ]
    assert overlapping == []
