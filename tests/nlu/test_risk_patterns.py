"""The curated risk patterns: idioms stay ordinary, negation lowers, crises are caught.

The cases are grouped by concept and written for these tests (not taken from the
evaluation files).
"""

import re

import pytest

from rasa_project.nlu import patterns
from rasa_project.nlu.patterns import find_risk, prepare


def level(text: str) -> str:
    match = find_risk(text)
    return match.level if match else "none"


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to wake up tomorrow",
        "i want to kill myself",
        "i cant stop thinking about killing myself",
        "i keep thinking about ending it all",
        "honestly whats the point of going on",
        "everyone would be better off without me",
        "ive been saving up my pills",
        "i could hurt my manager today i swear",
        "i'm going to bring a knife to work",
        # passive ideation
        "some days i wish i could just stop existing",
        "i want to vanish and never come back",
        "i keep hoping i wont wake up tomorrow",
        "would be nice to fall asleep and never wake up tbh",
        "whats the point of me even being here",
        "whats the point of me",
        "life isnt worth living like this",
        "im so tired of being alive",
        "part of me hopes the bus hits me on the way in",
        "i wish a lorry would just run me over",
        "hoping i get in a crash on the way to work so i dont have to go",
        "wouldnt mind if i didnt wake up tomorrow",
        "i dont care if i live or die at this point",
        "i wish i was never born",
        "there's no reason for me to keep going",
        "id rather be dead than go back in there",
        "i pray every night that i dont wake up",
        "i want it all to end",
        "i just want the pain to stop for good",
        "im done with life",
        "nothing left to live for now",
        # burden and better off without me
        "my kids would be better off without me around",
        "i'm just a burden to my family",
        "im worth more dead than alive honestly",
        "at least my partner would get the life insurance",
        "the life insurance would pay off the mortgage, more use than me",
        "the world would be better without me",
        "my mum would be happier if i wasnt around",
        "i feel like such a burden on everyone",
        # not being here, nobody would notice
        "i wont be around for much longer",
        "dont think ill still be here by christmas",
        "you probably wont hear from me again",
        "when im gone they'll realise",
        "nobody would care if i died",
        "no one would miss me",
        "i wont be here for the next check in, sorry",
        # plans and means
        "ive got a bottle of paracetamol and im thinking about taking all of it",
        "going to take every pill in the cabinet tonight",
        "i've been stashing my tablets for weeks",
        "how many paracetamol would it take to not wake up",
        "i looked up the lethal dose of my meds",
        "i bought a rope yesterday",
        "theres a beam in the loft, i keep looking at it",
        "i keep thinking about jumping off the multi storey",
        "thinking about stepping in front of a train on the way home",
        "i nearly walked in front of a bus on purpose today",
        "i keep imagining swerving into oncoming traffic",
        "i think about driving into a tree every morning",
        "ive been reading about the most painless way to die",
        "searched how to kill myself last night",
        "ive got a plan to end it this weekend",
        "i've worked out how i'd do it",
        "ive picked a date",
        "i took a handful of pills an hour ago",
        "stood on the edge of the bridge for ages last night",
        "i went up to the roof and looked down and thought about it",
        "ive been looking at the tracks thinking how easy it would be",
        "my dad's gun is in the house and i keep thinking about using it",
        "googling quickest ways to die",
        # preparation and farewell
        "i've written letters for my family",
        "ive been giving my stuff away to friends",
        "gave my cat to my sister so someone will look after her",
        "sorted all my passwords and my will so no one has to deal with it after",
        "please tell my mum i love her",
        "this is my final message, thanks for trying",
        "goodbye everyone, sorry for everything",
        "i've said my goodbyes",
        "if anything happens to me its not anyones fault",
        "i've been putting my affairs in order",
        # self-harm
        "i keep burning my arm with a lighter",
        "i hit myself when i make mistakes",
        "been scratching my skin till it bleeds",
        "i want to hurt myself so bad right now",
        "relapsed and cut my wrists again",
        "i punch myself in the head when i get it wrong",
        "i starve myself as punishment",
        "ive got a razor in my bag for when it gets bad",
        # harm to others
        "i want to punch my supervisor in the face so hard he doesnt get up",
        "im going to stab that guy on the night shift",
        "i could kill my manager, im so close to doing it",
        "i know where my team leader lives",
        "i found out where he parks his car and im going to wait for him",
        "im going to bring a knife in tomorrow and sort them out",
        "i want to hurt my kids when they wont stop crying",
        "im scared im going to hit my son",
        "i shook my baby because i couldnt take the crying",
        "i have urges to strangle my partner",
        "ill make them all pay for what they did",
        "im going to burn the warehouse down with him inside",
        "one day im going to snap and hurt someone here",
        "im taking that whole office down with me",
        "thinking about getting a gun",
        # typos and euphemism
        "gonna kms",
        "i wanna unalive myself",
        "thinkin about suicde a lot",
        "ready to end it all",
        "want to take my own life",
        "sewerslide thoughts again",
        # indirect, mixed
        "sometimes i think the only way out is to not be here",
        "i keep thinking everyone would cope fine if i was gone",
        "i think my family would honestly be relieved if i died",
        "been thinking of ways to make it look like an accident",
        "i have been planning to take my life",
        "i'm going to overdose tonight",
        "i've started thinking about suicide again",
        "i hope i get hit by a car on my way in tomorrow",
        "might as well be dead",
        "i feel like i should just disappear permanently",
        "i'd be doing everyone a favour if i wasnt around",
        "i've written my goodbye notes",
        "i gave away my guitar and my games this week, wont need them",
        "i've been cutting my arms to cope with work",
        "i burn myself with cigarettes after bad shifts",
        "i want to smash my managers face in",
        "if he says that again im going to kill him",
        "im scared of what i'll do to my wife when i get home",
        "i keep getting urges to shake the baby",
        "im thinking about driving my car off the cliff road",
        "i stood on the tracks last night",
        "i keep going to the bridge after work",
        "i've been collecting pills",
        "i dont plan on being around much longer",
        "i could just end it all tonight",
        "think im going to do something to myself",
        "honestly if i died tomorrow i wouldnt mind",
        "theres no point in me being alive",
        "i wanna kms fr",
        "i want to jump off the car park roof",
        "ive got the rope ready",
        "thinking about slitting my wrists",
        "this will be my last check in, goodbye",
        "i cant live like this anymore",
        "im a waste of space, everyone would be better off without me",
    ],
)
def test_crisis_statements_are_crisis(text: str) -> None:
    assert level(text) == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "my supervisor keeps making sexual comments about me",
        "they fired me this morning",
        "a coworker keeps touching me",
        "im quitting today, im done",
        "they want us to use the forklift with no brakes, its unsafe equipment",
        "i get called slurs on the floor",
        # sexual harassment
        "the night manager keeps messaging me asking what im wearing",
        "my team lead slapped my bum in the stockroom",
        "a client keeps putting his hand on my knee in meetings",
        "my supervisor calls me babe and keeps hugging me from behind",
        "he said if i want more hours i should be nicer to him, and winked",
        "my boss keeps commenting on my figure",
        "the area manager sent me a photo of himself naked",
        "a colleague keeps trying to kiss me at the end of shift",
        "the chef grabbed my waist again today",
        "the supervisor stands way too close and rubs against me",
        "a patient's relative keeps making sexual remarks to me",
        "my line manager asked me out three times and wont take no",
        "there's a guy on my shift who keeps cornering me in the cold room",
        "a coworker keeps turning up at my flat",
        "someone from work keeps following me after my shift",
        "the owner asked me to sit on his lap as a joke",
        # bullying and name-calling
        "the team calls me 'the immigrant' instead of my name",
        "my colleagues keep calling me paki",
        "the manager calls me stupid in front of customers every day",
        "people in the office keep mocking my stutter",
        "they laugh at my hijab and call me a terrorist",
        "my supervisor screams at me in front of the whole floor every shift",
        "they started a whatsapp group to make fun of me",
        "the older nurses call me useless and leave me out on purpose",
        "they keep hiding my tools and laughing about it",
        "my shift lead keeps saying im only here because im a diversity hire",
        # discrimination
        "my manager said they dont promote women because we leave to have babies",
        "they cut my hours right after i said i was pregnant",
        "they said im too old to be on the tills",
        "they gave my shifts to a younger girl after i turned 60",
        "im the only black guy and they always give me the worst jobs",
        "he said people like me dont belong in this office",
        "they wont let me pray on my break",
        "i asked for a ramp and they said deal with it",
        "they refused to make any adjustments for my arthritis",
        "they keep misgendering me on purpose",
        "my manager told the whole team i'm gay",
        "the boss only lets the english lads drive the forklifts",
        "told me to lose the turban if i want to be front of house",
        "the supervisor told me to go back where i came from",
        "they docked my pay for going to eid prayers",
        "told me im not allowed to speak polish on my break",
        # unsafe work
        "they've disabled the guard on the bandsaw to speed things up",
        "we're up on the roof with no harnesses again",
        "the forklift has no working brakes and we still have to use it",
        "we work in the cold store all night and they wont give us freezer jackets",
        "someone collapsed in the heat on the line and they told us to keep going",
        "theres no ventilation and the fumes from the resin are making us dizzy",
        "they make us clean the fryers without gloves and my hands are burnt",
        "the emergency stop on the press doesnt work",
        "exposed wires hanging in the stockroom and they wont fix it",
        "fire exit has been blocked with boxes for a month",
        "the delivery van's tyres are bald and they want me on the motorway",
        "my manager told me to sign the fridge temperature log without checking",
        "they asked me to falsify the fire alarm test records",
        "we're told to skip the pre-use checks on the cherry picker",
        "im being made to give out meds without a second signature",
        "i fell off a ladder and they said dont put it in the accident book",
        "broke my finger on the line and the supervisor told me to keep working",
        "they want me to come in with a fractured ankle",
        "the chef threw hot oil at me as a joke",
        "my coworker pushed me into the racking on purpose",
        "two people passed out in the warehouse this week, no water",
        "we have to work outside in 35 degrees with no shade or water and a guy fainted",
        "i keep getting electric shocks off the till and they say its fine",
        "nearly got hit by a reversing lorry, there are no banksmen",
        # wage theft and illegal instructions
        "i havent been paid in a month",
        "they keep taking money out of my wages for breakages",
        "my boss pockets our tips",
        "we get paid below minimum wage and they call it training",
        "they make us clock out and then keep working for an hour",
        "my manager told me to lie to the inspector about the hours",
        "they want me to drive over my hours and fiddle the tacho",
        "they told us to change the use by dates on the chicken",
        "the agency took my passport and wont give it back",
        "they owe me three weeks wages",
        # violence and threats at work
        "a customer punched me at the till today",
        "my boss threatened to break my legs if i told anyone",
        "a guy pulled a knife on me during my shift",
        "the driver said hed smash my face in",
        "my supervisor shoved me against the wall",
        "a resident attacked me and the manager said thats the job",
        "one of the lads threatened me in the car park",
        "got death threats from a customer on the phone",
        # fired today
        "they just let me go, no reason",
        "i was sacked this morning",
        "hr rang to say my placement is ended effective immediately",
        "i've just been fired",
        "got walked off site an hour ago",
        "they told me not to come back tomorrow",
        "the client ended my assignment today",
        "manager pulled me in at lunch and let me go",
        # quitting or walking out today
        "i quit, im done with this place",
        "im walking out right now",
        "i'm handing in my resignation this afternoon",
        "just told them im leaving today, no notice",
        "im not going back after lunch, ive had enough",
        "i walked off the shift an hour ago",
        "i'm quitting tonight",
        "resignation email is sent, im out",
        "about to tell my boss i quit",
        "packed up my locker, not coming back",
        # mixed
        "my supervisor keeps touching my lower back and leaving his hand there",
        "the manager texts me late at night saying i look sexy in my uniform",
        "a customer grabbed my bum and my manager laughed",
        "he keeps asking me to come to his hotel room after the conference",
        "one of the drivers keeps showing me porn on his phone",
        "my boss made me sit on his knee at the christmas do",
        "they call me the token black guy",
        "my manager says im too emotional because im a woman",
        "they refused my request for prayer breaks during ramadan",
        "they keep making jokes about me being gay in front of clients",
        "the team lead mocks my accent every morning standup",
        "they wont give me the promotion because i'm going to have a baby",
        "they told me i'm too disabled to work front of house",
        "my manager took me off the rota after my cancer diagnosis",
        "i'm getting bullied by the other carers",
        "the supervisor picks on me every shift and calls me thick",
        "they took the guard off the meat slicer",
        "no ear defenders and the noise is deafening all shift",
        "they've got us using a cracked ladder to reach the top shelves",
        "the cold room door doesnt open from the inside",
        "there's black mould all over the staff room and people are coughing",
        "my boss wants us to work with asbestos without masks",
        "i got burned by the fryer and they wouldnt let me go to a&e",
        "they told me to wipe the incident off the system",
        "we're meant to sign the food temperature sheets even if we didnt check",
        "they make us work 14 hour shifts with no break",
        "we havent been paid for the overtime in two months",
        "my manager keeps my tips",
        "they deducted money from my pay for a till shortage",
        "my boss threatened to hit me",
        "a patient's son threatened to stab me",
        "my colleague pushed me down the stairs",
        "the agency told me the job is finished as of today",
        "i've been let go today",
        "ive just handed my notice in",
        "i told my boss i quit",
        "im done, leaving right now",
        "my manager asked me to lie to the customer about the refund policy being legal",
    ],
)
def test_urgent_statements_are_urgent(text: str) -> None:
    assert level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "this deal is killing me",
        "I'd kill for a coffee",
        "the demo died halfway through",
        "my commute is murder",
        "this spreadsheet will be the death of me",
        "I nearly died of embarrassment in the meeting",
        "we got slaughtered in the pitch",
        "shoot me an email when you can",
        "i walked out of the meeting feeling stupid",
        "they fired the whole marketing team last year",
        "this quarter is killing me",
        "we killed it at the trade show",
        "could murder a bacon roll right now",
        "the demo died two minutes in",
        "my laptop battery died mid call",
        "dead tired after three nights in a row",
        "shoot me a message when youre free",
        "can you jump on a call at 3",
        "ill take a stab at the proposal",
        "i bombed the interview practice",
        "the client tore me apart in the meeting",
        "my boss will kill me if i miss this deadline",
        "i shot myself in the foot with that email",
        "i'm slowly learning the ropes",
        "that meeting was a car crash",
        "i'm not going to die on this hill",
        "ive been beating myself up about the call",
        "i could kick myself for forgetting",
        "the server died overnight",
        "i'm drowning in emails",
        "the silence in the office is deafening",
        "feels like banging my head against a brick wall",
        "hang in there is what everyone says",
        "i'd rather die than do another cold call lol",
        "i jumped at the chance to lead the project",
        "im thinking about jumping ship to a competitor",
        "i threw myself into work this week",
        "my manager pushed me to apply for the senior role",
        "the realisation hit me that i need more training",
        "we hit our target for the first time",
        "i need to jump off this call in five",
        "that would be career suicide",
        "my boss stabbed me in the back in the review",
        "it was a long shot but i applied anyway",
        "dying for a coffee",
        "the pitch bombed",
        "killing time before my shift",
        "we had a suicide prevention training session today, it was good actually",
        "overdosed on coffee today lol",
        "i need to get the hang of the new till",
        "no one is harassing me, i just dont click with the team",
        "i dont think its discrimination, i'm just new",
        "i wouldnt ever hurt anyone, im just angry",
        "my colleague got fired yesterday and it scared me",
        "a guy on my team quit today and now im covering his shifts",
        "we had harassment training this morning",
        "i got fired from my last job years ago and im scared it'll happen again",
        "im scared theyll sack me today if i mess up",
        "sometimes i think about quitting but i need the money",
        "i daydream about handing in my notice",
        "not going to resign, just frustrated",
        "the fire alarm test was at 10 and it scared everyone",
        "the warehouse was cold today but we had proper jackets",
        "i cut my finger on a box, nothing serious",
        "burned myself on the steam wand, my own fault, not a big deal",
        "i hurt my back at the gym at the weekend",
        "my mate from uni got let go this morning, gutted for him",
        "my manager told me i need to pick up the pace",
        "the manager shouted at me once for being late",
        "i'm the youngest on the team and it feels weird",
        "i'm not being paid enough for this",
        "im on holiday next week so i wont be around for the check in",
        "i wont be here next week, im on annual leave",
        "when im gone on leave who covers my accounts",
        "gave away my old clothes to the charity shop",
        "my colleague is pregnant and i'm covering her maternity leave",
        "i'm too old for these late nights lol",
        "nobody would notice if i left early to be honest",
        "did you get my last message?",
        "i said goodbye to my old team last week",
        "thank you for everything, bye",
        "i'm leaving early today for the dentist",
        "the boss let two people go last year",
        "there were layoffs before i joined",
        "i want to disappear when i have to present",
        "how do i kill a frozen app on my mac",
        "what's the best way to cut a pineapple",
        "how do i shoot in manual mode",
        "play the killers on spotify",
        "what's the death rate of the spanish flu",
        "is it legal to park on the pavement",
        "how many pills are in a pack of paracetamol",
        "how long can you survive without water",
        "what time does the bridge open for traffic",
        "what is the tallest bridge in the world",
        "book me a table at the knife and fork",
        "is the new bond movie any good, i heard they kill him off",
        "how do i report a fraudulent charge",
        "set a reminder to take my pills at 8",
        "how do i tie a bowline knot",
        "how much does a gun licence cost",
        "suggest a murder mystery game for a party",
        "what does harassment mean legally",
        "what is the minimum wage in the uk",
        "when was the fire of london",
        "how do i terminate my phone contract",
        "can you fire up the playlist",
        "who shot first, han or greedo",
        "add razor blades to my shopping list",
        "what does a noose knot look like in sailing",
        "what should i do if someone faints",
        "im so done with this week",
        "i could scream, the system crashed again",
        "honestly i'm dead on my feet",
        "killing myself laughing at the new guy's jokes",
        "the heat in the office is unbearable but we have fans",
        "my back hurts after moving stock all day",
        "i'm scared i'll never hit target",
        "i dont want to be here on fridays, the traffic is awful",
        "thinking of quitting the gym",
        "my manager fired off an angry email",
        "the client killed the deal at the last minute",
        "we had to evacuate for a fire drill",
        "i'm on nights next week so i wont be around for the call",
        "my supervisor is pregnant so we're getting a new one",
        "one of the temps was sacked last month for being late",
        "i've been thinking about my future a lot",
        "the whole team got a bollocking today",
        "my boss is going to murder me when she sees the figures",
        "i nearly cried in the meeting but held it together",
        "im exhausted and a bit low but ok",
        "i was so nervous i nearly threw up before the call, but it went fine",
        "i got a paper cut opening boxes",
        "the new till is killing my wrists",
        "we got shot down by procurement",
        "i'm not being bullied, just left out sometimes",
        "i don't feel discriminated against, everyone's nice",
        "i thought about quitting yesterday but today was better",
        "the training on harassment was pretty useful",
        "how do i get over the fear of cold calling",
        "can you recommend a good podcast",
        "set an alarm for 6am",
        "what's a good recipe for chicken curry",
        "how many calories in a banana",
        "my pension statement says im short of contributions",
        "my sales are short of target again",
        "i'm short staffed every shift",
        "the printer is broken again",
        "the coffee machine has been broken for a week",
        "my laptop charger is broken",
        "the van broke down on the motorway, waited three hours",
        "my manager's gone on maternity leave",
        "i'm leaving at 3 today for my kid's school play",
        "i finish at 2 today, half day",
        "i'll be gone next week, holiday",
        "im off tomorrow",
        "we lost the contract, it's gutting",
        "my colleague's contract ended so i'm doing two jobs",
        "i'm going to hand in the report today",
        "i need to submit my timesheet",
        "i'm going to take all my holiday in august",
        "i have to take my tablets with food",
        "hanging out with the team on friday",
        "i want to jump on that new project",
        "the new hire got let go after a week, it was messy",
        "i got told off for being on my phone",
        "my manager said my work isn't good enough",
        "my manager calls me mate",
        "my team calls me by a nickname and i quite like it",
        "the guys at work call me the new girl",
        "the customer was rude and swore at me",
        "a drunk customer shouted at me but security dealt with it",
        "we had a health and safety inspection today and passed",
        "they gave us new safety boots, nice",
        "i hate the cold store but we have good gear",
        "i'm too old for tiktok",
        "my boss is way younger than me which is weird",
        "i'm the only woman on the team, everyone is nice though",
        "my hands are cut up from the cardboard but it's fine",
        "i'm scared of messing up the audit",
        "i've been dying to tell you, i closed a deal",
        "i'm going to end the call now, thanks",
        "can we end it there for today",
        "that's it from me, bye",
        "i'd rather not talk about it",
        "i'm not going to lie, it's been rough",
    ],
)
def test_ordinary_messages_are_not_alarms(text: str) -> None:
    """Idioms, negations, venting, colleagues and the past, and everyday requests."""
    assert level(text) not in ("crisis", "urgent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im not suicidal or anything, just tired", "distress"),
        ("i would never hurt myself", "distress"),
        ("nobody is harassing me, its just busy", "none"),
        ("im not going to quit, its just hard", "none"),
        ("suicidal? no, nothing like that, just fed up with nights", "distress"),
        ("honestly i'm not going to do anything to myself, i'm just venting", "distress"),
        ("i dont think im being bullied, they're just a loud team", "none"),
        ("i never said i was quitting today, i said i was thinking about it", "none"),
        ("no one has ever grabbed me or anything, it's just awkward", "none"),
        ("i'm not going to walk out, i'll finish the placement", "none"),
    ],
)
def test_negation_lowers_the_level(text: str, expected: str) -> None:
    match = find_risk(text)
    assert match is not None and match.negated
    assert match.level == expected


@pytest.mark.parametrize(
    "text",
    [
        "im worried theyre going to let me go today",
        "terrified every morning that this is the day they sack me",
        "my mate got fired today and im gutted for him",
        "a girl on my team quit this morning",
        "thinking about handing in my notice one day",
    ],
)
def test_hedged_or_someone_else_is_not_urgent(text: str) -> None:
    """Fear of being let go, or a colleague's news, has not happened to the candidate."""
    assert level(text) not in ("crisis", "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "im worried theyre going to let me go today",
        "my mate got fired today and im gutted for him",
        "a lad on my shift got the sack last year and it still spooks me",
        "i got sacked from my old job years ago",
        "if i get sacked ill lose the flat",
    ],
)
def test_hedged_or_someone_else_is_returned_lowered(text: str) -> None:
    """Returned lowered (`negated`), so the learned model cannot raise it to urgent either."""
    match = find_risk(text)
    assert match is not None and match.negated and match.level == "none"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("this deal is killing me", False),
        ("i'd kill for a coffee", True),
        ("can you jump on a call", True),
        ("ill take a stab at it", True),
        ("shoot me an email", True),
        ("the battery died", True),
        ("i want to kill myself", False),
    ],
)
def test_idioms_are_masked_before_matching(text: str, masked: bool) -> None:
    assert ("~" in prepare(text)) == masked


def test_a_plain_crisis_beats_a_negated_one() -> None:
    match = find_risk("im not suicidal, i just want to kill myself sometimes")
    assert match is not None and (match.level, match.negated) == ("crisis", False)


def test_a_crisis_outranks_an_urgent_match() -> None:
    assert level("they fired me today and i want to end my life") == "crisis"


def _corpus() -> list[str]:
    """Everything the rules are tried on in these tests and in the training data."""
    from rasa.shared.nlu.training_data.loading import load_data

    from rasa_project.settings import PROJECT_ROOT

    texts = [m.get("text") for m in load_data(str(PROJECT_ROOT / "data" / "nlu")).training_examples]
    source = (PROJECT_ROOT / "tests" / "nlu" / "test_risk_patterns.py").read_text()
    return texts + re.findall(r'"([^"\n]{4,})"', source)


def test_every_match_holds_one_of_the_words_its_rule_needs() -> None:
    """The word index may skip a rule only where it cannot match."""
    checked = 0
    for text in _corpus():
        lower = prepare(text).lower()
        for rules in patterns._LEVELS:
            for rule in rules.rules:
                if rule.needs is not None and rule.regex.search(lower):
                    assert any(word in lower for word in rule.needs), (rule.regex.pattern, text)
                    checked += 1
    assert checked > 1000  # the corpus reaches the rules


def test_the_word_index_changes_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus()
    indexed = [find_risk(text) for text in corpus]
    for rules in patterns._LEVELS:
        monkeypatch.setattr(rules, "always", set(range(len(rules.rules))))
    assert [find_risk(text) for text in corpus] == indexed


@pytest.mark.parametrize(
    "pattern, needs",
    [
        (r"\bsuicid\w*", {"suicid"}),
        (r"\b(?:kill|hurt)\s+(?:my\s*self|myself)\b", {"self"}),  # one word, not two
        (r"\bwant(?:ed)?\s+to\s+die\b", {"want"}),  # the first of the longest runs
        (r"(?:pills|rope)\b.{0,40}\bend\b", {"pills", "rope"}),
        (r"\b\w+\s+\w+\b", None),  # no literal: always tried
        (r"(?:a|ab)c?", {"a"}),  # "ab" holds "a"
    ],
)
def test_required_literals(pattern: str, needs: set[str] | None) -> None:
    found = patterns.required_literals(pattern)
    assert (found if found is None else set(found)) == needs
