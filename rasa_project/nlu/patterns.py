"""Curated risk patterns: the high-recall half of risk detection.

Each pattern names a level. The patterns are written so that workplace idioms do not
match ("this deal is killing me", "I'd kill for a coffee", "the demo died", "my commute
is murder"); a negation just before a match ("I'm not suicidal", "nobody is harassing
me") lowers it: crisis to distress (a person may still want to talk; a false alarm is
better than a miss), urgent to none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ME = r"(?:my\s*self|myself|my\s+(?:own\s+)?life)"
_PEOPLE = (
    r"(?:him|her|them|someone|somebody|anyone|anybody|everyone|everybody|people|my\s+(?:boss|manager|"
    r"supervisor|team\s*lead|colleague|coworker|co-worker)s?|the\s+(?:boss|manager))"
)

CRISIS = [
    rf"\b(?:kill|hurt|harm|cut|hang|shoot|poison)(?:ing)?\s+{_ME}\b",
    rf"\b(?:end|take|ending|taking)\s+{_ME}\b",
    r"\bsuic\w*",
    r"(?<!\d)(?<!\d\s)\bkms\b",
    r"\bself[\s-]?harm\w*",
    r"\boverdos\w*",
    r"\b(?:end|ending|ended)\s+(?:it\s+all|everything|things)\b",
    r"\bwant(?:ed|ing)?\s+to\s+(?:die|be\s+dead|disappear\s+forever)\b",
    r"\bwish\s+i\s+(?:was|were)\s+(?:dead|never\s+born|gone)\b",
    r"\bwish\s+i\s+(?:could\s+)?(?:just\s+)?(?:die|disappear\s+forever|not\s+exist)\b",
    r"\b(?:don'?t|do\s+not|dont|never)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up|"
    r"be\s+here\s+anymore|go\s+on)\b",
    r"\b(?:no|not\s+any|isn'?t\s+(?:a|any))\s+(?:point|reason)\s+(?:in\s+)?(?:living|"
    r"to\s+live|going\s+on|carrying\s+on|to\s+go\s+on|being\s+alive|in\s+anything)\b",
    r"\bpoint\s+(?:of|in)\s+(?:living|going\s+on|carrying\s+on|being\s+alive|"
    r"waking\s+up|anything\s+anymore|it\s+all)\b",
    r"\b(?:started|been|keep|kept|back\s+to)\s+(?:cutting|burning|hurting)\b",
    r"\bcutting\s+(?:again|my\s+(?:arms?|wrists?|legs?))\b",
    r"\bhow\s+many\s+(?:tablets|pills|meds|sleeping\s+pills)\b",
    r"\b(?:saving|stockpiling|hoarding|collecting)\s+(?:up\s+)?(?:my\s+)?(?:pills|tablets|meds|"
    r"medication)\b",
    r"\b(?:want|wish|need)\w*\s+(?:it\s+all|everything)\s+to\s+(?:stop|end)\b",
    r"\b(?:i'?m|i\s+am|being|feel\s+like)\s+(?:a|such\s+a|just\s+a)\s+burden\b",
    r"\b(?:be|are)\s+(?:fine|better|happier)\s+without\s+me\b",
    r"\b(?:standing|sitting|i'?m)\s+on\s+(?:the\s+)?(?:roof|ledge|edge\s+of|bridge)\b",
    r"\b(?:last|final)\s+(?:message|goodbye)\b",
    r"\bbetter\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were)n'?t\s+(?:here|around))\b",
    r"\b(?:can'?t|cannot)\s+(?:go\s+on|keep\s+going)\s+(?:living|like\s+this|anymore)\b",
    r"\bnot\s+(?:be|being)\s+(?:here|around|alive)\s+(?:anymore|much\s+longer|tomorrow)\b",
    r"\bjump\s+(?:off|in\s+front\s+of)\b",
    r"\b(?:pills|rope|bridge|gun)\b.{0,40}\b(?:end|die|myself|it\s+all)\b",
    r"\bways?\s+to\s+(?:die|end\s+it|kill)\b",
    rf"\b(?:kill|hurt|stab|shoot|attack|strangle|beat\s+up)\s+{_PEOPLE}\b",
    rf"\b(?:going|gonna|want)\s+to\s+(?:hurt|harm|kill)\s+{_PEOPLE}\b",
    r"\b(?:bring|bringing)\s+a\s+(?:gun|knife|weapon)\b",
]

URGENT = [
    r"\bharass\w*",
    r"\bbull(?:y|ies|ied|ying)\b",
    r"\bslurs?\b",
    r"\b(?:because|cause|coz|cos|since)\s+i'?m\s+(?:black|gay|a\s+woman|female|muslim|jewish|"
    r"pregnant|disabled|trans|asian|foreign|an?\s+immigrant|old|too\s+old)\b",
    r"\bfire\s+(?:exits?|doors?)\b.{0,30}\b(?:locked|chained|blocked)\b",
    r"\bgas\s+(?:smell|leak)\b",
    r"\b(?:fake|faking|falsify\w*|skip|skipping)\s+(?:the\s+)?safety\b",
    r"\b(?:nearly|almost)\s+(?:fainted|passed\s+out|collapsed)\b(?!\s+(?:from|with)\s+laugh)",
    r"\b(?:fainted|passed\s+out|collapsed)\s+(?:at|on)\s+(?:work|shift|the\s+job|the\s+floor)\b",
    r"\bjust\s+(?:got\s+)?(?:fired|sacked|let\s+go)\b|\b(?:got|been)\s+(?:fired|sacked)\b",
    r"\bsexual\w*\s+(?:comment|remark|joke|advance|harass|assault|touch)\w*",
    r"\b(?:touch|grop|grabb?)(?:es|ed|ing|s)?\s+(?:me|my)\b",
    r"\b(?:assault|assaulted|molest\w*)\b",
    r"\bracis[mt]\w*|\bracial\s+slur",
    r"\bdiscriminat\w*",
    r"\b(?:homophob|transphob|sexis[mt]|misogyn)\w*",
    r"\b(?:unsafe|dangerous)\s+(?:equipment|machin\w+|conditions?|workplace|site|"
    r"warehouse|ladders?|forklifts?|wiring|practices?|chemicals?)\b",
    r"\bnot\s+safe\s+(?:to\s+work|here|at\s+work)\b|\bsafety\s+(?:violation|hazard)s?\b",
    r"\bno\s+(?:safety|protective)\s+(?:gear|equipment|training|harness)\b",
    r"\b(?:got|was|been|i'?m|am|get|getting)\s+injured\b",
    r"\binjur(?:y|ies)\s+(?:at|on)\s+(?:work|the\s+job|shift|site)\b",
    r"\bthreaten(?:ed|s|ing)?\s+(?:me|to\s+(?:hit|hurt|beat|fire\s+me))\b",
    r"\b(?:fired|sacked|let\s+go|laid\s+off|terminated|dismissed)\b.{0,30}"
    r"\b(?:today|this\s+morning|this\s+afternoon|just\s+now|an\s+hour\s+ago|tonight)\b",
    r"\b(?:today|this\s+morning|just\s+now)\b.{0,30}\b(?:fired|sacked|let\s+(?:me\s+)?go|"
    r"laid\s+(?:me\s+)?off|terminated)\b",
    r"\blast\s+day\s+(?:is|was)\s+today\b|\btoday\s+(?:is|was)\s+my\s+last\s+day\b",
    r"\bi\s+quit\b(?!\s+(?:smoking|drinking|vaping|sugar|caffeine|coffee|social|the\s+gym))|\bi'?m\s+quitting\b|\bquitting\s+(?:today|now|right\s+now)\b",
    r"\b(?:handing|hand|handed)\s+in\s+my\s+(?:notice|resignation)\b",
    r"\b(?:walk|walking|walked)\s+out\s+(?:today|now|right\s+now|for\s+good|"
    r"of\s+(?:this|the)\s+job)\b",
    r"\bresign(?:ing)?\s+(?:today|now|right\s+now|tonight|this\s+(?:morning|afternoon|evening))\b",
    r"\b(?:going|gonna|about)\s+to\s+(?:quit|resign|walk\s+out)\b",
]

DISTRESS = [
    r"\bhopeless\w*",
    r"\bpanic\w*",
    r"\bcan'?t\s+cope\b|\bcannot\s+cope\b|\bnot\s+coping\b",
    r"\bbreaking\s+down\b|\bbreakdown\b",
    r"\bcrying\s+(?:every|all|in\s+the)\b",
    r"\b(?:can'?t|cannot)\s+(?:do\s+this|take\s+(?:it|this))\s+anymore\b",
    r"\bfalling\s+apart\b",
    r"\bworthless\b",
    r"\b(?:dread|dreading)\s+(?:every|each|going)\b",
    r"\b(?:terrified|scared|anxious)\s+(?:all\s+the\s+time|every\s+(?:day|morning|night))\b",
    r"\b(?:can'?t|cannot|barely)\s+(?:get\s+out\s+of\s+bed|breathe|eat|function)\b",
    r"\b(?:heart|chest)\s+(?:races|racing|pounds|pounding|hurts|tight)\b",
    r"\b(?:crushing|destroying|eating)\s+me\b",
    r"\bno\s+way\s+(?:this|it|things)\s+(?:gets?|will\s+get)\s+better\b",
    r"\bhate\s+myself\b",
    r"\b(?:so|really|very)\s+low\s+for\s+(?:weeks|days|months)\b",
    r"\bmiserable\s+every\b|\bevery\s+day\s+now\b",
]

# A negation at most two words before the match ("not going to hurt anyone"), but not
# the ones that mean the opposite ("can't stop thinking about ...").
_NEGATION = re.compile(
    r"\b(?:not|never|no\s*one'?s?|nobody|nothing|isn'?t|aren'?t|wasn'?t|don'?t|dont|"
    r"doesn'?t|didn'?t|won'?t|wont|can'?t|cant|cannot|wouldn'?t|would\s+never)\b"
    r"(?!\s+(?:stop|help|wait|sleep|take|cope|bear|handle|go\s+on))"
    r"(?:\W+\w+){0,2}\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PatternMatch:
    level: str
    matched: str
    negated: bool


def _compile(patterns: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in patterns]


_LEVELS = [
    ("crisis", _compile(CRISIS)),
    ("urgent", _compile(URGENT)),
    ("distress", _compile(DISTRESS)),
]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip()


def _negated(text: str, start: int, pattern_text: str) -> bool:
    # Patterns that carry their own negation ("don't want to live") are not negated by it.
    if re.match(
        r"\W*(?:no|not|don'?t|do\s+not|dont|never|can'?t|cannot|isn'?t)\b", pattern_text, re.I
    ):
        return False
    return bool(_NEGATION.search(text[:start]))


def find_risk(text: str) -> PatternMatch | None:
    """The most severe pattern in the text, after negation, or None. A negated match
    is returned (with `negated=True`) only when nothing plain outranks it."""
    text = normalise(text)
    best: PatternMatch | None = None
    for level, patterns in _LEVELS:
        for pattern in patterns:
            for match in pattern.finditer(text):
                negated = _negated(text, match.start(), match.group(0))
                effective = _NEGATED_LEVEL[level] if negated else level
                candidate = PatternMatch(effective, match.group(0), negated)
                # a plain match beats a negated one of the same level
                if best is None or (_rank(candidate.level), not negated) > (
                    _rank(best.level),
                    not best.negated,
                ):
                    best = candidate
        if best is not None and best.level == level and not best.negated:
            return best  # nothing below can outrank it
    return best


# What a negated statement still signals: "I'm not suicidal, just tired" may still be
# someone who would like to talk; "nobody is harassing me" is not an alarm.
_NEGATED_LEVEL = {"crisis": "distress", "urgent": "none", "distress": "none"}


def _rank(level: str) -> int:
    return ("none", "distress", "urgent", "crisis").index(level)
