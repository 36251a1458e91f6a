"""PersonRequestDetector: an explicit request for a person is a handoff, whatever else
the message says ("can we grab lunch this week", "get priya to call me", "i want a
human not a bot"). Curated patterns from the design's own examples, with negation
("no need to call me" is not a request), and the candidate's recruiter by first name
(the channel puts it in the message metadata: "is sam around?"). It sets the intent
to `request_human` so the handoff rule fires in the same turn. It runs before the
RiskDetector, which still raises a crisis or urgent message above it.

The text is first put in a canonical form, so that the patterns only need to know one
way of saying each thing: lower case without apostrophes, common typos fixed ("cud
sum1 cal me" → "could someone call me"), and every way of naming the candidate's
recruiter made "my recruiter" (their first name, a misspelt first name, "recrutier",
"whoever looks after me at the agency", "my contact at the agency").
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, METADATA, TEXT
from rasa.shared.nlu.training_data.message import Message

from rasa_project.nlu.patterns import plain
from rasa_project.nlu.taxonomy import RISK_INTENTS

REQUEST_INTENT = "request_human"
CONFIDENCE = 0.99

# ---------------------------------------------------------------- canonical form
_TYPOS = {
    "call": "cal cll caal calll clal",
    "phone": "fone phne phon",
    "ring": "rign rinng",
    "talk": "tlk tawk tallk talkk",
    "speak": "speek spk speack spek speeak",
    "someone": "sum1 some1 sumone someon somone someome soemone smeone",
    "somebody": "sombody sumbody somebdy",
    "anyone": "any1 anyon anyome enyone ne1",
    "can": "cn cna",
    "could": "cud coud culd cld coudl cood",
    "would": "wud woud wld wuld woudl",
    "you": "u yu yuo",
    "are": "r",
    "when": "wen whn wehn",
    "please": "plz pls plez pleas plse pleeze pleae",
    "tomorrow": "tmrw tmr tomoz 2moro 2morrow tomorow tommorow tommorrow",
    "tonight": "tonite 2nite tonigh",
    "today": "2day",
    "human": "huamn humna hmuan humann hooman humen",
    "person": "preson persn perosn prson persoon",
    "real": "reel",
    "want to": "wanna wana",
    "lunch": "lunh lnch",
    "coffee": "cofee coffe cofe coffie",
    "video call": "vidcall videocall",
    "facetime": "facetim",
    "agency": "agencey agncy agnecy agecny",
    "available": "availble avaliable availabe",
    "consultant": "consulant consultent consultnat consltant",
    "message": "messge mesage msg",
    "text": "txt",
    "email": "emial emal",
    "whatsapp": "watsapp whatsap",
    "mobile": "mobil moblie",
    "through": "thru",
    "tell": "tel",
    "free": "fre",
}
_TYPO_OF = {typo: word for word, typos in _TYPOS.items() for typo in typos.split()}
_WORD = re.compile(r"[a-z0-9]+")
# real words close to "recruiter" that are not a misspelling of it
_RECRUIT_WORDS = {"recruited", "recruits", "recruiting", "recruitment", "recruit", "recruiters"}


def _distance(a: str, b: str) -> int:
    """Edit distance, a swap of two neighbouring letters counting as one edit."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _is_recruiter_typo(word: str) -> bool:
    return (
        word[:2] == "re"
        and 7 <= len(word) <= 11
        and word not in _RECRUIT_WORDS
        and _distance(word, "recruiter") <= 2
    )


def _fix_typos(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if _is_recruiter_typo(word):
            return "recruiter"
        return _TYPO_OF.get(word, word)

    return _WORD.sub(fix, text)


def _is_the_name(word: str, name: str) -> bool:
    """The recruiter's first name, or a one-letter slip in a longer one ("prya")."""
    if word == name:
        return True
    return len(name) >= 5 and word[:1] == name[:1] and _distance(word, name) <= 1


def _with_recruiter(text: str, recruiter_name: str | None) -> str:
    """ "is sam around?" → "is my recruiter around?" when Sam is their recruiter."""
    name = re.sub(r"[^a-z0-9]", "", (recruiter_name or "").lower())
    if not name:
        return text
    return _WORD.sub(
        lambda match: "my recruiter" if _is_the_name(match.group(0), name) else match.group(0),
        text,
    )


_AGENCY = r"(?:the|my|your|ur)\s+(?:recruitment\s+|staffing\s+|temp\s+|job\s+)?agency"
# ways of naming the candidate's recruiter, made "my recruiter"
_ALIASES = re.compile(
    r"\b(?:"
    # "whoever placed me", "the lady who looks after me at the agency"
    r"(?:whoever|(?:the|that)\s+(?:person|one|guy|lady|woman|man|bloke|girl|fella|chap|fellow)"
    r"(?:\s+(?:who|that|what))?)\s+"
    r"(?:(?:placed|recruited|signed|registered|found|got)\s+me"
    r"(?:\s+(?:up|on|here|in\s+(?:this|the|my)\s+(?:job|role|placement)|(?:this|the|my)\s+"
    r"(?:job|role|placement)))*"
    rf"(?:\s+(?:at|from|in)\s+{_AGENCY})?"
    r"|(?:looks|looked|is\s+looking)\s+after\s+(?:me|my\s+(?:placement|account|file|case))"
    rf"\s+(?:at|from|in)\s+{_AGENCY}"
    r"|(?:deals|dealt|is\s+dealing|works|worked|handles|handled|is\s+handling)\s+with\s+me"
    rf"\s+(?:at|from|in)\s+{_AGENCY}"
    r"|(?:handles|handled|is\s+handling|manages|looks\s+after)\s+my\s+(?:placement|account|file|case)"
    rf"(?:\s+(?:at|from|in)\s+{_AGENCY})?"
    r"|(?:hired|interviewed|helped)\s+me"
    rf"\s+(?:at|from|in)\s+{_AGENCY}"
    r"|i\s+(?:usually\s+)?(?:deal|dealt|spoke|speak|talk|talked|work|worked)\s+(?:with|to)"
    rf"\s+(?:at|from|in)\s+{_AGENCY})"
    # "my contact at the agency", "my agency rep", "my recruiter from the agency"
    r"|my\s+(?:main\s+)?(?:contact|person|guy|lady|rep|consultant|recruiter|handler|"
    r"account\s+manager|case\s*worker|point\s+of\s+contact)"
    rf"\s+(?:at|from|in)\s+{_AGENCY}"
    r"|my\s+(?:recruitment\s+|staffing\s+)?agency\s+(?:contact|person|guy|lady|rep|consultant|recruiter)"
    r"|my\s+recruitment\s+consultant"
    # "someone at the agency", "anyone from your agency"
    rf"|(?:some|any)(?:one|body)\s+(?:at|from|in)\s+{_AGENCY}"
    r")"
)
# other ways of saying "someone" from the agency
_SOMEONE = re.compile(
    r"\b(?:one\s+of\s+(?:you|you\s+guys|your\s+(?:team|recruiters|consultants|staff|people)|"
    r"the\s+(?:recruiters|consultants))|a\s+(?:recruiter|consultant))\b"
)


def canonical(text: str, recruiter_name: str | None = None) -> str:
    """What the patterns read: lower case, no apostrophes, typos fixed, the recruiter named
    "my recruiter" however the candidate names them."""
    text = _with_recruiter(plain(text), recruiter_name)
    text = _fix_typos(text)
    text = _ALIASES.sub("my recruiter", text)
    return _SOMEONE.sub("someone", text)


# ---------------------------------------------------------------- the patterns
_PERSON = (
    r"(?:person|human|recruiter|consultant|agent|you\s+guys|someone\s+from\s+the\s+agency|"
    r"(?<=your\s)(?:manager|boss|supervisor|team|colleagues?))"
)
# who a candidate asks to contact them
_THEM = (
    r"(?:my\s+recruiter|my\s+consultant|someone|somebody|anyone|anybody|the\s+agency|"
    r"you\s+guys|a\s+(?:real\s+)?(?:person|human))"
)
# who a candidate asks to talk to, meet or call with
_WHO = (
    r"(?:my\s+recruiter|my\s+consultant|you|you\s+guys|the\s+agency|someone|somebody|anyone|"
    r"anybody|an?\s+(?:real\s+|actual\s+|live\s+)?(?:person|human)(?:\s+being)?)"
)
# ... and not with or from anyone else ("a call with the client")
# people at work or at home, who are not who the candidate asks the agency for
_OTHER_PARTY = (
    r"(?:client|customer|manager|boss|supervisor|team\s*lead|lead|buyer|supplier|prospect|"
    r"patient|caller|guest|mum|mom|dad|partner|wife|husband|girlfriend|boyfriend|colleague|"
    r"coworker|hr|landlord|doctor|office|team|area\s+manager|site\s+manager)s?"
)
_NOT_OTHER = (
    r"(?!\s+(?:back\s+|booked\s+(?:in\s+)?|set\s+up\s+|scheduled\s+|arranged\s+|in\s+person\s+)?"
    rf"(?:with|from)\s+(?!(?:{_WHO}|me)\b))"
    rf"(?!\s+to\s+(?:the|a|an|my|our|his|her|their|every|all)\s+{_OTHER_PARTY}\b)"
    r"(?!\s+as\s+a\s+(?:team|group))"
)
# "call me" but not "call me names" or "you can call me tom"
_NOT_NAMING = (
    r"(?!\s+(?:names|lazy|stupid|useless|crazy|mad|paranoid|old[\s-]fashioned|weird|silly|naive|"
    r"cynical|soft|picky|fussy|whatever|what\s+you|an?\s))(?!\s+my\s+recruiter\W*$)"
    r"(?!\s+(?!(?:later|tomorrow|today|tonight|back|asap|now|please|soon|sometime|instead|"
    r"directly|when|whenever|after|before|at|on|this|in|if|about|again|pretty|quickly|first|"
    r"urgently|real|so|thanks|cheers|ta|x+)\b)[a-z]+\W*$)"
)
_MY_PHONE = r"my\s+(?:mobile|phone|cell|number|landline|work\s+phone)\b"
# "call me" (not "call me tom"), "ring me", "phone my mobile"
_ME = rf"(?:call\s+(?:me\b{_NOT_NAMING}|{_MY_PHONE})|(?:ring|phone|bell)\s+(?:me\b|{_MY_PHONE}))"
_CONTACT = (
    rf"(?:{_ME}|"
    r"(?:text|message|email|contact|whatsapp|facetime|zoom|video\s+call|dm)\s+me\b|"
    r"give\s+me\s+a\s+(?:quick\s+)?(?:call|ring|buzz|bell|shout|tinkle|text|message)|"
    r"get\s+(?:in\s+touch|back\s+to\s+me)|reach\s+out|drop\s+me\s+a\s+(?:line|text|message))"
)
# a call of any kind: phone, video, zoom, teams, a coffee
_CALL = (
    r"(?:(?:quick\s+|short\s+|proper\s+|little\s+)?(?:phone\s+|video\s+|zoom\s+|teams\s+|"
    r"facetime\s+|whatsapp\s+|skype\s+)?(?:call|chat|catch\s*up|conversation)|zoom|teams\s+call|"
    r"facetime|skype|google\s+meet|video|ring|bell|natter|word|call\s*back)"
)
# the words that make a message a wish or a request rather than a report
_WISH = (
    r"(?:like|love|want|need|wanna|rather|prefer|keen|happy|glad|good|nice|great|helpful|help|"
    r"able|chance|possible|easier|better|use|fancy|can\s+(?:i|we)|could\s+(?:i|we)|may\s+i|"
    r"shall\s+we|let\s+me|lets|hoping|hope)"
)
_WHEN_FREE = (
    r"(?:if|when|whenever|once)\s+{who}\s*(?:s|is|are|re|r|has|have|ve)?\s*(?:got\s+|gets\s+)?"
    r"(?:free|available|around|about|(?:a\s+)?(?:spare\s+)?(?:minute|sec|second|moment|min)|"
    r"(?:some\s+|any\s+)?time|five\s+minutes|a\s+few\s+minutes)\b"
)
# who may be free: "when youre free", "if anyone has a minute"
_FREE_WHO = r"(?:my\s+recruiter|you|you\s+guys|any\s*one|some\s*one|any\s*body|some\s*body|ur)"
REQUESTS = [
    # talk to a person, a human, the recruiter
    rf"\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|my\s+|the\s+|your\s+)?"
    rf"(?:real\s+|actual\s+|live\s+)?{_PERSON}\b",
    r"\b(?:can|could|may)\s+i\s+(?:please\s+)?(?:talk|speak|chat)\s+(?:to|with)\s+"
    r"(?:someone|somebody|anyone|anybody)\b",
    r"\b(?:want|need|like|rather|prefer|love)\s+(?:to\s+)?(?:just\s+|really\s+)?(?:talk|speak|chat)\s+"
    r"(?:to|with)\s+(?:someone|somebody|anyone|anybody)\b"
    r"(?!\s+(?:at|in|from)\s+(?:work|the\s+office|my\s+team|hr))",
    rf"\b(?:better\s+off|feel\s+better|happier|more\s+comfortable|prefer|rather|easier)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:talking|speaking|chatting)\s+(?:to|with)\s+{_WHO}\b",
    r"\b(?:want|need|get|prefer|rather\s+have)\s+(?:a|an|some)\s+(?:real\s+|actual\s+)?"
    r"(?:person|human)\b",
    r"\b(?:real|actual|live)\s+(?:person|human)\b",
    r"^\W*(?:a\s+|an\s+)?(?:live\s+|real\s+)?(?:human(?:\s+being)?|person|agent|recruiter)\s*"
    r"(?:please)?\W*$",
    r"\b(?:someone|somebody)\s+(?:real|human)\b",
    r"\b(?:not|instead\s+of|rather\s+than)\s+(?:a|this|the)\s+(?:bot|robot|machine|chatbot)\b",
    r"\b(?:isn|aren|wasn|don|doesn)t\s+(?:a|an|the)\s+(?:bot|robot|machine|chatbot|computer)\b",
    r"\b(?:dont|do\s+not)\s+(?:want|wanna|like)\s+to\s+(?:talk|speak|chat|do\s+this)\s+"
    r"(?:to|with)\s+(?:a|the|this)\s+(?:bot|robot|machine|chatbot|computer|ai)\b",
    r"\b(?:need|want)\s+my\s+recruiter\b",
    r"\bis\s+my\s+recruiter\s+(?:around|there|about|free|available|in|working|on|back)\b",
    r"\bwhen\s+(?:is|will)\s+my\s+recruiter\s+(?:be\s+)?(?:free|around|about|available|in|back)\b",
    r"\bis\s+there\s+(?:anyone|anybody|someone|somebody|a\s+(?:real\s+)?(?:person|human))\s+"
    r"(?:(?:i|we)\s+(?:can|could)\s+(?:actually\s+)?(?:talk|speak|chat|call|ring|phone|contact|reach)|"
    r"available|around|free)\b",
    r"\bwho\s+(?:can|could|do|should)\s+i\s+(?:talk|speak|chat)\s+(?:to|with)\b"
    r"(?!\s+(?:at|in)\s+(?:work|the\s+office|my\s+team|hr))",
    # the recruiter addressed by name: "niamh are you there? can we chat"
    r"^\W*(?:hi\s+|hey\s+|hiya\s+|hello\s+)?my\s+recruiter\b[\s,!?.]+(?:are\s+you\s+(?:there|around|"
    r"free|about)|you\s+there|can\s+(?:we|you|i)|could\s+(?:we|you|i)|i\s+need|i\s+want|"
    r"please|its\s+me|(?:call|ring|phone|text|message)\s+me\b|give\s+me\s+a\b)",
    # ring me, text me, get in touch
    rf"\b(?:can|could|would|please)\b(?:(?!\s+(?:the|my|our|his|her|their|a|an)\s+{_OTHER_PARTY}\b)"
    rf"[^,.!?;]){{0,30}}\b(?:{_ME}|(?:facetime|whatsapp|video\s+call)\s+me\b)",
    rf"^\W*(?:please\s+|just\s+)?(?:{_ME}|(?:facetime|whatsapp|video\s+call)\s+me\b|"
    r"text\s+me\b"
    r"(?!\s+(?:later|tomorrow|another\s+time|next\s+week)))",
    rf"\b(?:can|could|would|will)\s+{_THEM}\s+(?:please\s+|just\s+|possibly\s+|maybe\s+)*"
    rf"(?:be\s+able\s+to\s+)?(?:{_CONTACT}|"
    r"(?:call|ring|phone|text|message|whatsapp|facetime)\b(?!\s+(?:the|a|an|his|her|their|them|"
    r"him|it|that|this|my|our|every|everyone|back\s+(?!me))\b))",
    rf"\b(?:like|want|need|love)\s+{_THEM}\s+to\s+(?:{_CONTACT}|give\s+me\s+a)",
    r"\b(?:get|have|ask|tell)\s+\w+(?:\s+\w+)?\s+to\s+(?:(?:call|ring|phone|text|message)\s+me\b|"
    r"give\s+me\s+a\s+(?:call|ring|bell|buzz|shout))",
    rf"\b(?:get|have|ask|tell)\s+{_THEM}\s+(?:to\s+)?{_CONTACT}",
    rf"\b(?:someone|somebody)\s+(?:to\s+)?{_CONTACT}",
    rf"\b(?:easier|better|quicker|best|helpful|prefer\s+it|rather|happier|help|good|great)\s+"
    rf"if\s+(?:{_THEM}|you)\s+(?:could\s+|can\s+|would\s+|just\s+)?(?:call|calls|ring|rings|phone|"
    r"phones|text|texts|rang|called|phoned|met|meet)\b",
    r"\bget\s+(?:my\s+recruiter|someone|somebody)\s+on\s+the\s+(?:phone|line)\b",
    r"\bgive\s+me\s+a\s+(?:call|ring|buzz|bell|tinkle)\b",
    r"\b(?:get|have|like|want|need|request|arrange|book)\s+(?:a\s+)?call\s*back\b",
    r"\b(?:get|have)\s+a\s+(?:call|ring)\s+(?:from|with)\b",
    r"\b(?:contact|reach|get\s+hold\s+of|get\s+in\s+touch\s+with|hear\s+from|hear\s+back\s+from)\s+"
    r"my\s+recruiter\b",
    r"\b(?:how|where)\s+(?:can|do|could|should|would)\s+i\s+(?:contact|reach|get\s+hold\s+of|"
    r"get\s+in\s+touch\s+with|call|ring|phone|speak\s+to|talk\s+to)\s+(?:the\s+agency|someone|"
    r"somebody|a\s+(?:real\s+)?(?:person|human)|you\s+guys)\b",
    # a number to ring
    r"\b(?:have|get|need|want|whats|what\s+is|send\s+me|give\s+me|text\s+me)\s+(?:my\s+recruiters|"
    r"your|the\s+agencys|the\s+agency)\s+(?:phone\s+|contact\s+|direct\s+|mobile\s+|work\s+)?number\b",
    r"\b(?:is\s+there\s+a|whats\s+the|what\s+is\s+the|a)\s+(?:phone\s+|contact\s+)?number\s+"
    r"(?:i\s+can\s+|to\s+)(?:call|ring|phone|reach)\b"
    r"(?!\s+(?:for|about)\s+(?!(?:my\s+recruiter|the\s+agency|someone|a\s+person)\b))",
    # come in and see them
    r"\b(?:can|could)\s+(?:i|we)\b(?:\s+\w+){0,6}?\s+(?:see|visit)\s+(?:my\s+recruiter|you\s+guys|"
    r"you(?=\s+(?:in\s+person|face\s+to\s+face|at\s+the\s+(?:office|agency)))|someone|somebody|"
    r"the\s+agency)\b(?!\s+(?:about|on|yesterday|last))",
    r"\b(?:like|love|want|need)\s+to\s+(?:come\s+in\s+and\s+|pop\s+in\s+and\s+|pop\s+in\s+to\s+)?"
    r"(?:see|visit)\s+(?:my\s+recruiter|you(?:\s+guys)?|someone\s+in\s+person|the\s+agency)\b",
    # tell the recruiter i want to talk
    r"\b(?:tell|let|ask)\s+my\s+recruiter\s+(?:know\s+)?(?:that\s+)?(?:id|i\s+would|i\s+want|"
    r"i\s+need|i\s+really\s+need|i\s+really\s+want|ill\s+need)\b.{0,40}?"
    r"\b(?:call|ring|phone|chat|talk|speak|word|meet|catch\s*up|zoom|coffee|lunch|touch|"
    r"text|message|email|hear)",
    r"\b(?:ask|tell|get)\s+my\s+recruiter\s+(?:if|whether|to)\s+(?:(?:she|he|they)\s+(?:can|could|"
    rf"would|will|has\s+time\s+to|wants\s+to)\s+)?(?:{_CONTACT}|(?:call|ring|phone|text|message)\s+"
    r"me\b|meet\b|have\s+a\b|grab\b|give\s+me\b)",
    r"\b(?:pass|send|forward)\s+(?:this|that|it|my\s+message|a\s+message)\s+(?:on\s+)?to\s+"
    r"my\s+recruiter\b",
    r"\b(?:get|put)\s+me\s+in\s+touch\s+with\b",
    r"\bput\s+me\s+through\b",
    r"\b(?:transfer|connect|pass|hand|put)\s+me\s+(?:over\s+|through\s+|on\s+)?(?:to|with)\s+"
    r"(?:my\s+|a\s+|an\s+|the\s+|someone|somebody|anyone)",
    r"\bget\s+me\s+(?:a|an|my)\s+(?:real\s+)?(?:person|human|recruiter|consultant)\b",
    # run it past, talk it through, go over it with the recruiter
    rf"\b{_WISH}\b(?:\s+\w+){{0,4}}?\s+(?:run|talk|go|chat|think|walk|sort|work|bounce)"
    r"(?:\s+(?!(?:past|by|through|over|out|off)\b)\w+){0,3}?\s+(?:past|by|through|over|out|off)\s+"
    rf"(?:it\s+|this\s+)?(?:with\s+)?{_WHO}\b",
    r"\b(?:talk|speak|chat|go)\s+(?:this|it|things)\s+(?:through|over)\s+with\s+(?:someone|"
    r"somebody|a\s+(?:real\s+)?(?:person|human)|my\s+recruiter|you)\b",
    rf"\b{_WISH}\b(?:\s+\w+){{0,4}}?\s+(?:discuss|go\s+over|go\s+through|catch\s+up|check\s+in)\b"
    rf"(?:\s+\w+){{0,3}}?\s+with\s+{_WHO}\b",
    # a call, a word, a zoom with someone
    r"(?:\b(?:have|get|grab|do|book(?:\s+in)?|set\s+up|arrange|schedule|need|want|like|love|fancy|"
    r"prefer|rather|for|of|use|do\s+with|(?:hop|jump|get)\s+on)|^|[,.!?;]\s*)\s*(?:a\s+|an\s+)?"
    rf"(?:quick\s+|real\s+|proper\s+|short\s+|little\s+|quiet\s+)?(?:{_CALL}|meeting)\s+with\s+"
    r"(?:my\s+recruiter|my\s+consultant|you(?!\s+(?:guys\s+)?(?:about|yesterday|last|"
    r"on\s+(?!the\s+phone|zoom|teams|facetime|a\s+call)))|you\s+guys|"
    r"the\s+agency|someone|somebody|a\s+(?:real\s+)?(?:person|human))\b",
    r"\b(?:set\s+up|book|schedule|arrange|have|do)\s+(?:a\s+)?(?:quick\s+)?(?:call|phone\s+call|"
    r"meeting)\s+with\s+(?:you|my\s+recruiter|someone|somebody|the\s+agency)\b",
    rf"\b(?:can|could|shall|should|would)\s+(?:we|i|you|{_THEM})\s+"
    r"(?:please\s+|maybe\s+|possibly\s+|just\s+)?"
    rf"(?:have|do|set\s+up|book|schedule|arrange|get|hop\s+on|jump\s+on|get\s+on)\s+(?:a\s+|an\s+)?"
    rf"(?:quick\s+)?(?:{_CALL}|phone\s+call)\b{_NOT_OTHER}(?!\s+(?:at|on)\s+(?:work|site))",
    rf"\b(?:id|i\s+would|would|i)\s+(?:much\s+|really\s+)?(?:rather|prefer|love|like|appreciate|"
    r"welcome)\s+(?:to\s+)?"
    rf"(?:have\s+|do\s+|get\s+)?(?:a\s+|an\s+)(?:quick\s+)?(?:phone\s+call|call\s*back|call|video\s+call|zoom|"
    rf"facetime|teams\s+call|video\s+chat|phone\s+chat|chat\s+on\s+the\s+phone|ring)\b"
    rf"{_NOT_OTHER}",
    rf"\b(?:any\s+chance|is\s+it\s+possible|possible)\s+(?:of|to\s+(?:have|get|do|book|arrange))\s+"
    rf"(?:a\s+|an\s+)?(?:quick\s+)?(?:{_CALL}|phone\s+call)\b{_NOT_OTHER}",
    r"^\W*(?:a\s+|an\s+)?(?:quick\s+)?(?:phone\s+call|call|video\s+call|zoom(?:\s+call)?|"
    r"teams(?:\s+call)?|facetime|skype(?:\s+call)?|chat\s+on\s+the\s+phone)"
    r"(?:\s+(?:sometime|this\s+week|next\s+week|soon|today|tomorrow|later|instead|please|maybe|"
    r"possible|possibly|then))*\s*\?",
    r"\b(?:can|could|shall)\s+(?:we|you|i)\s+(?:just\s+)?(?:(?:hop|jump|get)\s+on\s+(?:a\s+)?(?:quick\s+)?"
    r"(?:zoom|teams|facetime|skype|video|call|the\s+phone)|facetime|skype|zoom|video\s+call|"
    r"video\s+chat)\b(?!\s+(?:the|a|an|my|our|his|her|their)\b)",
    r"\b(?:voice\s+call|phone\s+call|video\s+call|call|zoom|chat\s+on\s+the\s+phone)\s+(?:would|might|"
    r"could)\s+(?:be\s+|make\s+it\s+)?(?:so\s+|much\s+|a\s+lot\s+|way\s+)?(?:easier|better|quicker|"
    r"simpler|helpful|great|good|nice)\b",
    r"\b(?:can|could)\s+we\s+(?:just\s+)?(?:talk|speak)\s*(?:properly|instead|please|for\s+real|"
    r"for\s+a\s+bit|for\s+a\s+minute)?\s*[?.!]*$",
    rf"\b(?:is|are|would)\s+{_THEM}\s+(?:be\s+)?able\s+to\s+(?:{_CONTACT}|call|ring|phone|meet|talk|"
    r"chat|have\s+a)\b",
    r"\bis\s+(?:anyone|anybody|someone|somebody)\s+(?:there|around|about|available|free)\s+"
    r"(?:that\s+|who\s+)?(?:i|we)\s+(?:can|could)\s+(?:actually\s+)?(?:talk|speak|chat|call|ring)\b",
    rf"\b(?:is|are|would|will|could)\s+(?:{_THEM}|you)\s+(?:be\s+)?(?:free|around|available|about)\s+"
    r"(?:for|to)\s+(?:a\s+|an\s+)?(?:quick\s+)?"
    rf"(?:{_CALL}|phone\s+call|talk|chat|speak|meet|coffee|lunch)\b",
    # does the recruiter have time for a call
    r"\b(?:my\s+recruiter|you|you\s+guys|someone|somebody|the\s+agency)\s+"
    r"(?:have|has|got|get|had)\s+(?:any\s+|some\s+)?(?:time|(?:a\s+)?(?:spare\s+)?"
    r"(?:(?:few|five|ten|couple\s+of|5|10|15)\s+)?(?:minute|min|sec|second|moment)s?)\s+"
    r"(?:this\s+week\s+|today\s+|later\s+)?"
    rf"(?:for\s+(?:a\s+|an\s+)?(?:quick\s+)?(?:{_CALL}|phone\s+call|coffee|lunch|me)\b|"
    r"to\s+(?:talk|chat|speak|call|ring|phone|meet|catch\s+up|see\s+me))",
    # ... when she's free
    r"\b(?:call|ring|phone|zoom|facetime|video|teams|coffee|lunch|meet(?:\s+up)?|catch\s*up|"
    r"word|chat)\b[^.!?]{0,60}?\b" + _WHEN_FREE.format(who=_FREE_WHO),
    r"\b(?:talk|speak|chat|catch\s+up)\b[^.!?]{0,60}?\b" + _WHEN_FREE.format(who=r"my\s+recruiter"),
    _WHEN_FREE.format(who=_FREE_WHO)
    + r"[^.!?]{0,20}?\b(?:can|could|would|id|please|fancy|love|like|lets)\b[^.!?]{0,25}?"
    r"\b(?:call|ring|phone|chat|word|talk|speak|coffee|lunch|zoom|facetime|meet|catch\s*up)\b",
    rf"\bup\s+for\s+(?:a\s+|an\s+)?(?:quick\s+)?(?:{_CALL}|phone\s+call)\b{_NOT_OTHER}",
    # on the phone, in person
    r"\b(?:rather|prefer|like|love|easier|better|quicker|possible|chance|can\s+(?:we|i)|"
    r"could\s+(?:we|i)|shall\s+we|would|id|happy|keen|fancy|want)\b(?:\s+\w+){0,3}?\s+"
    r"(?:talk|speak|chat|explain|do\s+this|do\s+it|meet|discuss|continue|carry\s+on|go\s+over\s+it|"
    rf"go\s+through\s+it|talk\s+it\s+through)(?:\s+(?:it|this|things|more))?(?:\s+(?:to|with)\s+{_WHO})?"
    r"\s+(?:on|over)\s+(?:a\s+)?(?:quick\s+)?(?:video\s+call|video|zoom|teams|facetime|phone\s+call|"
    r"call|the\s+phone|skype|whatsapp)\b(?!\s+(?:all\s+day|to\s+(?:customers|clients|callers|people)|"
    rf"more|for\s+work|at\s+work|every|confidently|without)){_NOT_OTHER}",
    rf"\b(?:possible|any\s+chance|is\s+there\s+a\s+way|a\s+way)\s+(?:for\s+me\s+)?(?:i\s+could\s+|to\s+)"
    rf"(?:talk|speak|chat)\s+(?:to|with)\s+{_WHO}\b",
    rf"\b(?:{_WISH}|would|id)\b(?:\s+\w+){{0,3}}?\s+(?:talk|speak|chat|explain|discuss|meet|"
    r"catch\s+up)(?:\s+(?:it|this|things|more|up))?\s+(?:in\s+person|face\s+to\s+face|properly)\b"
    rf"{_NOT_OTHER}",
    rf"\b(?:{_WISH}|would|id)\b(?:\s+(?!{_OTHER_PARTY}\b)\w+){{0,5}}?\s+(?:in\s+person|"
    rf"face\s+to\s+face)\b{_NOT_OTHER}",
    rf"\b(?:would|it\s*d|itd|be)\s+(?:be\s+)?(?:really\s+|so\s+)?(?:good|nice|great|helpful|lovely)"
    r"\s+to\s+(?:have\s+a\s+)?(?:chat|talk|catch\s+up|speak)\b"
    rf"(?=\s*(?:$|[,.!?]|(?:to|with)\s+{_WHO}\b|on\s+the\s+phone|in\s+person|properly|sometime|"
    r"soon|this\s+week))",
    # meet, lunch, coffee
    r"\b(?:can|could|shall|should|would|will)\s+(?:we|i|you)\s+(?:please\s+|maybe\s+|possibly\s+|"
    r"just\s+)?meet\b(?:\s+up)?(?!\s+(?:the|my|a|an|his|her|their|our|them|him|targets?|deadlines?|"
    rf"expectations?|quota|new|people|everyone|with\s+(?!{_WHO}\b)))",
    r"\b(?:like|love|want|need|prefer|rather|happy|keen|good|nice|great|fancy|lets|chance\s+of)\s+"
    r"(?:to\s+)?meet(?:ing)?\s+(?:up|in\s+person|face\s+to\s+face|you|with\s+you|my\s+recruiter|"
    rf"with\s+my\s+recruiter)\b{_NOT_OTHER}",
    r"^\W*(?:meet(?:ing)?\s+up|meet\s+in\s+person|meet\s+face\s+to\s+face)\b",
    rf"\b(?:can|could|would)\s+{_THEM}\s+meet\s+(?:me|up|for)\b",
    rf"\b(?:chance|wondering\s+if|wonder\s+if|possible|whether)\s+(?:that\s+)?{_THEM}\s+"
    r"(?:could|can|would|might)\s+(?:please\s+)?(?:meet|grab|do|have\s+a|spare)\b",
    r"\bmeet\s+(?:with\s+)?(?:you|my\s+recruiter)\s+(?:in\s+person|face\s+to\s+face|for)\b",
    r"\b(?:can|could|shall|should|would|will)\s+(?:we|us)\b(?:\s+\w+){0,3}?\s+(?:grab|get|have|do|"
    r"go\s+for|meet\s+(?:up\s+)?for|meet\s+over|catch\s+up\s+over)\s+(?:a\s+|some\s+)?"
    r"(?:quick\s+)?(?:lunch|coffee|cuppa|brew|drink|bite|breakfast)\b",
    r"(?:(?:^|[,.!?;]\s*|\b(?:you|anyone|anybody|someone|we)\s+)fancy|\blets|\bup\s+for)\s+"
    r"(?:a\s+|some\s+)?(?:grabbing\s+|getting\s+|going\s+for\s+|meeting\s+(?:up\s+)?for\s+|"
    r"grab\s+|get\s+|go\s+for\s+|meet\s+for\s+)?(?:a\s+|some\s+)?(?:lunch|coffee|cuppa|brew)\b"
    rf"(?!\s+(?:alone|by\s+myself|on\s+my\s+own|break|with\s+(?!{_WHO}\b)))",
    r"\b(?:like|love|happy|keen)\s+to\s+(?:grab|get|have|go\s+for|meet\s+(?:up\s+)?for)\s+"
    r"(?:a\s+|some\s+)?(?:quick\s+)?(?:lunch|coffee|cuppa|brew)\s+(?:with\s+(?:you|my\s+recruiter)|"
    r"sometime|some\s+time|together|and\s+(?:a\s+)?(?:chat|talk|catch|go)|to\s+(?:chat|talk)|"
    r"if\s+(?:you|my\s+recruiter)|this\s+week|next\s+week|soon|one\s+day)\b",
    r"\b(?:any\s+chance|is\s+it\s+possible)\s+(?:of|we\s+could|to)\s+(?:meeting\s+up\s+for\s+|"
    r"grabbing\s+|getting\s+|going\s+for\s+|meet\s+(?:up\s+)?for\s+|grab\s+|get\s+|a\s+)?"
    r"(?:a\s+|some\s+)?(?:lunch|coffee|cuppa|meet\s*up|meeting\s+up)\b"
    rf"(?!\s+(?:alone|by\s+myself|on\s+my\s+own|with\s+(?!{_WHO}\b)))",
    r"^\W*(?:a\s+|some\s+)?(?:lunch|coffee)(?:\s+\w+){0,3}?\s*\?",
    r"^\W*(?:a\s+|some\s+)?(?:lunch|coffee|cuppa)\s+(?:sometime|some\s+time|one\s+day|at\s+some\s+point)\b",
    r"(?:^|[,.!?;]\s*|\b(?:you|anyone|anybody)\s+)fancy\s+(?:a\s+|an\s+)?(?:quick\s+)?"
    rf"(?:{_CALL}|phone\s+call)\b{_NOT_OTHER}",
    r"\b(?:lunch|coffee|cuppa|brew|drink)\s+(?:with|together\s+with)\s+(?:you|my\s+recruiter)\b",
    r"(?:^|[,.!?;]\s*|\b(?:fancy|want|like|love|up\s+for|(?:can|could|shall)\s+we\s+(?:grab|get|"
    r"have|do|go\s+for)|lets\s+(?:grab|get|have|do|go\s+for))\s+)(?:a\s+|some\s+)?"
    r"(?:lunch|coffee|cuppa)\s+and\s+(?:a\s+)?(?:chat|talk|catch\s*up|natter)\b",
    r"\b(?:have|grab|get|do)\s+(?:lunch|coffee)\s+together\b",
    r"\bmy\s+recruiter\s+and\s+(?:i|me)\s+(?:could\s+|can\s+|should\s+)?(?:get|grab|have|do|meet|"
    r"catch\s+up|talk|chat|go\s+for)\b",
    r"\b(?:can|could|shall)\s+(?:we|i)\s+(?:talk|speak|chat|do\s+this)\s+(?:on|over)\s+the\s+phone\b",
    r"\bwe\s+(?:could|can|should|shall|might)\s+(?:maybe\s+|possibly\s+|always\s+|still\s+)?"
    r"(?:grab|get|have|do|go\s+for|meet\s+(?:up\s+)?for)\s+(?:a\s+|some\s+)?(?:lunch|coffee|cuppa)\b"
    rf"(?!\s+(?:as\s+a\s+(?:team|group)|with\s+(?!{_WHO}\b)))",
]
_COMPILED = [re.compile(p) for p in REQUESTS]
# "... the phone when she's free": she, he or they, only where the recruiter is named
_WHEN_SHE_IS_FREE = re.compile(
    r"\b(?:call|ring|phone|zoom|facetime|video|teams|coffee|lunch|meet(?:\s+up)?|catch\s*up|"
    r"word|chat|talk|speak)\b[^.!?]{0,60}?\b" + _WHEN_FREE.format(who=r"(?:she|he|they|shes|hes)")
)
# "am i talking to a real person?" asks what the assistant is; it is not a request
_ASKS_WHAT_IT_IS = re.compile(
    r"^\W*(?:are\s+you|am\s+i\s+(?:talking|speaking|chatting)\s+(?:to|with)|could\s+you\s+be|"
    r"is\s+this)\s+(?:a\s+|an\s+)?(?:real\s+|actual\s+|live\s+)?(?:person|human|bot|robot)\W*$"
)
# "no need to call me", "i dont want to talk to a human": within the clause
_DECLINED = re.compile(
    r"\b(?:dont|do\s+not|no\s+need|not|never|wont|no\s+one|nobody|without)\b"
    r"(?:[^\w,.!?;]+\w+){0,3}[^\w,.!?;]*$"
)
# "the customer asked to speak to a real person": someone else's request, reported
_REPORTED = re.compile(
    rf"\b(?:(?:{_OTHER_PARTY}|he|she|they|people|everyone)\s+(?:\w+\s+){{0,2}}?(?:asked|asks|ask|"
    r"wants|wanted|demanded|demands|requested|requests|insisted|insists|keeps\s+asking|kept\s+asking)"
    rf"|{_OTHER_PARTY}\s+(?:\w+\s+){{0,2}}?(?:said|says|mentioned|suggested|reckons|thinks|told\s+me))\b"
    r"(?:(?!\b(?:and|but|so|because|cos)\s+(?:i|can|could|id)\b)[^,.!?;])*$"
)


def _requested(pattern: re.Pattern[str], text: str) -> bool:
    return any(
        not _DECLINED.search(text[: m.start()]) and not _REPORTED.search(text[: m.start()])
        for m in pattern.finditer(text)
    )


def asks_for_a_person(text: str, recruiter_name: str | None = None) -> bool:
    text = canonical(text, recruiter_name)
    if _ASKS_WHAT_IT_IS.match(text):
        return False
    if any(_requested(pattern, text) for pattern in _COMPILED):
        return True
    return "my recruiter" in text and _requested(_WHEN_SHE_IS_FREE, text)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class PersonRequestDetector(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> PersonRequestDetector:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            current = (message.get(INTENT) or {}).get("name")
            if current in RISK_INTENTS or current == REQUEST_INTENT:
                continue
            metadata = message.get(METADATA) or {}
            recruiter = metadata.get("recruiter_name") if isinstance(metadata, dict) else None
            if asks_for_a_person(message.get(TEXT) or "", recruiter):
                message.set(
                    INTENT, {"name": REQUEST_INTENT, "confidence": CONFIDENCE}, add_to_output=True
                )
        return messages
