"""NL4xx hedging rules: every context rule, positive and negative."""
from __future__ import annotations

import pytest

from newslint import make_config
from newslint.runner import Session

_SESSIONS: dict[str, Session] = {}


def hedges(text: str, select: str = "NL4", **config) -> list[tuple[str, str]]:
    """``(code, flagged text)`` for each NL4xx finding in a one-paragraph Markdown draft."""
    key = repr((select, config))
    if key not in _SESSIONS:
        _SESSIONS[key] = Session(make_config({"select": [select], **config}))
    result = _SESSIONS[key].lint_source("draft.md", text, keep_source=True)
    return [(f.code, text[f.span.start.offset:f.span.end.offset]) for f in result.findings]


def flagged(text: str, **kw) -> list[str]:
    return [t for _, t in hedges(text, **kw)]


# --- the labelled sentences H1-H20 of the linguistics notes -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The storm may reach the coast by Thursday.", [("NL401", "may")]),
    ("The festival returns in May with 40 bands.", []),
    ("Former Prime Minister Theresa May met the delegation.", []),
    ("Rescuers could not reach the village until dawn.", []),
    ("From the roof, residents could see smoke over the port.", []),
    ("The merger could cost 3,000 jobs, the union said.", []),
    ("“We might have to close the plant,” Lopez said.", []),
    ("Police arrested Dana Cole, 34, who is accused of setting the fire.", []),
    ("Alleged arsonist Dana Cole appeared in court Monday.", [("NL404", "Alleged arsonist")]),
    ("The minister reportedly resigned on Friday.", [("NL403", "reportedly")]),
    ("The minister resigned on Friday, Reuters reported.", []),
    ("The plan appears to violate state law.", [("NL402", "appears to")]),
    ("The governor appeared at the rally alongside party leaders.", []),
    ("The senator suggested that the vote be delayed.", []),
    ("The company is talking about layoffs.", []),
    ("Some 5,000 homes lost power, the utility said.", []),
    ("The outbreak could potentially spread to neighboring provinces.", [("NL405", "could potentially")]),
    ("Most likely voters favor the incumbent, according to a Gallup poll.", []),
    ("Perhaps the most important question is who pays.", [("NL403", "Perhaps")]),
    ("It is believed the suspect fled north.", []),
])
def test_labelled_sentences(sentence, expected):
    assert hedges(sentence) == expected


# --- NL401 modals --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The collapse may have been caused by years of erosion.", "may"),
    ("The final bill could be higher.", "could"),
    ("More rain might fall on saturated ground later in the week.", "might"),
    ("Many empty flats may not appear in the vacancy figures.", "may"),
    ("Meridian could lose its licence if the port stays shut.", "could"),
    ("Passengers on the coastal line may face delays all week.", "may"),
    ("Workers may strike again in the spring.", "may"),
    ("Repairs could cost more than expected.", "could"),
    # a pairing without a round of the draw, a cause, a characterisation: still the writer's doubt
    ("England could face New Zealand without their captain.", "could"),
    ("Staff could face pay cuts in the final year of the deal.", "could"),
    ("The fire could have started when a heater fell over.", "could"),
    ("The leak could have started in the engine room, but investigators have yet to confirm it.", "could"),
    ("The ministry is preparing what could be a full review of the sell-offs.", "could"),
    # a hedge before "suggest", and "suggested" as an adjective, are the writer's
    ("Prices could rise again, which would suggest the cuts failed.", "could"),
    ("The plant could later close for good.", "could"),
    # a closing clause or a "with" phrase that names no source leaves the hedge the writer's
    ("The sale may not be simple, especially as the brand is a national icon.", "may"),
    ("Prices may rise again, with supplies running low across the region.", "may"),
    ("The suggested route may be closed in winter.", "may"),
    ("It was, in what could be a record, the third win in a row.", "could"),
    ("The rise may well reflect a new grading scale.", "may well"),
    # a skill verb is ability only with a person as subject: here it is a prediction
    ("Prices could climb further before the summer.", "could"),
    ("Water levels could climb again overnight.", "could"),
    ("The hearing could run into next month.", "could"),
    # "the others" are things, not the bare "others" of "some…, others…"
    ("Two carvings were recovered; the others could be sold abroad.", "could"),
    ("The levy funds a scheme which could have far-reaching effects.", "could"),
    ("The same flaw could have caused the earlier outage.", "could"),
])
def test_modal_hedges(sentence, expected):
    assert hedges(sentence) == [("NL401", expected)]


@pytest.mark.parametrize("sentence", [
    "Education Minister Corinne May said the government would pay.",
    "May said insurance alone had cost more than the budget.",
    "The museum will reopen on May 14.",
    "He has often spoken of his country's military might.",
    "It was a performance that showed the full extent of City's attacking might.",
    "The army's might was on display.",
    "Nurses could not keep up with demand on Saturday.",
    "As a student Marren could paint with either hand.",
    "Outside court, Fenwick could be seen speaking with his daughter.",
    "She could remember only one worse year.",
    "They left early so that they could catch the last train.",
    "Firefighters did all they could to save the house.",
    "Passengers who hold annual passes may apply for a partial refund online.",
    "Visitors under 18 may enter free of charge on Sundays.",
    "Employees in Germany may not be laid off without consultation under local law.",
    "Households may switch to a fixed-price tariff before Nov. 1 under rules set by the regulator.",
    "Be that as it may, the council voted for the plan.",
    "We might as well wait for the results.",
    "Could this be the end of the line?",
    # false alarms found in published copy (paraphrased)
    "Before the change, travellers could claim up to 300 euros for a cancelled flight.",
    "If the column were challenged, I could defend it in court.",
    "No sum of money could buy that kind of loyalty.",
    "Some may watch a single episode, while others binge on the whole series.",
    "You might think the launch would be delayed.",
    "Researchers are studying how the new network could be used in a flood.",
    "Few details have emerged about how the chip might work.",
    "The visitors could have had a third goal when a header hit the bar.",
    "The grey box could be anything from a router to a hard drive.",
    "Critics believe the merger could cost hundreds of jobs.",
    "MPs in marginal seats are fearful that the row could hurt their chances.",
    "The report also found that a second line could cover its costs.",
    "The idea that phones could replace cash has divided the industry.",
    "Analysts are split on the plan and say that the vote may decide its fate.",
    "If convicted, the former director could face up to ten years in prison.",
    "Drivers who ignore the ban could be fined under plans announced by ministers.",
    "The league has hinted that the striker may be picked for the final.",
    "The champions may have won both games, but they were dull in each.",
    "The menus are not as quick to use as they might be.",
    "The professor is sceptical about how much the new rules could change.",
    "A memory card could be used to back up the phone's contacts.",
    "The handset on show could display video at 30 frames a second.",
    "The files could then be copied to a blank disc.",
    "They questioned whether suing users could stop the spread of the software.",
    "The brewer reported lower profits and warned that sales may fall again next year.",
    "Some economists point out that higher prices may still cool demand.",
    "The prime minister predicted that the new rules would probably cut migration.",
    "MPs warn that the infighting could cost them seats.",
    "The party backed a change in the law so only people using excessive force could be prosecuted.",
    "While the figures may hint at a slowdown, prices are still rising fast.",
    # a sentence that opens with a condition asserts nothing (the attribution family reads it the same way)
    "If the group wins, the ministry's plans could be left in ruins.",
    "If it starts to go wrong it might take a lot of fixing.",
    "Unless the talks resume, the strike may spread to other depots.",
    "However, if the regulator keeps its stance, expansion could be limited.",
    "Although the details may not be settled, the studio is already at work.",
    "Shoppers who complain might like to look at the chain's profits first.",
    "Residents could be given their officer's phone number under an overhaul of local policing.",
    "Shops may not sell alcohol after 10 p.m. under the new bylaw.",
    "Residents may also drop off bulky waste at the depot.",
    "Members of the public who live nearby may borrow up to ten books.",
    "Pensioners aged over 70 may travel free on buses.",
    "As a boy he could recite the whole poem.",
    "Staff could hear the alarm from the car park.",
    "With all their might, the crew pulled the boat ashore.",
    "The regulator could charge the firms up to 10% of their turnover.",
    "Companies that break the new law could face heavy fines.",
    "If the two traders are found guilty, they could face five years in jail.",
    "The visitors were left rueing what might have been.",
    "Fines of up to $500,000 could be imposed for each breach.",
    "Failure to comply with the order could result in an electronic tag.",
    "The physio was hopeful that the winger could return in March.",
    "The engineer began to wonder if text messages might be put to better use.",
    "Asked about damages the detainees could claim, the MP declined to comment.",
    "Entrants could be from any country but must not have had a hit single.",
    "The bullet may not have come from the fatal shot, the trial was told by a forensic expert.",
    "The party worked to persuade voters that it could be trusted with the economy.",
    "The manager backed the captain's view that the team could struggle this season.",
    "It could have been better for the hosts, who missed two easy penalties.",
    "When pressed, few could say how the tariffs compared.",
    "The sales figures also suggest that it may be an older audience driving demand.",
    "Nor could most of the bosses surveyed estimate the rate among their staff.",
    "Many might think it is simply another chance to perform.",
    "It was a grilling not even the toughest interviewer could produce.",
    "He is on a one-year deal, but said he may consider retiring.",
    "This might sound like a vision of an Orwellian future.",
    "It seems everyone has to be a victim these days!",
    "The coach feels the next match could be a battle of the forwards.",
    "While routing mail through the servers of internet providers might cause problems for blacklists, it is legal.",
    "Their neighbours are lovely, and we may well move next door to them.",
    "It is a great song, and I think it will probably top the charts.",
    "Campaigners were scathing about the alleged benefits of the new stadium.",
    "The army declined to comment, neither confirming nor denying the alleged retreat.",
    "Only a few buyers wanted a player that could handle video.",
    "Was the final list compiled by a child, perhaps?",
    "The party pulled its pigs might fly poster after complaints.",
    "The sequel lacks the polish that might have been expected.",
    "There are warnings that services may have to be cut unless funding rises.",
    "He has just flown in, so he may not be that sharp, but I think he is in good shape.",
    "I'd rank the first pocket organiser top, and possibly the early tablet too.",
    "As a girl she could climb any tree in the orchard.",
    "Grandmother Ilse could swim the length of the lake.",
    "The climber could climb without ropes by the age of ten.",
    "To his fans, the striker could do no wrong.",
    "For a large estate it may be worthwhile taking legal advice first.",
    "The grant is money that could be put to better use.",
    "Just imagine what could be built with that budget.",
    "The club paid to leave a contract which could have forced it to sell the stadium.",
    "Few details were released, with the minister suggesting that the levy may rise.",
    "Some may watch a single episode, while others binge on the whole series.",
    # what the draw allows, a missed chance, an embedded "what" question (sports and preview copy)
    "England could face New Zealand in the quarter-finals if they lose to Samoa.",
    "The second seed could meet the holder in the last eight.",
    "The club could be drawn against a Spanish side in the next round.",
    "The winger might have scored on the hour, only to be denied by the keeper.",
    "The substitute could also have snatched a win but narrowly headed wide.",
    "The hosts might have gone further ahead ten minutes later when a shot struck the bar.",
    "The documentary shows what could happen if the dam were to fail.",
    "The panel will suggest what ministers might do about the backlog.",
    "Members can post links that could later be viewed by other visitors.",
    # "suggest" without "that" reports a view like "suggest that"
    "Ministers suggest the number of carers could double by 2040.",
    "Analysts suggest the chain's move online could make it a takeover target.",
])
def test_modal_non_hedges(sentence):
    assert hedges(sentence) == []


# --- NL402 verb frames ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The questions appear to have been photographed in a print room.", "appear to"),
    ("Investors seem to have lost patience with the strategy.", "seem to"),
    ("Marren is said to have destroyed more than 200 paintings.", "said to"),
    ("Saether is believed to favour a phased withdrawal.", "believed to"),
    ("The virus is thought to spread more easily in crowded housing.", "thought to"),
    ("Demand for electricity tends to peak in January.", "tends to"),
    ("The timing of the walkout suggests that the union planned it.", "suggests that"),
    ("It seems the plan was never costed.", "It seems"),
    ("The rise in thefts over the summer suggests that the cameras failed.", "suggests that"),
    ("The deal is widely understood to include a pay rise.", "understood to"),
    # epistemic "appear/seem" + adjective or participle, without "to"
    ("The board appears split over the merger.", "appears"),
    ("The panel seems deeply divided on the question.", "seems"),
    ("The coalition seemed unconvinced by the offer.", "seemed"),
    ("The talks appear close to collapse.", "appear"),
    ("Ratification seems increasingly uncertain.", "seems"),
])
def test_hedging_verbs(sentence, expected):
    assert hedges(sentence) == [("NL402", expected)]


@pytest.mark.parametrize("sentence", [
    "Fenwick appeared in the dock wearing a grey suit.",
    "Volunteers tended to elderly residents in the parish hall.",
    "Nurses tended to the wounded.",
    "The mayor said to reporters that she would stand again.",
    "Hale suggested that the council delay the work.",
    "The chairwoman suggested that the board delay the vote.",
    "The council suggested that the scheme be scrapped.",
    "The report suggests that rents will keep rising.",
    "Two inquiries have suggested that the drug harms the heart.",
    "Two officials, who spoke on condition of anonymity, said the talks had stalled.",
    "Analysts have suggested that the bank needs a clearer plan.",
    "It even suggests that the service will reach homes without a computer.",
    "Mr Hale, who left his post in May to stand for election, had suggested that the target would be met.",
    "The mayor appeared briefly at the launch on Friday.",
    "The actor appeared several times on the evening news.",
    "The singer first appeared on stage in 1999.",
    "The defendant appeared before magistrates in Hartwell.",
    "Two riders failed to appear to give evidence at the inquiry.",
    "It was claimed the mayor appeared to have ignored the warning.",
])
def test_hedging_verb_non_hedges(sentence):
    assert hedges(sentence) == []


# --- NL403 adverbs and adjectives ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Fenwick apparently spent 300,000 pounds in the first year.", "apparently"),
    ("Some farmers probably sowed too late.", "probably"),
    ("The virus presumably travelled home with them.", "presumably"),
    ("The city has completed 640 homes under its so-called Fair Rent scheme.", "so-called"),
    ("The supposed savings from automated signalling have never been published.", "supposed"),
    ("In an apparent attempt to ease tensions, Meridian withdrew its lawsuit.", "apparent"),
    ("A possible second cluster has emerged at a nursery.", "possible"),
    ("Wholesale prices will likely rise by a fifth.", "likely"),
    ("Harlow Civil Engineering is the likely winner.", "likely"),
    ("Nowak, arguably the best finisher in the division, has scored 14 goals.", "arguably"),
    ("The scheme was supposedly designed to halve the waiting list.", "supposedly"),
])
def test_hedging_words(sentence, expected):
    assert hedges(sentence) == [("NL403", expected)]


@pytest.mark.parametrize("sentence", [
    "The museum opened “Perhaps Tomorrow,” a survey of Marren's work.",
    "Whitcombe, named heir apparent to Lindqvist last year, will oversee the restructuring.",
    "Trains are supposed to run every ten minutes.",
    "Families should contact their clinic as soon as possible.",
    "The club will do so if possible.",
    "It is the best possible outcome for the club.",
    "It is possible to book tickets online.",
    "Women are more likely to be affected than men.",
    "It became apparent that the ship was sinking.",
    "The paper won three of a possible five awards.",
    "The midfielder faces a possible six-match ban.",
    "Cheaper calls are now possible thanks to new rules on shared exchanges.",
    "The panel agreed that online campaigning is likely to grow.",
    "The carmaker is in talks with a rival about a possible alliance.",
    "There are only two possible outcomes on Sunday: win or lose.",
    "Both exchanges held talks with the bourse last week over a possible offer.",
    "Other films tipped for possible success include a biopic and a musical.",
    "Shoppers in the north were the second most likely to buy online.",
    "It is the most convincing world players are likely to have seen.",
    "Good times are likely to continue for toy makers, as the report predicts.",
    "It recommended avoiding so-called third-party inks.",
    "Civil liberties were restricted as little as humanly possible.",
])
def test_hedging_word_non_hedges(sentence):
    assert hedges(sentence) == []


# --- NL404 alleged -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("An alleged error in question 7 was never corrected.", "alleged"),
    ("City's alleged interest in goalkeeper Marek Duda has unsettled the visitors.", "alleged"),
    ("Lindqvist allegedly clashed with the board over the strategy.", "allegedly"),
    ("The alleged victim was taken to hospital.", "alleged victim"),
    ("Alleged killer John Smith was remanded in custody.", "Alleged killer"),
    ("She was accused of allegedly taking the money.", "allegedly"),
])
def test_alleged_misuse(sentence, expected):
    assert hedges(sentence) == [("NL404", expected)]


@pytest.mark.parametrize("sentence", [
    "The alleged fraud came to light when an auditor queried a bill.",
    "Fenwick allegedly forged the signature of the chairwoman.",
    "He allegedly stole 40,000 pounds from the club.",
    "Cole, who is charged with arson, allegedly bought petrol that morning.",
    "Prosecutors alleged that the money paid for a holiday home.",
    "It is alleged that the money was moved abroad.",
    "The alleged attacker fled on foot.",
    "The court's ruling threw out the claim for alleged deceit over the product's risks.",
    "Officials briefed diplomats on Monday, explaining the neighbouring state's alleged role.",
])
def test_alleged_legal_use(sentence):
    assert hedges(sentence) == []


def test_alleged_is_legal_anywhere_in_a_court_story():
    text = ("The treasurer went on trial in March, charged with fraud.\n\n"
            "He allegedly transferred the money to his wife's account. The alleged payments began in 2016.\n")
    assert hedges(text) == []
    assert hedges("He allegedly transferred the money to his wife's account.") == [("NL404", "allegedly")]


# --- NL405 stacks, NL406 density, NL407 approximators --------------------------------------------

def test_stack_is_reported_once():
    assert hedges("The figures could possibly be revised.") == [("NL405", "could possibly")]
    assert hedges("The data appears to suggest that prices will fall.") == [("NL405", "appears to suggest that")]


def test_stack_parts_reported_when_stack_rule_is_off():
    found = hedges("The figures could possibly be revised.", ignore=["NL405"])
    assert sorted(found) == [("NL401", "could"), ("NL403", "possibly")]


def test_hedge_inside_what_someone_accepts_is_theirs():
    assert hedges("He seems to accept that the most likely result is another defeat.") == [("NL402", "seems to")]


def test_modal_with_evidence_verb_is_one_hedge_not_a_stack():
    assert hedges("The dip in spending could indicate a slowdown.") == [("NL401", "could")]


def test_seems_likely_is_one_hedge_not_a_stack():
    assert hedges("The merger seems likely to collapse.") == [("NL403", "likely")]


def test_hedges_far_apart_are_not_a_stack():
    text = "Prices may rise in the coming months as the cost of imported gas possibly doubles."
    assert sorted(c for c, _ in hedges(text)) == ["NL401", "NL403"]


DENSE = ("Quillon's cloud division reportedly missed its targets. The shortfall possibly cost it 200 million "
         "dollars. Investors seem to have lost patience. Lindqvist allegedly clashed with the board.")


def test_density_is_info_and_counts_the_paragraph():
    session = Session(make_config({"select": ["NL406"]}))
    findings = session.lint_source("draft.md", DENSE).findings
    assert [(f.code, str(f.severity)) for f in findings] == [("NL406", "info")]
    assert "4 hedges" in findings[0].message


def test_density_threshold_option():
    session = Session(make_config({"select": ["NL406"], "rules": {"NL406": {"options": {"paragraph-threshold": 5}}}}))
    assert session.lint_source("draft.md", DENSE).findings == []


def test_approximators_off_by_default_and_only_before_figures():
    assert hedges("About 150 people filled the chamber.") == []
    on = dict(select="NL407")
    assert hedges("About 150 people filled the chamber.", **on) == [("NL407", "About 150")]
    assert hedges("Some 5,000 homes lost power.", **on) == [("NL407", "Some 5,000")]
    assert hedges("Nearly a third of the crop was lost.", **on) == [("NL407", "Nearly a third")]
    assert hedges("The company is talking about layoffs.", **on) == []
    assert hedges("Some 5,000 homes lost power, the utility said.", **on) == []


# --- context: quotes, attribution, headlines -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "“Prices may rise,” the minister said.",
    "'Prices may rise,' the minister said.",
    "\"Ilse painted as if every canvas might be her last. Perhaps that is why so few are finished,\" May said.",
    "“The strike could last weeks.\n\n“It may well spread to other ports,” Adjei said.",
    "The union said the strike could last until the end of the month.",
    "According to the ministry, the first payments could arrive in October.",
    "She added that the outbreak might not peak until June.",
    "Some doctors believe misinformation may be behind the drop.",
    # the source comes later in the sentence: before a closing clause, or "with X saying"
    "The sale may not be simple, analysts say, especially as the brand is a national icon.",
    "It looks likely that exports will slow, the minister told reporters, although he gave no figure.",
    "The move may be a first step to a full takeover, with analysts saying that rivals may now bid.",
    "Wage deals could add to inflation, with many expecting rates to rise in March.",
])
def test_no_hedge_in_quotes_or_attributed_content(text):
    assert hedges(text) == []


def test_straight_quote_reopened_without_closing():
    # A quote running on to a new quoted sentence reopens without closing first (common in published copy).
    text = 'The coach said: "The scan showed ligament damage. "We will see how long he may be out."'
    assert hedges(text) == []
    from newslint.text.quotes import find_quotes

    quotes, open_ = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ['"The scan showed ligament damage.',
                                                     '"We will see how long he may be out."']
    assert not open_


def test_first_person_inside_a_quote_does_not_hide_the_writers_hedge():
    assert hedges('His shirt read "I am fit" on Friday, but the injury could keep him out.') == [("NL401", "could")]


def test_headline_is_not_checked():
    text = "# Storm may hit coast on Thursday\n\nThe storm may reach the coast by Thursday.\n"
    assert hedges(text) == [("NL401", "may")]


def test_message_names_hedge_voice_and_fix():
    session = Session(make_config({"select": ["NL4"]}))
    (finding,) = session.lint_source("draft.md", "Two bidders reportedly withdrew.").findings
    assert "“reportedly”" in finding.message and "writer's own voice" in finding.message
    assert "Name who reported it" in finding.suggestion
    (finding,) = session.lint_source("draft.md", "The collapse may have been caused by erosion.").findings
    assert "“may have been”" in finding.message
    assert finding.suggestion.startswith("Attribute it: who says so?") and "state it plainly" in finding.suggestion


def test_word_lists_can_be_extended_and_replaced():
    assert hedges("The plan is doubtless flawed.") == []
    extended = {"word-lists": {"hedge-adverbs": {"extend": ["doubtless"]}}}
    assert hedges("The plan is doubtless flawed.", **extended) == [("NL403", "doubtless")]
    replaced = {"word-lists": {"hedge-modals": ["might"]}}
    assert hedges("Prices may rise. Prices might fall.", **replaced) == [("NL401", "might")]


# --- robustness ----------------------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(["may", "May", "might", "could", "perhaps", "alleged", "allegedly", "so-called", "likely",
                           "possible", "appears to", "is said to", "suggests that", "“", "”", '"', "'", ",", ".",
                           "?", "\n\n", "the", "police", "said", "İ", "about 200", "as soon as", "not", "be"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_any_text_gives_findings_inside_the_document(pieces):
    text = " ".join(pieces)
    for code, flagged_text in hedges(text):
        assert code.startswith("NL4") and flagged_text.strip()
