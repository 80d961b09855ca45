"""Attribution precision causes found by hand-checking NL301/NL302 findings on published copy.

Each false-alarm cause is tested on our own paraphrases (never the corpus text), next to the true
positives that must still be flagged.
"""
from __future__ import annotations

import pytest

from newslint import lint_text
from newslint.text.numbers import find_figures

CONFIG = {"select": ["NL3"]}


def flagged(text, code):
    return [f.message for f in lint_text(text + "\n", "draft.md", config=CONFIG) if f.code == code]


@pytest.mark.parametrize("text", [
    # fines, penalties and prize money are on the record
    "Last spring the bank paid £41.2m in fines to regulators in two countries.",
    "The regulator's $320,000 (£171,000) fine was the largest of its kind.",
    "At each round $40,000 in prize money will be on offer.",
    "The current maximum penalty stands at $27,500 (£14,650).",
    # lawsuits, holdings, head counts and donations
    "The oil company has sued the state for $18.4bn (£9.9bn).",
    "The two brothers, who own 31.7% of the club, must approve any sale.",
    "Vantor, which employs 6,000 staff, has plants in five countries.",
    # entitlements, limits and rule terms
    "New fathers are entitled to 90% of average pay for two weeks.",
    "Only £150 of savings interest a year can be tax-free.",
    "Gifts above the annual £1,500 limit must go into a separate account.",
    "Greece has also broken the 3% deficit ceiling.",
    "Students will face fees of up to £2,500 a year.",
    # survey samples and product prices
    "Pollster Marlow interviewed more than 4,000 adults in three countries.",
    "More than 30,000 listeners were surveyed by the radio station.",
    "In shops the console is supposed to sell for £99.99.",
    "The handheld will cost about 21,000 yen (150 euros) when it hits the shelves.",
    "The chancellor put 2p on a pint of cider.",
    "The painting was sold at auction for £8.4m in 1999.",
    "The former chief is accused of taking $450m from the company.",
    "He has contributed more than £8m to the party since 2001.",
    "A restaurant chain is listed as donating a sum of £9,850.",
    "The firm paid £210m to buy a smaller rival last year.",
    "She is seeking £4m ($7.4m) in costs in a claim filed at the High Court.",
    "The singer, who died in March, has six posthumous award nominations.",
    "Figures released earlier this year showed exports up 35% in 2004.",
    # the description of a source, a currency move, a view others share
    "The poll of 12,000 people in 15 countries found that most wanted lower taxes.",
    "The currency has gained almost 2% in the past three sessions.",
    "Analysts agree that the store has given the firm a 60% share of the market.",
    "The refinery was bought for $6.1bn by a little-known group.",
    # central bank rates are published, like market prices
    "The central bank left its key interest rate unchanged at 2.5% for a tenth month.",
    "One committee member voted to raise rates to 4.75%.",
    "In London, Vantor fell 3.1% to 48.25 pence.",
    # tax rates, donations and auctions
    "All transfers will from 1 March be subject to a 12% tax.",
    "The duke has paid income tax - currently 40% - since 1998.",
    "The businessman gave £300,000 to the party just days before the election.",
    "Three dresses worn by the singer have sold for $95,000 at a London auction.",
    # a figure between a possessive and a noun describes the thing
    "The bank lends into America's $9 trillion housing market.",
    # attributed by a participle clause of the sentence's subject
    "The senator defended his tax plan, saying it would touch just 2% of earners.",
    "The group won protection from creditors after revealing debts of 9bn euros.",
    # small exact counts and references to others are seen, not counted
    "The shortlist is made up of three local and four national candidates.",
    "The judge also reviewed 12 other deaths in custody.",
    "The sprinters were suspended for missing three drugs tests.",
    "The strike follows the chancellor's announcement that 90,000 jobs would go.",
    # technical specifications, capacities and prize amounts
    "The new service will offer speeds of up to 16Mbps.",
    "The software can create up to 3,000 new faces an hour.",
    "The firm began work on a new jet seating 90 to 120 passengers.",
    "The new £40,000 award is open to writers of any nationality.",
    # a casualty word in a title is a name
    "The film's director made Die Hard 2 and two other thrillers.",
    # a vague source with an adverb before its verb (NL303 reports it)
    "Analysts now expect other producers to seek price rises of up to 60%.",
    # a participle attribution of the sentence's subject
    "The president became a defender of the reforms, arguing that 40% of lending was wasted.",
])
def test_figures_on_the_record_are_not_flagged(text):
    assert flagged(text, "NL301") == []


@pytest.mark.parametrize("text, message", [
    ("Last spring the bank lost £41.2m on the deal.", "Unattributed figure: £41.2m"),
    ("The flooding destroyed 300 homes.", "Unattributed figure: 300 homes"),
    ("Police arrested three men after the match.", "Unattributed figure: three men"),
    ("The blast killed 12 people and injured 40.", "Unattributed figure: 12 people; figure: 40"),
    ("The storm left two dead and three fishermen missing.", "Unattributed figure: two dead; figure: three fishermen missing"),
    ("Up to 3,000 jobs are to go at the insurer.", "Unattributed figure: 3,000 jobs"),
    ("The agents paid bribes to at least four other officials.", "Unattributed figure: four other"),
    ("The repairs could cost as much as £5bn.", "Unattributed figure: £5bn"),
    ("The claim was thrown out on appeal, and the firm lost 40% of its staff.", "Unattributed figure: 40%"),
])
def test_contested_figures_are_still_flagged(text, message):
    assert flagged(text, "NL301") == [message]


def test_a_unit_glued_to_a_number_is_a_specification():
    assert [(f.text, f.kind) for f in find_figures("speeds of up to 16Mbps and a 3G phone")] == [
        ("16Mbps", "spec"), ("3G", "spec")]


def test_a_survey_of_people_is_a_document_source():
    text = "More than 80% of small firms expect to hire this year, a survey of 900 owners suggests."
    assert flagged(text, "NL301") == []


def test_describes_is_a_reporting_cue():
    assert flagged("The US describes this as the most important trade deal in two decades.", "NL302") == []


def test_a_study_named_as_it_is_a_source():
    text = "The survey covered every region. But it also found 2.1 trillion pesos went to the richest households."
    assert flagged(text, "NL301") == []


def test_a_restrictive_relative_clause_names_its_source():
    text = "The plan follows last year's Harlow Report which recommended significant cuts in red tape."
    assert flagged(text, "NL302") == []
    assert flagged("The plan follows last year's report, with significant cuts in red tape.", "NL302") == [
        "Unattributed judgement: significant"]


@pytest.mark.parametrize("text", [
    # declared wishes and plans are the subject's own stated aims
    "The minister wants to introduce a points system for migrants.",
    "The visitors travel north hoping to claim their first away win.",
    "The government intends to audit every ministry's payroll.",
    "The council is trying to encourage recycling with a new scheme.",
    "The festival was intended to mark the tenth anniversary of the album.",
    # an infinitive after a verb of telling or needing is not a purpose
    "Shoppers are being told to avoid a fake charity website.",
    "The lender has been struggling to avoid bankruptcy for months.",
    "The lender needed fresh capital to avoid being thrown off the market.",
    "The label has failed in an attempt to sue the producer.",
    "The handheld is aimed at gamers who want more from a console.",
    # stated aims: plans, hypotheticals, organisations described in a relative clause
    "The prime minister will seek to reassure his MPs on Monday.",
    "The agency acts for 40 firms who are seeking to promote the technology.",
    "The raids were part of an operation which was aimed at pirated films.",
    # the subject's own stance and belief
    "The auditors were also scathing about the new stadium project.",
    "He is convinced the brand remains the single most important on the web.",
    # permissions, nouns and fixed terms
    "Under the new law, administrators can seek to recover money paid to lenders.",
    "The champion comes up with two big serves to close out the set.",
    "The fund has asked for an extraordinary shareholders meeting to replace the board.",
    # a vague quantity and a noun
    "A significant chunk of readers, 31%, never finish an article.",
    "The riverside landmark was decorated with lights for the film's premiere.",
    # a ranking with its chooser
    "The laptop has been chosen as the greatest gadget of all time, by a US magazine.",
    # a judgement word written as a name
    "The award was shared by the retailer Crucial and two rivals.",
    # measurable superlatives without a record scope, classes and quantities
    "Shares rose 1.2%, making it the second biggest gainer of the day.",
    "The device picks the fastest network by itself.",
    "Debt owed by the poorest nations will be cancelled.",
    "The grant helps councils with the most deprived communities.",
    "Those who took their own lives were mainly the most vulnerable.",
    "Labour won the most seats but fell short of a majority.",
    "The party would raise taxes for the most well off.",
    "One of the most time consuming jobs is building the menus.",
    "The minister welcomed the move, describing it as significant for the country's recovery.",
])
def test_not_a_judgement(text):
    assert flagged(text, "NL302") == []


@pytest.mark.parametrize("text, message", [
    ("The department abstained to avoid angering either side.", "Unattributed motive: to avoid"),
    ("The firm cut prices in a bid to win back customers.", "Unattributed motive: in a bid to"),
    ("The ministry is seeking to shift the blame onto its contractors.", "Unattributed motive: seeking to"),
    ("The new rules drew scathing reviews from the start.", "Unattributed judgement: scathing"),
    ("The court issued a landmark ruling on privacy.", "Unattributed judgement: landmark"),
    ("The fire caused significant damage to the school.", "Unattributed judgement: significant"),
    ("It was the biggest fall in house prices in a decade.", "Unattributed judgement: the biggest"),
    ("The show is the largest of its kind in the world.", "Unattributed judgement: the largest"),
    ("Crucial to the plan is the new software.", "Unattributed judgement: Crucial"),
    ("The laptop was voted the greatest gadget of all time.", "Unattributed judgement: the greatest"),
    ("It was the most bizarre photo opportunity of the campaign.", "Unattributed judgement: the most bizarre"),
    ("The cuts fell on the most vulnerable, the most bizarre decision of the year.",
     "Unattributed judgement: the most bizarre"),
    ("The strike is the worst for a generation.", "Unattributed judgement: the worst"),
])
def test_still_a_judgement(text, message):
    assert flagged(text, "NL302") == [message]


@pytest.mark.xfail(strict=True, reason="known false alarm from the final BBC hand-check; see docs/attribution.md")
@pytest.mark.parametrize("text, code", [
    # rule terms: fees, salaries of public posts and definitions
    ("A band touring the country can expect to pay $1,100 simply for obtaining a visa.", "NL301"),
    ("The professor was chosen by ministers and will start the £95,000-a-year job at once.", "NL301"),
    ("Those on high incomes - judged to be $70,000 (£37,000) or above - are four times more likely to have players "
     "than those earning less.", "NL301"),
    # a survey's finding stated after the survey was named in an earlier sentence
    ("Portugal was the most pessimistic, while respondents in Spain were also gloomy.", "NL302"),
    # an argument reported as a noun
    ("The government's argument was that the firm owed more than $21bn in back taxes.", "NL301"),
    # a vague source in a "put … at" frame belongs to NL303, not NL301
    ("Reports have put the offer at 280p per share.", "NL301"),
    # the threshold that defines an award
    ("Records were set for the number of games that went double-platinum by selling more than 500,000 copies.",
     "NL301"),
    # found in the last hand-checks: registers, prices, head counts, polls, deal terms, rates
    ("The former minister was paid between £40,001 and £45,000 for his memoir.", "NL301"),
    ("The ministry currently has about 5,900 UK-based staff.", "NL301"),
    ("A listener poll saw the ballad emerge as the favourite with 38% of votes cast.", "NL301"),
    ("Up to four local actors may join the cast under a deal struck with the union.", "NL301"),
    ("The central bank's decision to raise interest rates by a quarter of a point opened a gap with Europe.",
     "NL301"),
    ("The president's proposals would see the defence budget rise by $17bn to $400bn.", "NL301"),
    ("He was signed for £3.9m from a Dutch club in 1997.", "NL301"),
    ("The businessman has previously given Labour £40,000.", "NL301"),
    ("In the game the hero roams the city as he seeks to avenge his family.", "NL302"),
])
def test_known_false_alarms(text, code):
    assert flagged(text, code) == []


@pytest.mark.parametrize("text, code", [
    # a document named before the clause that lists the figure
    ("In its bankruptcy petition the firm listed a food group, which it owes $12.4m, as its biggest creditor.",
     "NL301"),
    # a subject's own plan or target, named long before the figure
    ("The company raised targets for its two northern fields from 40,000 barrels a day to between 60,000 and "
     "90,000 barrels a day.", "NL301"),
    ("The company also unveiled plans to cut the wholesale prices of its most popular broadband package by about 7% "
     "from May.", "NL301"),
    ("The club is hoping to increase matchday earnings from 27% to 35% of turnover.", "NL301"),
    # completed sales: the price after "for", the sale verb earlier in the clause
    ("The seller bought the hotel along with three others in the same street for £640m last year.", "NL301"),
    ("The bank has sold its insurance arm to a rival for $9.5bn (£5.1bn).", "NL301"),
    ("The console is selling in Japan for 18,500 yen ($175; £92).", "NL301"),
    # a source named by a participle clause after "with"
    ("The outlook is bleaker, with analysts predicting that the industry will struggle to recover.", "NL302"),
])
def test_former_false_alarms_from_the_final_hand_check(text, code):
    assert flagged(text, code) == []


def test_a_participle_after_with_names_its_own_subject():
    text = "The outlook is bleaker, with analysts predicting that the industry will struggle to recover."
    assert flagged(text, "NL303") == ["Vague attribution: \u201cwith analysts predicting\u201d names nobody"]


@pytest.mark.parametrize("text", [
    # after a verb of capacity or permission, "up to" gives a capacity or a rule's limit
    "A pocket music player can hold anything up to 8,000 songs.",
    "The new rules allow up to 74% foreign ownership of local airlines.",
    "Entrants must submit up to 5,000 words from the opening of their novel.",
    "The console lets players take on up to eight other people over the air.",
    "The new screens offer up to 1,080 lines of picture.",
])
def test_a_capacity_or_a_limit_is_not_a_count(text):
    assert flagged(text, "NL301") == []


@pytest.mark.parametrize("text, message", [
    ("The dispute could cost up to 2,000 jobs at the plant.", "Unattributed figure: 2,000 jobs"),
    ("Parking in the centre can cost up to 80% more than in the suburbs.", "Unattributed figure: 80%"),
    ("The strike affected up to 40,000 passengers.", "Unattributed figure: 40,000 passengers"),
])
def test_up_to_without_a_capacity_is_still_a_claim(text, message):
    assert flagged(text, "NL301") == [message]


@pytest.mark.parametrize("text", [
    # "expected to" with an event verb and a time in the sentence is a schedule
    "Filming on the second series is expected to begin in March.",
    "The appeal hearing is expected to open next month.",
    "Tickets for the festival are expected to go on sale in January.",
    "The security update is expected to be available later this month.",
    "The merger is expected to be completed in the second quarter of 2006.",
    "The panel is expected to give its verdict early next week.",
    "The club's directors are expected to meet on Thursday to discuss the offer.",
])
def test_a_schedule_is_not_a_prediction(text):
    assert flagged(text, "NL302") == []


@pytest.mark.parametrize("text, message", [
    # what will be announced, an outcome, attendance, or an event with no time: still forecasts
    ("The company is expected to announce a second round of cuts next week.",
     "Unattributed prediction: is expected to"),
    ("More job cuts are expected to be announced on Monday.", "Unattributed prediction: are expected to"),
    ("Shares are expected to open lower on Monday.", "Unattributed prediction: are expected to"),
    ("House prices are expected to start falling in 2006.", "Unattributed prediction: are expected to"),
    ("The firm is expected to meet its sales target in March.", "Unattributed prediction: is expected to"),
    ("About 90,000 people are expected to attend the show in January.", "Unattributed prediction: are expected to"),
    ("The new plant is expected to begin production.", "Unattributed prediction: is expected to"),
])
def test_a_forecast_with_a_date_is_still_a_prediction(text, message):
    assert flagged(text, "NL302") == [message]


@pytest.mark.parametrize("text", [
    "The manager surprised the club by selling the striker to a Dutch side for £12.5m in 2001.",
    "The broadcaster bought the script for $900 and aired it that spring.",
])
def test_a_completed_sale_price_is_on_the_record(text):
    assert flagged(text, "NL301") == []


@pytest.mark.parametrize("text, message", [
    # a sale verb in another clause, or a price that is not what something sold for
    ("The unit was sold last year, but the group is still liable for £27bn.", "Unattributed figure: £27bn"),
    ("The plant was sold in May; the group remains responsible for £40m of its debts.", "Unattributed figure: £40m"),
    ("The club paid around £4m for the striker's rights.", "Unattributed figure: £4m"),
])
def test_money_near_a_sale_is_still_a_claim(text, message):
    assert flagged(text, "NL301") == [message]


def test_a_measured_superlative_among_others_ranks_a_fact():
    assert flagged("The band remains one of the biggest acts in the world.", "NL302") == []
    assert flagged("She is one of the fastest 1,500m runners in the world this season.", "NL302") == []


@pytest.mark.parametrize("text, message", [
    ("He was one of the finest full-backs ever to play the game.", "Unattributed judgement: the finest"),
    ("The country's jobless rate is the lowest in the world.", "Unattributed judgement: the lowest"),
])
def test_an_evaluative_or_lone_superlative_is_still_a_judgement(text, message):
    assert flagged(text, "NL302") == [message]


@pytest.mark.parametrize("text", [
    # a price tag under 10,000, converted or not
    "Shoppers queued for the handheld, which costs $199 (about £105).",
    "An armchair in the window was priced £3,250.",
    "Each guided session will cost $120 with extra fees for equipment.",
    "To get a permit, costing £85, applicants must prove their address.",
])
def test_a_price_tag_is_not_a_counted_sum(text):
    assert flagged(text, "NL301") == []


@pytest.mark.parametrize("text, message", [
    # what something cost to make, a programme's cost, an average price: sums somebody worked out
    ("The film cost $38m to make.", "Unattributed figure: $38m"),
    ("Truancy persists despite schemes costing £600m.", "Unattributed figure: £600m"),
    ("The average home now costs £181,400, up from £179,900.", "Unattributed figure: £181,400; figure: £179,900"),
])
def test_a_cost_that_is_not_a_price_tag_is_still_a_claim(text, message):
    assert flagged(text, "NL301") == [message]


def test_a_sum_of_money_stops_before_a_comma():
    assert [f.text for f in find_figures("a bonus of £44,914, despite a loss of $2,500.75, or £5,000")] == [
        "£44,914", "$2,500.75", "£5,000"]
