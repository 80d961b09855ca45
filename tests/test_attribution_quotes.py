"""NL306 quote-without-speaker on published copy: each cause of a false alarm, and the true positives that stay.

Every case paraphrases a pattern seen in published copy; none copies it.
"""
from __future__ import annotations

import pytest

from newslint import lint_text

CONFIG = {"select": ["NL306"]}


def flagged(text: str, path: str = "draft.md") -> list[str]:
    return [f.message for f in lint_text(text + "\n", path, config=CONFIG)]


SHELTER = "Mara Lind, who runs the Eastgate shelter, said demand had doubled since the spring."


@pytest.mark.parametrize("text", [
    # a speaker label, with or without a colon, and the quotes that run on from it
    '- Harbour Town manager Ella Voss: "We were poor early on. "After the break we were much better and deserved it."',
    "- Harbour Town manager Ella Voss “We were poor early on and lucky to be level. “After the break we were better.”",
    # a run of quote paragraphs after the speaker is named
    f"{SHELTER}\n\n“We used to see ten families a week, now we see twenty.”\n\n"
    "“Some nights we have to turn people away at the door.”",
    f"{SHELTER}\n\n“We used to see ten families a week.”\n\nLind opened the shelter in 1998 after losing her job.\n\n"
    "“I never imagined it would still be needed twenty years later.”",
    # a first-person quote in or right after a sentence whose subject is a named person
    "Ana Ruiz spent six years at the club before the injury. “Since then I have learned to enjoy every game.”",
    "Former union leader Sir Colin Marsh attacked both parties.\n\n“My worry is that the debate will turn ugly.”",
    "The actress Rosa Vela won the comedy prize. Vela thanked the crew and “a studio that gave me a second chance”.",
    # a single-speaker piece: the headline or the opening paragraph names the speaker
    "# Dana Cole in quotes\n\nDana Cole, who stepped down as mayor on Monday, never minced her words.\n\n"
    "“I came into politics to build houses, not to hold meetings.”\n\n"
    "“Nobody ever thanked me for a meeting, but people still thank me for their homes.”",
    "# Life on the road\n\nFormer drummer Lou Brandt remembers the band's first tour.\n\n"
    "“We slept in the van for three weeks and loved every minute of it.”\n\nThe band split in 1989.\n\n"
    "“Nobody made any money from it, but nobody cared either.”",
    # list items after a lead-in with a speaker
    "Mayor Ruiz said the plan would be published in May. It includes:\n\n"
    "- New homes on council land will have to “meet the highest standards of insulation”.\n"
    "- Landlords will have to “register every property with the council within a year”.",
    # the next paragraph says whose the quote is
    "“Do you have the heart for it? How much do you hate losing?”\n\n"
    "These are the questions Nina Kovac will put to the academy's young players.",
    # marks that are not a quotation: a pair read the wrong way round, apostrophes
    "and that was the end of the matter.\" The programme then moved on to the housing crisis in the north.",
    "Fans of shoot-'em-ups can use the phone as a gun to fight off the zombies in the mobile game.",
    "'s thunder in the final, as the veteran runner took her first national title over the distance.",
    # the writer speaking in the first person (a column, a reader's comment)
    "My advice to anyone stuck indoors this winter is “if you can't beat them, join them”.",
    # the words of a poster, sign or slogan
    "A van drove in, painted with the slogan “lowest mortgage rates for forty years”.",
    "“Taking responsibility for hard choices together” is this year's official theme.",
    # a passive characterisation with its author, and "quoted as"
    "He was called “one of the worst offenders in the country” by the sentencing judge.",
    "A candidate quit after being quoted as wanting a “period of creative destruction in the public services”.",
])
def test_quote_with_a_speaker_the_reader_can_tell(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text", [
    # a sentence without a label before the quote
    "- The second half was better. “We deserved the point in the end, whatever they say.”",
    # another named person takes over the story: the reader cannot tell whose the quote is
    f"{SHELTER}\n\n“We used to see ten families a week.”\n\nCouncillor Tom Hale chairs the housing committee.\n\n"
    "“The numbers have been stable for years.”",
    # a narrative paragraph about something else ends the run
    f"{SHELTER}\n\n“We used to see ten families a week.”\n\nThe shelter opened in 1998 on the old market site.\n\n"
    "“It has never been this bad.”",
    # a lead-in subject does not speak a quote that is not in the first person, nor a common noun a quote
    "Ana Ruiz spent six years at the club before the injury. “The club never deserved its supporters.”",
    "Pickets gathered at the gate on Monday night.\n\n“They think we will crack before Christmas.”",
    # a frame ends when a quote is attributed to somebody else
    "Former drummer Lou Brandt remembers the band's first tour.\n\n“It was chaos from start to finish,” said the "
    "singer, Vic Hale.\n\nThe band split in 1989.\n\n“Nobody made any money from it, but nobody cared.”",
    # list items with no lead-in speaker
    "Nothing was decided at the meeting. It includes:\n\n"
    "- New homes on council land will have to “meet the highest standards of insulation”.",
    # a quote-only paragraph followed by a paragraph that does not say whose it is
    "“Do you have the heart for it? How much do you hate losing?”\n\nThe academy opens in May.",
    # a real quotation left open, and a passive characterisation with nobody named
    "Nothing happened.\n\n\"Nobody asked the people who actually ride these trains",
    "He was called “one of the worst offenders in the country” last year.",
])
def test_quote_without_a_speaker_stays_flagged(text):
    assert len(flagged(text)) == 1


def test_a_run_is_bounded():
    quotes = "\n\n".join(f"“Quote number {n} says something about the shelter's work.”" for n in range(2, 8))
    found = flagged(f"{SHELTER}\n\n{quotes}")
    assert len(found) == 2 and "number 6" in found[0] and "number 7" in found[1]
