"""Curated risk patterns: the high-recall half of risk detection.

Each rule names a level and a concept (passive ideation, means, farewell, harm to others,
harassment, unsafe work...). Before matching, the text is lower-cased, apostrophes are
dropped ("don't" -> "dont") and workplace idioms are masked ("this deal is killing me",
"I'd kill for a coffee", "the demo died", "jump on a call", "take a stab at", "shoot me an
email"), so that the rules can be broad without firing on them.

A negation just before a match, in the same clause ("I'm not suicidal", "nobody is
harassing me", "i dont think im being discriminated against") lowers it: crisis to
distress (a person may still want to talk; a false alarm is better than a miss), urgent
to none. A rule can also name a benign context (`unless`: "on holiday next week") or a
hedge in the clause before it (`unless_before`: "im terrified they'll let me go today"),
and the rules about being fired or quitting only count for the candidate themself, not a
colleague ("my mate got fired today").
"""

from __future__ import annotations

import re
import sre_constants
import sre_parse
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rule:
    pattern: str
    unless: str | None = None  # anywhere in the message: a benign context
    unless_before: str | None = None  # in the clause before the match: a hedge
    negatable: bool = True  # False when the rule carries its own negation
    first_person: bool = False  # only about the candidate, not a colleague
    lowered_if: str | None = None  # anywhere in the message: about the past, lowered


# ---------------------------------------------------------------------------- building blocks
_ME = r"(?:my\s*self|myself|myslef|mysefl|meself|my\s+own\s+self)"
_ME_LIFE = r"(?:my\s*self|myself|myslef|mysefl|meself|my\s+(?:own\s+)?(?:life|lyf|lyfe|lif|lfe))"
_KIN = (
    r"(?:kids?|children|child|son|daughter|baby|babies|toddler|wife|husband|partner|girlfriend|"
    r"boyfriend|mum|mom|mam|dad|brother|sister|family|parents|flatmate|housemate)"
)
_ROLE = (
    r"(?:boss|manager|supervisor|team\s*lead(?:er)?|line\s+manager|colleague|coworker|co-worker|"
    r"foreman|chef|owner|director|customer|client|patient|guy|bloke|man|woman|lady|girl|lad|lads|"
    r"prick|idiot|bastard|bitch|twat|dickhead|trainer|recruiter|shift\s+lead|store\s+manager|"
    r"area\s+manager|gaffer|landlord|neighbou?r|ex|people|bullies|bully|others|bastards|idiots|pricks|wankers|lot|ones|guys|blokes|women|men|girls)"
)
_PEOPLE = (
    rf"(?:him|her|them(?:\s+all)?|someone|somebody|anyone|anybody|everyone|everybody|people|strangers|(?:random|innocent|other)\s+(?:people|strangers|customers|passengers|kids)|"
    rf"(?:all|each|some|one|every\s+one)\s+of\s+them|the\s+(?:whole\s+)?lot\s+of\s+them|"
    rf"(?:my|the|that|this|our|his|her|those|these|a)\s+(?:\w+\s+)?(?:{_ROLE}|{_KIN})s?)"
)
_VIOLENT_BASE = (
    r"(?:kill|murder|hurt|harm|stab|shoot|strangle|choke|punch|smack|slap|hit|batter|beat\s+up|"
    r"attack|poison|throttle|shake|smash|knife|glass|run\s+over|run\s+down|bash|deck|headbutt|"
    r"break\s+the\s+neck\s+of)"
)
_VIOLENT = rf"(?:{_VIOLENT_BASE}(?:s|ed)?|beat|beating|hitting|stabbing|shooting|strangling|choking|smacking|slapping|beating\s+up|bashing|batter\w+|throttling|killing|murdering|hurting|harming|punching|attacking|poisoning|smashing)"
_WANT = (
    r"(?:want|wanted|wanting|wanna|going|gonna|about|tempted|urges?|could|might|will|ill|id|"
    r"feel\s+like|feeling\s+like|fantasi[sz]e|fantasi[sz]ing|dream\s+(?:about|of)|thinking\s+(?:about|of)|"
    r"think\s+(?:about|of)|thought\s+(?:about|of)|scared|afraid|worried|terrified|close|ready|planning|plan|"
    r"imagine|imagining|picture|picturing)"
)
_PILLS = (
    r"(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers|sleeping\s+pills|sleeping\s+tablets|"
    r"antidepressants|insulin|co-?codamol|tramadol|codeine|ibuprofen|aspirin|sleepers)"
)
_FAMILY_OR_ALL = (
    r"(?:everyone|everybody|the\s+world|people|my\s+(?:\w+\s+)?"
    rf"{_KIN}s?|the\s+(?:team|kids|family)|they|them|my\s+team|the\s+(?:whole\s+)?office)"
)
_GONE = (
    r"(?:gone|dead|not\s+here|not\s+around|wasnt\s+here|wasnt\s+around|werent\s+here|werent\s+around|"
    r"wasnt\s+alive|werent\s+alive|disappeared|vanished|died|didnt\s+exist|stopped\s+existing|"
    r"never\s+came\s+back|never\s+existed)"
)
_HOLIDAY = (
    r"\b(?:holiday|hols|vacation|annual\s+leave|leave|off\s+work|day\s+off|week\s+off|days\s+off|"
    r"time\s+off|trip|travell?ing|away|abroad|course|conference|wedding|honeymoon|surgery|operation|"
    r"appointment|moving|new\s+job|new\s+role|notice|leaving\s+the\s+(?:company|agency|job)|"
    r"another\s+site|other\s+site|night\s+shifts?|nights|festival|visiting|back\s+on)\b"
)
_OBJECT = (
    r"(?:pans?|pots?|plates?|mugs?|cups?|chairs?|staplers?|phones?|knife|knives|bottles?|glass(?:es)?|"
    r"trays?|box(?:es)?|tools?|spanners?|hammers?|wrench(?:es)?|drinks?|coffee|tea|water|food|keys|"
    r"scissors|clipboards?|books?|laptops?|shoes?|boots?|bricks?|stones?|rocks?|cans?|"
    r"tins?|pallets?|objects?|oil|utensils?|ladles?|tongs|cutlery|forks?|"
    r"spatulas?|rolling\s+pins?|brooms?|mops?|buckets?|rulers?|sticks?|bats?|poles?|pipes?|crowbars?|"
    r"torch(?:es)?|radios?|scanners?|cables?|hoses?|eggs|fruit|bags?|hot\s+\w+|boiling\s+\w+)"
)
_ACCIDENT_AFTER = (
    r"(?!\s+(?:on(?!\s+purpose)|at\s+(?:work|the\s+gym|home\s+(?:lifting|cooking|diy))|while|when\s+i\s+(?:fell|slipped|tripped|was\s+(?:lifting|carrying|moving|cooking|cleaning|opening))|whilst|lifting|carrying|moving|shaving|cooking|chopping|playing|"
    r"doing|trying|opening|climbing|running|falling|slipping|tripping|by\s+accident|accidentally|"
    r"a\s+(?:bit|little|slice|piece|portion|wedge|chunk|break|deal)|some\s+(?:slack|cake|bread|fruit)|off\s+from|off\s+completely|slightly|badly\s+(?:on|at|lifting)|with\s+(?:the|a)\s+(?:steam|kettle|"
    r"oven|fryer|iron|stapler|box|machine|tray|pan|grill|guillotine|knife\s+(?:while|when)|"
    r"coffee|hot|boiling|blade\s+on))\b)"
)
_QUIT_HEDGE = (
    r"\b(?:thinking\s+(?:about|of)|considering|consider|tempted|might|maybe|should\s+i|wish|"
    r"dream\w*|fantasi[sz]\w*|one\s+day|someday|eventually|in\s+my\s+head|could|would|if|unless|"
    r"want\s+to|wanna|feel\s+like|felt\s+like|close\s+to|nearly|almost)\b"
)
_FEAR_HEDGE = (
    r"\b(?:scared|afraid|terrified|worried|worry|worrying|fear|fearing|paranoid|dread\w*|might|may|want\s+to|wants\s+to|planning|plan\s+to|signs?|talk\s+of|talking\s+about|no\s+(?:actual\s+|real\s+)?(?:sign|evidence|reason)|"
    r"could|whether|if|in\s+case|convinced|expect\w*|probably|likely|think|thinking|keep\s+thinking|"
    r"feels?\s+like|felt\s+like|nightmare|dream\w*|rumou?rs?|will\s+they|going\s+to|gonna|about\s+to)\b"
)
_PAST_JOB = (
    r"\b(?:(?:last|old|previous|first|former|other)\s+(?:job|role|place|company|employer|placement|boss)|"
    r"years?\s+ago|months\s+ago|last\s+year|in\s+(?:19|20)\d\d|back\s+in\s+(?:(?:19|20)\d\d|the\s+day)|back\s+then|before\s+(?:this|i\s+joined|my\s+time)|"
    r"when\s+i\s+was\s+(?:younger|a\s+teen|at\s+uni|at\s+school))\b"
)

# ---------------------------------------------------------------------------- crisis
CRISIS: list[str | Rule] = [
    # -- direct statements, typos and euphemism
    rf"\b(?:kill|kil|kll|killing|killin|kiling|killed|hang|hanging|hanged|shoot|shooting|shot|poison|poisoning|drown|drowning|starve|starving|stab|stabbing|off|offing|top|topping|unalive|unaliving|suffocate|suffocating|strangle|strangling|choke|choking|smother|smothering|electrocute|gas)\s+{_ME}\b",
    rf"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burned|burnt|hit|hitting|punch|punching|slap|slapping|bruise|bruising|scratch|scratching|mutilate|mutilating|injure|injuring)\s+{_ME}\b{_ACCIDENT_AFTER}",
    rf"\b(?:end|take|ending|taking|ended|took|finish|finishing)\s+{_ME_LIFE}\b",
    r"\bkill\s*myself\b|\bkillmyself\b|\bkms\b(?<!\d\s\bkms)(?<!\dkms)",
    r"\b(?:suic\w*|suicd\w*|sucid\w*|suisid\w*|suiside\w*|suiscid\w*)|\bsewer\s*slide\b|\bun-?aliv\w*",
    Rule(
        r"\bself[\s-]?(?:harm|injur|mutilat)\w*|\bselfharm\w*",
        unless=r"\bself[\s-]?harm\w*\s+(?:awareness|training|policy|course|module)\b",
    ),
    r"\boverdos\w*|\bod(?:d|ed|ing)?\s+on\s+(?:my\s+)?(?:pills|tablets|meds|something)|\blethal\s+dose|\bfatal\s+dose",
    r"\b(?:end|ending|ended|finish|finishing)\s+(?:it\s+all|everything|things|my\s+existence|the\s+pain\s+for\s+good)\b",
    Rule(
        r"\b(?:want|wanted|wanting|wanna|going|gonna|plan|planning|planned|think\w*\s+(?:of|about)|thought\s+(?:of|about)|ready|decided|time|might|should|could|just|about|way\s+to|option\s+(?:is|left\s+is)|except|but|ill|i\s+will|and\s+ill|then\s+ill|id|i\s+would|im\s+gonna)\s+(?:to\s+)?(?:just\s+)?(?:end|ending)\s+it\b(?!\s+(?:here|there|with|for\s+(?:now|today|tonight)|early|after|before|on\s+a|at\s+(?:that|this)|now\s+(?:pls|please)|off|by|over))"
    ),
    r"\b(?:want|wanted|wanting|wanna|wnat|ready|going|gonna|deserve|deserved)\s+(?:to\s+)?(?:just\s+)?(?:die|be\s+dead|not\s+be\s+alive|stop\s+living|stop\s+breathing)\b(?!\s+(?:of|from|laughing|on\s+(?:this|that)\s+hill))",
    r"\bwish\w*\s+(?:that\s+)?i\s+(?:was|were|could\s+be)\s+(?:dead|never\s+born|gone|not\s+(?:here|alive|born)|not\s+around)\b",
    r"\bwish\w*\s+(?:that\s+)?i\s+(?:could\s+|would\s+|just\s+|could\s+just\s+)*(?:die|disappear\s+(?:forever|for\s+good|permanently)|not\s+exist|stop\s+existing|vanish\s+(?:forever|for\s+good)|fall\s+asleep\s+(?:forever|and\s+not)|not\s+wake|never\s+wake|had\s+never\s+been\s+born|hadnt\s+been\s+born|didnt\s+exist|wasnt\s+(?:here|alive|born|around)|werent\s+(?:here|alive|born))\b",
    r"\b(?:hope|hopes|hoping|hoped|pray|prays|praying|prayed|wish|wishes|wishing)\s+(?:\w+\s+){0,3}?(?:that\s+)?i\s+(?:just\s+)?(?:die|dont\s+wake|wont\s+wake|never\s+wake|do\s+not\s+wake|will\s+not\s+wake|get\s+(?:hit|run\s+over|killed|cancer|something\s+terminal)|got\s+(?:hit|run\s+over|killed|cancer)|crash|have\s+an\s+accident|had\s+an\s+accident|get\s+in\s+(?:a|an)\s+(?:accident|crash)|dont\s+come\s+back|never\s+come\s+back|drop\s+dead|just\s+stop)\b",
    r"\b(?:hope|hopes|hoping|hoped|pray|prays|praying|wish|wishes|wishing|wouldnt\s+mind\s+if|wouldnt\s+care\s+if|dont\s+care\s+if)\s+(?:that\s+)?(?:a|an|the|some|something|someone|one\s+of\s+the)\s+(?:\w+\s+){0,3}(?:hits|hit|kills|kill|runs\s+me\s+over|run\s+me\s+over|crushes|crush|falls\s+on|fell\s+on|takes\s+me\s+out|ran\s+me\s+over|would\s+(?:just\s+)?(?:hit|kill|crush|end|take))\s*(?:me\b|it\s+all\b)?",
    r"\b(?:hope|hoping|hoped|pray|praying|wish|wishing)\s+(?:for\s+)?(?:an?\s+)?(?:accident|crash|car\s+crash|fatal|terminal\s+illness|heart\s+attack)\b",
    r"\b(?:wouldnt|would\s+not|dont|do\s+not)\s+(?:even\s+)?(?:mind|care)\s+if\s+i\s+(?:died|was\s+dead|didnt\s+wake|never\s+woke|got\s+(?:hit|killed|run\s+over)|had\s+an\s+accident|dont\s+wake|stopped\s+existing|was\s+gone|disappeared|live\s+or\s+die)\b",
    r"\b(?:dont|do\s+not|never|no\s+longer|dont\s+really|dont\s+even|not\s+sure\s+i|dont\s+think\s+i|dont\s+know\s+if\s+i|dont\s+know\s+why\s+i(?:\s+should)?)\s+(?:want|wanna|wish)\s+to\s+(?:live|be\s+alive|stay\s+alive|exist|wake\s+up|keep\s+living|carry\s+on\s+living|go\s+on\s+living|be\s+here\s+any\s*more|be\s+around\s+any\s*more|be\s+on\s+this\s+earth|be\s+in\s+this\s+world|go\s+on|carry\s+on|continue)\b(?!\s+(?:with|at|in|working|doing|here\s+at|in\s+this\s+job))",
    Rule(
        r"\b(?:dont|dnt|do\s+not|never)\s+(?:want\s+to|wanna|wnt\s+to|want\s+2)\s+(?:be|b)\s+(?:here|around|alive)\b(?!\s+(?:at|in|with|for|on|working|doing|when|if|tomorrow\s+(?:at|for)))",
        unless=r"\b(?:job|role|company|shift|office|team|place|site|firm|branch|store|shop|warehouse|ward|meeting|call|today|client)\b",
    ),
    r"\b(?:dont|do\s+not|cant|cannot|dont\s+really)\s+see\s+(?:myself|me)\s+(?:still\s+|being\s+)*(?:alive|living|surviving|around\s+much\s+longer|here\s+much\s+longer|making\s+it\s+(?:to|through)\s+(?:next|the\s+end|christmas|my\s+birthday|new\s+year))\b",
    r"\b(?:dont|do\s+not|dont\s+even)\s+care\s+(?:if|whether)\s+i\s+(?:live|die|wake|make\s+it|survive)\b",
    r"\b(?:no|not\s+any|isnt\s+(?:a|any)|without\s+(?:a|any)|(?:cant|cannot|dont|do\s+not|dont\s+really|cant\s+really)\s+(?:find|see)\s+(?:a|any|the)|dont\s+have\s+(?:a|any)|lost\s+(?:my|any))\s+(?:point|reason|reasons)\s+(?:left\s+)?(?:in\s+|of\s+|for\s+)?(?:me\s+)?(?:to\s+|for\s+me\s+to\s+)?(?:living|to\s+live|going\s+on|carrying\s+on|to\s+go\s+on|to\s+carry\s+on|to\s+keep\s+going|being\s+alive|to\s+be\s+alive|to\s+stay\s+alive|staying\s+alive|existing|to\s+exist|in\s+anything|being\s+here|to\s+be\s+here|waking\s+up|to\s+wake\s+up|me\s+being\s+here|for\s+me\s+to\s+(?:live|be\s+here|exist|go\s+on|stay))\b",
    r"\b(?:point|use|sense|reason)\s+(?:of|in|to)\s+(?:me\b|my\s+life|my\s+existence|living|life|going\s+on|carrying\s+on|being\s+alive|existing|staying\s+alive|waking\s+up|anything\s+any\s*more|it\s+all|even\s+being\s+here|being\s+here\s+at\s+all|trying\s+to\s+live)",
    r"\b(?:nothing|no\s*one|nobody|nothing\s+left)\s+(?:left\s+)?to\s+live\s+for\b|\bnot\s+worth\s+living\b|\blife\s+(?:isnt|is\s+not|aint|isn?t|is\s+no\s+longer)\s+worth\s+(?:it|living|the\s+effort|the\s+pain)\b|\blife\s+is\s+(?:pointless|meaningless)\b",
    r"\b(?:want|wish|need|wanting|wanted)\w*\s+(?:it\s+all|everything|the\s+pain|all\s+of\s+(?:it|this)|my\s+life|life)\s+to\s+(?:stop|end|be\s+over)\b|\b(?:want|wish|need)\w*\s+(?:it|everything)\s+(?:all\s+)?to\s+(?:stop|end)\s*[,.]?\s*(?:for\s+good|forever|permanently|for\s+ever)\b",
    r"\b(?:cant|cannot|dont\s+want\s+to|can\s+not)\s+(?:go\s+on|keep\s+going|carry\s+on|keep\s+living)\s+(?:living|like\s+this|any\s*more|any\s+longer)\b",
    rf"\b(?:{_PILLS}|rope|gun|blade|razor)\b[^.!?]{{0,40}}\b(?:end\s+(?:it|my\s+life|things)|die|kill\s+myself|on\s+myself|it\s+all|do\s+it|use\s+(?:it|them)\s+(?:on\s+myself|tonight|soon))\b",
    rf"\bhow\s+(?:many|much)\s+(?:of\s+)?(?:my\s+|the\s+)?{_PILLS}\s+(?:it\s+)?(?:would|will|does|did|might)\s+(?:it\s+)?(?:take|need|be\s+enough|do\s+it|kill)\b",
    r"\b(?:rather|prefer\s+to|sooner)\s+be\s+dead\b|\b(?:dont|do\s+not|cant|cannot|never)\s+(?:expect|imagine|picture|see\s+myself)\s+(?:to\s+|myself\s+)?(?:still\s+)?(?:be\s+|being\s+)?(?:alive|breathing|around|here)\s+(?:next|by|for|much|in\s+a|at\s+the\s+end|this\s+time)\b",
    r"\b(?:tired|sick|exhausted)\s+of\s+(?:living|being\s+alive|life|existing|waking\s+up|being\s+me|breathing|it\s+all\s+and\s+want\s+it\s+to\s+end)\b",
    r"\b(?:done|finished)\s+with\s+(?:life|living|being\s+alive|existing|it\s+all\s+for\s+good|this\s+world|this\s+life)\b",
    r"\b(?:shouldnt|should\s+not|dont\s+deserve\s+to|do\s+not\s+deserve\s+to)\s+(?:even\s+)?(?:be\s+alive|exist|live|be\s+here|be\s+breathing)\b|\bdeserve\s+to\s+(?:die|be\s+dead|suffer|hurt|be\s+in\s+pain)\b",
    r"\b(?:tonights|tonight\s+is|today\s+is|todays|this\s+weekend\s+is)\s+the\s+(?:night|day|weekend)\b[^.!?]{0,30}\b(?:do\s+it|end\s+it|go\s+through\s+with\s+it|finally\s+do\s+it|it\s+ends)\b",
    r"\b(?:idk|dont\s+know|do\s+not\s+know|no\s+idea|not\s+sure|cant\s+see)\s+why\s+(?:im|i\s+am|i\s+m)\s+(?:even\s+)?(?:still\s+)?(?:here|alive|around|breathing|bothering\s+to\s+live|still\s+going)\b(?!\s+(?:at|in|on|with|doing|working)\b)",
    r"\b(?:think\w*|thought|fantasi[sz]\w*|dream\w*|obsess\w*)\s+(?:about|of)\s+(?:dying|death|my\s+(?:own\s+)?death|being\s+dead|not\s+being\s+(?:alive|here)|not\s+existing|ending\s+it|killing\s+myself|suicide|my\s+funeral)\b(?!\s+(?:of\s+(?:the|a)|in\s+(?:the|a)\s+(?:film|book|show)))",
    r"\b(?:im|i\s+am|i\s+m|ill|i\s+will|gonna|going\s+to|want\s+to|might|could)\s+(?:just\s+)?jump\s*(?:$|[.,!?]|\s+(?:off|from|tonight|today|soon|one\s+day|in\s+front))",
    rf"\b(?:{_PILLS}|pill|tablet|tablets)\b[^.!?]{{0,40}}\b(?:on\s+purpose|deliberately|to\s+(?:not\s+wake|sleep\s+forever|make\s+it\s+stop|see\s+what\s+happens|end\s+it)|more\s+than\s+(?:i\s+should|the\s+dose|prescribed)\s+(?:on\s+purpose|to))\b",
    r"\b(?:check\w*|test\w*|see\s+if|seeing\s+if|looked\s+at\s+whether|work\w*\s+out)\s+(?:whether\s+|if\s+|how\s+)?(?:the\s+)?(?:windows?|roof\s+(?:door|access|hatch)|balcony\s+door)\b[^.!?]{0,40}\b(?:top\s+floor|roof|high\s+enough|how\s+high|far\s+down|drop)\b",
    r"\bdont\s+bother\s+(?:messaging|texting|contacting|calling|checking\s+in|checking\s+on|trying|looking\s+for)\b[^.!?]{0,40}\b(?:wont\s+be\s+(?:here|around|alive)|be\s+gone|not\s+be\s+(?:here|around))\b",
    Rule(
        r"\bi\s+(?:wont|will\s+not|might\s+not|may\s+not)\s+be\s+(?:here|around|alive)\s*(?:any\s*more)?\s*(?:$|[.!])",
        unless=_HOLIDAY
        + r"|\b(?:sick|ill|doctors?|dentist|office|work|shift|school|training|meeting|tomorrow\s+(?:morning|afternoon)|later|tonight\s+for)\b",
        negatable=False,
    ),
    r"\b(?:dont|do\s+not)\s+want\s+to\s+(?:do\s+(?:this|any\s+of\s+this|it)|be\s+here|carry\s+on|go\s+on|keep\s+going)\b[^.!?]{0,40}\b(?:life|living|alive|existing|anywhere|in\s+general|not\s+just\s+(?:work|the\s+job|here))\b",
    r"\b(?:only|easiest|best|one|simplest|last|quickest)\s+(?:way\s+out|option|solution|answer|escape|thing\s+left)\b[^.!?]{0,30}\b(?:not\s+(?:to\s+)?(?:be\s+)?(?:here|alive|around|exist\w*)|die|dying|death|end\s+it|ending\s+it|kill\w*\s+myself|disappear\w*|not\s+wak\w+|suicide)\b|\b(?:better|easier|best|simpler)\s+(?:to|if\s+i)\s+(?:just\s+)?(?:not\s+be\s+(?:here|alive|around)|wasnt\s+(?:here|alive|around)|didnt\s+exist|die|disappeared)\b",
    r"\b(?:fine|cope|coping|manage|happier|better|relieved|easier|lighter|free|ok|okay|move\s+on|get\s+over\s+it|forget\s+(?:about\s+)?me|not\s+even\s+notice|be\s+glad|celebrate|a\s+favou?r)\b[^.!?]{0,25}\b(?:if\s+i\s+(?:just\s+)?(?:was|were|wasnt|werent)\s+(?:gone|dead|not\s+here|not\s+around|here|around|alive)|if\s+i\s+(?:just\s+)?(?:died|disappeared|didnt\s+exist|went\s+away\s+for\s+good)|without\s+me\b(?!\s+(?:for|on|at|this|next|while|today|tomorrow))|when\s+im\s+gone)|\bdoing\s+(?:everyone|everybody|them|the\s+world|my\s+\w+)\s+a\s+favou?r\s+(?:if|by)\b",
    r"\b(?:might|may|could)\s+as\s+well\s+(?:just\s+)?(?:be\s+dead|die|end\s+it|kill\s+myself|not\s+exist|not\s+be\s+here)\b|\bcant\s+live\s+(?:like\s+this|with\s+(?:myself|this))\b|\bno\s+(?:longer|more)\s+want\s+to\s+(?:live|be\s+alive|exist|be\s+here)\b",
    r"\b(?:stood|standing|stand|lay|lying|lie|laid|sat|sitting|walked|walking|wander\w*)\s+(?:on|onto|across|along|by|near|beside|next\s+to|between)\s+(?:the\s+)?(?:train\s+|railway\s+|tube\s+)?(?:tracks|rails|railway\s+line|train\s+line|level\s+crossing)\b",
    Rule(
        r"\b(?:keep|kept|been|started|start|ended\s+up|end\s+up|always\s+end\s+up|find\s+myself)\s+(?:going|walking|driving|ending\s+up|sitting|standing|going\s+back)\s+(?:to|back\s+to|up\s+to|onto|on|at|by)\s+the\s+(?:bridge|cliff|cliffs|roof|rooftop|top\s+floor|multi[\s-]?storey|car\s*park\s+roof|tracks|river|canal|viaduct|edge|ledge|railway|level\s+crossing)\b",
        unless=r"\bfor\s+(?:a\s+)?(?:smoke|fag|vape|cig|break|coffee|lunch|fresh\s+air|phone\s+call)\b|\bto\s+(?:smoke|vape|eat|have\s+lunch|make\s+calls)\b",
    ),
    r"\b(?:dont|do\s+not|not)\s+(?:plan|planning|intend|intending|expect|expecting)\s+(?:on|to)\s+(?:be|being|still\s+be|stay|staying)\s+(?:here|around|alive)\s+(?:much\s+longer|for\s+(?:long|much\s+longer)|any\s*more|next|by|after)\b",
    r"\b(?:last|final)\s+(?:check[\s-]?in|chat|conversation|time\s+(?:we|i|well)\s+(?:talk|speak|chat))\b[^.!?]{0,40}\b(?:goodbye|forever|for\s+good|sorry\s+for\s+everything|thank\s+you\s+for\s+everything|wont\s+be\s+(?:here|around))\b|\b(?:goodbye|sorry\s+for\s+everything)\b[^.!?]{0,40}\b(?:last|final)\s+(?:check[\s-]?in|chat|conversation|message)\b",
    r"\b(?:switch|switching|turn|turning|shut|shutting|log|logging|check|checking|clock|clocking|bow|bowing|tap|tapping|sign|signing)\w*\s+(?:myself\s+)?(?:off|out)\s+(?:(?:from|of)\s+(?:life|existence|everything)\s+)?(?:for\s+good|permanently|forever|for\s+ever|of\s+life|of\s+existence)\b",
    r"\bbeing\s+alive\s+(?:isnt|is\s+not|aint)\s+(?:something\s+)?(?:i\s+want|for\s+me|worth\s+it)\b|\b(?:existing|being\s+alive|living|staying\s+alive|life\s+itself|waking\s+up|breathing)\s+(?:just\s+)?(?:feels|is|seems|has\s+become)\s+(?:like\s+)?(?:too\s+much|too\s+hard|exhausting|pointless|unbearable|a\s+chore|torture|agony|so\s+hard|impossible|more\s+than\s+i\s+can)\b|\blife\s+(?:feels|seems|is)\s+(?:so\s+)?(?:pointless|meaningless|over|not\s+worth\s+it|unbearable)\b",
    r"\b(?:hop\w*|pray\w*|wish\w*)\b[^.!?]{0,40}\b(?:van|car|bus|train|plane|lorry|truck|taxi|coach|forklift)\b[^.!?]{0,20}\b(?:crash\w*|comes?\s+off|goes?\s+off\s+the\s+road|flips|hits\s+(?:something|me)|runs?\s+me\s+over)\b",
    r"\b(?:hop\w*|wish\w*|pray\w*)\b[^.!?]{0,30}\bi\s+(?:get|got|break|fall|become|end\s+up)\s+(?:really\s+|seriously\s+|badly\s+|so\s+|properly\s+|terminally\s+)?(?:ill|sick|hurt|injured|hit|run\s+over|hospitali[sz]ed|cancer|an\s+illness|something\s+(?:serious|terminal|bad))\b",
    r"\b(?:would\s+not|wouldnt|dont|do\s+not)\s+(?:even\s+)?(?:care|mind)\s+if\s+(?:a|the|some)\s+(?:\w+\s+)?(?:hit|hits|ran\s+over|runs\s+over|killed|kills|crushed|fell\s+on)\s+me\b",
    r"\b(?:dont|cant|do\s+not|cannot|struggle\s+to)\s+see\s+(?:why|the\s+point|a\s+reason|any\s+reason)\s+(?:i\s+should\s+|to\s+|in\s+|of\s+|for\s+me\s+to\s+)?(?:keep|keep\s+on|carry\s+on|go\s+on|stay|be)\s*(?:living|alive|going|breathing|existing|here)?\b(?<!going)(?<!be)|\bwhy\s+(?:should|would|do)\s+i\s+(?:even\s+)?(?:keep|carry\s+on|go\s+on|bother)\s+(?:living|existing|breathing|staying\s+alive)\b",
    r"\b(?:cant|dont|do\s+not|cannot)\s+(?:see|imagine|picture)\s+(?:a|any|my)\s+future\s+(?:where|with|in\s+which)\s+(?:im|i\s+am|i\s+m|i)\s+(?:still\s+)?(?:alive|here|around|living)\b",
    Rule(
        r"\b(?:dont|do\s+not)\s+think\s+(?:ill|i\s+will|im\s+going\s+to)\s+make\s+it\s+(?:to|through|past)\s+(?:the\s+end\s+of\s+(?:the\s+)?(?:month|week|year)|next\s+(?:week|month|year)|christmas|my\s+birthday|the\s+weekend)\b",
        unless=r"\b(?:salary|pay|money|wage|wages|budget|skint|broke|coffee|tired|exhausted|deadline|target|on\s+time|meeting|train|bus|payday|overdraft|rent|bills)\b",
    ),
    Rule(
        r"\b(?:you|u|anyone|nobody|no\s*one|anybody)\s+(?:wont|will\s+not|wont\s+ever|dont|wouldnt)\s+(?:have|need)\s+to\s+(?:check\s+in\s+on\s+me|check\s+on\s+me|worry\s+about\s+me|deal\s+with\s+me|bother\s+with\s+me|look\s+after\s+me|put\s+up\s+with\s+me|message\s+me|do\s+this)?\s*(?:any\s*more|again|after\s+(?:this|today|tonight|this\s+week)|for\s+much\s+longer|soon)\b",
        unless=_HOLIDAY
        + r"|\b(?:placement|contract|programme|program|finish\w*|ends|ending|ended|new\s+job|hired|permanent|perm)\b",
        negatable=False,
    ),
    r"\bout\s+of\s+(?:the\s+)?picture\b[^.!?]{0,10}$|\bif\s+i\s+(?:was|were|wasnt)\s+(?:out\s+of\s+the\s+(?:picture|way)|gone\s+for\s+good)\b",
    r"\binsurance\b[^.!?]{0,40}\bthan\s+(?:with\s+|having\s+)?me\b|\bbetter\s+off\s+with\s+(?:the\s+)?(?:life\s+)?(?:insurance|payout|money)\b",
    r"\b(?:nothing\s+but|just|such)\s+(?:a\s+)?dead\s+weight\b|\bdead\s+weight\s+(?:to|for|on)\s+(?:everyone|everybody|my\s+(?:family|kids|wife|husband|partner|mum|mom|parents)|them\s+all|the\s+world)\b",
    r"\bif\s+i\s+(?:just\s+)?(?:disappeared|vanished|died|was\s+gone|wasnt\s+here|stopped\s+existing|didnt\s+exist|dropped\s+dead)\b[^.!?]{0,40}\b(?:nobody|no\s*one|noone|not\s+a\s+single)\s+(?:\w+\s+){0,3}(?:would|will|d)\s+(?:even\s+)?(?:care|notice|miss\s+me|mind|be\s+sad)\b",
    r"\b(?:nobody|no\s*one|noone|not\s+a\s+(?:single\s+)?(?:person|soul)|dont\s+think\s+(?:anyone|anybody|a\s+single\s+(?:person|soul))|doubt\s+(?:anyone|anybody)|would\s+anyone)\s+(?:\w+\s+){0,2}(?:would|will|d)\s+(?:even\s+|actually\s+|really\s+)?miss\s+me\b",
    r"\bwish\s+i\s+(?:wasnt|werent|was\s+not|hadnt\s+(?:woken|survived|made\s+it))\b(?:\s*$|\s*[.,!]|\s+(?:alive|here|around|still))|\bstill\s+(?:here|alive|breathing)\b[^.!?]{0,15}\bwish\s+i\s+(?:wasnt|werent|hadnt)\b",
    r"\b(?:tie|tying|tied|practi[sc]\w*\s+(?:tying|to\s+tie)|learn\w*\s+(?:to|how\s+to)\s+tie|make|making|made)\s+(?:a\s+)?noose\b",
    r"^(?=.*\b(?:train|platform|station|bridge|edge|tracks|roof|drop|lorry|motorway|step|jump|let\s+go|ledge|balcony|river|cliff)\b).*?\bhow\s+(?:easy|quick|simple)\s+(?:it|one\s+step|a\s+step|one\s+second|that|it\s+all)\s+would\s+be\b",
    r"\b(?:sat|sit|sitting|stood|standing|stand)\s+(?:right\s+)?(?:on|at|by)\s+(?:the\s+)?(?:cliff|roof|bridge|platform|building|quarry)\s+edge\b",
    r"\b(?:multi[\s-]?storey|top\s+floor|roof|rooftop|bridge|cliff|balcony|car\s*park|tower|viaduct)\b[^.!?]{0,60}\b(?:looked|looking|stared|staring|peered|peering|leaned|leant|leaning|hung|hanging)\s+(?:over|down)\b(?:\s+(?:the\s+)?(?:edge|side|railing|barrier))?(?:\s+for\s+(?:ages|a\s+long\s+time|an\s+hour|hours|ever)|\s+and\s+(?:thought|wondered|imagined))",
    r"\b(?:think\w*|thought|want\w*|wanna|fantasi[sz]\w*|imagin\w*|dream\w*|urge\w*|tempt\w*)\s+(?:about\s+|of\s+|to\s+)?(?:just\s+)?(?:walk\w*|wad\w*|swim\w*)\s+(?:out\s+)?(?:into|in\s+to|out\s+to)\s+the\s+(?:sea|river|lake|canal|water|ocean|reservoir)\b|\bdrown\w*\s+myself\b",
    r"\b(?:let\w*\s+go\s+of\s+the\s+wheel|crash\w*|swerv\w*|steer\w*|veer\w*)\b[^.!?]{0,40}\bon\s+purpose\b",
    r"\b(?:letters?|notes?|messages?|videos?|recording)\s+(?:to|for)\s+(?:my\s+)?(?:\w+\s+)?(?:family|kids|children|mum|mom|dad|wife|husband|partner|sister|brother|parents|son|daughter|girlfriend|boyfriend|friends|nan|gran)\s+(?:explaining\s+(?:why|everything)|saying\s+(?:sorry|goodbye)|to\s+read\s+(?:after|when|if)|for\s+(?:after|when|if)|in\s+case)\b",
    Rule(
        r"\bin\s+case\s+(?:im|i\s+am|i\s+m|i)\s+(?:not\s+here|not\s+around|gone|dead|no\s+longer\s+(?:here|around)|dont\s+make\s+it|die)\b",
        unless=_HOLIDAY,
    ),
    Rule(
        r"\b(?:gave|giving|given|give|sold|selling|left)\b[^.!?]{0,60}\b(?:i\s+)?(?:wont|will\s+not|dont|shant)\s+(?:be\s+)?need(?:ing)?\s+(?:them|it|those|these|any\s+of\s+(?:it|them|this)|my\s+\w+)\b",
        unless=r"\b(?:with\s+the\s+(?:new|work)|now\s+i\s+have|got\s+a\s+new|upgrade\w*|new\s+one|company\s+(?:car|phone|laptop)|uniform|moving)\b",
    ),
    r"\b(?:passwords|pin\s+numbers|bank\s+details|logins|account\s+details)\b[^.!?]{0,40}\b(?:envelope|for\s+my\s+(?:\w+\s+)?(?:family|kids|mum|mom|dad|wife|husband|partner|sister|brother|parents|son|daughter)|written\s+down\s+for|left\s+(?:them\s+)?for|so\s+(?:no\s*one|nobody|they|someone)\s+(?:can|has\s+to|will))\b",
    r"\b(?:last|final)\s+time\s+(?:youll|you\s+will|you|anyone|anybody|u|youre\s+going\s+to)\s+(?:ever\s+)?(?:will\s+)?(?:hear|see|talk|speak|chat)\s*(?:from|to|with)?\s*me\b",
    r"\b(?:said|say|saying)\s+goodbye\s+to\s+(?:everyone|everybody|all\s+the\s+people|the\s+people|those)\s+(?:who|that|i)\s+(?:matter|matters|love|care\s+about|i\s+love|i\s+care\s+about)\b",
    r"\b(?:been|keep|started|still|back\s+to)\s+cutting\s+(?:for|since|every|most|each|daily)\b|\bcut\w*\s+deeper\b|\bgetting\s+deeper\b[^.!?]{0,20}\b(?:cuts?|cutting)\b|\bcutting\b[^.!?]{0,30}\bgetting\s+deeper\b",
    r"\bi\s+(?:\w+\s+)?(?:burn\w*|cut|hit|scald\w*|hurt|bruis\w*|punch\w*|scratch\w*|stab\w*|bit|bite|bang\w*)\s+(?:myself|my\s+(?:own\s+)?\w+)\b[^.!?]{0,40}\bon\s+purpose\b",
    r"\buntil\s+(?:he|she|they)\s+(?:stops?\s+(?:moving|breathing)|cant\s+(?:move|breathe)|bleeds|is\s+dead|dies|stop\s+moving)\b",
    r"\b(?:know|found\s+out|worked\s+out|learned|learnt)\s+(?:where|which\s+(?:bus|train|car|house|street|gym|pub|route)|what\s+(?:time|car|bus)|when)\s+(?:he|she|they|my\s+\w+(?:\s+\w+)?|the\s+\w+|that\s+\w+)\s+(?:\w+\s+){0,3}(?:and|so)\s+(?:im|i\s+am|ill|i\s+will|im\s+going\s+to|im\s+gonna)\s+(?:going\s+to\s+|gonna\s+)?(?:wait\s+for|follow|get|sort|deal\s+with|find|surprise|jump|be\s+waiting\s+for)\s+(?:him|her|them)\b",
    Rule(
        r"\b(?:put|putting|packed|packing|stash\w*|hid|hidden|keep\w*|kept|carry\w*|got)\s+(?:a|my|the)\s+(?:\w+\s+)?(?:knife|blade|gun|weapon|hammer|machete|bat|crowbar)\s+(?:in|into)\s+(?:my\s+)?(?:work\s+|gym\s+)?(?:bag|locker|car|pocket|coat|van|rucksack|backpack)\b",
        unless=r"\b(?:cake|lunch|apple|fruit|chef|kitchen|knife\s+roll|sharpen\w*|box\s+cutter|stanley|carpet|fishing|camping|cricket|rounders|baseball\s+game)\b",
    ),
    r"\b(?:theyll|they\s+will|hell|he\s+will|shell|she\s+will|youll|you\s+will)\s+(?:all\s+)?(?:regret|pay\s+for|be\s+sorry)\b[^.!?]{0,40}\b(?:ill\s+make\s+sure|i\s+will\s+make\s+sure|i\s+swear|mark\s+my\s+words|trust\s+me)\b|\b(?:ill|i\s+will|im\s+going\s+to)\s+make\s+sure\s+(?:they|he|she|you|everyone)\s+(?:all\s+)?(?:regret|pay|suffer|bleed)\b",
    r"\b(?:go\s+to\s+sleep|fall\s+asleep|sleep)\s+and\s+(?:that\s+(?:was|would\s+be|is)\s+(?:that|it)|be\s+done\s+with\s+it|it\s+all\s+(?:stops|ends|stopped|ended)|never\s+have\s+to\s+wake)\b|\bstay\s+asleep\s+(?:forever|for\s+good|permanently|for\s+ever)\b|\basleep\s+forever\b",
    r"\b(?:be|id\s+be|would\s+be|im|i\s+would\s+be|d\s+be)\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?(?:happier|better|better\s+off|at\s+peace|relieved|free|ok|okay|fine|calmer)\s+(?:dead|gone\s+for\s+good|not\s+alive|not\s+existing|in\s+the\s+ground)\b",
    r"\b(?:wish|hope|pray|want)\w*\s+(?:that\s+)?my\s+heart\s+(?:would|will|to|could)?\s*(?:just\s+)?(?:stop|give\s+out|give\s+up|fail)\b",
    r"\b(?:made\s+my\s+mind\s+up|ive\s+decided|i\s+have\s+decided|decided|no\s+going\s+back|its\s+time)\b[^.!?]{0,25}\b(?:tonight|today|this\s+weekend)\s+(?:is\s+it|is\s+the\s+(?:night|day)|its\s+happening)\b|\b(?:gonna|going\s+to|will|ill)\s+do\s+it\s+tonight\b[^.!?]{0,25}\b(?:decided|made\s+my\s+mind\s+up|no\s+going\s+back|its\s+time)\b",
    Rule(
        r"\b(?:ill|i\s+will|i\s+m\s+going\s+to|im\s+going\s+to)\s+be\s+gone\s+(?:before|by\s+the\s+time)\s+(?:anyone|anybody|they|you|people|everyone)\s+(?:notice|notices|realise|realises|realize|realizes|wake|wakes|gets|get)\b",
        unless=r"\b(?:early|lunch|break|office|shift|meeting|holiday|leave)\b",
    ),
    r"\b(?:not|wont|will\s+not)\s+(?:going\s+to\s+|gonna\s+)?be\s+a\s+(?:problem|burden|bother|nuisance|worry|pain|drain)\s+(?:for|to|on)\s+(?:anyone|anybody|you|them|everyone|my\s+\w+)\s+(?:much\s+longer|for\s+long|any\s*more|soon|after\s+(?:today|tonight))\b",
    r"^(?=.*\b(?:nothing\s+left|for\s+good|forever|permanently|my\s+life|no\s+point|nothing\s+matters|cant\s+go\s+on)\b).*?\b(?:want|need|wish|just\s+want)\w*\s+(?:it|this|everything|all\s+of\s+(?:it|this)|it\s+all|my\s+life)\s+to\s+(?:be\s+over|end|stop)\b",
    # euphemisms and disguised spellings: "the s word", "s*icide", "delete myself", "join my
    # nan in heaven", "the coward's way out"
    r"\b(?:the\s+)?s[\s-]word\b|\bs[u*][i1!*][c*][i1!*]d\w*|\b(?:delete|deleting|uninstall\w*|erase|erasing)\s+myself\b(?!\s+(?:from|off)\b(?!\s+(?:existence|life|the\s+world|this\s+world|the\s+planet|the\s+earth)))|\bcowards?\s+way\s+out\b",
    r"\b(?:be|join|joining|go\s+and\s+join|be\s+back)\s+with\s+my\s+(?:late\s+)?(?:\w+\s+)?(?:mum|mom|mam|dad|nan|gran|grandma|grandad|granddad|brother|sister|son|daughter|husband|wife|partner|baby|friend)\s+(?:again\s+)?(?:in\s+heaven|up\s+there|on\s+the\s+other\s+side|wherever\s+(?:he|she|they)\s+(?:is|are))\b|\bjoin\s+my\s+(?:late\s+)?(?:\w+\s+)?(?:mum|mom|mam|dad|nan|gran|grandma|grandad|brother|sister|son|daughter|husband|wife|partner|baby)\s+(?:in\s+heaven|up\s+there|on\s+the\s+other\s+side)\b",
    # the world has no need of me: "the world doesnt need me in it"
    r"\b(?:the|this)\s+(?:world|earth|planet)\s+(?:\w+\s+){0,2}?(?:doesnt|does\s+not|wouldnt|would\s+not|wont|will\s+not|dont|not)\s+(?:even\s+|really\s+)?(?:need|want|miss)\s+me\b|\b(?:nobody|no\s*one|noone)\s+(?:really\s+)?(?:needs|wants)\s+me\s+(?:in\s+(?:this|the)\s+world|on\s+this\s+earth|alive|to\s+exist|in\s+it)\b|\b(?:nobody|no\s*one|noone)\s+(?:in\s+(?:this|the)\s+world|on\s+(?:this|the)\s+(?:earth|planet))\s+(?:really\s+)?(?:needs|wants)\s+me\b|\bno\s+(?:place|room)\s+for\s+me\s+(?:in\s+(?:this|the)\s+world|on\s+this\s+earth)\b|\bdont\s+belong\s+(?:in\s+this\s+world|on\s+this\s+earth|among\s+the\s+living)\b",
    # -- passive ideation: sleep, disappearing, not existing, wishing for an accident
    r"\b(?:go\s+to\s+sleep|fall\s+asleep|sleep|close\s+my\s+eyes|lie\s+down)\s+(?:and\s+)?(?:just\s+)?(?:never|not|dont|wont|not\s+ever)\s+(?:have\s+to\s+)?(?:wake|wake\s+up|come\s+back|get\s+up|open\s+them)\b",
    r"\bsleep\s+(?:forever|for\s+ever|permanently|and\s+never\s+deal|for\s+good|and\s+not\s+come\s+back)\b|\b(?:eternal|permanent|endless|forever)\s+sleep\b|\bnever\s+wake\s+up\s+again\b|\bstop\s+waking\s+up\b",
    r"\b(?:disappear|vanish|dissapear|disapear)\w*\s+(?:for\s+good|forever|for\s+ever|permanently|completely|for\s+real|and\s+never\s+(?:come|be)\s+back|off\s+the\s+face\s+of\s+the\s+earth|and\s+not\s+exist|and\s+not\s+come\s+back|from\s+(?:existence|everything|this\s+world|the\s+world)|without\s+(?:a\s+)?trace)",
    r"\b(?:disappear|vanish)\w*\b[^.!?]{0,30}\bnot\s+(?:exist|be\s+here|be\s+alive)\b",
    r"\b(?:i|me|myself)\b[^.!?]{0,25}\b(?:not|stop|stopped|cease|ceased|never|didnt|did\s+not|dont|just)\s+(?:to\s+|have\s+to\s+)?exist(?:ing|ed)?\b(?!\s+(?:in|at|on|for)\s+(?:the|this|that|my|our)\s+(?:team|company|office|system|org|chart|rota|meeting|job|role|department))",
    r"\b(?:stopped|stop|quit)\s+existing\b|\bnot\s+existing\s+(?:would|sounds|seems|feels)\b|\bnon-?existence\b",
    r"\bpermanent\s+(?:solution|way\s+out|exit|escape|fix\s+to\s+(?:everything|all\s+of\s+this))\b|\bfinal\s+exit\b",
    Rule(
        r"\b(?:hope|hopes|hoping|hoped|pray|prays|praying|prayed|wish|wishing)\s+(?:\w+\s+){0,2}?(?:that\s+)?i\s+(?:wont|will\s+not|dont|wouldnt|do\s+not)\s+(?:be\s+(?:here|alive|around|breathing)\s+(?:in\s+the\s+morning|by\s+(?:the\s+)?morning|tomorrow|when\s+(?:i|the\s+sun|it)|much\s+longer)|make\s+it\s+(?:through\s+(?:the|this|another)\s+night|to\s+(?:the\s+)?morning|to\s+tomorrow))\b",
        unless=_HOLIDAY,
    ),
    # -- burden, better off without me, life insurance
    r"\b(?:im|i\s+am|being|feel\s+like|feel|felt\s+like|just|such|nothing\s+but|always\s+been)\s+(?:a|such\s+a|just\s+a|an?\s+\w+)\s+burden\b|\bburden\s+(?:to|on|for)\s+(?:everyone|everybody|my|them|the|people|all|him|her)\b",
    r"\b(?:be|are|is|get|feel)\s+(?:so\s+|much\s+|a\s+lot\s+|way\s+|all\s+|just\s+)?(?:fine|better|happier|better\s+off|relieved|easier|lighter|free|ok|okay)\s+(?:without\s+me|if\s+i\s+(?:just\s+|simply\s+)?(?:was|were|wasnt|werent|was\s+not|were\s+not|died|disappeared|left\s+for\s+good|wasnt\s+alive|werent\s+alive)(?:\s+(?:gone|dead|here|around|alive|in\s+the\s+picture))?|when\s+im\s+(?:gone|dead))",
    r"\b(?:easier|better|simpler|kinder)\s+for\s+(?:everyone|everybody|them|my\s+\w+|all)\s+if\s+i\s+(?:just\s+)?(?:was|were|wasnt|werent|died|disappeared|went|didnt\s+exist|stopped\s+existing|was\s+gone|werent\s+around|wasnt\s+around|wasnt\s+here)\b",
    r"\bbetter\s+off\s+(?:dead|gone|without\s+me|if\s+i\s+(?:was|were)(?:nt)?\s+(?:here|around|gone|dead|alive)|if\s+i\s+(?:died|disappeared|didnt\s+exist)|not\s+(?:existing|being\s+here|being\s+alive|alive|here))\b",
    r"\b(?:world|team|family|everyone|everybody)\s+(?:would\s+be\s+|is\s+)?(?:better|happier|fine)\s+without\s+me\b",
    r"\b(?:life\s+insurance|insurance\s+(?:money|payout|pay\s*out)|death\s+in\s+service|payout)\b[^.!?]{0,60}\b(?:worth|better\s+off|more\s+than\s+me|more\s+use|than\s+me|when\s+im\s+gone|if\s+i\s+(?:die|died|was\s+gone|wasnt\s+here)|sort\s+them\s+out|look\s+after\s+them|pay\s+off|cover\s+(?:the|my)\s+debts)",
    r"\b(?:would|will|could|wd|d)\s+(?:at\s+least\s+)?get\s+(?:the\s+|my\s+)?(?:life\s+insurance|insurance\s+(?:money|payout)|death\s+in\s+service|payout)\b",
    r"\bworth\s+more\s+(?:to\s+(?:them|\w+|my\s+\w+)\s+)?(?:dead|gone|as\s+a\s+payout|on\s+paper\s+dead)\b|\b(?:more\s+use|more\s+valuable)\s+(?:to\s+\w+\s+)?dead\b",
    # -- nobody would notice, when i'm gone, not being here next week
    rf"\b(?:nobody|no\s*one|noone|no1|not\s+a\s+single\s+person)\s+(?:would|will|d|wd|is\s+going\s+to|gonna|even)\s+(?:even\s+|really\s+|actually\s+)?(?:notice|care|miss\s+me|mind|be\s+sad|cry)\b[^.!?]{{0,25}}\b(?:if|when|once|after)\s+(?:i|im)\s+(?:was\s+|were\s+|am\s+|just\s+)?{_GONE}",
    r"\b(?:nobody|no\s*one|noone|no1)\s+(?:would|will|d|wd|is\s+going\s+to|gonna)\s+(?:even\s+|really\s+)?miss\s+me\b",
    Rule(
        r"\b(?:when|after|once)\s+(?:im|i\s+am|i\s+m)\s+(?:gone|dead|not\s+here\s+any\s*more|not\s+around\s+any\s*more|no\s+longer\s+here|no\s+longer\s+around)\b",
        unless=_HOLIDAY,
    ),
    Rule(
        r"\b(?:if|when|once)\s+i\s+(?:die|died|was\s+dead|were\s+dead|killed\s+myself|wasnt\s+alive|werent\s+alive|stopped\s+existing|didnt\s+exist|disappeared\s+for\s+good)\b",
        unless=r"\b(?:will|pension|insurance\s+policy|organ\s+donor|donate|funeral\s+plan)\b.{0,40}\?|\bwhat\s+happens\s+to\s+my\b",
    ),
    Rule(
        r"\b(?:wont|will\s+not|might\s+not|may\s+not|not\s+going\s+to|not\s+gonna|prob(?:ably|s)?\s+wont|doubt\s+ill|dont\s+think\s+ill|dont\s+think\s+i\s+will|not\s+sure\s+(?:ill|i\s+will|im\s+going\s+to)(?:\s+still)?|dont\s+know\s+if\s+ill(?:\s+still)?|doubt\s+i\s+will(?:\s+still)?)\s+(?:still\s+)?be\s+(?:here|around|alive|breathing)\s+(?:for|next|by|much\s+longer|any\s*more|tomorrow|to\s+see|after|this\s+time|in\s+a\s+(?:week|month|few)|at\s+the\s+next|when|come)\b",
        unless=_HOLIDAY,
        negatable=False,
    ),
    Rule(
        r"\bnot\s+(?:be|being)\s+(?:here|around|alive)\s+(?:any\s*more|much\s+longer|tomorrow|next\s+(?:week|month)|for\s+(?:long|the\s+next))\b",
        unless=_HOLIDAY,
        negatable=False,
    ),
    r"\b(?:dont|do\s+not)\s+(?:think|expect)\s+(?:ill|i\s+will|im\s+going\s+to)\s+(?:still\s+)?be\s+(?:alive|breathing)\b",
    r"\b(?:this\s+is|its|heres|here\s+is)\s+(?:my\s+)?(?:last|final)\s+(?:message|goodbye|note|words|time\s+(?:talking|speaking|messaging|checking\s+in))\b|\bfinal\s+(?:message|goodbye|words)\b|\blast\s+goodbye\b|\bmy\s+last\s+(?:message|words)\s+to\s+(?:you|anyone|everyone|the\s+world)\b",
    r"\b(?:you|u)\s+(?:wont|will\s+not|probably\s+wont)\s+(?:hear|be\s+hearing)\s+from\s+me\s+(?:again|after\s+(?:today|tonight)|any\s*more)\b",
    # -- plans and means: pills, rope, heights, trains, cars, weapons, research
    Rule(
        rf"\b(?:take|taking|took|swallow\w*|down|downed|downing|neck\w*|have|had|take\s+all|taking\s+all)\s+(?:all|all\s+of|a\s+(?:whole|full|full\s+box\s+of|whole\s+box\s+of)\s+(?:box|bottle|pack\w*|strip|jar|tub)\s+of|(?:a|the)\s+(?:whole|full)\s+(?:box|bottle|pack\w*|strip|jar|tub)\s+of|(?:a\s+)?(?:load|bunch|handful|lot|pile|fistful|heap|stack)\s+(?:of|of\s+the)|every\s+one\s+of|too\s+many|enough|the\s+lot\s+of|loads\s+of|lots\s+of|a\s+shit\s*load\s+of)\s+(?:my\s+|the\s+|those\s+|these\s+|me\s+|of\s+my\s+)?{_PILLS}",
        unless=r"\b(?:forget|forgot|forgetting|remember|remembered|on\s+time|as\s+prescribed|with\s+food|prescription|pharmacy|doctor\s+said|gp\s+said)\b",
    ),
    rf"\b(?:{_PILLS}|pill|tablet|bottle|box|packet|pack|blister\s+packs?)\b[^.!?]{{0,80}}\b(?:take|taking|took|swallow\w*|down|downing|neck\w*)\s+(?:all\s+of\s+(?:it|them)|them\s+all|it\s+all|all\s+(?:the\s+)?(?:rest|lot)|the\s+lot|every\s+(?:last\s+|single\s+)?one|the\s+whole\s+(?:lot|box|bottle|packet|pack|thing))\b|\b(?:take|taking|took|swallow\w*|down)\s+every\s+(?:single\s+)?(?:pill|tablet|capsule)\b|\b(?:take|taking|swallow|swallowing|down|downing|neck|necking)\s+(?:the|a|my)\s+(?:whole|entire|full)\s+(?:box|bottle|packet|pack|lot|strip|tub|blister\s+pack)\b(?!\s+of\s+(?:chocolates|biscuits|donuts|doughnuts|cakes|sweets|pizza|crisps|cookies|samples|leaflets|paper|stock|stuff|files|brochures))|\b(?:downed|took|swallowed|necked|taken)\s+(?:half|most)\s+(?:a|the|of\s+(?:a|the|my))\s+(?:bottle|box|pack|packet|tub|strip)\s+of\b|\ball\s+the\s+(?:pills|tablets|meds)\s+in\s+(?:the|my)\s+(?:house|cabinet|cupboard|drawer|bathroom|flat)\b",
    rf"\b(?:saving|saved|stockpil\w*|hoard\w*|collect\w*|stash\w*|hiding|hidden|kept|keeping|counting|counted|gathering|gathered|bought|buying)\s+(?:up\s+)?(?:how\s+many\s+)?(?:a\s+lot\s+of\s+|loads\s+of\s+|enough\s+|extra\s+|all\s+(?:my\s+)?|some\s+|my\s+|the\s+)?(?:\w+\s+)?{_PILLS}\b(?!\s+(?:for\s+(?:my|the)\s+(?:holiday|trip|headache|back|period|cold|flu)|from\s+the\s+(?:chemist|pharmacy)))",
    rf"\b(?:enough|plenty\s+of|a\s+stash\s+of|a\s+stockpile\s+of)\s+{_PILLS}\s+(?:to|for|saved|stashed|now)\b|\b{_PILLS}\s+(?:ready|lined\s+up|counted\s+out|in\s+front\s+of\s+me|next\s+to\s+me|beside\s+me|in\s+my\s+hand|on\s+the\s+(?:table|side)\s+(?:and|next))\b|\bbottle\s+of\s+{_PILLS}\s+(?:next\s+to|beside|in\s+front\s+of|in\s+my\s+hand)\b",
    r"\bhow\s+many\s+(?:[\w-]+\s+){0,3}(?:would|does|will|is|until|till|before|to)\s+(?:it\s+)?(?:take\s+to\s+)?(?:kill|die|be\s+(?:fatal|lethal|enough\s+to)|overdose|od|stop\s+(?:my|your)\s+heart|not\s+wake\s+up)\b|\bhow\s+many\s+sleeping\s+pills\b|\bhow\s+much\s+(?:\w+\s+){0,2}(?:would|does|is|will)\s+(?:it\s+)?(?:take\s+to\s+)?(?:kill|be\s+(?:fatal|lethal)|overdose)\b",
    Rule(
        r"\b(?:rope|noose)\b[^.!?]{0,60}\b(?:garage|loft|attic|beam|banister|neck|tie|tied|tying|hang|hanging|thinking|think|thought|use\s+it|using\s+it|ready|strong\s+enough|for\s+me|not\s+for\s+(?:anything\s+good|the\s+garden|camping|work)|keep\s+looking|staring)\b",
        unless=r"\b(?:locker|desk|drew|drawn|drawing|left\s+a\s+noose|graffiti|picture\s+of|on\s+my\s+(?:car|locker|desk|station|bench|workstation))\b|\bthe\s+ropes\b|\bskipping\s+rope\b|\btow\s+rope\b|\bclimbing\b",
    ),
    r"\b(?:bought|buy|buying|got|have|found|ordered|ordering|tied|tying|made|making)\s+(?:a\s+|some\s+|the\s+)?(?:rope|noose)\s+(?:and|for|to|in|last|at|this|yesterday|online|today|thats|its|which)\b|\btie\s+a\s+noose\b|\bthe\s+noose\b(?![^.!?]{0,30}\b(?:locker|desk|drew|drawn|left))",
    r"\b(?:jump|jumping|jumped|leap|leaping|leapt|throw\w*\s+myself|step|stepping|stepped|fall|falling|let\s+myself\s+fall|drop|dropping)\s+(?:off|from|out\s+of|over)\s+(?:a|the|my|this|that|our|their)\s+(?:\w+\s+)?(?:bridge|roof|rooftop|building|balcony|window|ledge|cliff|car\s*park|multi[\s-]?storey|tower|top\s+floor|flat|block|overpass|flyover|motorway\s+bridge|viaduct|railing|edge|platform|tower\s+block|crane|scaffold\w*)\b",
    r"\b(?:step|stepping|stepped|jump|jumping|jumped|throw\w*\s+myself|lie|lying|lay|laying|walk|walking|walked|run|running|fall|falling)\s+(?:out\s+)?(?:in\s+front\s+of|under|onto|on\s+to|into)\s+(?:a|an|the|some|one\s+of\s+the|oncoming)\s+(?:\w+\s+)?(?:train|tube|bus|lorry|truck|car|tram|forklift|van|traffic|motorway|tracks|railway|line|hgv|artic|reach\s+truck|vehicle)s?\b",
    Rule(
        r"\b(?:think|thinking|thought|imagin\w*|pictur\w*|consider\w*|tempt\w*|urge\s+to|urges\s+to|want\w*\s+to|wanna|fantasi[sz]\w*|dream\w*|obsess\w*)\s+(?:about\s+|of\s+|to\s+)?(?:just\s+)?(?:jump|jumping|stepping|step|falling|fall|letting\s+go|let\s+go|throwing\s+myself|going\s+over|tipping\s+over|leaning\s+over|walking\s+off|driving\s+off)\b(?!\s+(?:ship|at|on\b|in\b|into|to\b|through|back|ahead|straight|up|down|of\s+(?:the|my|a)\s+(?:team|staff|project|people|idea|plan)|go\s+of|the\s+(?:gun|queue)|off\s+(?:the|this|a)\s+(?:call|meeting|zoom|project|team|rota)|aside|forward|away\s+from|out\s+of\s+(?:the|my)\s+(?:comfort|role)))",
        unless=r"\b(?:career|job|role|position|company|competitor|industry|sector|team|department|promotion|opportunity|offer|chance|back\s+into|freelance|headfirst|in\s+with\s+both\s+feet)\b",
    ),
    r"\b(?:roof|rooftop|top\s+floor|balcony|bridge|cliff|ledge|railing|edge|platform|tracks|railway|train\s+line|motorway|overpass|flyover|window|car\s*park|multi[\s-]?storey|river|canal|sea)\b[^.!?]{0,60}\b(?:think\w*|thought|imagin\w*|wonder\w*|pictur\w*)\s+(?:about\s+|of\s+|how\s+)?(?:it\b|jump\w*|step\w*|go\w*\s+over|let\w*\s+go|fall\w*|the\s+drop|how\s+(?:high|easy|far|long|quick|quickly|cold|deep)|end\w*|throw\w*|leaning)",
    r"\b(?:stand|standing|stood|sit|sitting|sat|lean|leaning|leant|climb\w*|perch\w*)\s+(?:right\s+)?(?:on|at|by|near|over|up\s+on|out\s+on)\s+(?:the\s+)?(?:very\s+)?(?:edge|ledge|railing|railings|rail)\b(?!\s+of\s+(?:my\s+)?(?:seat|chair|bed|desk|sofa|a\s+breakdown))",
    r"\bedge\s+of\s+(?:the|a)\s+(?:platform|roof|bridge|building|cliff|car\s*park|balcony|tracks|rooftop|multi[\s-]?storey|quarry)\b",
    r"\b(?:standing|sitting|i\s*m|im|i\s+am|sat|stood)\s+on\s+(?:the|a|my)\s+(?:roof|ledge|bridge|balcony\s+(?:railing|edge|ledge))\b(?!\s+(?:of\s+the\s+office\s+for|terrace|garden|bar|party))",
    Rule(
        r"\b(?:think\w*|thought|imagin\w*|pictur\w*|tempt\w*|urge\w*|want\w*|wanna|fantasi[sz]\w*|consider\w*|dream\w*|close\s+to|nearly|almost|could\s+(?:just)?|might)\s+(?:about\s+|of\s+|to\s+|at\s+)?(?:just\s+)?(?:driv\w*|crash\w*|swerv\w*|steer\w*|veer\w*|plough\w*|plow\w*|aim\w*|turn\w*\s+the\s+wheel|yank\w*\s+the\s+wheel|let\w*\s+go\s+of\s+the\s+wheel)\b(?:\s+(?:my|the|our)\s+(?:car|van|truck|lorry|bike|motorbike))?(?:\s+(?:off|straight|right))?\s+(?:into|in\s+to|onto|under|off)\s+(?:a|an|the|some|on\s*coming|oncoming)?\s*(?:\w+\s+)?(?:wall|tree|lorry|truck|barrier|bridge|river|canal|sea|lake|traffic|pillar|bus|post|lamppost|lamp\s+post|reservation|ditch|quarry|water|cliff|road|edge|flyover|motorway|bollard|van|car|tanker|hgv|artic|embankment|central\s+reservation)\b",
    ),
    r"\b(?:crash\w*|driv\w*|swerv\w*|wrap\w*)\s+(?:the|my|our)\s+(?:car|van|truck|lorry|bike|motorbike)\b[^.!?]{0,30}\b(?:on\s+purpose|deliberately|intentionally|so\s+it\s+looks?\s+like\s+an\s+accident)\b|\binto\s+on\s*coming\s+traffic\b|\b(?:look|looks|looked|seem|seems|make\s+it\s+look)\s+like\s+an\s+accident\b",
    r"\b(?:googl\w*|search\w*|look\w*\s+up|looked\s+into|looking\s+into|research\w*|read\w*\s+(?:up\s+)?(?:about|on)|watch\w*\s+videos?\s+(?:on|about)|asked\s+(?:chatgpt|ai|google))\b[^.!?]{0,40}\b(?:ways|methods?|how)\s+(?:to|i\s+could|i\s+would|you\s+can|people)\s+(?:die|kill\s+(?:myself|yourself|themselves)|end\s+(?:it|my\s+life|things|your\s+life)|overdose|od|hang\w*|go\s+(?:peacefully|quickly|painlessly|in\s+my\s+sleep)|not\s+wake\s+up|do\s+it\s+(?:painlessly|quickly|properly)|do\s+it\s*(?:$|[.,!?])|disappear\s+for\s+good|stop\s+my\s+heart)",
    r"\bpainless\w*\s+(?:ways?|methods?|deaths?|way\s+out|exit|options?|to\s+(?:go|die|end\s+it)|end)\b|\b(?:quickest|easiest|surest|best|least\s+painful|most\s+painless|fastest|cleanest)\s+(?:way|ways|method|methods)\s+(?:to|of)\s+(?:die|dying|kill\s+(?:myself|yourself)|end\s+(?:it|my\s+life|things)|suicide|not\s+wake\s+up)\b",
    r"\b(?:have|got|made|making|make|worked\s+out|working\s+out|come\s+up\s+with|settled\s+on)\s+(?:a|the|my|a\s+proper|a\s+real)\s+(?:plan|method|way)\s+(?:to|for|of)\s+(?:how\s+(?:to|i\s+(?:will|would|could))\s+|when\s+(?:to|i\s+(?:will|would))\s+)?(?:end|die|kill|do\s+it|go\s+through\s+with|not\s+be|finish\s+it)\b|\bplan\s+and\s+a\s+(?:date|time|day|place)\b|\b(?:date|time|day|place)\s+and\s+a\s+(?:plan|method)\b",
    r"\b(?:picked|chosen|chose|set|decided\s+on|worked\s+out|sorted)\s+(?:a|the|my)\s+(?:date|day|spot|place|method|bridge|time)\s*(?:$|[.!]|\s+(?:to|for)\s+(?:it\b|end|do\s+it|die|go\s+through|kill)|\s+(?:already|now)\b)",
    r"\b(?:in\s+case|before|when|once|until|if)\s+i\s+(?:finally\s+|actually\s+|do\s+)?(?:go\s+through\s+with\s+it|do\s+it\s+for\s+real|end\s+it|get\s+the\s+courage\s+to\s+do\s+it)\b|\b(?:courage|nerve|guts|bravery)\s+to\s+(?:go\s+through\s+with\s+it|end\s+it|do\s+it\s+for\s+real)\b",
    Rule(
        r"\b(?:bring|bringing|brought|take|taking|took|carry|carrying|carried|keep|keeping|kept|hide|hiding|hid|pack|packed|packing|sneak|sneaking)\s+(?:a|my|the|his|her|dads|mums|a\s+kitchen|a\s+big|my\s+dads)\s+(?:gun|knife|knives|weapon|blade|machete|hammer|crowbar|bat|baseball\s+bat|pistol|rifle|shotgun|axe)\s+(?:in\s+)?(?:in|into|to|with\s+me\s+to|on\s+me|at|for|in\s+my)\b",
        unless=r"\b(?:cut\s+the\s+cake|cake|for\s+(?:lunch|my\s+lunch|fruit|the\s+fruit|opening\s+boxes|the\s+boxes|the\s+veg|prep|camping|fishing|the\s+garden)|box\s+cutter|stanley|chef\s+knife|knife\s+roll|knife\s+skills|butter\s+knife|pocket\s+knife\s+for|range|shooting\s+club|clay\s+pigeon|cricket\s+bat|rounders|baseball\s+game)\b",
    ),
    r"\b(?:bring|bringing|brought|take|taking)\s+something\s+(?:in\s+)?(?:in|into|to)\s+(?:\w+\s+)?(?:work|the\s+office|site|the\s+shop|the\s+store|the\s+warehouse|the\s+depot)\b[^.!?]{0,40}\b(?:pay|hurt|sort|regret|teach|deal\s+with|get\s+(?:them|him|her)|sorry|suffer)\b",
    r"\b(?:get|getting|got|buy|buying|bought|find|finding|found|order\w*|have|had)\s+(?:a|myself\s+a|hold\s+of\s+a)\s+(?:gun|firearm|pistol|weapon|machete|shotgun|rifle)\b",
    r"\b(?:gun|shotgun|rifle|firearm|pistol)\b[^.!?]{0,60}\b(?:thinking|think|thought|keep\s+looking|use\s+it|using\s+it|loaded|on\s+me|them\s+all|myself|my\s+head|end\s+it|end\s+things|pull\s+the\s+trigger)\b",
    r"\b(?:razor|razors|blade|blades|knife|knives|scissors|glass)\b[^.!?]{0,50}\b(?:my\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach)|bathroom\s+floor|when\s+it\s+gets\s+bad|to\s+feel\s+(?:something|better|pain)|make\s+it\s+stop|under\s+my\s+pillow|in\s+my\s+(?:locker|bag|drawer|pocket)\s+(?:for|now|just\s+in\s+case)|on\s+myself|myself\s+with)\b",
    r"\b(?:bathroom\s+floor|in\s+the\s+bath|my\s+(?:arms?|wrists?|thighs?)|in\s+my\s+room\s+at\s+night)\b[^.!?]{0,40}\b(?:razor|razors|blade|blades)\b",
    r"\bpull\s+the\s+trigger\b(?![^.!?]{0,30}\b(?:on\s+(?:the|this|that|a)\s+(?:deal|decision|purchase|project|move|offer|hire|sale|job|launch)))",
    r"\b(?:beam|beams|loft|banister|bannister|rafters?|hook\s+in\s+the\s+ceiling|light\s+fitting)\b[^.!?]{0,50}\b(?:keep\s+(?:looking|staring|thinking)|looking\s+at\s+it|staring\s+at\s+it|thinking\s+about\s+it|strong\s+enough|hold\s+my\s+weight|take\s+my\s+weight|(?:would|will|could)\s+(?:hold|take)(?:\s+(?:me|my\s+weight|the\s+weight))?)\b",
    r"\b(?:worked\s+out|figured\s+out|planned|planning|decided|know\s+exactly|thought\s+through|researched)\s+(?:exactly\s+)?(?:how|when|where)\s+(?:id|i\s+would|ill|i\s+will|i\s+could|im\s+going\s+to|im\s+gonna)\s+(?:do\s+it|end\s+it|go\s+through\s+with\s+it|go)\b(?!\s+(?:differently|better|next|again|if|with|in|on|for|myself|properly|faster|instead|about|to\s+(?:the|work|town)))",
    # pills kept back, collected from several doctors, taken "to see what would happen"
    rf"\b{_PILLS}\s+(?:(?:are|is)\s+)?(?:all\s+)?(?:saved\s+(?:up|away)|stashed|stockpiled|hoarded|squirrelled\s+away)\b|\b(?:different|several|multiple|various|two|three|four)\s+(?:gps|doctors|surgeries)\s+(?:for|to\s+get|to\s+prescribe)\b[^.!?]{{0,20}}\b(?:{_PILLS}|prescriptions?)\b|\b(?:{_PILLS}|prescriptions?)\s+(?:off|from)\s+(?:different|several|multiple|various|two|three|four)\s+(?:gps|doctors|surgeries)\b|\b{_PILLS}\b[^.!?]{{0,50}}\bso\s+(?:that\s+)?(?:i|ill|ive|i\s+have|theres)\s+(?:have\s+|got\s+|get\s+|end\s+up\s+with\s+)?enough\b|\b{_PILLS}\b[^.!?]{{0,60}}\bfor\s+when\s+i\s+(?:cant|cannot|decide|am\s+ready|finally)\b",
    rf"\b(?:{_PILLS}|pill|tablet)\b[^.!?]{{0,50}}\b(?:to\s+see\s+what\s+(?:would|will|might)\s+happen|to\s+see\s+if\s+i\s+(?:would|wake|woke|survive)|just\s+to\s+see\s*(?:$|[.!,]|what|how))",
    # a plan, the means, how i'd do it
    r"\b(?:a|the|my)\s+plan\s+and\s+(?:the\s+|a\s+)?means\b|\bthe\s+means\s+and\s+(?:a|the)\s+plan\b|\b(?:have|got|ive\s+got|found)\s+the\s+means\s+to\s+(?:do\s+it|end\s+it|end\s+things|kill|go\s+through)\b|\b(?:writ\w*|wrote|typ\w*|plann\w*|thought|think\w*)\s+(?:out|through|down)\s+(?:exactly\s+)?how\s+(?:id|i\s+would|ill|i\s+will|im\s+going\s+to|im\s+gonna)\s+do\s+it\b(?!\s+(?:differently|better|next|again|if|with|on|for|properly|faster|instead|at|as|in\s+(?!my\s+(?:notes|diary|journal|phone|head))))",
    # heights: looking down for a long time, thinking of going off it
    r"\b(?:multi[\s-]?storey|top\s+floor|roof|rooftop|bridge|cliff|balcony|car\s*park|tower|viaduct|ledge|flyover|overpass)\b[^.!?]{0,60}\bfor\s+(?:ages|a\s+long\s+time|an\s+hour|hours|ever|so\s+long|a\s+(?:long\s+)?while)\s+(?:just\s+)?(?:looking|staring|peering|gazing)\s+(?:down|over)\b|\b(?:multi[\s-]?storey|top\s+floor|roof|rooftop|bridge|cliff|balcony|car\s*park|viaduct|ledge|flyover|overpass)\b[^.!?]{0,60}\b(?:think\w*|thought|imagin\w*|pictur\w*|tempt\w*|urge\w*)\s+(?:about\s+|of\s+)?(?:just\s+)?(?:going|driving|stepping|walking|rolling|falling|steering|swerving|veering|jumping|climbing)\s+(?:off|over)\s+(?:it|the\s+(?:edge|side|top|barrier|barriers|railing|railings|wall))\b",
    # drowning, smothering, a ligature
    r"\b(?:hold\w*|held|keep\w*|kept|push\w*|put\w*|stick\w*|stuck)\s+my\s+(?:own\s+)?(?:head|face)\s+under\s+(?:the\s+)?(?:\w+\s+)?water\b|\b(?:hold\w*|held|keep\w*|kept|push\w*|stick\w*|stuck)\s+my\s+(?:own\s+)?(?:head|face)\s+under\b[^.!?]{0,20}\b(?:as\s+long\s+as|till|until|see\s+how\s+long)\b|\b(?:plastic|carrier|bin)\s+bag\s+over\s+my\s+(?:own\s+)?(?:head|face)\b|\bpillow\s+over\s+my\s+(?:own\s+)?face\b(?!\s+(?:to\s+(?:block|sleep|drown\s+out|muffle)|from\s+the\s+(?:noise|light)|and\s+scream))|\b(?:belt|cord|cable|rope|wire|scarf|tie|lanyard)\b[^.!?]{0,30}\b(?:round|around)\s+my\s+(?:own\s+)?neck\b[^.!?]{0,30}\b(?:tight|pull\w*|until|till|see\s+how|on\s+purpose|again)\b|\b(?:tie|tied|tying|wrap\w*|put|pulled|looped)\s+(?:a|my|the)\s+(?:belt|cord|cable|rope|wire|charger\s+cable|dressing\s+gown\s+cord|extension\s+lead)\s+(?:round|around)\s+my\s+(?:own\s+)?neck\b",
    # going without food on purpose, to waste away
    Rule(
        r"\b(?:(?:havent|have\s+not|not|stopped|barely|hardly|refus\w+\s+to|refusing\s+to|not\s+been|wont|wouldnt)\s+(?:eaten|eating|eat|ate)|(?:skip\w*|refus\w*)\s+(?:every\s+|all\s+(?:my\s+)?|my\s+)?meals?)\b[^.!?]{0,40}\b(?:on\s+purpose|deliberately|to\s+punish|waste\s+away|wither\s+away|fade\s+away|disappear|until\s+i\s+(?:collapse|pass\s+out|disappear|die|waste))|\b(?:want|wanna|wanting|trying|try|hope|hoping|wish|let|letting|going)\w*\s+(?:to\s+)?(?:myself\s+)?(?:just\s+)?(?:waste|wither|fade|starve)\s+(?:away|myself|to\s+death)\b|\bstarv\w+\s+(?:myself|my\s+body)\b",
        unless=r"\b(?:ramadan|fast|fasting|diet\w*|intermittent|religious|lent|blood\s+tests?|operation|surgery|procedure|scan|anaesthetic|saving\s+(?:myself|room|space)\s+for)\b",
    ),
    # hoping something happens while driving, walking or drinking
    r"\b(?:driv\w*|drove|walk\w*|cycl\w*|drink\w*|crossing)\b[^.!?]{0,50}\bhop\w*\s+(?:that\s+)?(?:something|someone|a\s+(?:car|lorry|bus|truck|van))\s+(?:\w+\s+)?(?:happens|happen|hits|crashes|hit\s+me|takes\s+me\s+out|clips?\s+me|knocks?\s+me\s+(?:down|over)|runs?\s+me\s+(?:over|down))\b|\bhop\w*\s+(?:that\s+)?something\s+(?:bad\s+|terrible\s+|awful\s+)?happens\s+to\s+me\b|\bwithout\s+(?:a|my)\s+seat\s*belt\b[^.!?]{0,20}\b(?:on\s+purpose|hoping|deliberately)\b",
    # -- preparation and farewell
    r"\b(?:gave|giving|given|give|left|leaving|rehom\w+|handing|handed)\b[^.!?]{0,50}\bso\s+(?:someone|somebody|they|she|he|someone\s+else)\s+(?:will|can|would|could|knows\s+to)\s+(?:look\s+after|take\s+care\s+of|have|feed)\b|\b(?:look\s+after|take\s+care\s+of)\s+(?:my\s+)?(?:\w+\s+)?(?:when\s+im\s+gone|after\s+im\s+gone|if\s+i\s+(?:die|am\s+gone|go))\b",
    r"\b(?:said|say|saying|made|done)\s+(?:all\s+)?my\s+goodbyes\b(?!\s+to\s+(?:the|my|our|this|that)\s+(?:old|last|previous|team|colleagues|client|office|manager|boss|desk|job|role|placement|customers|students|class))",
    Rule(
        r"\b(?:giv\w*|gave|given)\s+(?:away\s+)?(?:all\s+(?:of\s+)?)?(?:my|my\s+\w+)\s+(?:stuff|things|belongings|possessions|cat|dog|pets?|plants|clothes|games|guitar|books|jewellery|jewelry|records|savings|collection|tools|bike|car|everything)\s+away\b|\b(?:gave|giving|given|give|left|leaving|rehom\w+|handing|handed)\b[^.!?]{0,50}\bso\s+(?:hes|shes|theyre|he\s+is|she\s+is|they\s+are|its|it\s+is|they\s+get|he\s+gets|she\s+gets)\s+(?:looked\s+after|taken\s+care\s+of|cared\s+for|got\s+a\s+(?:good\s+)?home|sorted|safe)\b|\b(?:giv\w*|gave|given)\s+away\s+(?:all\s+(?:of\s+)?)?(?:my|my\s+\w+)\s+(?:stuff|things|belongings|possessions|cat|dog|pets?|plants|clothes|games|guitar|books|jewellery|jewelry|records|savings|collection|tools|bike|car)\b|\bgiving\s+everything\s+away\b",
        unless=r"\b(?:charity|charity\s+shop|moving|move\s+(?:house|flat|out)|declutter\w*|clear\w*\s+out|car\s+boot|ebay|vinted|marketplace|gumtree|spring\s+clean|downsiz\w*|minimalis\w*|new\s+flat|new\s+house|smaller\s+place)\b",
    ),
    r"\b(?:suicide|goodbye|farewell|final|last)\s+(?:note|notes|letter|letters|video|videos|texts?)\b|\b(?:suicide|goodbye|farewell)\s+(?:messages?|emails?|voice\s*notes?)\b(?!\s+(?:for|to)\s+(?:the|my|our)\s+(?:team|client|colleagues|manager|boss|old\s+team|customers)\b)|\b(?:wrote|written|writing|write|left|leave|leaving|drafted|recorded|recording)\s+(?:a\s+|my\s+|the\s+|some\s+)?(?:note|notes|letters|videos)\s+(?:for|to)\s+(?:my|the)\s+(?:\w+\s+)?(?:family|kids|children|mum|mom|dad|wife|husband|partner|sister|brother|parents|son|daughter|girlfriend|boyfriend|loved\s+ones|nan|gran)\b",
    r"\b(?:sort\w*|put\w*|got|get\w*|have|had)\s+(?:all\s+)?(?:my\s+)?affairs\s+in\s+order\b|\b(?:planning|planned|plan|arranging|arranged|choosing|chose|picked)\s+(?:out\s+)?my\s+(?:own\s+)?funeral\b|\bmy\s+funeral\b[^.!?]{0,30}\b(?:plan|songs?|music|wishes|arranged|sorted|in\s+my\s+head|relief|would\s+be|everyone|nobody\s+would\s+come|who\s+would\s+(?:come|turn\s+up))\b|\b(?:will|passwords|bank\s+details|pin\s+numbers)\b[^.!?]{0,30}\b(?:so\s+(?:no\s*one|nobody)\s+has\s+to|for\s+(?:after|when\s+im\s+gone)|in\s+case\s+anything\s+happens|before\s+i\s+go\b)",
    r"\b(?:already|just|finally)\s+(?:said|told\s+\w+|sent)\s+(?:my\s+)?goodbyes?\s+(?:to\s+)?(?:my|the|everyone|everybody|all|him|her|them|mum|mom|dad)\b|\bgoodbye\s+(?:for\s+good|forever|for\s+ever|everyone|world|cruel\s+world)\b|\b(?:this|its)\s+(?:is\s+)?goodbye\b(?!\s+to\s+(?:the|my|this|that)\s+(?:old|last|job|office|role|team|commute|desk|placement))|\bsaying\s+(?:my\s+)?goodbyes?\b(?!\s+to\s+(?:the|my|our|this|that)\s+(?:old|last|previous|team|colleagues|client|office|manager|boss|desk|job|role|placement|customers|kids\s+at|students|class))|\bsorry\s+for\s+everything\b",
    r"\b(?:please\s+)?tell\s+(?:my\s+)?(?:\w+\s+)?(?:family|kids|children|mum|mom|dad|wife|husband|partner|sister|brother|parents|son|daughter|girlfriend|boyfriend|nan|gran|friends|mam)\s+(?:that\s+)?(?:i\s+love|im\s+sorry|i\s+am\s+sorry|sorry|i\s+loved|it\s+wasnt\s+(?:their|her|his|your)\s+fault|none\s+of\s+(?:this|it)\s+(?:was|is)\s+(?:their|her|his|your)\s+fault|i\s+tried)\b|\bif\s+(?:anything|something)\s+(?:happens|should\s+happen|were\s+to\s+happen)\s+to\s+me\b",
    # -- self-harm
    r"\b(?:started|start|been|keep|kept|back\s+to|went\s+back\s+to|gone\s+back\s+to|urges?\s+to|want\w*\s+to|tempted\s+to|relapsed\s+(?:into|and)|stop\s+myself\s+(?:from\s+)?|thinking\s+about|thought\s+about|resist\w*|craving|crave|addicted\s+to)\s+(?:cutting|burning|hurting|harming|hitting|scratching|punching|starving|bruising|cut|burn|hurt|harm|hit|scratch|punch|starve|bruise|pinching|pinch|biting|bite|bashing|bash)\s+(?:myself|again|my\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)|at\s+night|when|after|every)\b",
    r"\b(?:cutting|burning|self\s*harming)\s+again\b|\bcut(?:s|ting)?\s+(?:again|myself\s+again)\b|\b(?:cut|cuts|cutting|slit|slitting|slash\w*|carv\w*|scor\w*)\s+(?:my|both)\s+(?:wrists|arms|thighs|legs|skin|stomach|wrist|arm|thigh)\b(?!\s+(?:on|open\s+on|at\s+work|by\s+accident|with\s+(?:the|a)\s+(?:box|machine|knife\s+(?:while|at))|slightly|a\s+bit|while|when|lifting|carrying|moving))",
    r"\b(?:till|until|til|so)\s+(?:it|they|i|my\s+\w+)\s+(?:bleed|bleeds|bled|bleeding|blister\w*|bruise\w*)\b|\bmade?\s+(?:myself|my\s+\w+)\s+bleed\b|\b(?:make|made|making)\s+myself\s+(?:bleed|hurt|suffer|pay)\b|\bwant(?:ed)?\s+it\s+to\s+hurt\b|\bdeserve\s+(?:the\s+)?pain\b|\bto\s+(?:punish|hurt)\s+myself\b",
    r"\b(?:punch\w*|hit|hitting|bang\w*|smash\w*|head\s*butt\w*)\s+(?:the|a|my)\s+(?:wall|walls|door|mirror)\s+(?:until|till|til|so\s+hard|and\s+(?:broke|it\s+bled|my\s+(?:hand|knuckles)))\b|\bburn\w*\s+(?:myself|my\s+(?:arm|arms|wrist|skin|hand|leg|legs))\s+with\s+(?:a\s+)?(?:lighter|cigarette|fag|match|matches|iron\s+on\s+purpose)\b|\bscratch\w*\s+(?:at\s+)?my\s+(?:arms|wrists|skin|legs|face)\s+(?:till|until|raw|so)\b",
    # self-harm by its objects and marks: the blade out again, marks from what i do to myself
    Rule(
        r"\b(?:razor|razors|blade|blades)\b[^.!?]{0,30}\b(?:out\s+again|back\s+out)\b|\b(?:razor|razors|blade|blades|knife|lighter|compass)\b[^.!?]{0,40}\b(?:trying|try|tried|fighting|resist\w*|struggling)\s+(?:so\s+hard\s+|hard\s+|really\s+hard\s+)?not\s+to\s+use\s+(?:it|them)\b|\b(?:razor|razors|blade|blades)\b[^.!?]{0,50}\b(?:keep|kept)\s+(?:picking\s+(?:it|them)\s+up|staring\s+at\s+(?:it|them)|looking\s+at\s+(?:it|them)|holding\s+(?:it|them))\b",
        unless=r"\b(?:box\s+cutter|stanley|cutter|guillotine|saw|mower|strimmer|retract\w*|slicer|machine|lawn|shaver|trimmer|kitchen|chef|blender|mandoline)\b",
    ),
    r"\bwhat\s+(?:i|ive|i\s+have|i\s+ve)\s+(?:been\s+)?(?:do|did|doing|keep\s+doing)\s+to\s+myself\b(?!\s+(?:with|by|when\s+i\s+(?:say|take|work|agree)|in\s+terms|every\s+time\s+i\s+(?:say|take|agree)))|\b(?:marks|scars|cuts|burns|bruises|scratches|wounds)\s+(?:\w+\s+){0,4}(?:from|of)\s+(?:my\s+)?(?:self[\s-]?harm\w*|hurting\s+myself|cutting)\b|\b(?:fresh|new)\s+(?:cuts|scars|marks|scratches)\s+(?:on|all\s+over|up|down|across)\s+my\s+(?:arms?|wrists?|thighs?|legs?|stomach|hips?|skin)\b|\b(?:hide|hiding|hid|cover|covering|covered)\s+(?:up\s+)?(?:the\s+|my\s+)?(?:marks|scars|cuts)\s+(?:on|up|across)\s+my\s+(?:arms?|wrists?|thighs?|legs?|stomach)\b",
    r"\bpunish\w*\s+(?:my\s+body|my\s+(?:arms|skin)|myself\s+physically)\b|\b(?:want|wanna|need|deserve|urge)\w*\s+to\s+(?:hurt|harm|punish|damage|destroy)\s+my\s+(?:own\s+)?body\b|\b(?:marks|scars|cuts|burns|bruises)\s+(?:that\s+)?i\s+(?:made|did|gave\s+myself|put\s+there|caused)\b",
    r"\b(?:punch\w*|hit\w*|slap\w*|bang\w*|scratch\w*|pinch\w*|bit|bite|biting|smack\w*|beat\w*)\s+(?:myself|my\s+own\s+(?:arms?|legs?|thighs?|stomach|wrists?|skin|face)|my\s+(?:arms?|legs?|thighs?|stomach|wrists?|skin))\b[^.!?]{0,30}\b(?:till|until|til|so\s+hard)\b",
    # -- harm to others: urges, threats, weapons, revenge
    Rule(
        rf"\b{_WANT}\s+(?:i\s+(?:will|ll|might|could|would)\s+|to\s+|of\s+|about\s+|id\s+)?(?:really\s+|seriously\s+|physically\s+|actually\s+|properly\s+|just\s+|literally\s+|end\s+up\s+)?{_VIOLENT}\s+{_PEOPLE}\b",
        unless=r"\b(?:not\s+literally|figuratively|metaphorically|only\s+joking|just\s+joking|jk|kidding)\b",
    ),
    Rule(
        rf"\b(?:kill|murder|stab|shoot|strangle|poison|batter|smash\s+(?:in|up)|beat\s+the\s+(?:shit|crap|hell)\s+out\s+of|knife|glass)\w*\s+{_PEOPLE}\b",
        unless=r"\b(?:not\s+literally|figuratively|metaphorically|only\s+joking|just\s+joking|jk|kidding|game|fortnite|call\s+of\s+duty|zombie|level|boss\s+fight)\b",
    ),
    r"\b(?:hurt|hit|harm|smack|slap|shake|shook|strangle|choke|beat|punch|kick|push|shove|throttle|smacked|slapped|hit|punched|kicked|pushed|shoved|hurting|hitting|smacking|shaking|strangling|choking|beating)\s+(?:my|the)\s+(?:own\s+)?(?:kids?|children|child|son|daughter|baby|babies|toddler|little\s+one|wife|husband|partner|girlfriend|boyfriend)\b",
    r"\b(?:urge|urges|impulse|impulses)\s+to\s+(?:hurt|hit|harm|kill|strangle|shake|smack|slap|throttle|punch|stab|choke|attack|lash\s+out)\b",
    r"\b(?:scared|afraid|terrified|worried|frightened)\s+(?:of\s+)?(?:what\s+)?i\s*(?:ll|will|might|could|would|m\s+going\s+to|m\s+gonna|m)\s*(?:might\s+|could\s+)?(?:do\s+(?:to\s+(?:him|her|them|someone|somebody|myself|my\s+\w+)|something\s+(?:stupid|bad|terrible|awful|i\s+regret)\s*(?:$|[.,!?]|tonight|to\b))|do\b(?=\s*(?:$|[.,!?]|\s+(?:next|if|when|to\b))))|\b(?:scared|afraid|terrified|worried)\s+(?:i\s*ll|i\s+will|i\s+might|i\s+could|im\s+going\s+to)\s+(?:snap\s+and|lose\s+control\s+and|hurt\s+(?:someone|somebody|him|her|them|myself|my)|do\s+something\s*(?:$|[.,!?]|(?:stupid|drastic|bad|terrible)\s*(?:$|[.,!?]|tonight)|to\s+(?:myself|him|her|them|someone)))",
    r"\b(?:snap|snapping|snapped)\s+(?:and|one\s+day\s+and)\s+(?:kill|hurt|hit|attack|stab|batter|smash|do\s+something)\b|\b(?:do|doing|did)\s+something\s+(?:stupid|drastic|terrible|awful|bad|permanent|final|irreversible|i\s+cant\s+take\s+back|i\s+cant\s+undo)\s+(?:tonight|today|this\s+weekend|to\s+myself|to\s+(?:him|her|them))\b|\b(?:do|doing)\s+something\s+(?:permanent|irreversible|i\s+cant\s+undo)\b|\bsomething\s+permanent\b[^.!?]{0,30}\b(?:only\s+(?:answer|way|option)|answer|way\s+out|solution)\b|\b(?:do|done|doing)\s+(?:something|anything)\s+(?:\w+\s+)?to\s+myself\b|\bbefore\s+i\s+do\s+something\s+(?:stupid|drastic|terrible|i\s+regret|i\s+cant\s+take\s+back)\b",
    r"\b(?:i\s+)?(?:know|found\s+out|figured\s+out|worked\s+out|learned|learnt|got|have|looked\s+up)\s+where\s+(?:he|she|they|you|my\s+\w+(?:\s+\w+)?|the\s+\w+|that\s+\w+|his\s+\w+|her\s+\w+)\s+(?:lives|live|parks|park|sleeps|stays|drinks|goes\s+after|picks\s+up|drops\s+off|gets\s+the\s+bus|walks\s+home|kids\s+go)\b",
    r"\btak\w+\s+(?:\w+\s+){0,3}down\s+with\s+me\b|\bmake\s+(?:him|her|them|you|everyone|everybody|my\s+\w+|the\s+\w+|that\s+\w+)\s+(?:all\s+)?(?:pay|regret\s+it|suffer|bleed|sorry)\b",
    r"\b(?:wait|waiting|waited|lie\s+in\s+wait)\s+(?:for|outside)\s+(?:him|her|them|my\s+\w+|the\s+\w+|that\s+\w+)\s+(?:\w+\s+){0,2}(?:in|at|outside|after|by|near)\s+(?:the\s+)?(?:car\s*park|his\s+car|her\s+car|their\s+car|his\s+house|her\s+house|their\s+house|home|the\s+gate|the\s+back|after\s+(?:work|shift|his\s+shift|her\s+shift))\b",
    r"\b(?:burn|torch|blow\s+up|bomb|shoot\s+up)\s+(?:the|this|that|their|his|her)\s+(?:place|building|office|shop|store|site|warehouse|house|car)\b(?:\s+down)?(?![^.!?]{0,20}\b(?:lol|haha|not\s+literally|figuratively))",
    r"\b(?:smash|kick|cave|bash)\s+(?:his|her|their|your)\s+(?:head|face|teeth)\s+in\b|\bbreak\s+(?:his|her|their|your)\s+(?:neck|legs|jaw|nose|face|arm|arms)\b|\brun\s+(?:him|her|them)\s+(?:over|down)\b|\bfollow\s+(?:him|her|them)\s+home\s+and\b",
    r"\b(?:hurt|kill|harm|attack|stab|shoot|punch|hit)\s+(?:some|somebody|someone|people|a\s+(?:customer|colleague|coworker|patient))\b[^.!?]{0,20}\b(?:if|one\s+day|soon|tonight|today|at\s+work|on\s+shift)\b",
    # poison or spike someone's drink or food
    rf"\b(?:put|putting|slip|slipping|spike|spiking|add|adding|lace|lacing|tip|tipping)\s+(?:something|stuff|bleach|laxatives?|(?:rat\s+)?poison|antifreeze|pills|drugs|crushed\s+\w+|glass|weedkiller)\s+(?:in|into)\s+(?:his|her|their|(?:my|the|that|this)\s+(?:\w+\s+)?{_ROLE}(?:e?s)?)\s+(?:\w+\s+){{0,2}}(?:coffee|tea|drink|brew|food|lunch|water|cuppa|dinner|sandwich|meal|bottle|mug|cup)\b|\b(?:spik\w*|lac(?:e|es|ed|ing))\s+(?:his|her|their|(?:my|the|that)\s+(?:\w+\s+)?{_ROLE}(?:e?s)?)\s+(?:\w+\s+)?(?:drink|coffee|tea|food|pint|lunch|water|brew|cuppa)\b",
    # fire, or damage to someone's property "and then him"
    r"\b(?:want|wants|wanted|wanna|going\s+to|gonna|planning|plan\s+to|tempted|thinking\s+(?:of|about)|ill|i\s+will|id|i\s+could|ready\s+to|about\s+to)\s+(?:to\s+)?(?:go\s+and\s+|just\s+)?(?:set\s+fire\s+to|setting\s+fire\s+to|burn\s+down|burning\s+down|torch|torching|set\s+alight|petrol\s+bomb)\s+(?:the|this|that|his|her|their|my)\b|\b(?:fire|burn\w*|torch\w*|lock\w*|blow\w*\s+up|bomb\w*)\b[^.!?]{0,50}\bwith\s+(?:him|her|them|the\s+(?:\w+\s+)?(?:boss|manager|owner|supervisor)s?)\s+(?:still\s+)?(?:inside|in\s+(?:it|there|the\s+building))\b",
    rf"\b{_WANT}\s+(?:to\s+)?(?:go\s+and\s+|just\s+)?(?:slash|key|smash|torch|wreck|trash|vandalis\w*|vandaliz\w*|scratch|cut|burn|sabotage|mess\s+with)\s+(?:his|her|their|(?:my|the|that)\s+(?:\w+\s+)?{_ROLE}(?:e?s)?)\s+(?:\w+\s+)?(?:tyres|tires|car|van|windows|windscreen|house|flat|bike|brakes|brake\s+(?:lines?|cables?)|motorbike|front\s+door)\b|\bcut\w*\s+(?:his|her|their|the)\s+brake\s*(?:lines?|cables?|pipes?)\b|\b(?:slash\w*|key\w*|smash\w*|torch\w*|wreck\w*|burn\w*|{_VIOLENT_BASE})\b[^.!?]{{0,40}}\band\s+then\s+(?:him|her|them)\b(?:\s*$|\s*[.,!]|\s+(?:too|as\s+well|next|after))",
    # someone will get hurt, by me
    r"\b(?:someone|somebody|someones|somebodys|he|she|they|hes|shes|theyre|people|anyone)\s+(?:is\s+|are\s+)?(?:(?:going\s+to|gonna|will|ll|is\s+gonna)\s+(?:get\s+)?|getting\s+)(?:hurt|hit|stabbed|battered|smacked|killed|a\s+smack|glassed|it|what\s+(?:s|is)\s+coming\s+to\s+(?:him|her|them))\b[^.!?]{0,30}\b(?:by\s+me|i\s+mean\s+(?:by\s+me|me)|(?:it\s+(?:ll|will)|itll)\s+be\s+(?:me|by\s+me)|ill\s+make\s+sure\s+of\s+it|ill\s+be\s+the\s+one|i\s+will\s+be\s+the\s+one)\b",
]

# ---------------------------------------------------------------------------- urgent
_PROTECTED = (
    r"(?:black|brown|asian|white|indian|pakistani|bangladeshi|polish|romanian|bulgarian|lithuanian|"
    r"african|nigerian|ghanaian|somali|chinese|filipino|arab|jamaican|irish|scottish|welsh|english|"
    r"muslim|jewish|hindu|sikh|christian|catholic|religious|foreign|a\s+foreigner|an?\s+immigrant|"
    r"a\s+migrant|gay|lesbian|bi|bisexual|trans|transgender|queer|non-?binary|a\s+woman|a\s+girl|"
    r"female|a\s+man|male|pregnant|expecting|disabled|deaf|blind|autistic|dyslexic|epileptic|"
    r"diabetic|in\s+a\s+wheelchair|old|older|too\s+old|young|too\s+young|over\s+\d+|under\s+\d+|"
    r"a\s+mum|a\s+mother|a\s+single\s+mum|a\s+dad|having\s+a\s+baby|going\s+to\s+have\s+a\s+baby|planning\s+(?:a\s+family|to\s+have\s+(?:kids|a\s+baby))|a\s+new\s+mum|on\s+maternity|back\s+from\s+maternity|a\s+single\s+parent|a\s+carer|mixed\s+race|"
    r"not\s+from\s+here|not\s+british|not\s+english|from\s+\w+|a\s+traveller|a\s+gypsy|"
    r"(?:of|about)\s+my\s+(?:race|religion|colou?r|skin|accent|nationality|ethnicity|age|gender|"
    r"sexuality|disability|condition|hijab|turban|headscarf|faith|beard|culture|background|"
    r"pregnancy|dyslexia|autism|adhd|diabetes|epilepsy|wheelchair|name|country|hair|periods?|"
    r"menopause|mental\s+health|depression|anxiety\s+disorder|cancer|illness|chronic))"
)
_INSULT = (
    r"(?:the\s+|a\s+|an\s+|that\s+)?(?:foreigner|immigrant|migrant|paki|terrorist|monkey|n-?word|"
    r"gypsy|gyppo|pikey|illegal|freshie|fob|chink|coconut|towel\s*head|faggot|fag|queer|tranny|"
    r"shemale|retard|retarded|spastic|spaz|spacca|mong|cripple|dyke|lesbo|bitch|slut|whore|skank|"
    r"cow|fatty|fat\s+\w+|token\s+\w+|diversity\s+hire|quota\s+hire|affirmative\s+action|(?:token\s+)?(?:black|brown|asian|foreign|gay|muslim|polish|indian|african|jewish|chinese|romanian|disabled|deaf|fat|pregnant|paki|immigrant)\s+(?:guy|girl|one|lad|woman|man|bloke|kid|lass|lady|fella|nurse|driver|worker|bitch|boy)|granny|grandad|grandpa|old\s+timer|dinosaur|pensioner|darkie|blackie|"
    r"curry\s*muncher|bud\s*dha|ape|savage|camel|kebab|polack|pole|bulgar|romanian|gyp|yid|"
    r"kike|raghead|stupid|useless|thick|idiot|moron|dumb|dumbass|worthless|pathetic|a\s+waste\s+of\s+space|"
    r"names|racist\s+names|horrible\s+names|slurs?|the\s+new\s+(?:girl|boy)\s+in\s+a\s+way|sweetheart|"
    r"sweetie|darling|babe|baby|honey|hun|princess|gorgeous|sexy|beautiful|doll|dolly|sugar|cutie|"
    r"treacle|petal|sugar\s*tits|love\s+in\s+a\s+creepy\s+way)"
)
_BODY = (
    r"(?:body|chest|boobs|breasts|tits|bum|butt|arse|ass|legs|leg|thighs?|figure|curves|lips|"
    r"bra|underwear|knickers|skirt|outfit|clothes|top|dress|hips|waist|crotch|groin|privates|"
    r"sex\s+life|virginity|weight|looks|appearance|hair|neck|shoulders?|back|knee|hand|hands|face)"
)

URGENT: list[str | Rule] = [
    # -- harassment and bullying (sexual or not)
    Rule(
        r"\bharass\w*|\bbull(?:y|ies|ied|ying)\b|\bstalk(?:s|ed|ing|er|ers)?\b|\bvictimi[sz]\w*|\bintimidat\w*",
        unless=r"\b(?:training|course|module|session|talk|workshop|video|e-?learning|seminar|policy|poster)\s+(?:on|about|around)\s+(?:\w+\s+){0,2}(?:harassment|bullying|discrimination)\b|\b(?:harassment|bullying|discrimination)\b[^.!?]{0,25}\b(?:awareness|training|course|module|session|workshop|seminar|e-?learning|policy)\b|\b(?:harassment|bullying|anti[\s-]?bullying|dignity\s+at\s+work)\s+(?:training|policy|policies|course|module|video|workshop|seminar|e-?learning|quiz|talk|session|poster|officer|helpline|procedure)\b|\b(?:stalk\w*)\s+(?:their|his|her|the\s+\w+s?)\s+(?:linkedin|instagram|profile|page|socials|website)\b|\bstalk\w*\s+(?:linkedin|prospects?|leads?|clients?|companies|competitors)\b|\blinkedin\s+stalk\w*",
    ),
    r"\bsexual\w*\s+(?:comment|remark|joke|advance|harass|assault|touch|innuendo|favou?r|message|text|pic|photo|video|question|gesture|noise|content|stuff|talk|banter|way)\w*|\bsexually\b",
    r"\b(?:sexist|sexual|dirty|crude|lewd|creepy|pervy|perverted|inappropriate|explicit|degrading|vulgar|filthy|suggestive|flirty|flirtatious|nasty|racist|homophobic|transphobic|gay|lesbian|trans|fat|paki|terrorist|bomb|curry|immigrant|foreigner|monkey|religious|pregnant|pregnancy|rape|muslim|jewish|black|asian|age|old\s+(?:man|woman|lady|git)|disability|wheelchair|accent)\s+(?:jokes?|comments?|remarks?|messages?|texts?|touching|behaviou?r|looks?|stuff|pics?|pictures?|photos?|images?|videos?|names?|banter|questions?|gestures?|noises?|emails?|dms?|voice\s+notes?|memes?)\b",
    rf"\b(?:comment\w*|remark\w*|joke\w*|talk\w*|going\s+on|goes\s+on|rat\w*|scor\w*|think\w*|fantasi[sz]\w*|dream\w*)\s+(?:on|about)\s+(?:my|how\s+my)\s+{_BODY}\b(?!\s+(?:language|of\s+work))",
    r"\b(?:send|sends|sending|sent|texting|texts|texted|messag\w*|dm\w*|snap\w*|show\w*|showed)\s+(?:me\s+)?(?:explicit|nude|naked|dirty|sexual|inappropriate|creepy|flirty|rude|porn\w*|x-?rated|graphic)\s+(?:pics|pictures|photos|messages|texts|images|videos|stuff|snaps|selfies|content|photo|pic|picture|video|message|text)\b|\bdick\s*pics?\b|\bnudes\b|\bunsolicited\s+(?:pics?|photos?|images?)\b",
    r"\b(?:photos?|pics?|pictures?|videos?|selfies?|images?|snaps?)\s+of\s+(?:himself|herself|themselves|his|her)\s+(?:\w+\s+)?(?:naked|nude|topless|in\s+(?:his|her)\s+(?:pants|underwear|boxers|bra))\b|\b(?:naked|nude|topless|explicit|x-?rated|pervy|dirty)\s+(?:photos?|pics?|pictures?|videos?|selfies?|images?|snaps?)\b|\bwont\s+take\s+no\b|\basked\s+me\s+out\s+(?:\w+\s+){0,3}(?:times|again|even\s+though|after\s+i|every)\b|\bsit\s+on\s+(?:his|her|their)\s+(?:lap|knee)\b",
    r"\b(?:says|said|saying|tells\s+me|told\s+me|texts?\s+me|texted\s+me|messag\w+\s+me)\s+(?:that\s+)?i\s+look\s+(?:so\s+|really\s+|well\s+)?(?:sexy|hot|fit|fuckable|peng|gorgeous|beautiful|tasty|edible|stunning)\b|\b(?:ask\w*|invit\w*|beg\w*|pressur\w*|want\w*|told|keeps\s+asking)\s+(?:me\s+)?(?:(?:to\s+)?(?:come|go|get|stay|join\s+him|join\s+her)\s+)?(?:back\s+|up\s+|over\s+|round\s+)?(?:to\s+)?(?:his|her)\s+(?:hotel\s+room|room|flat|house|place|bed|car|van)\b(?![^.!?]{0,40}\b(?:bbq|barbecue|party|team|christmas|birthday|everyone|all\s+of\s+us|whole\s+team|the\s+others))",
    r"\b(?:hug\w*|cuddl\w*|kiss\w*|squeez\w*|grab\w*|touch\w*|rub\w*|sniff\w*|smell\w*\s+my\s+hair)\s+me\s+(?:from\s+behind|without\s+asking|when\s+no\s*one|and\s+i\s+(?:hate|dont\s+like|cant\s+stand)|even\s+(?:though|after|when)|every\s+(?:time|shift|day|morning))\b",
    r"\b(?:photos?|pics?|pictures?|selfies?|videos?)\s+of\s+(?:myself|me|my\s+body|me\s+in)\b(?!\s+(?:at|with)\s+the\s+(?:stand|display|event|launch))|\bsend\s+(?:him|her|them)\s+(?:some\s+)?(?:pics|photos|nudes|selfies|pictures)\b(?!\s+of\s+(?:the|our|my)\s+(?:display|stock|shelf|shelves|work|delivery|damage|receipt|stand|site|shop|van))",
    r"\b(?:what|things)\s+(?:he|she|they)\s+(?:want|wants|wanna|would\s+like|d\s+like|would|wanted)\s+to\s+do\s+to\s+me\b|\bexpos\w+\s+(?:himself|herself|themselves)\b|\bflash\w*\s+(?:me|at\s+me|himself|herself)\b|\b(?:showed|shows|show)\s+me\s+his\s+(?:dick|penis|privates|junk|cock)\b|\bgot\s+his\s+(?:dick|penis|privates|junk|cock)\s+out\b",
    r"\bif\s+i\s+(?:came|come|go|went|had|have|got|get|spent|spend)\s+(?:for\s+|out\s+for\s+)?(?:drinks|dinner|a\s+drink|a\s+meal|out|back|round|over|the\s+night|time)\s+(?:\w+\s+)?(?:alone\s+)?with\s+(?:him|her)\b",
    r"\b(?:say|says|saying|said)\s+(?:that\s+)?(?:i|we)\s+(?:smell|stink|reek)\s+(?:like|of)\b|\bsmell\s+(?:like|of)\s+(?:curry|garlic|spices?|kebab|kebabs|fish|curry\s+house)\b",
    r"\b(?:told|telling|tells|tell)\s+(?:\w+\s+){0,3}not\s+to\s+(?:talk|speak|sit|eat)\s+(?:to|with|near)\s+me\b|\b(?:freeze|freezing|froze|frozen)\s+me\s+out\b|\bsend\s+me\s+to\s+coventry\b|\b(?:blank|blanks|blanked|blanking|ignore|ignores|ignored|ignoring)\s+me\s+on\s+purpose\b",
    r"\b(?:asking|ask|asks|asked)\s+(?:me\s+)?(?:when|if)\s+(?:im|i\s+am|i\s+m)\s+(?:going\s+to\s+|gonna\s+|planning\s+to\s+|thinking\s+of\s+|ever\s+going\s+to\s+)?(?:retire|retiring|pack\s+it\s+in|hang\s+up\s+my\s+boots|going\s+to\s+have\s+(?:kids|a\s+baby)|having\s+(?:kids|a\s+baby)|planning\s+(?:kids|a\s+family))\b",
    r"\bmy\s+(?:accent|skin|colou?r|name|hijab|turban|religion|weight|age|looks|appearance|hair|disability|wheelchair|stammer|stutter|voice)\s+(?:\w+\s+){0,3}(?:put|puts|putting)\s+(?:\w+\s+)?(?:customers|clients|people|patients|guests|buyers)\s+off\b|\b(?:customers|clients|patients|guests)\s+(?:dont|wont|would\s+not|wouldnt)\s+(?:like|want|trust|understand)\s+(?:my\s+(?:accent|skin|colou?r|hijab|turban|religion|name)|someone\s+like\s+me|people\s+like\s+me)\b",
    r"\b(?:refus\w+|wont|will\s+not|doesnt|dont|never|deliberately|on\s+purpose|keeps?\s+(?:forgetting|getting))\s+(?:to\s+)?(?:\w+\s+)?(?:use|say|respect|call\s+me\s+by)\s+(?:my\s+)?(?:pronouns|correct\s+pronouns|new\s+name|correct\s+name|real\s+name|chosen\s+name|preferred\s+name)\b",
    r"\b(?:ivf|fertility|miscarriage|menopause|period\s+pain|endometriosis|smear|gender\s+clinic|hormone)\b[^.!?]{0,60}\b(?:not\s+a\s+real|refus\w+|said\s+no|laughed|made\s+a\s+joke|joked|not\s+allowed|wont|unpaid|docked|warning|excuse|made\s+up|in\s+my\s+head)\b",
    r"\b(?:asks?|asked|asking|texts?|texted|messag\w*)\s+(?:me\s+)?(?:at\s+\w+\s+)?what\s+(?:im|i\s+am|i\s+was)\s+wearing\b|\b(?:asks|asked|asking)\s+(?:me\s+)?(?:about\s+)?(?:my\s+sex\s+life|if\s+im\s+(?:single|a\s+virgin)|if\s+i\s+have\s+a\s+boyfriend\s+every)\b",
    r"\b(?:keeps|kept|keep|wont\s+stop|will\s+not\s+stop|constantly|always|still|repeatedly|again|even\s+after\s+i\s+said\s+no)\s+(?:asking|messaging|texting|begging|pestering|pushing|hassling|pressuring)\s+(?:me\s+)?(?:out|on\s+(?:a\s+)?dates?|for\s+(?:drinks|a\s+date|a\s+drink|dinner|my\s+number)|to\s+(?:go\s+out|come\s+(?:out|over|back|home)|meet\s+(?:him|her)|date\s+(?:him|her)|sleep\s+with|hook\s+up|kiss))\b|\bafter\s+i\s+(?:said|told\s+(?:him|her)|made\s+it\s+clear)\s+no\b",
    r"\b(?:sleep|sleeping|slept|go\s+out|going\s+out|date|dating|hook\s+up|hooking\s+up|kiss|kissing|be\s+nice\s+to|be\s+nicer\s+to|have\s+drinks|get\s+a\s+drink|go\s+for\s+drinks|come\s+back\s+to\s+his|come\s+back\s+to\s+hers|sit\s+on\s+his\s+lap)\s+(?:with\s+)?(?:him|her|them|the\s+\w+|my\s+\w+)?\b[^.!?]{0,50}\b(?:or\s+(?:i|else|ill|lose)|if\s+i\s+want|to\s+(?:keep|get|pass)|for\s+(?:the|a|my)\s+(?:job|shifts|promotion|contract|hours|pay\s+rise|raise|perm)|wont\s+(?:pass|get|keep)|lose\s+(?:my|the)|my\s+(?:probation|contract|shifts|hours|job|promotion)|permanent\s+contract|perm\s+role|pass\s+probation)\b",
    r"\b(?:if\s+i\s+(?:want|wanted|wanna)|to\s+(?:get|keep|pass))\s+(?:the|my|a|that|this|more|any)\s+(?:\w+\s+){0,2}(?:contract|job|shifts?|promotion|hours|role|place|pay\s+rise|raise|perm|probation|position|bonus|reference)\b[^.!?]{0,30}\b(?:should|need\s+to|have\s+to|must|better|ought\s+to|gotta|got\s+to|could|would\s+have\s+to)\s+(?:\w+\s+){0,2}(?:go\s+out|sleep|date|hook\s+up|be\s+nice|be\s+nicer|be\s+friendly|kiss|sit\s+on|come\s+(?:out|back|over|home)|have\s+(?:dinner|drinks)|spend\s+(?:the\s+night|time\s+alone)|send\s+(?:him|her)\s+(?:pics|photos))\b",
    r"\bif\s+i\s+(?:dont|do\s+not|wont|refuse\s+to)\s+(?:sleep|go\s+out|date|hook\s+up|kiss|flirt|sit\s+on\s+his\s+lap|have\s+drinks)\b",
    Rule(
        rf"\b(?:touch|touches|touched|touching|grope|gropes|groped|groping|grab|grabs|grabbed|grabbing|rub|rubs|rubbed|rubbing|strok\w+|squeez\w+|pinch\w*|slap\w*|smack\w*|fondl\w+|brush\w*\s+against|kiss\w*|massag\w+|sniff\w*|lick\w*|feel\w*\s+up|felt\s+up|cop\w*\s+a\s+feel|tickl\w*|play\w*\s+with|caress\w*|nuzzl\w*|brush\w*\s+up\s+against)\s+(?:me|my\s+(?:lower\s+|upper\s+|inner\s+|bare\s+)?(?:{_BODY}|arm|arms))\b(?!\s+(?:up\s+)?(?:on\s+the\s+shoulder\s+and\s+said\s+well\s+done|to\s+(?:apply|do|go|try|take)|for\s+(?:a|the)\s+(?:promotion|job|role)|know|out\s+on\s+the\s+(?:deal|sale)|back\s+(?:on|for)\s+(?:the|a)\s+(?:deal|job|sale)))",
        unless=r"\b(?:dementia|confused|didnt\s+mean\s+(?:it|to)|by\s+accident|accidentally|to\s+steady\s+(?:me|himself|herself)|stop\s+me\s+falling|to\s+get\s+my\s+attention|caught\s+my\s+arm\s+as)\b",
    ),
    r"\b(?:hand|hands|arm|arms|fingers|knee)\s+(?:on|around|round|up|down|over|across|between|inside)\s+my\s+(?:bum|butt|arse|ass|thighs?|legs?|knee|waist|chest|boobs|breasts|hips?|crotch|groin|lower\s+back|neck|skirt|top|bra|knickers)\b|\brub\w*\s+(?:up\s+)?against\s+me\b|\b(?:puts?|putting|keeps\s+putting|put)\s+(?:his|her|their)\s+(?:hands?|arms?)\s+(?:on|all\s+over|around|round)\s+me\b|\bhands\s+(?:all\s+)?over\s+me\b|\b(?:makes?|making|made)\s+me\s+(?:feel\s+)?(?:really\s+|so\s+|very\s+|super\s+)?uncomfortable\b[^.!?]{0,60}\b(?:comment\w*|touch\w*|hug\w*|star\w*|look\w*\s+at\s+me|messag\w*|text\w*|body|wearing|close|flirt\w*|wink\w*|remarks?)\b|\b(?:comment\w*|touch\w*|hug\w*|star\w*|messag\w*|text\w*|flirt\w*|remarks?|jokes?)\b[^.!?]{0,60}\b(?:makes?|making|made)\s+me\s+(?:feel\s+)?(?:really\s+|so\s+|very\s+|super\s+)?(?:uncomfortable|feel\s+sick|feel\s+unsafe)\b|\b(?:comment\w*|remarks?|going\s+on|goes\s+on)\s+(?:on|about)\s+what\s+(?:im|i\s+am|i)\s+(?:wearing|wear)\b|\bporn\w*\b|\b(?:if|unless)\s+i\s+(?:was|were|am|m|be|was\s+a\s+bit|were\s+a\s+bit)\s+(?:nicer|nice|friendlier|more\s+friendly|sweeter|more\s+fun|flirtier|more\s+flirty|more\s+relaxed)\s+(?:to|with)\s+(?:him|her|them)\b|\b(?:text\w*|messag\w*|call\w*|touch\w*|hug\w*|follow\w*|contact\w*|ring\w*)\b[^.!?]{0,50}\b(?:after|even\s+though|despite)\s+i\s+(?:told|asked|said|begged)\b",
    r"\b(?:stands?|standing|stood|gets?|getting|got)\s+(?:way\s+|really\s+|too\s+|right\s+|uncomfortably\s+)+(?:close|near)\s+(?:to\s+me|behind\s+me)\b|\bpress\w*\s+(?:himself|herself|up|his\s+body|her\s+body|against)\s+(?:up\s+)?(?:against|on)\s+me\b|\brubs?\s+(?:up\s+)?against\s+me\b",
    r"\b(?:corner|corners|cornered|cornering|trap|traps|trapped|block\w*)\s+(?:me|me\s+in)\b(?![^.!?]{0,15}\b(?:in\s+(?:the|a)\s+(?:meeting|call|conversation|debate|argument|discussion|chat)|with\s+(?:a|the)\s+(?:question|tricky|hard|difficult)))|\b(?:wont|wouldnt|would\s+not|didnt|refused\s+to)\s+let\s+me\s+(?:leave|out|go\s+home|go\b(?!\s+(?:on|to\s+the)\b)|past|get\s+past|through)|\blocked\s+me\s+in\b",
    r"\b(?:follow\w*|waits?\s+for|waiting\s+for|waited\s+for|turn\w*\s+up\s+at|shows?\s+up\s+at|showed\s+up\s+at|hang\w*\s+around)\s+(?:me\s+)?(?:me\b|my\s+(?:house|flat|home|door|car|work|gym|bus\s+stop|street)|to\s+my\s+(?:car|house|flat|home|bus\s+stop|station)|home|outside\s+my\s+(?:house|flat|home)|after\s+(?:work|my\s+shift|shifts)|by\s+my\s+car|at\s+my\s+(?:house|flat|home|door))",
    r"\b(?:found|got|get|getting|took|asked\s+for)\s+(?:hold\s+of\s+)?my\s+(?:home\s+)?(?:address|number|personal\s+number|instagram|socials)\b[^.!?]{0,40}\b(?:turn\w*\s+up|messag\w*|text\w*|call\w*|won\w*t\s+stop|keep\w*|every|at\s+night|midnight)\b",
    r"\b(?:stares?|staring|stared|leers?|leering|leered|ogl\w+)\s+(?:at\s+)?(?:my\s+(?:chest|body|boobs|breasts|bum|butt|arse|legs)|me\s+(?:up\s+and\s+down|all\s+the\s+time|constantly|every\s+shift))\b|\blooks?\s+me\s+up\s+and\s+down\b|\bwolf[\s-]?whistl\w*|\bcat[\s-]?call\w*|\bupskirt\w*",
    rf"\b(?:calls?|called|calling|refers?\s+to|referred\s+to|referring\s+to|introduc\w+)\s+(?:me|us)\s+(?:as\s+)?['\"]?{_INSULT}\b(?!\s+(?:at\s+the\s+(?:quiz|party)|for\s+(?:fun|short)|(?:and\s+i\s+)?(?:dont|do\s+not)\s+mind))",
    r"\b(?:calls?|called|calling)\s+(?:me|us)\s+(?:a|an|the)?\s*\w*\*+\w*|\b(?:pet\s+names|names\s+like\s+(?:sweetheart|darling|babe|baby|honey|love|princess|gorgeous))\b",
    r"\b(?:scream\w*|yell\w*|shout\w*|swear\w*|bark\w*|rant\w*)\s+(?:at|in)\s+(?:me|my\s+face)\b[^.!?]{0,50}\b(?:in\s+front\s+of|every|always|constantly|all\s+the\s+time|daily|in\s+my\s+face|and\s+(?:calls|called|threw|throws|pushed|shoved)|until\s+i\s+cried|till\s+i\s+cried|made\s+me\s+cry|whole\s+(?:team|office|floor|shop|class|ward))\b|\b(?:screams|yells|shouts|swears)\s+at\s+me\s+(?:every|all|daily|constantly|in\s+front)\b",
    r"\b(?:group\s+chat|whatsapp\s+group|chat|meme|memes|video|videos|photo|photos)\s+(?:\w+\s+){0,3}(?:to\s+)?(?:laugh|laughing|mock|mocking|make\s+fun|taking\s+the\s+piss|take\s+the\s+piss)\s+(?:at|of|out\s+of|about)\s+me\b|\b(?:left|leave|leaves|leaving|shut|shutting|cut|cutting|freeze|freezing|froze)\s+me\s+out\s+(?:of\s+)?(?:everything|every|all)?\s*[^.!?]{0,20}\bon\s+purpose\b|\b(?:spread\w*|spreading)\s+(?:rumou?rs|lies|stories)\s+about\s+me\b|\b(?:sabotag\w+|hid|hide|hiding|hides|stole|steal|stealing|steals|bin\w*|binned|destroy\w*|damag\w*|smash\w*|scratch\w*|key\w*|slash\w*)\s+my\s+(?:work|stuff|things|tools|car|tyres|locker|lunch|food|bag|kit|uniform|belongings)\b(?![^.!?]{0,30}\b(?:by\s+(?:accident|mistake)|accidentally|lol))",
    r"\b(?:drew|drawn|draw|drawing|left|leave|hung|hanging|put|found|tied|stuck|scratched|carved|sprayed|graffiti\w*)\s+(?:a\s+|up\s+a\s+)?(?:noose|nooses|swastika|swastikas|kkk|monkey|banana|bananas)\b|\b(?:noose|swastika)\s+(?:on|in|at|drawn|hanging|left|by)\b",
    # kept in a room, told to dress up for the male customers
    r"\bblock\w*\s+(?:the|my|his|her)\s+(?:door|doorway|exit|way\s+out|path)\b[^.!?]{0,30}\b(?:leave|go|get\s+out|out|past|escape)\b",
    r"\b(?:told|tells|telling|asked|asks|want\w*|make\w*|made|expect\w*|forc\w*|pressur\w*)\s+(?:me|us|(?:us|the)\s+(?:girls|women|ladies))\s+(?:to\s+)?(?:wear|put\s+on|dress\s+in)\s+(?:a\s+|more\s+|something\s+)?(?:shorter|tighter|low[\s-]?cut|revealing|sexier|sexy|skimpy|lower|more\s+revealing|smaller)\b(?!\s+sleeves)|\bsmile\s+more\b[^.!?]{0,40}\b(?:for\s+(?:the\s+)?(?:male|men|guys|lads|him|boss)|skirt|pretty|sexy|legs)\b",
    # -- discrimination of every protected kind
    Rule(
        r"\bdiscriminat\w*|\bracis[mt]\w*|\bracial\w*|\bslurs?\b|\bn[\s-]?word\b|\b(?:homophob|transphob|sexis[mt]|misogyn|xenophob(?:ia|ic|es)|islamophob|antisemit|ableis[mt]|ageis[mt]|bigot)\w*|\bdeadnam\w*|\bmisgender\w*|\bouted\s+me\b",
        unless=r"\b(?:discrimination|diversity|equality|inclusion|unconscious\s+bias|anti[\s-]?racism|edi|dei)\s+(?:training|policy|policies|course|module|video|workshop|seminar|e-?learning|quiz|talk|session|poster|law|act)\b|\b(?:racist|sexist)\s+(?:uncle|grandad|granddad|nan|neighbour)\b|\bhistory\s+of\s+racism\b",
    ),
    rf"\b(?:because|cause|coz|cos|cuz|since|as|for\s+being|for\s+bein|just\s+for\s+being|due\s+to|on\s+account\s+of)\s+(?:i\s*m|im|i\s+am|i\s+was|im\s+a|of\s+me\s+being|me\s+being|being|i\s+have|ive\s+got|i\s+wear|i\s+pray|i\s+fast)\s+{_PROTECTED}\b",
    r"\b(?:because|cause|coz|cos|cuz|due\s+to|on\s+account)\s+of\s+my\s+(?:race|religion|colou?r|skin|accent|nationality|ethnicity|age|gender|sexuality|disability|condition|hijab|turban|headscarf|faith|beard|culture|background|pregnancy|dyslexia|autism|adhd|diabetes|epilepsy|wheelchair|name|country|periods?|menopause|mental\s+health|cancer|illness)\b",
    r"\b(?:mock\w*|make\w*\s+fun\s+of|made\s+fun\s+of|making\s+fun\s+of|laugh\w*\s+at|jok\w*\s+about|comments?\s+about|commenting\s+about|remarks?\s+on|made\s+(?:a\s+)?(?:comments?|remarks?|jokes?)\s+(?:about|on)|taking\s+the\s+piss\s+(?:out\s+of|outta)|take\s+the\s+piss\s+(?:out\s+of|outta)|imitat\w+|copy\w*|copies|mimic\w*|impression\w*\s+of|slag\w*\s+off|sneer\w*\s+at|comment\w*\s+on|remarks?\s+about|insult\w*|tease\w*|teasing)\s+(?:me\s+for\s+)?(?:my|the\s+way\s+i|how\s+i)\s+(?:accent|skin|colou?r|race|religion|hijab|turban|headscarf|kippah|nationality|ethnicity|country|culture|name|faith|beard|disability|stammer|stutter|wheelchair|limp|hearing|autism|adhd|dyslexia|condition|speech|tics?|twitch|talk|speak|walk|pray|dress|eat|food|lunch|english|prayers?|fasting|ramadan|sexuality|voice|weight|age|pregnancy|bump)\b",
    r"\b(?:go|get|going|went|sent)\s+back\s+to\s+(?:your|ur|my|their|his|her)\s+(?:own\s+)?(?:country|home\s+country|village|jungle|planet)\b|\b(?:speak|talk)\s+english\b[^.!?]{0,30}\b(?:or|if|only|told|in\s+this\s+country|here)\b|\b(?:told|tells|telling)\s+(?:me|us)\s+to\s+(?:speak|talk)\s+english\b|\bsound\s+(?:less|more)\s+(?:\w+\s+)?(?:african|indian|asian|foreign|black|ethnic|polish|english|british|white|gay|feminine|masculine|local)\b|\b(?:less|too)\s+(?:african|indian|asian|foreign|black|ethnic|gay|muslim|jewish)\b",
    r"\b(?:told|tells|telling|made|makes|making|forced|forcing|asked|asks|ordered|want\w*)\s+(?:me\s+)?(?:to\s+)?(?:take\s+off|remove|hide|cover|change|shave|lose|ditch|stop\s+wearing|not\s+wear|leave)\s+(?:my|the)\s+(?:hijab|turban|headscarf|scarf|niqab|kippah|yarmulke|cross|crucifix|beard|patka|kara|dreads|dreadlocks|braids|locs|afro|natural\s+hair)\b|\b(?:take|taking|took|get|got)\s+(?:my|the|your|ur|her|his)\s+(?:hijab|turban|headscarf|niqab|kippah|yarmulke|patka)\s+off\b",
    r"\b(?:refus\w+|denied|not\s+allowed|wont\s+let|banned|rejected|turned\s+down|said\s+no\s+to|ignored)\b[^.!?]{0,50}\b(?:prayer|prayers|praying|ramadan|fasting|eid|diwali|sabbath|shabbat|hijab|turban|headscarf|religious|mosque|church|temple|synagogue|gurdwara)\b",
    rf"\b(?:jok\w*|comment\w*|remarks?|laugh\w*|mock\w*|tease\w*|teasing|banter|digs?|rumou?rs?)\s+(?:about|at|on)\s+(?:me\s+)?(?:being|for\s+being|me\s+being|that\s+im|how\s+im)\s+{_PROTECTED}",
    r"\b(?:off\s+the\s+rota|pulled\s+me\s+off|dropped\s+me\s+from|removed\s+me\s+from|cut\s+my\s+(?:hours|shifts)|took\s+(?:me\s+off|my\s+(?:shifts|hours|accounts|clients))|demoted\s+me|let\s+me\s+go|fired\s+me|sacked\s+me|gave\s+me\s+a\s+warning|stopped\s+giving\s+me|moved\s+me|sidelined\s+me|passed\s+me\s+over|froze\s+me\s+out|pushed\s+me\s+out)\b[^.!?]{0,40}\b(?:after|since|because\s+of|cos\s+of|due\s+to|once|the\s+moment|as\s+soon\s+as|when)\s+(?:i\s+told\s+(?:them|him|her|my\s+\w+)\s+about\s+)?(?:my|i|the)\s+(?:\w+\s+)?(?:diagnosis|condition|disability|illness|surgery|operation|treatment|chemo|pregnancy|miscarriage|stroke|heart\s+attack|mental\s+health|breakdown|sick\s+leave|maternity\s+leave|transition|cancer|coming\s+out|told\s+them\s+(?:i\s*m|im)\s+(?:pregnant|gay|trans|disabled|autistic))\b|\b(?:after|since)\s+(?:my|i\s+told\s+them\s+about\s+my)\s+(?:\w+\s+)?(?:diagnosis|condition|disability|illness|surgery|chemo|pregnancy|miscarriage|stroke|mental\s+health|breakdown|maternity\s+leave|transition|cancer)\b[^.!?]{0,40}\b(?:off\s+the\s+rota|cut\s+my|took\s+me\s+off|demoted|let\s+me\s+go|fired|sacked|warning|stopped\s+giving|sidelined|passed\s+over|pushed\s+out|no\s+(?:more\s+)?shifts|fewer\s+shifts)\b",
    r"\b(?:hijab|turban|headscarf|niqab|kippah|yarmulke|beard|braids|dreadlocks|afro|natural\s+hair|prayer|prayers|praying|ramadan|fasting|eid|diwali|sabbath|shabbat|religious\s+(?:holiday|festival|dress|clothing|reasons|day|leave))\b[^.!?]{0,50}\b(?:take\s+it\s+off|remove\s+it|hygiene\s+risk|safety\s+risk|a\s+risk|have\s+to\s+go|cant\s+wear|not\s+appropriate|not\s+allowed|refused|docked|punish\w*|mock\w*|laugh\w*|banned|ban|wont\s+let|wouldnt\s+let|told\s+me\s+to|made\s+fun|jokes?|or\s+(?:im|i\s+am|i\s+will\s+be|ill\s+be)\s+(?:out|fired|sacked|sent\s+home|let\s+go)|or\s+go\s+home|unprofessional|warning|disciplin\w+|deducted|unpaid|lose)\b",
    r"\b(?:only|always|just|mainly|mostly)\b[^.!?]{0,40}\b(?:to|for|the|go\s+to|get|gets|promote|promotes|promoted|hire|hires|hired|pick|picks|picked|choose|chooses)\s+(?:the\s+)?(?:white|black|english|british|local|male|younger|young|straight|christian|polish|asian|indian)\s+(?:drivers|staff|workers|lads|guys|girls|men|women|people|colleagues|ones|employees|nurses|carers|team\s+members|reps|candidates|applicants|blokes|fellas|kids|agents|pickers|cleaners|chefs|waiters|servers|drivers)\b",
    r"\b(?:prefer\w*|favou?r\w*|preference\s+for|bias\w*\s+(?:towards|to|for))\s+(?:the\s+)?(?:white|male|men|younger|young|english|british|local|straight|christian)\s+(?:\w+\s+)?(?:staff|workers|people|candidates|applicants|guys|lads|ones|employees|drivers|reps)\b|\b(?:no|dont\s+hire|wont\s+hire|not\s+hiring|dont\s+want|wont\s+take|dont\s+take|wont\s+promote|dont\s+promote|never\s+promote|never\s+hire|dont\s+employ|wont\s+employ|dont\s+like|dont\s+trust|hate|cant\s+stand)\s+(?:any\s+more\s+)?(?:women|girls|females|blacks|muslims|foreigners|immigrants|old\s+people|older\s+people|pregnant\s+women|mums|mothers|gays|disabled\s+people|people\s+like\s+(?:me|you|us))\b",
    r"\b(?:only|one\s+of\s+the\s+only|the\s+one|just\s+one)\s+(?:black|brown|asian|muslim|gay|female|foreign|polish|disabled|older|deaf|indian|african|jewish|sikh|trans|pregnant|woman|girl|non-?white|non-?english)\s+(?:\w+\s+)?(?:one|guy|person|woman|girl|man|lad|bloke|worker|member|employee|nurse|driver|staff|here|there|on|in)\b[^.!?]{0,60}\b(?:always|never|worst|get|gets|given|treated|singled|picked\s+on|left\s+out|blamed|different|pass\w*\s+over|overlooked|ignored|watched|searched|checked)\b",
    r"\b(?:said|says|told\s+me|tells\s+me|reckons|thinks|think|made\s+it\s+clear)\b[^.!?]{0,20}\b(?:people|someone|somebody|ones|the\s+likes\s+of|girls|women|guys)\s+like\s+(?:me|us)\s+(?:dont|do\s+not|shouldnt|cant|arent|wont|never|are\s+not|dont\s+really)\b|\b(?:people|ones|the\s+likes\s+of)\s+like\s+(?:me|us)\s+(?:dont|do\s+not)\s+belong\b",
    r"\b(?:not\s+allowed|wont\s+let\s+(?:me|us)|wouldnt\s+let\s+(?:me|us)|banned\s+(?:me\s+|us\s+)?from|told\s+(?:me|us)\s+(?:i|we)\s+(?:cant|cannot)|told\s+(?:me|us)\s+not|refus\w*\s+to\s+let\s+(?:me|us)|stopped\s+(?:me|us)\s+from|(?:get|got|getting|been)\s+(?:told\s+off|disciplined|a\s+warning|written\s+up|shouted\s+at)\s+for)\s+(?:to\s+)?(?:pray|praying|fast|fasting|wear\w*\s+(?:my|a)\s+(?:hijab|turban|headscarf|cross|kippah|niqab)|go\s+to\s+(?:mosque|church|temple|prayers|friday\s+prayers|synagogue|gurdwara)|take\s+(?:eid|diwali|yom\s+kippur|ramadan|my\s+religious)|(?:speak|speaking|talk|talking)\s+(?:in\s+)?(?:polish|spanish|urdu|punjabi|hindi|arabic|romanian|portuguese|tagalog|bengali|somali|russian|ukrainian|lithuanian|welsh|french|italian|turkish|kurdish|farsi|tamil|gujarati|twi|yoruba|igbo|swahili|chinese|mandarin|cantonese|my\s+(?:own\s+)?language|our\s+(?:own\s+)?language|any\s+other\s+language|in\s+my\s+language))\b",
    r"\b(?:asked|requested|asking|applied|begged)\s+for\s+(?:a|an|my|some)\s+(?:\w+\s+)?(?:ramp|chair|stool|seat|adjustment|adjustments|hearing\s+loop|screen\s+reader|accessible\s+\w+|parking\s+space|later\s+start|quiet\s+space|prayer\s+room|break\s+for\s+my|desk\s+assessment|occupational\s+health)\b[^.!?]{0,50}\b(?:said\s+no|refused|laughed|deal\s+with\s+it|wont|ignored|told\s+me\s+to|no\s+chance|too\s+expensive|not\s+possible|tough|get\s+on\s+with\s+it|man\s+up|not\s+our\s+problem|excuse|fake|faking)\b",
    r"\bgo\s+back\s+(?:to\s+)?where\s+(?:i|you|ya|u|they|he|she|we)\s+(?:came|come)\s+from\b|\bgo\s+home\s+to\s+(?:your|ur|their|his|her)\s+(?:own\s+)?country\b",
    r"\b(?:women|girls|ladies|females|woman|a\s+girl)\s+(?:dont|do\s+not|cant|cannot|shouldnt|should\s+not|arent|are\s+not|never|wont|will\s+never|belong|are\s+too|arent\s+strong|are\s+only\s+good|just\s+get\s+pregnant|get\s+pregnant|are\s+bad|are\s+useless|are\s+emotional)\s*(?:belong|do\s+(?:this|that|the)|handle|be\s+(?:on|in|a|an|the)|work|lift|drive|sell|code|lead|in\s+(?:sales|charge|the\s+(?:warehouse|kitchen))|on\s+(?:site|the\s+(?:tools|floor|road|line))|strong|good|last|cut\s+it|at\s+(?:maths|this)|\w*)?\b[^.!?]{0,40}\b(?:said|says|told|tells|reckons|thinks|according|boss|manager|supervisor|foreman|chef|owner|he|she|they|site|belong|for\s+this)\b",
    r"\b(?:said|says|told\s+me|tells\s+me|told\s+us|reckons|thinks)\s+(?:that\s+)?(?:women|girls|ladies|females|a\s+woman|a\s+girl|women\s+like\s+me|girls\s+like\s+me)\s+(?:dont|do\s+not|cant|cannot|shouldnt|arent|are\s+not|belong|are\s+too|just|only|never|should)\b",
    r"\b(?:said|says|told\s+me|tells\s+me|told\s+us|told|was\s+told|been\s+told|get\s+told|reckon\w*|think\w*|called\s+me|because|cos|since|as)\s+(?:that\s+)?(?:i\s*m|im|i\s+am|i\s+was|me)\s+(?:too\s+(?:old|disabled|fat|ugly|foreign|black|brown|gay|ill|sick|pregnant|deaf|blind|slow\s+because\s+of\s+my|autistic|religious)|too\s+young|past\s+it|over\s+the\s+hill|a\s+dinosaur|too\s+slow\s+at\s+my\s+age|too\s+pretty|too\s+emotional|too\s+foreign|too\s+black|too\s+gay|too\s+ethnic|a\s+diversity\s+hire|only\s+here\s+because)\b|\b(?:at\s+my\s+age|people\s+my\s+age|someone\s+my\s+age|because\s+of\s+my\s+age|due\s+to\s+my\s+age)\b[^.!?]{0,40}\b(?:cant|shouldnt|wont|not|no|too|slow|learn|replace\w*|younger|retire|pension|past\s+it)\b|\b(?:find|get|want|hire|prefer|replace\s+me\s+with)\s+(?:someone|somebody|a)\s+(?:younger|young)\b|\b(?:gave|give|giving|handed|passed|moved|replaced|replacing)\s+(?:my\s+\w+\s+|all\s+my\s+\w+\s+|me\s+)?(?:to|with)\s+(?:a|the|some)\s+(?:younger|young|white|male|english|local)\s+(?:guy|girl|lad|person|one|woman|man|bloke|chap|fella|colleague|graduate|starter|thing|lass)\b",
    r"\b(?:im|i\s+am|i\s+was|i\s+got|i\s+told\s+\w+|being|me\s+being|my|i\s+announced|i\s+said|i\s+mentioned)\s+(?:\w+\s+)?(?:pregnan\w*|expecting|bump)\b[^.!?]{0,60}\b(?:stopped|stop|cut|cuts|reduc\w+|took|taken|fewer|less|no\s+more|lost|drop\w*|demot\w+|fired|sacked|let\s+go|not\s+allowed|wont\s+let|refus\w+|replac\w+|pushed\s+out|forced|warning|disciplin\w+|probation|not\s+renew\w*|ended|end\s+my|hours|shifts|scans?|contract|bad\s+timing|timing|inconvenient|awkward|rethink|look\s+at\s+my|role|position|future|a\s+problem|an\s+issue|burden|liability|appointments?|antenatal|maternity|sick\s+of|moaning|complain\w*|got\s+rid|pass\s+me\s+over|passed\s+over|promotion|managed\s+out)\b|\b(?:since|after|because|when|cos)\s+i\s+(?:told\s+(?:them|him|her|my\s+\w+)|said|announced|mentioned|found\s+out|got)\b[^.!?]{0,20}\b(?:pregnan\w*|expecting|having\s+a\s+baby|ivf|my\s+bump)\b|\bmy\s+(?:maternity|antenatal|pregnancy)\s+(?:leave|appointments?|scans?|pay|rights)\b[^.!?]{0,40}\b(?:refus\w+|not\s+allowed|wont|denied|unpaid|cut|lost|docked|fired|replac\w+|deducted)\b",
    r"\b(?:should\s+(?:have|of|ve)\s+thought|shouldnt\s+have\s+got|why\s+did\s+(?:you|i)\s+get|selfish|inconvenient|bad\s+timing|what\s+did\s+(?:you|i)\s+expect)\b[^.!?]{0,40}\b(?:pregnan\w*|a\s+baby|kids|children)\b|\bbefore\s+getting\s+pregnant\b",
    r"\b(?:told\s+everyone|told\s+the\s+(?:team|whole\s+\w+|others)|announced|broadcast|outed|blabbed|spread)\s+(?:that\s+)?(?:i\s*m|im|i\s+am|about\s+my|i\s+have|ive\s+got)\s+(?:gay|lesbian|bi|trans|autistic|adhd|pregnant|disabled|hiv|positive|bipolar|depressed|on\s+(?:antidepressants|meds)|mental\s+health|diagnosis|condition|disability|sexuality|religion|miscarriage|ivf|cancer)\b",
    r"\b(?:reasonable\s+)?(?:adjustments?|accommodations?)\b[^.!?]{0,50}\b(?:refus\w+|ignored|wont|denied|no\b|laughed|not\s+(?:allowed|possible|happening)|said\s+no|too\s+expensive|dont\s+do|can\s+forget)\b|\b(?:refus\w+|wont|denied|ignored|laughed\s+at)\b[^.!?]{0,40}\b(?:reasonable\s+)?(?:adjustments?|accommodations?|my\s+(?:chair|ramp|hearing\s+loop|medical\s+(?:letter|note)|letter\s+from\s+my\s+(?:doctor|gp)|support\s+plan|access\s+plan))\b",
    r"\b(?:wheelchair|crutches|walking\s+stick|cane|prosthetic|guide\s+dog|hearing\s+aids?|my\s+stammer|my\s+stutter|my\s+condition|my\s+disability|my\s+diagnosis|my\s+(?:autism|adhd|dyslexia|epilepsy|diabetes|ms|cerebral\s+palsy|arthritis|anxiety\s+disorder|ptsd|bipolar))\b[^.!?]{0,70}\b(?:no\s+lift|no\s+ramp|no\s+access|cant\s+get\s+(?:in|to|up|into)|stairs\s+only|only\s+stairs|inaccessible|mock\w*|laugh\w*|make\s+fun|made\s+fun|joke\w*|copy|copies|copying|imitat\w*|hilarious|funny|prank\w*|for\s+a\s+laugh|hid|hide|hides|hiding|hidden|on\s+purpose|warning|disciplin\w+|sack\w*|fire\w*|refus\w+|wont\s+let|not\s+allowed|cant\s+get\s+in|no\s+ramp|no\s+access|deal\s+with\s+it|excuse|faking|lazy|attention)\b",
    r"\b(?:not\s+allowed|cant|cannot|wont\s+let\s+me|will\s+not\s+let\s+me|refus\w*\s+to\s+let\s+me|banned\s+from|told\s+(?:me\s+)?(?:not|i\s+cant)|no\s+time)\s+(?:to\s+)?(?:take|have|use|go\s+for|get|check|do)\s+(?:my\s+)?(?:insulin|medication|meds|inhaler|epipen|blood\s+sugar|blood\s+test|injection|pills|tablets|toilet|bathroom|loo|water|prayer|prayers)\s*(?:breaks?|checks?|times?)?\b",
    r"\b(?:not\s+allowed|arent\s+allowed|are\s+not\s+allowed|denied|refused|no)\s+(?:any\s+)?(?:toilet|loo|bathroom|water|rest)\s+breaks?\b|\b(?:refus\w+|denied|wont\s+give|wouldnt\s+give|took\s+away)\s+(?:me\s+)?(?:a|an|my|the)\s+(?:chair|stool|seat|ramp|adjustment|hearing\s+loop|parking\s+space|rest\s+break|water\s+break|insulin\s+break)\b",
    r"\b(?:deaf|blind|hard\s+of\s+hearing|partially\s+sighted|im\s+disabled|back\s+condition|heart\s+condition|medical\s+condition|chronic\s+(?:pain|illness|fatigue)|wheelchair|my\s+condition|my\s+disability)\b[^.!?]{0,100}\b(?:laughed|refus\w+|said\s+no|deal\s+with\s+it|ignored|mocked|made\s+fun|wont\s+(?:let|give|help)|not\s+our\s+problem|excuse)\b",
    r"\bcant\s+get\s+(?:to|in|into|up|through)\b[^.!?]{0,30}\b(?:wheelchair|crutches|walking\s+frame|mobility\s+scooter)\b",
    r"\b(?:warning|disciplin\w*|sacked|fired|dismissed|docked|marked\s+down|points|strike)\b[^.!?]{0,50}\b(?:depression|anxiety|mental\s+health|my\s+condition|my\s+disability|cancer|chemo|surgery|miscarriage|my\s+diagnosis|my\s+(?:back|heart)\s+condition|time\s+off\s+(?:with|for)\s+(?:my\s+)?(?:depression|anxiety|mental\s+health|condition|illness))\b",
    r"\b(?:if\s+i\s+(?:go\s+home|leave|take\s+(?:time|a\s+day|the\s+day)\s+off|call\s+in\s+sick|go\s+sick|see\s+a\s+doctor|go\s+to\s+(?:a\s*&?\s*e|hospital|the\s+doctor|the\s+gp)|rest\s+it|go\s+to\s+my\s+(?:\w+\s+)?(?:appointment|scan|treatment|chemo|physio|hospital\s+\w+)|attend\s+my\s+(?:\w+\s+)?(?:appointment|scan|treatment)|take\s+time\s+off\s+for\s+(?:my|the|a)\s+(?:\w+\s+)?(?:appointment|scan|treatment|surgery|operation)))\b[^.!?]{0,30}\b(?:lose|sacked|fired|out|no\s+(?:job|shifts|pay)|wont\s+(?:get|have)|get\s+no)\b",
    r"\b(?:flood\w*|water|wet|leak\w*|dripping|puddles?)\b[^.!?]{0,40}\b(?:electrics|sockets?|wiring|cables|fuse\s*box|plugs?|extension\s+leads?|live\s+wires?)\b|\b(?:electrics|sockets?|wiring|cables|fuse\s*box|extension\s+leads?)\b[^.!?]{0,40}\b(?:flood\w*|under\s+water|soaking|wet|leak\w*|dripping)\b",
    r"\b(?:not\s+allowed|cant|wont\s+let\s+(?:me|us)|banned\s+from|told\s+(?:me|us)\s+not\s+to)\s+(?:to\s+)?(?:go\s+to\s+the\s+(?:toilet|loo|bathroom)|take\s+(?:a\s+)?(?:toilet|loo|bathroom|water)\s+breaks?|drink\s+water|sit\s+down\s+(?:at\s+all|all\s+shift|even\s+though|with\s+my))\b|\bno\s+(?:toilet|loo|bathroom|water)\s+breaks?\b",
    # statements against a group: "trans people arent welcome", "people from my country are
    # lazy", "people with my accent shouldnt be on the phones", "hiring women is a risk"
    r"\b(?:said|says|saying|keeps?\s+saying|kept\s+saying|told\s+(?:me|us|everyone|the\s+(?:team|whole\s+\w+))|tells\s+(?:me|us|everyone)|reckons|thinks|announced|made\s+it\s+clear|joked|jokes|posted|shouted)\b[^.!?]{0,15}?\b(?:that\s+)?(?:trans|transgender|gay|lesbian|bi|bisexual|queer|non-?binary|black|brown|asian|muslim|jewish|sikh|hindu|disabled|foreign|polish|romanian|eastern\s+european|old|older|pregnant|fat|deaf|blind|autistic|immigrant|migrant|indian|african|chinese|pakistani)\s+(?:people|staff|workers|women|men|girls|guys|folk|ones|lads|employees|colleagues|candidates|applicants|lot|kids)\s+(?:\w+\s+)?(?:(?:arent|are\s+not|isnt|is\s+not|dont|do\s+not|doesnt|shouldnt|should\s+not|cant|cannot|wont|will\s+not|never)\s+(?:\w+\s+)?(?:welcome|allowed|belong|be\s+(?:here|on|in|working|near|around|trusted|hired|allowed|seen|front\s+of\s+house)|trusted|hired|fit\s+in|cut\s+out)|(?:are|is|make|makes|bring|brings|put|puts|scare|scares)\s+(?:\w+\s+)?(?:(?:\w+\s+)?uncomfortable|lazy|thieves|dirty|disgusting|a\s+(?:risk|liability|problem|nightmare|burden|joke)|unreliable|unnatural|weird|freaks|sick|mental|confused|stupid|useless|slow|terrorists|scroungers|illegal|off|bad\s+for\s+business|the\s+tone\s+down|down))\b",
    r"\b(?:people|ones|folk|workers|staff|everyone)\s+from\s+(?:my|your|his|her|their|our)\s+(?:country|part\s+of\s+the\s+world|background|culture|community|religion)\s+(?:are|is|all|arent|dont|cant|shouldnt|never|always|only)\s+(?:\w+\s+)?(?:lazy|thieves|dirty|stupid|useless|slow|criminals|illegal|liars|scroungers|trouble|rubbish|animals|terrorists|smell|steal|lie|cheat|belong|scroung\w*|spong\w*|come\s+(?:here\s+)?to\s+(?:scrounge|steal|sponge|claim|take))\b|\b(?:people|someone|anyone|staff|workers)\s+with\s+(?:my|an|your|a)\s+(?:accent|skin\s+colou?r|colou?r|religion|condition|disability|background|name|hijab|turban|beard)\s+(?:\w+\s+)?(?:shouldnt|should\s+not|cant|cannot|arent|are\s+not|dont|do\s+not|wont|never|make|put)\b",
    r"\b(?:hiring|employing|taking\s+on|promoting)\s+(?:a\s+|any\s+|more\s+)?(?:(?:young|younger|older)\s+)?(?:women|woman|girls|older\s+(?:people|staff)|people\s+my\s+age|women\s+my\s+age|mums|mothers|disabled\s+(?:people|staff)|foreigners|immigrants|muslims|black\s+(?:people|staff)|trans\s+people|gay\s+(?:people|men|staff))\b[^.!?]{0,30}\b(?:risk|liability|gamble|mistake|problem|nightmare|waste)\b|\b(?:trans|transgender|non-?binary|gay|lesbian|disabled|muslim|black|foreign|deaf)\s+(?:person|people|staff|woman|man|worker|workers|colleague|lad|girl)\b[^.!?]{0,40}\b(?:put|puts|putting|scare|scares|drive|drives)\s+(?:the\s+)?(?:customers|shoppers|clients|guests|people|punters|diners|patients)\s+(?:off|away)\b|\b(?:trans|transgender|non-?binary)\s+(?:people|staff|person|woman|women|man|men|colleague|customers?)\b[^.!?]{0,40}\b(?:not\s+welcome|arent\s+welcome|a\s+freak|freaks|disgusting|unnatural|a\s+phase|mentally\s+ill|not\s+a\s+real\s+(?:man|woman)|not\s+real\s+(?:men|women)|confus\w+\s+the\s+(?:customers|kids)|shouldnt\s+(?:be|work|use))\b",
    r"\b(?:said|says|saying|keeps?\s+saying|kept\s+saying|told\s+me|tells\s+me|hinted|suggested|keeps?\s+hinting|asked\s+(?:me\s+)?why\s+i\s+(?:dont|havent))\b[^.!?]{0,30}\b(?:i\s+should|its\s+time\s+(?:i|for\s+me\s+to)|i\s+ought\s+to|maybe\s+i\s+should|i\s+need\s+to|time\s+i)\s+(?:just\s+)?retire\b(?!\s+(?:that|the|this|it|them|those|these|an?|my|our|his|her)\b)|\b(?:keeps?|kept)\s+(?:saying|telling\s+me|going\s+on\s+about\s+how|hinting)\s+(?:that\s+)?(?:im|i\s+am)\s+too\s+(?:old|young|slow\s+at\s+my\s+age)\b",
    # one's own language banned
    r"\b(?:not\s+allowed|arent\s+allowed|cant|cannot|banned|forbidden|told\s+(?:me|us)\s+not|wont\s+let\s+(?:me|us)|(?:get|got|be|been)\s+(?:told\s+off|disciplined|a\s+warning|written\s+up|shouted\s+at)|warned\s+(?:me|us))\b[^.!?]{0,30}\b(?:speak\w*|talk\w*|chat\w*|using)\s+(?:in\s+)?(?:my|our|their|his|her)\s+(?:own\s+)?(?:language|native\s+language|first\s+language|home\s+language|mother\s+tongue)\b|\b(?:speak\w*|talk\w*)\s+(?:in\s+)?(?:my|our)\s+(?:own\s+)?(?:language|native\s+language|first\s+language|mother\s+tongue)\b[^.!?]{0,40}\b(?:disciplin\w*|warning|written\s+up|sacked|fired|not\s+allowed|banned|told\s+off|or\s+else|in\s+trouble)\b|\benglish\s+only\b[^.!?]{0,40}\b(?:even\s+on\s+(?:my|our|the)\s+breaks?|or\s+(?:else|be\s+disciplined|get\s+sacked|get\s+fired|im\s+out)|disciplin\w*|warning)\b",
    # threatened for joining a union, for hospital appointments
    r"\b(?:told|said|says|warned|threaten\w*|made\s+it\s+clear|hinted)\b[^.!?]{0,40}\b(?:union|unionis\w*)\b[^.!?]{0,40}\b(?:let\s+go|sacked|fired|out|lose|dismissed|finished|get\s+rid|blacklist\w*|no\s+(?:more\s+)?shifts|gone|replaced|end\s+my\s+(?:contract|placement|job)|cost\s+me\s+my\s+(?:job|place|contract|shifts))\b",
    r"\b(?:cant|cannot|not\s+allowed|wont\s+let\s+me|refus\w+|denied|no)\b[^.!?]{0,30}\b(?:time\s+off|leave|day\s+off|days\s+off|go)\s+(?:\w+\s+){0,2}?(?:for|to)\s+(?:my\s+|a\s+|the\s+)?(?:\w+\s+)?(?:hospital|medical|doctors?|gp|chemo|scans?|antenatal|surgery|operation|physio|treatment|dialysis|appointments?|therapy|clinic)\b[^.!?]{0,40}\b(?:or\s+(?:im|i\s+am|ill\s+be|ill|i\s+will|i|they\s+will|theyll|ill\s+get|i\s+get)\s+(?:\w+\s+)?(?:out|sacked|fired|lose|let\s+go|gone|finished|disciplined|a\s+warning|written\s+up|replaced)|or\s+lose|or\s+else|or\s+face|warning|disciplin\w*|sack\w*|fired|(?:id|i\s+would|ill|i\s+will|im)\s+be\s+(?:out|sacked|fired|let\s+go|finished|disciplined))\b|\b(?:hospital|medical|doctors?|gp|chemo|antenatal|physio|dialysis|clinic|cancer|scan)\s+(?:appointments?|visits?|treatment)\b[^.!?]{0,40}\b(?:or\s+(?:im|ill\s+be|ill\s+get|i\s+get)\s+(?:\w+\s+)?(?:out|sacked|fired|let\s+go|finished|disciplined|a\s+warning|written\s+up)|refus\w+|denied|warning|disciplin\w*|docked)\b",
    # -- unsafe work: ppe, cold, heat, chemicals, machinery, vehicles, heights, fire, gas
    r"\b(?:no\s*one\s+(?:has|have|gets|got|is\s+given|was\s+given)|nobody\s+(?:has|gets|got|is\s+given)|no|without|without\s+any|without\s+the|without\s+proper|without\s+the\s+right|not\s+enough|no\s+proper|no\s+real|arent\s+given|are\s+not\s+given|dont\s+give\s+us|dont\s+get|wont\s+give\s+(?:us|me)|never\s+(?:get|given)|not\s+given|refus\w+\s+to\s+(?:give|provide|buy)(?:\s+us)?|ran\s+out\s+of|run\s+out\s+of|out\s+of|broken|missing|taken\s+away\s+(?:our|the)|took\s+away\s+(?:our|the)|stopped\s+(?:giving|providing))\s+(?:us\s+|me\s+)?(?:any\s+|a\s+|the\s+|our\s+|proper\s+|real\s+)?(?:proper\s+|correct\s+|right\s+|enough\s+|safety\s+|protective\s+|eye\s+|ear\s+|face\s+|hand\s+|cut[\s-]resistant\s+|chemical\s+|thermal\s+|freezer\s+|cold\s+weather\s+|warm\s+|steel[\s-]?(?:toe|toecap)\w*\s+|fall\s+|breathing\s+|hearing\s+)*(?:ppe|gloves|goggles|glasses|masks?|respirators?|helmets?|hard\s*hats?|hi[\s-]?vis|high\s+vis\w*|boots|safety\s+shoes|ear\s+(?:defenders|plugs|protection)|harness(?:es)?|lanyards?|aprons?|visors?|face\s*shields?|overalls|freezer\s+(?:suits?|jackets?|gear)|thermal\w*|guard\s*rails?|railings|edge\s+protection|fall\s+arrest\w*|extraction|ventilation|fume\s+extraction|first\s+aid\w*|first\s+aider|defib\w*|eye\s+wash|fire\s+extinguishers?|protection|protective\s+(?:gear|clothing|equipment|kit)|safety\s+(?:gear|kit|equipment|clothing|training|induction|briefing|checks?|harness)|(?:proper|right|warm|cold|thermal|freezer|safety)\s+(?:gear|kit|clothing|clothes|equipment|coats?|jackets?))\b(?!\s+(?:on\s+the\s+menu|at\s+the\s+party))",
    r"\b(?:freezer|freezers|cold\s*store|cold\s*room|chiller|chillers|blast\s+chiller|walk[\s-]?in|minus\s+\d+|-\s?\d+\s*(?:degrees|c)\b|sub[\s-]?zero)\b[^.!?]{0,80}\b(?:no\s+(?:proper\s+)?(?:gear|coat|coats|jacket|gloves|breaks?|ppe|suit)|without|hours|fainted|faint|frostbite|frost\s*nip|numb|passed\s+out|collaps\w*|hypotherm\w*|shaking|cant\s+feel|blue|all\s+shift|all\s+day|whole\s+shift|no\s+break|locked\s+in|trapped|door\s+(?:broken|doesnt|wont)|alarm\s+(?:broken|doesnt))\b",
    r"\b(?:heat|hot|boiling|roasting|sweltering|baking|scorching|heatwave|\d\d\s*(?:degrees|c)\b|no\s+air\s*con|no\s+aircon|no\s+fans?|ovens?|kitchen|warehouse|greenhouse|loft)\b[^.!?]{0,80}\b(?:fainted|fainting|passed\s+out|collaps\w*|heat\s*stroke|heat\s+exhaustion|dizzy|no\s+water|throwing\s+up|threw\s+up|being\s+sick|nose\s*bleeds?|blacked\s+out|black\s+out|dehydrat\w+)\b",
    Rule(
        r"\b(?:fainted|fainting|faints|passed\s+out|passing\s+out|blacked\s+out|blacking\s+out|collapsed|collapsing|keeled\s+over)\b(?!\s+(?:on|onto|into|in|on\s+to)\s+(?:the\s+|my\s+)?(?:sofa|couch|bed|settee)|\s+(?:from|with)\s+(?:laugh\w*|exhaustion\s+on\s+the\s+sofa|shock\s+when)|\s+asleep|\s+laughing|\s+when\s+i\s+(?:saw|heard|read|found|realised|realized|got))",
        unless=r"\bwhat\s+(?:should|do|to)\s+(?:i|you|we)?\s*do\s+(?:if|when)\b|\b(?:if|when)\s+(?:someone|somebody|a\s+person|anyone|people)\s+(?:faints|collapses|passes\s+out)\b|\bhow\s+(?:to|do\s+you)\s+(?:help|treat)\b|\b(?:deal|project|talks|negotiations|sale|contract|market|plan|business|server|system|tower|stack|pitch|idea|share\s+price|prices|economy|bridge\s+in|roof\s+in\s+the\s+film|laugh\w*|drunk|drinking|pub|party|night\s+out|birthday|wedding)\b",
    ),
    r"\b(?:chemicals?|fumes|bleach|solvents?|acids?|ammonia|chlorine|pesticides?|herbicides?|asbestos|paint\s+stripper|toxic|carbon\s+monoxide|silica|lead\s+paint|mould|mold|radiation|oven\s+cleaner|degreaser|caustic|hydrofluoric|formaldehyde|resin|isocyanates?|spray\s+paint)\b[^.!?]{0,80}\b(?:no\s+(?:mask|masks|gloves|ventilation|respirator|ppe|goggles|extraction|training)|without|coughing|burns?|burning|burnt|burned|dizzy|headaches?|nose\s*bleeds?|cant\s+breathe|breathing|rash|rashes|blister\w*|vomit\w*|sick|anyway|ignore|its\s+fine|told\s+(?:us|me)\s+to|make\s+us|made\s+us|making\s+us|keep|carry\s+on|mix\w*|wheez\w*|eyes?\s+(?:burn|stream|sting))\b",
    r"\b(?:sockets?|plugs?|wiring|cables|electrics|switch|switches|fuse\s*box|lights?|extension\s+leads?)\s+(?:\w+\s+){0,4}(?:spark|sparks|sparked|sparking|smoke|smokes|smoking|buzz\w*|smell\w*\s+of\s+burning|melt\w*|scorched|shock\w*|blew|blow)\b",
    r"\basbestos\b|\bcarbon\s+monoxide\b|\bgas\s+(?:smell|leak\w*)|\bsmell(?:s|ed|ing)?\s+(?:of\s+)?gas\b|\belectric\s+shocks?\b|\b(?:got|getting|been|keep\s+getting)\s+(?:an?\s+)?(?:electric\s+)?shocks?\s+(?:off|from)\b|\bshocked\s+me\b|\b(?:live|exposed|bare|loose|frayed|hanging)\s+(?:wires?|wiring|cables?|electrics)\b|\b(?:sparking|sparks\s+(?:coming|flying))\b",
    r"\b(?:guard|guards|safety\s+guard|machine\s+guard|blade\s+guard|emergency\s+stop|e-?stop|stop\s+button|safety\s+(?:switch|cut[\s-]?out|sensor|catch|interlock|lock|pin|cage|rail|bar|valve)|kill\s+switch|dead\s*mans?\s+(?:switch|handle)|lockout|lock[\s-]?out|tag[\s-]?out|interlock|light\s+curtain|cut[\s-]?off\s+switch)\b[^.!?]{0,50}\b(?:broken|removed|off|taped|tied|bypass\w*|disabled|doesnt\s+work|does\s+not\s+work|dont\s+work|not\s+working|taken\s+off|missing|jammed|overrid\w*|cable\s+tied|held\s+open|switched\s+off|turned\s+off|never\s+fixed|been\s+broken)\b",
    r"\b(?:bypass\w*|disabl\w*|remov\w*|tak\w*\s+off|tape\w*\s+(?:over|down|up)|overrid\w*|switch\w*\s+off|turn\w*\s+off|tie\w*\s+back|wedg\w*)\s+(?:the\s+)?(?:safety\s+|machine\s+|blade\s+)?(?:guard|guards|emergency\s+stop|e-?stop|interlock|sensor|sensors|safety\s+(?:switch|catch|features?|lock)|light\s+curtain|alarm|alarms|smoke\s+(?:alarm|detector)s?|fire\s+alarm|speed\s+limiter|limiter|tacho\w*)\b",
    r"\b(?:brakes?|steering|tyres?|tires?|headlights?|lights|seat\s*belts?|horn|mirrors?|forks?|chains?|hydraulics?|handbrake|wipers|indicators|mast|tail\s*lift|clutch)\b[^.!?]{0,25}\b(?:broken|shot|gone|bad|faulty|not\s+working|dont\s+work|doesnt\s+work|bald|busted|worn|failing|dodgy|knackered|knackerd|fail\w*|leak\w*|iffy|sticking|slipping|snapped|loose|cracked)\b|\b(?:bad|broken|faulty|no|dodgy|bald|worn|shot|dead|failing|knackered|iffy|defective|missing)\s+(?:brakes|brake|steering|tyres|tires|headlights|seat\s*belts?|handbrake|mirrors)\b",
    Rule(
        r"\b(?:van|truck|lorry|forklift|flt|pallet\s+truck|reach\s+truck|cherry\s+picker|scissor\s+lift|crane|hoists?|ladders?|scaffold\w*|racking|machine|machines|saw|press|lathe|conveyor|slicer|mixer|fryer|wiring|socket|sockets|electrics|boiler|platform|step\s*ladder|harness|equipment|kit|tools?|vehicles?|bus|minibus|tractor|digger|dumper|roller|trailer|wheelchair\s+lift|patient\s+hoist)\b[^.!?]{0,50}\b(?:broken|faulty|unsafe|dangerous|loose|snapped|cracked|sparking|exposed|leaking|dodgy|not\s+safe|death\s*trap|falling\s+apart|held\s+together\s+with|wobbl\w*|rotten|rusted|collaps\w*|condemned|failed\s+(?:its|the)\s+(?:mot|inspection|check)|out\s+of\s+date|not\s+been\s+(?:checked|serviced|inspected|tested)|never\s+been\s+(?:checked|serviced|inspected|tested)|overdue\s+(?:for\s+)?(?:its\s+)?(?:service|inspection|check))\b",
        unless=r"\b(?:coffee|vending|card|washing|ticket|fax|fruit|slot|sewing|espresso|ice|pinball|cash|arcade)\s+machine\b|\b(?:printer|photocopier|laptop|till|scanner|headset|mouse|keyboard|monitor|kettle|microwave|dishwasher|toaster|website|app|software|system|crm|wifi|vpn|login|phone|lift\s+is)\b",
    ),
    Rule(
        r"^(?=.*\b(?:use|using|used|make\s+us|made\s+us|making\s+us|got\s+us|told|have\s+to|had\s+to|still|anyway|expected|climb\w*|drive|driving|drove|operate|operating|go\s+up|send\s+us|sent\s+us|on\s+it|up\s+it)\b).*?\b(?:cracked|broken|faulty|unsafe|dodgy|snapped|loose|bent|wobbly|rotten|damaged|defective|split|rusty|rusted|knackered|busted|condemned|leaking|sparking)\s+(?:\w+\s+)?(?:ladders?|step\s*ladders?|scaffold\w*|harness\w*|forklifts?|flts?|hoists?|guards?|racking|platforms?|brakes|tyres|wiring|cables?|sockets?|machines?|saws?|cranes?|vans?|trucks?|lorr(?:y|ies)|cherry\s+pickers?|scissor\s+lifts?|pallet\s+trucks?|extension\s+leads?|equipment|ppe|helmets?|hard\s*hats?|gas\s+(?:hob|oven|pipe|bottle)s?|fryers?|boilers?)\b",
        unless=r"\b(?:coffee|vending|card|washing|ticket|fax|fruit|slot|sewing|espresso|ice|pinball|cash|arcade)\s+machine\b|\b(?:printer|photocopier|laptop|till|scanner|headset|mouse|keyboard|monitor|kettle|microwave|dishwasher|toaster|website|app|software|system|crm|wifi|vpn|login|phone|toy|bike)\b",
    ),
    r"\b(?:brakes?|steering|tyres?|guard|harness|emergency\s+stop|scaffold\w*|ladder|racking|wiring|electrics|van|truck|lorry|forklift|machine|hoist|equipment)\b[^.!?]{0,70}\b(?:still\s+(?:make|made|making|send|sent|want|wants|expect\w*|have|got)|make\s+(?:us|me)|made\s+(?:us|me)|making\s+(?:us|me)|told\s+(?:us|me)\s+to\s+(?:use|drive|keep|carry|ignore|just)|want\s+(?:us|me)\s+(?:to\s+)?(?:drive|driving|use|using|out|on)|expect\w*\s+(?:us|me)\s+to|forc\w*\s+(?:us|me)|have\s+to\s+(?:use|drive)|no\s+choice|or\s+(?:lose|get|be)|just\s+(?:be\s+careful|get\s+on\s+with\s+it|crack\s+on))\b",
    r"\b(?:work\w*|up|go\w*\s+up|went\s+up|climb\w*|sent\s+(?:us|me)\s+up|on\s+the\s+roof|at\s+height|on\s+(?:the\s+)?scaffold\w*|on\s+(?:a|the)\s+ladder)\b[^.!?]{0,40}\b(?:without|no)\s+(?:a\s+|any\s+)?(?:harness(?:es)?|fall\s+(?:protection|arrest)|guard\s*rails?|railings|edge\s+protection|scaffold\w*|spotter|lanyard|safety\s+line|hard\s*hats?|helmets?|tie[\s-]?off|anchor)\b",
    r"\b(?:fire|emergency)\s+(?:exits?|doors?|escapes?|routes?|stairs)\b[^.!?]{0,40}\b(?:locked|chained|blocked|padlocked|bolted|wedged\s+shut|stacked|piled|covered|no\s+access|cant\s+be\s+opened|wont\s+open|sealed|boarded)\b|\b(?:locked|chained|blocked|padlocked|bolted)\b[^.!?]{0,20}\bfire\s+(?:exits?|doors?|escapes?)\b",
    r"\b(?:fire|smoke)\s+(?:alarms?|detectors?|extinguishers?|blankets?|sprinklers?|doors?)\b[^.!?]{0,40}\b(?:broken|disabled|turned\s+off|switched\s+off|unplugged|removed|missing|empty|expired|out\s+of\s+date|dont\s+work|doesnt\s+work|not\s+working|taped|covered|ignore\w*|propped\s+open\s+(?:all|every))\b|\b(?:ignore|ignoring|ignored)\s+(?:the\s+)?(?:fire|smoke|gas|co|carbon\s+monoxide)\s+(?:alarms?|detectors?)\b",
    # hands in machines that are running; lifting people or loads without the hoist or help
    r"\b(?:clean|cleaning|cleaned|wip\w*(?:\s+down)?|fix|fixing|unjam\w*|unblock\w*|clear\w*|reach\w*\s+into|repair\w*|service|servicing|scrape|scraping)\s+(?:out\s+)?(?:the\s+)?(?:\w+\s+){0,2}(?:ovens?|fryers?|machines?|slicers?|mixers?|conveyors?|grills?|presses?|saws?|blades?|shredders?|compactors?|balers?|belts?|rollers?|mincers?|dough\s+\w+|hobs?|griddles?)\b[^.!?]{0,30}\b(?:(?:while|whilst|when)\s+(?:its|theyre|it\s+is|they\s+are|still)|with\s+(?:it|them)(?:\s+still)?)\s+(?:still\s+)?(?:on|running|switched\s+on|turned\s+on|live|moving|plugged\s+in|going)\b",
    r"\bwithout\s+(?:a|the|any|using\s+(?:a|the))\s+(?:hoist|slide\s+sheet|sling|stand\s+aid|sara\s+stedy|lifting\s+(?:aid|equipment|gear|belt))\b|\b(?:double[\s-]?up|two[\s-](?:person|carer|man)|2[\s-](?:person|carer|man))\s+(?:calls?|lifts?|transfers?|jobs?|visits?|care|deliveries)\b[^.!?]{0,30}\b(?:alone|on\s+my\s+own|by\s+myself|single[\s-]?handed\w*)\b|\b(?:made|make|makes|making|told|expected|have\s+to|had\s+to|forced|left)\s+(?:me\s+|us\s+)?(?:to\s+)?(?:lift|hoist|transfer|move)\s+(?:\w+\s+){0,2}(?:patients?|residents?|service\s+users?|clients?|people)\b[^.!?]{0,30}\b(?:alone|on\s+my\s+own|by\s+myself|single[\s-]?handed\w*)\b",
    r"\b(?:made|make|makes|making|told|forced|expected|pressured|pressuring)\s+(?:me|us)?\s*(?:to\s+)?(?:lift|carry|move|shift|push|pull|unload|load|drag|hoist)\b[^.!?]{0,60}\b(?:hurt|injured|pulled|did\s+in|done\s+in|put\s+out|tore|torn|slipped|strained|twisted|wrecked|damaged)\s+(?:my|a)\s+(?:\w+\s+)?(?:back|shoulder|disc|muscle|wrist|knee|neck|hernia|arm)\b",
    # tired beyond safe: medication errors, falling asleep at the wheel
    r"\b(?:(?:\d|one|two|three|four|five)\s+hours?\s+(?:of\s+)?sleep|no\s+sleep|back[\s-]to[\s-]back\s+(?:shifts|nights|doubles|lates|days)|(?:double|triple)\s+shifts|doubles|exhausted|falling\s+asleep|cant\s+keep\s+my\s+eyes\s+open|so\s+tired|knackered|shattered|fatigue\w*|sleep\s+deprived)\b[^.!?]{0,60}\b(?:(?:medication|meds|drug|dosing|dose|drip|insulin)\s+(?:errors?|mistakes?)|(?:errors?|mistakes?)\s+(?:with|on)\s+(?:the\s+)?(?:meds|medication|doses|drugs|insulin|drips?)|wrong\s+(?:meds|medication|dose|doses|drugs|patient))\b|\b(?:falling|fell|nodd\w*|dropp\w*|dozing|dozed|drifting|drifted)\s+(?:asleep|off)\s+(?:at|behind)\s+the\s+wheel\b|\b(?:falling|fell|nodd\w*|dozing|dozed)\s+(?:asleep|off)\s+(?:while|whilst|when)\s+(?:driving|operating|on\s+the\s+(?:forklift|motorway|road|line))\b",
    # long hours without a break or rest, the tachograph fiddled, waste poured away
    r"\b(?:\d{2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)[\s-]?(?:hours?|hrs)\s+(?:\w+\s+){0,3}?(?:with\s+)?(?:no|without\s+(?:a|any))\s+(?:single\s+)?(?:break|breaks|rest|rest\s+break|stop)\b",
    r"\b(?:fiddl\w*|fak\w*|falsif\w*|tamper\w*|cheat\w*|mess\w*\s+(?:with|about\s+with)|doctor\w*|alter\w*)\s+(?:with\s+)?(?:the\s+|my\s+|our\s+|his\s+|their\s+)?(?:tacho\w*|driving\s+hours|drivers?\s+hours|log\s*books?|hours\s+on\s+the\s+tacho)\b",
    r"\b(?:pour\w*|dump\w*|tip\w*|flush\w*|empt\w*|chuck\w*)\s+(?:the\s+|all\s+the\s+)?(?:(?:used|waste|old|leftover|dirty|cleaning|spare|toxic)\s+){0,2}(?:chemicals?|oil|engine\s+oil|solvents?|paint\s+thinners?|acid|fuel|diesel|clinical\s+waste|sharps|asbestos|pesticides?|coolant|antifreeze)\s+(?:\w+\s+){0,3}?(?:down\s+the\s+(?:drain|drains|sink|toilet|grid)|in(?:to)?\s+(?:the\s+)?(?:\w+\s+)?(?:river|canal|drain|drains|stream|hedge|field|general\s+waste|normal\s+bins?|skip))\b",
    # -- made to break safety rules, skip checks, cover up injuries
    r"\b(?:skip|skipping|skipped|skips|ignore|ignoring|ignored|bypass|bypassing|bypassed|fake|faking|faked|falsif\w+|forge|forging|forged|fudge|fudging|fudged|fiddle|fiddling|fiddled|backdat\w+|pencil[\s-]whip\w*|make\s+up|making\s+up|made\s+up|cut\s+corners\s+on|miss\s+out|skimp\w*\s+on|rush\s+through|rushing\s+through|not\s+do|dont\s+do|never\s+do|leave\s+out|leaving\s+out|cut\s+out|cutting\s+out)\s+(?:the\s+|a\s+|our\s+|my\s+|all\s+(?:the\s+)?|any\s+|these\s+|those\s+)?(?:(?:safety|health\s+and\s+safety|h\s*&\s*s|h\s+and\s+s)\b(?!\s+(?:meeting|lunch|call|chat|email|quiz))|(?:second|double|2nd|two[\s-]person|independent|safety|medical|drug|drugs|medication|controlled\s+drugs?|cd|fire|gas|temperature|temp|fridge|freezer|food\s+safety|hygiene|allergen\w*|pre[\s-]?use|pre[\s-]?start|walk[\s-]?around|walkaround|daily|vehicle|forklift|flt|equipment|ladder|scaffold\w*|harness|risk|health|site|handover|patient|obs|observations?|infection\s+control|h\s*&\s*s|h\s+and\s+s|health\s+and\s+safety|audit|inspection|security|id|age|dbs|background|lockout|isolation|permit|hot\s+work|confined\s+space|load|weight|tacho\w*|mot|maintenance|service|electrical|pat|brake|tyre|sign[\s-]?off|count|stock\s+count)\s*(?:check|checks|checking|checklist|checklists|log|logs|logbook|records?|sheets?|forms?|assessments?|inspections?|audits?|signatures?|tests?|testing|steps?|procedures?|protocols?|counts?|sign[\s-]?offs?|rules|regs|regulations|training|reports?|books?|charts?|paperwork|certs?|certificates?|briefings?|witness|countersign\w*|signature|signing|check-?ups?)\b)",
    r"\b(?:without|no|not\s+even\s+a|skipping\s+the|skip\s+the)\s+(?:a\s+)?(?:second|double|2nd|two[\s-]person|independent)\s+(?:check|checker|signature|person|nurse|witness|countersign\w*|sign[\s-]?off)\b|\bcontrolled\s+drugs?\b[^.!?]{0,50}\b(?:skip\w*|without|alone|on\s+my\s+own|fake|faked|sign\w*\s+for|sign\w*\s+off|count|check\w*|missing|short|wrong|no\s+witness|by\s+myself|nobody\s+checks)\b",
    r"\b(?:sign|signing|signed|signs|tick|ticking|ticked|fill\w*\s+in|filling\s+out|initial\w*|stamp\w*|date\w*)\s+(?:off\s+|for\s+|in\s+)?(?:the\s+|a\s+|all\s+the\s+|our\s+|it\s+|them\s+|things\s+)?(?:\w+\s+){0,3}(?:check\w*|log|logs|sheet|sheets|form|forms|list|lists|records?|boxes|inspection|audit|paperwork|chart|charts|book|mar|mar\s+chart|obs)?\s*(?:without|before|even\s+though|when\s+(?:i|we)\s+(?:didnt|hadnt|havent|never|did\s+not))\s+(?:actually\s+|really\s+|even\s+)?(?:checking|doing|seeing|looking|reading|testing|inspecting|counting|giving|having|being\s+(?:there|trained)|it\s+being\s+done|them\s+being\s+done|the\s+checks?)\b",
    r"\b(?:wipe|wiping|wiped|delete|deleting|deleted|remove|removing|removed|erase|erasing|erased|rip\w*\s+out|tear\w*\s+out|tore\s+out|shred\w*|bin\w*)\s+(?:the|an|that|his|her|my)\s+(?:\w+\s+)?(?:incident|accident|injury|cctv|footage|complaint|grievance|near\s+miss)(?:\s+(?:report|record|log|form|entry))?\b",
    r"\b(?:sign|signing|signed|tick|ticking|ticked|fill\w*\s+in|fill\w*\s+out|initial\w*|complete|completing)\b[^.!?]{0,40}\b(?:sheets?|logs?|checks?|checklists?|forms?|records?|charts?|books?|boxes|paperwork)\b[^.!?]{0,30}\b(?:even\s+if|even\s+though|even\s+when|when|if|without|before)\s+(?:we|i|they|you|nobody|no\s+one)?\s*(?:didnt|hadnt|havent|never|did\s+not|dont|cant|havent\s+even|havent\s+actually)?\s*(?:actually\s+|really\s+|even\s+)?(?:check\w*|done|do\s+(?:it|them|the\s+checks?)|did\s+(?:it|them)|look\w*|test\w*|count\w*|inspect\w*|seen|see\s+(?:it|them))\b",
    r"\b(?:\d{2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)[\s-]?(?:hour|hr|hrs)s?\s+(?:shifts?|days?|stints?|nights?)\b[^.!?]{0,30}\b(?:no|without\s+(?:a|any)|not\s+(?:even\s+)?(?:one|a))\s+(?:single\s+)?(?:breaks?|rest|water|food)\b|\b(?:no|without\s+(?:a|any)|never\s+get\s+a|not\s+allowed\s+a|not\s+even\s+a)\s+(?:single\s+)?breaks?\s+(?:all|for\s+the\s+whole|for\s+the\s+entire|during\s+the|in\s+(?:a|the)|for)\s+(?:\w+\s+)?(?:shift|day|\d+\s+hours?|hours|night)\b",
    r"\b(?:lie|lying|lied|lies)\s+(?:to|on|in)\s+(?:the\s+|our\s+|a\s+)?(?:auditors?|inspectors?|hse|cqc|ofsted|regulators?|police|insurers?|insurance|council|environmental\s+health|health\s+inspector|fire\s+officer|dvsa|hmrc|customers?\s+about|clients?\s+about|patients?\s+about|families\s+about|report|reports|forms?|logs?|records?|timesheets?|incident\s+(?:report|form)|accident\s+book)\b",
    r"\b(?:hid|hide|hides|hiding|hidden)\s+(?:the|an?|his|her|my|their|that|this)\s+(?:\w+\s+){0,2}(?:injur\w*|accident|fall|burns?|scalds?|incident|near\s+miss|bleeding|concussion|stitches|cuts?|wounds?)\b|\b(?:injur\w*|accident|fall|fell|cut|burn\w*|hurt|broke|incident|near\s+miss|scald\w*|crush\w*)\b[^.!?]{0,60}\b(?:hide\s+it|hid\s+it|hide\s+(?:the|my|his|her)\s+(?:\w+\s+)?(?:injur\w*|cut|burn|bruis\w*|wound))\b",
    r"(?:cover\w*\s+up|hush\w*\s+up|keep\w*\s+(?:quiet|it\s+quiet|schtum|shtum|it\s+off\s+the\s+books|it\s+between\s+us|my\s+mouth\s+shut)\s+(?:about|on)|stay\s+quiet\s+about|not\s+(?:to\s+)?(?:report|log|record|write\s+up|mention|put\s+(?:it\s+)?in\s+the\s+(?:accident|incident)\s+(?:book|log)|tell\s+(?:anyone|hr|the\s+agency|the\s+client|management))|dont\s+(?:report|log|record|write\s+up|mention|put\s+(?:it\s+)?in\s+the\s+(?:accident|incident)\s+(?:book|log)|tell\s+(?:anyone|hr|the\s+agency|the\s+client))|never\s+(?:reported|logged|recorded|written\s+up)|wasnt\s+(?:reported|logged|recorded)|didnt\s+(?:report|log|record)|no\s+(?:accident|incident)\s+(?:report|form|book)|off\s+the\s+books|brush\w*\s+(?:it\s+)?under\s+the\s+(?:carpet|rug)|sweep\w*\s+(?:it\s+)?under\s+the\s+(?:carpet|rug)|tear\s+up\s+the\s+(?:incident|accident)|delete\w*\s+the\s+(?:cctv|footage|report))\b[^.!?]{0,60}\b(?:injur\w*|accident|fall|fell|cut|burn\w*|hurt|broke|broken|incident|bleeding|near\s+miss|back|hand|wrist|ankle|knee|finger|head|eye|it|this|them|scald\w*|crush\w*|concussion|stitches|hospital|a\s+&\s+e|ambulance|record|fine|safety\s+record|days?\s+without)\b|\b(?:injur\w*|accident|fall|fell|cut|burn\w*|hurt|broke|incident|near\s+miss|scald\w*|crush\w*)\b[^.!?]{0,60}\b(?:cover\w*\s+(?:it\s+)?up|hush\w*\s+(?:it\s+)?up|keep\w*\s+(?:it\s+)?quiet|keep\s+schtum|not\s+to\s+(?:report|log|record|tell|mention)|dont\s+(?:report|log|record|tell|mention)|didnt\s+(?:report|log|record)|never\s+(?:reported|logged|recorded)|wasnt\s+(?:reported|logged)|off\s+the\s+books|hide\s+it|hid\s+it|safety\s+record|accident[\s-]free|days\s+without)\b",
    r"\b(?:dont|not\s+to|never|didnt|wont|wouldnt|refused\s+to|not\s+allowed\s+to)\s+(?:put|write|log|record|enter|report|fill\s+in)\s+(?:it|this|that|anything|my\s+\w+)?\s*(?:in|into|up\s+in|down\s+in|on)?\s*(?:the\s+|an\s+)?(?:(?:accident|incident)\s+)?(?:book|log|report|form|system|sheet)\b|\b(?:accident|incident)\s+(?:book|log|report|form)\b[^.!?]{0,30}\b(?:torn\s+out|ripped\s+out|missing\s+pages|changed|altered|hidden|locked\s+away|not\s+allowed)\b",
    r"\b(?:told|tell|telling|asked|made|make|making|forced|expect\w*|want\w*|pressur\w*)\s+(?:me|us|him|her)\s+(?:to\s+)?(?:keep\s+(?:working|going|on\s+working|on\s+going)|carry\s+on|finish\s+(?:the|my|his|her)\s+shift|come\s+in|work|stay|crack\s+on|get\s+back\s+to\s+(?:it|work)|go\s+back\s+(?:to\s+work|on\s+the\s+line|out))\b[^.!?]{0,50}\b(?:injur\w*|broken|sprain\w*|bleeding|cut|burn\w*|concussion|fractur\w*|hurt|stitches|cast|sling|fever|covid|vomiting|fainted|passed\s+out|collapsed|dizzy|my\s+back|my\s+wrist|my\s+hand|my\s+ankle|my\s+knee|my\s+head|my\s+eye|crutches|a\s+e|hospital|ambulance)\b",
    r"\b(?:broke|broken|fractured|sprained|cut|burnt|burned|scalded|injur\w*|hurt|twisted|dislocated|bleeding|crushed|trapped|smashed|concuss\w*|fainted|passed\s+out|collapsed|fell|slipped|tripped|hit\s+my\s+(?:head|hand|knee|back|face|eye)|banged\s+my|knocked\s+my|smacked\s+my\s+head)\b[^.!?]{0,60}\b(?:told|made|make|forced|expected|wanted|said|asked|still\s+made|still\s+had)\s+(?:(?:me|us|him|her)\s+)?(?:to\s+)?(?:keep\s+(?:working|going)|carry\s+on|finish\s+(?:the|my|his|her)\s+(?:shift|delivery|deliveries|round|route|job|order|orders|run|close|service)|get\s+back\s+(?:to|on)\s+(?:it|work|the\s+(?:line|floor|till|shop\s+floor|tills|belt))|crack\s+on|go\s+back\s+(?:to\s+work|out|on)|stay\s+(?:on|till|until)|come\s+in|work\s+through|walk\s+it\s+off|stop\s+moaning|man\s+up|toughen\s+up|not\s+be\s+(?:soft|a\s+baby)|get\s+on\s+with\s+it)\b",
    r"\b(?:come\s+in|work|working|keep\s+working|drive|driving|carry\s+on)\s+(?:in\s+)?(?:with|on|despite)\s+(?:a|my|an|the)\s+(?:broken|fractured|sprained|dislocated|busted|bleeding|infected|burnt|burned|cracked)\s+(?:wrist|arm|leg|finger|fingers|toe|toes|rib|ribs|foot|hand|ankle|knee|shoulder|back|head|nose|collarbone)\b|\b(?:or\s+(?:lose|ill\s+lose|i\s+will\s+lose|i\s+lose|be\s+sacked|get\s+sacked|be\s+fired|get\s+fired|im\s+out|no\s+pay|lose\s+my\s+(?:job|shifts|hours|place|contract)))\b[^.!?]{0,40}\b(?:injur\w*|broken|sprain\w*|bleeding|hospital|doctor|sick|ill|hurt|stitches|concussion)\b",
    r"\b(?:no\s+first\s+aid\w*|no\s+(?:one|body)\s+(?:trained\s+in|who\s+(?:does|knows))\s+first\s+aid|first\s+aid\s+(?:kit|box)\s+(?:has\s+been\s+|is\s+|was\s+|s\s+)?(?:always\s+|still\s+|totally\s+|completely\s+)?(?:empty|missing|gone|locked|bare)|wouldnt\s+(?:call|let\s+me\s+call)\s+(?:an\s+)?ambulance|wont\s+(?:call|let\s+me\s+call)\s+(?:an\s+)?ambulance|told\s+(?:me|us)\s+not\s+to\s+call\s+(?:an\s+)?ambulance|refused\s+to\s+call\s+(?:an\s+)?ambulance|drive\s+(?:myself|him|her)\s+to\s+a\s*&?\s*e)\b",
    r"\b(?:restrain\w*|forklift|flt|reach\s+truck|chainsaw|crane|cherry\s+picker|scissor\s+lift|press|lathe|welding|weld|electrical|gas\s+work|asbestos|scaffold\w*|hgv|medication|meds|insulin|injections?|controlled\s+drugs|hoist|blood|needles?|sharps)\b[^.!?]{0,40}\b(?:with|without)\s+(?:no|any)\s+(?:proper\s+|real\s+|formal\s+)?(?:training|certificate|ticket|licence|license|induction|supervision|qualification)\b|\b(?:no|without\s+(?:any|proper)|zero|never\s+had\s+any)\s+(?:proper\s+|real\s+|formal\s+)?(?:training|ticket|licence|license)\b[^.!?]{0,40}\b(?:restrain\w*|forklift|flt|reach\s+truck|chainsaw|crane|cherry\s+picker|scissor\s+lift|welding|asbestos|scaffold\w*|hgv|controlled\s+drugs|injections|insulin|hoist)\b",
    r"\b(?:sign|signing|signed|put\s+my\s+name\s+to)\s+(?:a|the|this|that)\s+(?:\w+\s+)?(?:letter|statement|form|document|waiver|declaration|note)\s+(?:saying|stating|that\s+says|to\s+say|claiming)\s+(?:that\s+)?(?:i|it|he|she|nobody|no\s*one|we)\s+(?:wasnt|was\s+not|werent|didnt|never|was\s+fine|am\s+fine|wasnt\s+hurt|fell|tripped|did\s+it)\b",
    r"\b(?:fill\w*\s+in|sign\w*|tick\w*|complete|completing)\s+(?:the\s+)?(?:\w+\s+)?(?:logs?|sheets?|records?|forms?|checks?|charts?)\s+for\s+(?:days|shifts|times|checks|rooms|patients|dates)\s+(?:i|we|nobody|no\s*one|they)\s+(?:wasnt|werent|was\s+not|didnt|never|hadnt)\b",
    r"\b(?:told|tell|telling|asked|made|make|making)\s+(?:everyone|us|me|him|her|staff|the\s+team)\s+to\s+(?:say|tell|pretend|claim|lie|act\s+like|write)\s+(?:that\s+)?(?:he|she|it|i|we|they)\s+(?:did\s+it|happened|hurt|fell|was\s+hurt|got\s+hurt|was\s+injured|got\s+injured|tripped|slipped)\b[^.!?]{0,20}\b(?:at\s+home|outside(?:\s+of)?\s+work|off\s+site|somewhere\s+else|before\s+work|on\s+the\s+way|playing|at\s+the\s+gym)\b",
    r"\b(?:shov\w*|push\w*|threw|throw\w*|drove|reversed|kick\w*|slam\w*|rammed|ram)\s+(?:a|the|his|her)\s+(?:\w+\s+)?(?:into|at|onto)\s+me\b",
    r"\b(?:nearly|almost|near(?:ly)?)\s+(?:got\s+|been\s+|was\s+|were\s+)?(?:crushed|electrocuted|run\s+over|hit\s+by\s+(?:a|the)\s+(?:\w+\s+)?(?:forklift|truck|van|car|lorry|reversing|pallet|load|crane|falling)|lost\s+(?:a|his|her|my|their)\s+(?:hand|finger|fingers|arm|leg|eye|foot)|fell\s+(?:off|from|through)|fallen\s+(?:off|from|through)|gassed|poisoned|burned\s+alive|trapped|decapitated|impaled|scalped)\b",
    r"\b(?:someone|somebody|one\s+of\s+us|people|a\s+(?:worker|colleague|lad|guy|girl|temp))\s+(?:is\s+going\s+to|will|could|gonna|is\s+gonna)\s+(?:get|be|end\s+up)\s+(?:killed|seriously\s+(?:hurt|injured)|badly\s+(?:hurt|injured)|crushed|electrocuted|hurt|injured|maimed)\b|\bdeath\s*trap\b|\baccident\s+waiting\s+to\s+happen\b",
    # -- injured or assaulted at work, on purpose or by others
    r"\b(?:on\s+purpose|deliberately|intentionally|as\s+a\s+(?:joke|prank|laugh)|for\s+a\s+(?:laugh|joke)|for\s+fun|as\s+a\s+laugh|thought\s+it\s+was\s+funny|to\s+teach\s+me\s+a\s+lesson|initiation|new\s+starter\s+prank|as\s+banter|as\s+a\s+bit\s+of\s+banter|(?:made|make|making)\s+a\s+game\s+(?:out\s+)?of)\b[^.!?]{0,60}\b(?:burn\w*|scald\w*|cut|hit|push\w*|shov\w*|trip\w*|kick\w*|punch\w*|slap\w*|threw|throw\w*|spat|spit|pour\w*|stab\w*|pinch\w*|elbow\w*|shock\w*|lock\w*|trap\w*|hurt|injur\w*|bruis\w*|knock\w*|drop\w*|tase\w*|sprayed|squirt\w*|zap\w*|whip\w*|flick\w*)\b|\b(?:burn\w*|scald\w*|cut|hit|push\w*|shov\w*|trip\w*|kick\w*|punch\w*|slap\w*|held|holding|hold|forced|dunked|stuck|threw\s+\w+\s+at|throw\w*\s+\w+\s+at|spat\s+(?:at|on)|pour\w*\s+\w+\s+(?:on|over)|stab\w*|pinch\w*|elbow\w*|shock\w*|lock\w*|trap\w*|hurt|injur\w*|bruis\w*|knock\w*|sprayed|squirt\w*|zap\w*|whip\w*|flick\w*)\s+(?:me|my\s+\w+)\b[^.!?]{0,60}\b(?:on\s+purpose|deliberately|intentionally|as\s+a\s+(?:joke|prank|laugh)|for\s+a\s+(?:laugh|joke)|for\s+fun|thought\s+it\s+was\s+funny|as\s+banter|laughed|everyone\s+laughed|they\s+laughed|initiation)",
    Rule(
        r"\b(?:customer|client|patient|resident|guest|passenger|punter|shopper|diner|drunk|service\s+user|student|pupil|parent|relative|visitor|tenant|member\s+of\s+the\s+public|manager|boss|supervisor|colleague|coworker|co-worker|chef|foreman|guy|man|woman|lad|driver|he|she|they|someone|somebody|team\s*lead(?:er)?|owner|gaffer|security|bouncer|lead\s+hand|charge\s+hand|shift\s+lead|senior\s+\w+)\s+(?:\w+\s+){0,3}(?:hit|punched|slapped|kicked|pushed|shoved|spat\s+(?:on|at)|threw\s+(?:\w+\s+){0,2}at|grabbed|headbutted|bit|scratched|attacked|assaulted|burned|burnt|scalded|choked|strangled|elbowed|tripped|shoved|smacked|whacked|swung\s+at|lunged\s+at|went\s+for|came\s+at|pinned|slammed|threatened|pulled\s+a\s+(?:knife|blade|gun)\s+on|cornered|spat)\s+(?:me|my\s+(?:face|arm|wrist|neck|hair|hand|head))\b",
        unless=r"\b(?:dementia|confused|didnt\s+mean\s+(?:it|to)|by\s+accident|accidentally|to\s+steady\s+(?:me|himself|herself)|stop\s+me\s+falling|to\s+get\s+my\s+attention|caught\s+my\s+arm\s+as|having\s+a\s+seizure|fitting)\b",
    ),
    r"\b(?:shoving|punching|slapping|kicking|headbutting|choking|strangling|elbowing|smacking|whacking|slamming|pinning|hitting|spitting\s+(?:at|on)|pushing)\s+me\s+(?:around|about|over|into|against|out\s+of\s+the\s+way|down|up\s+against|in\s+the)\b|\b(?:shoves|shoving|punches|punching|slaps|slapping|kicks|kicking|headbutts|hits|hitting)\s+me\b|\b(?:held|holds|holding|pinned|pins)\s+me\s+(?:down|against|by\s+(?:the|my))\b|\b(?:pushed|shoved|punched|slapped|kicked|headbutted|choked|strangled|elbowed|smacked|whacked|slammed|pinned)\s+me\b(?!\s+(?:to\s+(?:apply|do|go|try|take|improve|be|get|work)|into\s+(?:applying|taking|doing|going|this|the\s+role)|hard\s+to|too\s+hard\s+to|out\s+of\s+my\s+comfort))|\bspat\s+(?:at|on|in)\s+(?:me|my\s+face)\b|\bthrew\s+(?!(?:a\s+(?:lot|load|tantrum|strop|wobbly|fit|paddy|question|curveball|spanner|few\s+(?:questions|tasks))|so\s+much|everything|loads|questions|work|tasks|jargon|info|information|numbers|figures|ideas|names|acronyms|problems|challenges)\b)(?:a|the|his|her|their|some|something|\w+)\s+(?:\w+\s+)?at\s+(?:me|my\s+head|my\s+face)\b|\b(?:pulled|had|waved|brandished|flashed)\s+a\s+(?:knife|blade|gun|bat|machete)\s+(?:at|on)\s+me\b",
    r"\bthreat\w*\s+(?:me|to\s+(?:hit|hurt|beat|kill|stab|punch|smash|batter|deck|break|fire\s+me|sack\s+me|report\s+me|get\s+me\s+(?:deported|sacked|fired)|have\s+me|ruin\s+me|find\s+me|come\s+to\s+my|call\s+immigration)|by\s+(?:a|the|my|his|her)|with\s+(?:a|his|her)|made\s+(?:against|to)\s+me)|\bdeath\s+threats?\b|\b(?:made|making|make)\s+threats\b|\bthreatening\s+(?:messages|texts|notes|voicemails|emails|letters|calls)\b",
    r"\b(?:said|says|told\s+me|tells\s+me|warned\s+(?:me)?|threaten\w*)\b[^.!?]{0,60}\bif\s+i\s+(?:ever\s+)?(?:report\w*|tell\s+(?:anyone|hr|the\s+agency|someone|anybody)|grass\w*|complain\w*|say\s+anything|go\s+to\s+(?:hr|the\s+agency|the\s+police|management|the\s+union|head\s+office)|speak\s+up|blow\s+the\s+whistle|raise\s+(?:it|a\s+grievance))\b|\b(?:have|get)\s+me\s+(?:sorted\s+out|done\s+in|dealt\s+with|beaten|jumped|deported|battered|hurt)\b",
    r"\b(?:said|says|told\s+me|tells\s+me|warned\s+me|shouted|screamed)\s+(?:that\s+)?(?:he|she|they|hed|shed|theyd|hell|shell|theyll|he\s+will|she\s+will|they\s+will|he\s+would|she\s+would|hes\s+going\s+to|shes\s+going\s+to|theyre\s+going\s+to|hes\s+gonna|shes\s+gonna|theyre\s+gonna|he\s+was\s+going\s+to|id\s+better)\s+(?:\w+\s+)?(?:hit|hurt|beat|stab|punch|smash|batter|deck|break\s+my|sort\s+me\s+out|do\s+me\s+in|find\s+me|find\s+out\s+where\s+i\s+live|come\s+to\s+my\s+(?:house|home|flat)|get\s+me|have\s+me\s+deported|call\s+immigration|wait\s+for\s+me|burn\s+my|slap|knock\s+me|kick\s+my|glass\s+me|knife\s+me|end\s+me|ruin\s+me)\b",
    r"\b(?:he|she|they|the\s+\w+|that\s+\w+)\s+(?:knows?|found\s+out|worked\s+out|figured\s+out)\s+where\s+i\s+(?:live|park|stay)\b",
    r"\b(?:get|gets|getting|got|was|been|keeps?\s+getting)\s+(?:right\s+|all\s+up\s+|up\s+)?in\s+my\s+face\b[^.!?]{0,40}\b(?:threat\w*|scream\w*|shout\w*|yell\w*|swear\w*|fist|clench\w*|spit\w*|push\w*|hit|punch|scared|scary|aggressive|intimidat\w*)\b|\b(?:raised|raises|raising)\s+(?:his|her|a|their)\s+(?:fist|hand)\s+(?:at|to)\s+me\b",
    r"\b(?:watch|mind)\s+(?:your|my)\s+back\b[^.!?]{0,30}\b(?:said|told|warned|threat\w*|or\s+else)\b|\bor\s+else\b[^.!?]{0,30}\b(?:he|she|they)\s+(?:said|told|warned|threatened)\b",
    # things thrown at or used on the candidate: a hot pan, a stapler, boiling water
    rf"\b(?:threw|throws|throwing|thrown|chuck\w*|flung|fling\w*|lob\w*|hurl\w*|launch\w*|pelt\w*)\s+(?:\w+\s+){{0,3}}?{_OBJECT}\s+(?:\w+\s+){{0,3}}?(?:at|towards|across\s+the\s+\w+\s+at)\s+(?:me|my\s+(?:head|face|body|back|chest|legs)|us)\b|\b{_OBJECT}\s+(?:\w+\s+){{0,2}}(?:thrown|chucked|flung|lobbed|hurled)\s+at\s+(?:me|my\s+(?:head|face))\b",
    rf"\b(?:hit|hits|whack\w*|smack\w*|struck|strikes|jab\w*|poke\w*|prod\w*|bash\w*|clip\w*|swung|swings|swinging|slapp?\w*|belt\w*|came\s+at|went\s+for)\s+(?:me|at\s+me|my\s+(?:head|face|arm|hand|back|legs?))\s+(?:\w+\s+){{0,2}}?with\s+(?:a|an|the|his|her|their|some)\s+(?:\w+\s+)?{_OBJECT}\b",
    r"\b(?:pour\w*|threw|throw\w*|chuck\w*|tipp?\w*|flick\w*|splash\w*)\s+(?:\w+\s+){0,2}(?:hot|boiling|scalding|burning)\s+(?:water|coffee|tea|oil|soup|fat|liquid|food|gravy|sauce)\s+(?:on|over|at)\s+(?:me|my)\b",
    # -- wage theft and illegal instructions
    Rule(
        r"\b(?:not|havent|have\s+not|never|didnt|did\s+not|still\s+not|still\s+havent|still\s+havnt|hasnt|have\s+still\s+not|nobody\s+has|no\s+one\s+has|wasnt|weren?t|arent|are\s+not|not\s+being|not\s+getting|not\s+got)\s+(?:been\s+|even\s+|actually\s+|yet\s+)*(?:paid|getting\s+paid|get\s+paid|got\s+paid|received\s+(?:my|any)\s+(?:pay|wages|money)|seen\s+(?:my|a|any)\s+(?:pay|wages|payslip|money)|had\s+(?:my|any)\s+(?:pay|wages))\b(?!\s+(?:enough|much|well|as\s+much|what\s+(?:im|i\s+am)\s+worth|a\s+lot|more|the\s+same|fairly|like\s+(?:the|my)\s+(?:others|colleagues)|for\s+(?:my|the)\s+(?:lunch|parking|travel\s+time\s+but)))",
        negatable=False,
    ),
    r"\b(?:unpaid|not\s+paid|no\s+pay|nothing)\s+(?:for\s+)?(?:the\s+|my\s+|our\s+|all\s+(?:the\s+|my\s+)?)?(?:overtime|hours|extra\s+hours|wages|holiday(?:\s+pay)?|sick\s+(?:pay|days?)|breaks|training(?:\s+(?:days?|week|shifts?))?|trial\s+shifts?|last\s+(?:week|month|\w+\s+weeks?)|\w+\s+weeks|induction|shifts?|night\s+shift|weekend|bank\s+holiday|travel\s+time|time\s+(?:after|before)\s+(?:close|closing|shift|clocking))\b|\b(?:dont|do\s+not|wont|will\s+not|refus\w+\s+to|never|arent\s+going\s+to)\s+pay\s+(?:us|me|anyone)\s+(?:for\s+)?(?:the\s+|our\s+|my\s+|any\s+|an\s+)?(?:overtime|extra|hours|breaks|training|trial|holiday|sick|travel|time|last|weekends?|nights?|(?:\w+\s+){0,3}(?:we|i)\s+(?:work|did|spend|spent|stay|stayed|do))\b",
    r"\b(?:takes?|taking|took|pockets?|pocketing|pocketed|steals?|stealing|stole|keeps?|keeping|kept|empties|emptying|emptied|helps?\s+(?:him|her)self\s+to)\s+(?:\w+\s+){0,2}(?:from|out\s+of)\s+(?:the|our)\s+(?:tip|tips)\s*(?:jar|pot|box|money)?\b|\btip\s+(?:jar|pot|box)\b[^.!?]{0,30}\b(?:takes?|took|empties|emptied|pockets?|keeps?|kept|goes\s+to\s+(?:him|her|the\s+owner|the\s+manager))\b",
    r"\b(?:out\s+of\s+date|expired|past\s+(?:its|the)\s+(?:date|use\s+by)|gone\s+off)\s+(?:\w+\s+){0,3}(?:back\s+(?:on|out)|new\s+labels?|relabel\w*|re-?label\w*|sell\s+it|serve\s+it)\b",
    r"\b(?:took|taken|take|takes|kept|keep|keeps|keeping|holding|holds|hold|have|has|got|confiscat\w*|withh[eo]ld\w*|locked\s+up)\s+(?:hold\s+of\s+)?my\s+(?:passport|id|visa|papers|documents|brp|residence\s+card)\b(?!\s+(?:details|number|copy|scan|photo|on\s+file))",
    Rule(
        r"\b(?:docked|dock|docking|docks|deduct\w*|took|taken|taking|take|takes|withh[eo]ld\w*|keeping|kept|keep|keeps|stole|stolen|stealing|steal|steals|pocket\w*|skim\w*|short\w*|fin\w+|charg\w+)\s+(?:\w+\s+){0,3}(?:from\s+|out\s+of\s+|off\s+|of\s+)?(?:my|our)\s+(?:pay|wages|wage|salary|tips|tip|holiday\s+pay|pay\s*check|pay\s*cheque|money|hours|commission|bonus|sick\s+pay|overtime)\b(?!\s+(?:into\s+(?:my|a)\s+(?:pension|savings|isa)|for\s+(?:the\s+)?(?:pension|tax|ni|national\s+insurance|student\s+loan|union|parking|uniform\s+as\s+agreed)))",
        unless=r"\b(?:tax|taxes|pension|national\s+insurance|ni\s+contributions|student\s+loan|salary\s+sacrifice|cycle\s+to\s+work|union\s+(?:fees|subs))\b",
    ),
    r"\b(?:pay|wage|wages|payslip|pay\s*slip|pay\s*check|pay\s*cheque|salary|paypacket|pay\s+packet|commission|tips|holiday\s+pay|sick\s+pay)\s+(?:is|was|were|are|keeps\s+being|came\s+in|has\s+been)\s+(?:\w+\s+)?(?:short|missing|wrong\s+again|never\s+(?:right|paid)|late\s+again|not\s+paid|stopped|withheld|held\s+back|way\s+under|less\s+than\s+(?:agreed|promised|minimum))\b|\b(?:missing|unpaid|owed|withheld|stolen)\s+(?:\w+\s+)?(?:wages|pay|hours|money|tips|overtime|holiday\s+pay|commission)\b|\b(?:short|shortchanged|short-changed|underpaid|under-paid)\s+(?:by|on\s+my\s+(?:pay|wages)|again|every\s+(?:week|month))\b|\bunderpa(?:id|y|ying)\b|\bowe\s+me\s+(?:\w+\s+){0,3}(?:wages|pay|money|weeks|hours|quid|pounds|dollars|\d+)\b",
    r"\b(?:below|less\s+than|under|beneath)\s+(?:the\s+)?(?:minimum|living|national\s+(?:minimum|living))\s+wage\b|\bcash\s+in\s+hand\b|\b(?:no|without\s+a|without\s+any|never\s+got\s+a|never\s+signed\s+a|havent\s+got\s+a)\s+(?:written\s+)?contract\b[^.!?]{0,40}\b(?:pay|paid|cash|weeks|months|tax|hours|sack|fire|illegal)\b|\b(?:off\s+the\s+clock|(?:clock|sign)\s+(?:me\s+|us\s+)?(?:out|off)\s+(?:at\s+\d+\s+)?(?:and|then|but|before)\b[^.!?]{0,30}\b(?:keep|carry\s+on|continue|go\s+back|stay|work|finish|unpaid|close)|clocked\s+(?:me|us)\s+out\s+(?:early|before))\b|\b(?:over|past|beyond)\s+(?:my|our|the\s+legal|the)\s+(?:driving\s+)?hours\b[^.!?]{0,30}\b(?:drive|driving|make|made|told|making|tacho\w*|fell\s+asleep|log)\b|\b(?:turn\w*\s+off|switch\w*\s+off|fiddl\w*|tamper\w*\s+with|fake\w*)\s+(?:the\s+)?(?:tacho\w*|logbook|gps|tracker|timesheet|clocking)\b",
    r"\b(?:(?:make|made|making|makes|told|tell|tells|telling|want|wants|wanted|asked|asks|asking|expect\w*|forc\w*|pressur\w*|ordered|instruct\w*|push\w*|get|got)\s+(?:me|us|staff|everyone)|(?:were|we\s+are|im|i\s+am|i\s+was|we\s+was|we\s+get|i\s+get|been|being)\s+(?:told|made|asked|expected|pressured|forced|instructed|ordered))\s+(?:to\s+)?(?:lie|lying|falsif\w*|fake|faking|forge|forging|backdate|backdating|cover\s+up|fiddle|fiddling|shred|shredding|delete|deleting|destroy|alter|altering|change|hide|hiding|sign\s+(?:off\s+|for\s+)?(?:someone\s+elses|his\s+name|her\s+name|their\s+names?|things?\s+i\s+(?:didnt|havent|never)|(?:\w+\s+){0,3}(?:without\s+(?:checking|reading|doing|seeing)|i\s+(?:didnt|havent|never)\s+(?:do|did|check|see|read)))|sign\s+in\s+for|clock\s+in\s+for|work\s+off\s+the\s+clock|clock\s+out\s+and|work\s+(?:for\s+free|unpaid|for\s+nothing)|mislead|scam|overcharg\w*|mis-?sell\w*|cold\s+call\s+(?:vulnerable|old)|pressure\s+(?:old|elderly|vulnerable|pensioners|confused)|sell\s+(?:to|alcohol\s+to|cigarettes\s+to|vapes\s+to|knives\s+to)\s+(?:kids|minors|underage|children)|serve\s+(?:underage|minors|kids)|drive\s+(?:over|without|with\s+no|uninsured|untaxed)|turn\s+off|tamper|relabel|re-?label|change\s+the\s+(?:dates|use\s+by|labels|expiry)|reuse|re-?use|put\s+back|sell\s+(?:out\s+of\s+date|expired|off)|throw\s+\w+\s+(?:in\s+the\s+river|down\s+the\s+drain)|pour\s+\w+\s+down\s+the\s+drain|dump\w*|launder|pocket|steal|take\s+cash|pad\s+(?:the|out)|inflate|bill\s+for|charge\s+for\s+(?:work|hours|things)\s+(?:we|i)\s+(?:didnt|never)|do\s+(?:electrical|gas)\s+work\s+(?:without|im\s+not)|work\s+without\s+(?:a|my)\s+(?:licence|license|ticket|dbs|visa))\b",
    r"\b(?:illegal\w*|unlawful\w*|against\s+the\s+law|breaking\s+the\s+law|break\s+the\s+law|commit\w*\s+fraud|not\s+(?:even\s+)?legal|cant\s+be\s+legal|is\s+this\s+(?:even\s+)?legal|thats\s+(?:not\s+)?legal\s*\?|whistle\s*blow\w*|whistleblow\w*|modern\s+slavery|took\s+my\s+passport|kept\s+my\s+passport|holding\s+my\s+passport|have\s+my\s+passport|keep\s+my\s+passport|pay\s+(?:them|him|her)\s+to\s+work|pay\s+a\s+fee\s+to\s+(?:work|get\s+shifts))\b",
    r"\b(?:use\s+by|expiry|sell\s+by|best\s+before|allergen\w*|allergy|allergies)\b[^.!?]{0,50}\b(?:change|changing|changed|relabel\w*|re-?label\w*|peel\w*\s+off|cover\w*\s+up|lie|lying|fake\w*|ignore\w*|scrape\w*\s+off|told\s+(?:us|me)\s+to\s+(?:sell|serve|use|say)|still\s+(?:sell|serve|use))\b",
    # pay held back until one signs or agrees; overtime refused; unpaid days demanded
    r"\b(?:wont|will\s+not|refus\w+\s+to|not\s+going\s+to|arent\s+going\s+to|say\s+they\s+wont|said\s+they\s+wont|threaten\w*\s+(?:not\s+)?to)\s+(?:pay|release|give\s+(?:me|us))\s+(?:me\s+|us\s+)?(?:(?:my|our|the)\s+)?(?:\w+\s+){0,3}?(?:unless|until|till)\s+(?:i|we)\s+(?:sign|agree|accept|drop|withdraw|work\s+(?:my|the)\s+notice|return|pay|give\s+back|stay|come\s+back|do\s+(?:the|another|extra|more)|finish|take\s+back)\b|\b(?:hold\w*|held|keep\w*|kept|withh[eo]ld\w*)\s+(?:back\s+)?(?:my|our)\s+(?:pay|wages|money|salary|final\s+pay|holiday\s+pay|last\s+(?:\w+\s+)?(?:pay|wages|weeks?|months?))\b[^.!?]{0,30}\b(?:unless|until\s+(?:i|we)\s+(?:sign|agree|accept)|hostage|as\s+a\s+deposit)\b",
    r"\b(?:wont|will\s+not|refus\w+\s+to|arent\s+going\s+to|not\s+going\s+to|say\s+they\s+wont|said\s+they\s+wont|saying\s+they\s+wont)\s+pay\s+(?:me\s+|us\s+)?(?:for\s+)?(?:the|my|our|that|those|any\s+of\s+the)\s+(?:overtime|extra\s+hours|hours|extra\s+shifts?|holiday|sick\s+days?|training|last\s+\w+|(?:\w+\s+)?weeks?|days?|saturdays?|sundays?|nights?)\b",
    r"\b(?:work|working|worked|do|doing|did|come\s+in\s+(?:for|on))\s+(?:\w+\s+)?(?:unpaid|for\s+free|for\s+nothing)\s+(?:on\s+)?(?:saturdays?|sundays?|weekends?|evenings?|mornings?|days?|shifts?|hours|overtime|lates?|nights?|trial\s+\w+)\b|\bwork\w*\s+(?:on\s+)?(?:saturdays?|sundays?|weekends?|evenings?|lates?|nights?|extra\s+(?:hours|shifts|days))\s+(?:for\s+free|for\s+nothing|unpaid|without\s+pay)\b",
    # "if i dont work unpaid saturdays im out": the refusal is the candidate's, not a denial
    Rule(
        r"\bif\s+(?:i|we)\s+(?:dont|do\s+not|wont|refuse\s+to|say\s+no\s+to)\s+(?:\w+\s+){0,3}?(?:(?:work|stay|stay\s+late|come\s+in)\s+(?:\w+\s+)?(?:unpaid|for\s+free|for\s+nothing)|(?:do|doing)\s+(?:the\s+)?(?:unpaid|free)|come\s+in\s+(?:sick|ill|on\s+my\s+days?\s+off\s+for\s+free)|skip\s+(?:my\s+|our\s+)?breaks?|lie|drive\s+over\s+(?:my|the)\s+hours)\b[^.!?]{0,40}\b(?:out|sacked|fired|let\s+go|finished|gone|lose\s+my\s+(?:job|shifts|hours)|off\s+the\s+rota|no\s+more\s+shifts|cut\s+(?:my|our)\s+(?:hours|shifts)|no\s+(?:more\s+)?(?:hours|shifts))\b",
        negatable=False,
    ),
    # no payslip, deductions twice or without agreement
    r"\b(?:no|never\s+(?:once\s+)?(?:had|got|been\s+given|seen|received)\s+(?:a|any|one)|not\s+(?:had|got|been\s+given|seen|received)\s+(?:a|any|one)|havent\s+(?:had|got|been\s+given|seen|received)\s+(?:a|any|one)|without\s+(?:a|any)|wont\s+give\s+(?:me|us)\s+(?:a|any|my|our)|refus\w+\s+to\s+give\s+(?:me|us)\s+(?:a|any|my|our))\s+(?:single\s+)?(?:pay\s*slips?|wage\s*slips?|pay\s+stubs?|p60)\b(?![^.!?]{0,20}\byet\b)|\b(?:money|pay|wages)\s+(?:going\s+in|coming\s+in|in\s+my\s+account|that\s+(?:goes|comes)\s+in)\s+(?:doesnt|does\s+not|never|dont|do\s+not)\s+(?:add\s+up|match\w*)\b",
    r"\b(?:taken|took|take|taking|deducted|deduct\w*|docked|charged|charging|charge)\b[^.!?]{0,30}\b(?:pay|wages|salary|wage|pay\s*packet|payslip)\b[^.!?]{0,20}\b(?:twice|two\s+times|double|without\s+(?:asking|telling|agreement|consent|permission|my\s+(?:consent|permission|agreement)))\b|\b(?:charged|taken|deducted|docked|taking|charging)\s+(?:\w+\s+){0,2}twice\b",
    # signing for what never arrived, a contract changed and "agreed" on one's behalf
    r"\b(?:(?:told|tell|telling|asked|asks|asking|make|makes|made|making|want|wants|wanted|expect\w*|pressur\w*|forc\w*|get|got|push\w*)\s+(?:me|us|staff|drivers|everyone)|(?:im|i\s+am|were|we\s+are|i\s+was|we\s+were|being|been|get|got|getting)\s+(?:being\s+)?(?:told|made|asked|expected|pressured|forced|instructed))\s+(?:to\s+)?(?:sign|mark|scan|log|tick|record|book|put)\b[^.!?]{0,50}\b(?:that|which|when|even\s+though)\s+(?:they|it|we|i|the\s+\w+)?\s*(?:never|didnt|did\s+not|havent|hadnt|werent|wasnt|arent|hasnt|not)\s+(?:\w+\s+)?(?:arrived|arrive|came|come|turned\s+up|delivered|been\s+delivered|there|done|happened|received|checked|sent|shipped|picked|fitted|installed|completed|finished|been\s+(?:done|checked|seen|delivered|sent|shipped|picked|fitted|installed|completed))\b(?!\s+as\s+(?:missing|short|undelivered|not\s+delivered|lost|damaged))",
    r"\b(?:chang\w+|rewr\w+|alter\w+|swapp?\w*)\s+my\s+contract\b[^.!?]{0,60}\b(?:take\s+away|took\s+away|remove|removed|cut|without\s+(?:asking|telling|my\s+(?:consent|agreement))|sign\s+(?:saying|to\s+say)\s+i\s+agreed)\b|\bsign\w*\s+(?:\w+\s+){0,4}(?:saying|stating|to\s+say|that\s+says)\s+(?:that\s+)?(?:i|we)\s+(?:agreed|consented|accepted)\s+(?:to\s+)?(?:it|this|that|the\s+(?:\w+\s+)?(?:change|changes|cut|cuts|new|reduction|deduction))\b",
    # illegal instructions: medication not prescribed, selling to people who dont understand,
    # telling customers what is not true
    r"\b(?:give|giving|gave|given|administer\w*|hand\w*\s+out|dish\w*\s+out|crush\w*)\s+(?:\w+\s+){0,3}(?:meds|medication|medicine|tablets|pills|drugs|sedatives?|insulin|injections?)(?:\s+to\s+(?:the\s+|a\s+)?\w+)?\s+(?:that\s+(?:arent|are\s+not|werent|isnt|wasnt|is\s+not)\s+(?:prescribed|theirs|for\s+them|on\s+(?:their|the|his|her)\s+(?:chart|mar|prescription))|(?:they|he|she)\s+(?:arent|isnt|werent|wasnt)\s+prescribed|not\s+prescribed|without\s+(?:a\s+)?prescription|without\s+(?:their|his|her)\s+(?:consent|knowledge)|to\s+(?:keep\s+(?:them|him|her)\s+quiet|calm\s+(?:them|him|her)\s+down|shut\s+(?:them|him|her)\s+up|sedate))|\b(?:unprescribed|someone\s+elses|another\s+(?:residents|patients))\s+(?:meds|medication|medicine|tablets|pills)\b|\b(?:told|made|expected|asked|want\w*|pressur\w*|encourag\w*)\s+(?:\w+\s+){0,2}to\s+sedate\b|\bsedat\w*\s+(?:the\s+)?(?:\w+\s+)?(?:residents|patients|clients|service\s+users)\s+(?:to\s+|so\s+)(?:keep|they|the|we|it)\b|\b(?:crush\w*|hid\w*|hide|sneak\w*|slip\w*)\s+(?:\w+\s+){0,2}(?:meds|medication|tablets|pills)\s+(?:in|into)\s+(?:their|his|her|the)\s+(?:food|drink|tea|yoghurt|yogurt|dinner|porridge|custard|jam|juice|soup|meal|breakfast|pudding)\b",
    r"\b(?:sign\w*\s+up|sell\w*|sold|push\w*|pressur\w*|talk\w*\s+into|get\w*|upsell\w*|flog\w*)\b[^.!?]{0,40}\b(?:elderly|old\s+(?:people|ladies|men|folk|customers)|vulnerable|confused|dementia|pensioners?|older\s+(?:people|customers))\b[^.!?]{0,50}\b(?:dont|do\s+not|didnt|cant|clearly\s+dont|arent\s+able|dont\s+need|dont\s+understand|dont\s+really\s+understand|confused|cant\s+afford|no\s+idea|cant\s+read)\b|\bmis-?sell\w*|\b(?:sign\w*\s+up|sell\w*\s+to|sold\s+to|push\w*\s+(?:\w+\s+)?(?:on|onto))\s+(?:\w+\s+){0,3}?(?:customers|people|clients|residents|pensioners|tenants)\s+with\s+(?:dementia|alzheimers|learning\s+disabilit\w+)\b",
    r"\b(?:(?:told|tell|telling|asked|asks|asking|make|makes|made|making|want|wants|wanted|expect\w*|pressur\w*|forc\w*|get|got|instruct\w*)\s+(?:me|us|staff|everyone|the\s+team)|(?:im|i\s+am|were|we\s+are|i\s+was|we\s+were|being|been|get|got|getting)\s+(?:being\s+)?(?:told|made|asked|expected|pressured|forced|instructed))\s+(?:to\s+)?(?:tell|say\s+to|assure|promise|inform|reassure)\s+(?:the\s+)?(?:customers?|clients?|patients?|residents?|families|buyers|tenants|people|parents|inspectors?|auditors?|insurers?)\s+(?:that\s+)?(?:\w+\s+){0,6}?(?:when|but|even\s+though|although|though)\s+(?:it|they|its|theyre|he|she|we|there)\s*(?:is|are|s|re|was|were|has|have|had|do|does|did)?\s*(?:not|nt|arent|isnt|wasnt|werent|havent|hasnt|dont|doesnt|didnt|never)\b",
    # -- being fired today, quitting or walking out today
    Rule(
        r"\b(?:fired|sacked|(?:got|given|get|getting|gave\s+me)\s+the\s+(?:sack|boot|chop|push)|let\s+(?:me\s+)?go|letting\s+(?:me\s+)?go|firing\s+me|sacking\s+me|terminating\s+me|laying\s+me\s+off|getting\s+rid\s+of\s+me|laid\s+(?:me\s+)?off|terminated|dismissed|made\s+redundant|got\s+rid\s+of\s+me|kicked\s+(?:me\s+)?out|binned\s+(?:me\s+)?off|axed|canned|released\s+me|ended\s+my\s+(?:contract|placement|assignment|employment)|finished\s+me|let\s+me\s+go)\b[^.!?]{0,40}\b(?:today|this\s+morning|this\s+afternoon|this\s+evening|tonight|just\s+now|right\s+now|an?\s+hour\s+ago|\w+\s+(?:mins?|minutes|hours)\s+ago|earlier|on\s+the\s+spot|at\s+lunch|just\s+then|effective\s+immediately|with\s+immediate\s+effect|as\s+of\s+(?:today|now|tomorrow|monday)|end\s+of\s+(?:today|the\s+day|my\s+shift|shift))\b",
        unless_before=_FEAR_HEDGE,
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\b(?:today|this\s+morning|this\s+afternoon|tonight|just\s+now|an?\s+hour\s+ago|earlier\s+today|\w+\s+(?:mins?|minutes)\s+ago)\b[^.!?]{0,40}\b(?:fired|sacked|let\s+me\s+go|laid\s+me\s+off|terminated|dismissed|made\s+(?:me\s+)?redundant|got\s+rid\s+of\s+me|ended\s+my\s+(?:contract|placement|assignment)|told\s+me\s+(?:not\s+to|to\s+not|dont)\s+(?:come\s+back|bother|return))\b",
        unless_before=_FEAR_HEDGE,
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\b(?:just|only\s+just|literally\s+just|officially|finally)\s+(?:been\s+|got\s+|gotten\s+|was\s+|been\s+officially\s+)?(?:fired|sacked|let\s+go|laid\s+off|terminated|dismissed|made\s+redundant|escorted\s+(?:out|off)|walked\s+(?:out|off)\s+(?:of\s+)?(?:the\s+)?(?:building|site|premises))\b|\b(?:ive|i\s+have|i\s+got|i\s+was|i\s+just\s+got|weve|we\s+have|we\s+got|we\s+were|got|been|im\s+being|i\s+am\s+being|theyre\s+firing|theyre\s+sacking|theyve\s+fired|theyve\s+sacked|they\s+fired|they\s+sacked|they\s+let)\s+(?:just\s+|been\s+)?(?:me\s+)?(?:fired|sacked|let\s+go|laid\s+off|terminated|dismissed|made\s+redundant|go|escorted\s+off\s+site|the\s+(?:sack|boot|chop|push))\b",
        unless_before=_FEAR_HEDGE,
        lowered_if=_PAST_JOB
        + r"|\bif\s+(?:i|you|they|we)\b|\b(?:scared|afraid|worried|terrified)\b",
        first_person=True,
    ),
    Rule(
        r"\b(?:they|hr|the\s+client|the\s+agency|the\s+company|my\s+(?:\w+\s+)?(?:manager|boss|supervisor|team\s*lead(?:er)?|line\s+manager)|manager|boss|the\s+(?:\w+\s+)?(?:manager|boss|owner|supervisor))\s+(?:\w+\s+){0,7}?(?:just\s+|have\s+just\s+|has\s+just\s+|literally\s+just\s+|finally\s+)?(?:let\s+me\s+go|fired\s+me|sacked\s+me|terminated\s+me|got\s+rid\s+of\s+me|dismissed\s+me|binned\s+me\s+off|laid\s+me\s+off|finished\s+me\s+(?:up|off)|ended\s+my\s+(?:contract|placement|assignment))\b",
        unless_before=_FEAR_HEDGE,
        lowered_if=_PAST_JOB + r"|\bif\s+(?:i|they|you)\b|\b(?:scared|afraid|worried|terrified)\b",
    ),
    Rule(
        r"\b(?:my|the)\s+(?:contracts?|placements?|assignments?|agency\s+assignment|temp(?:ing)?\s+(?:role|job|assignment)|job|role|position)\s+(?:(?:has\s+been|was|is\s+being|got|is|has|have|been|just\s+got|just\s+been)\s+)?(?:just\s+)?(?:ended|terminated|cancelled|canceled|cut\s+short|finished\s+early|pulled|axed|scrapped|stopped|binned)\b|\b(?:ended|terminated|cancelled|canceled|pulled|axed|scrapped|finished)\s+my\s+(?:contract|placement|assignment|employment)\b|\bsecurity\s+(?:is|are|were|was)\s+(?:walking|escorting|taking)\s+me\b|\b(?:escorted|walked|marched|frog\s*marched)\s+(?:me\s+)?(?:out|off)\s+(?:of\s+)?(?:the\s+)?(?:building|site|premises|store|shop|office|warehouse)\b|\b(?:took|taken|asked\s+for|handed\s+in)\s+my\s+(?:pass|badge|lanyard|keys|key\s*card|fob|id\s+card)\b[^.!?]{0,30}\b(?:told|said|not\s+to|dont|leave|go\s+home|never)\b|\b(?:told\s+me|saying|said|say|texted|messaged|rang\s+to\s+say)\s+(?:not\s+to|to\s+not|dont)\s+(?:bother\s+)?(?:com(?:e|ing)\s+(?:back|in)|return)\b|\b(?:theyre|they\s+are|hr\s+(?:is|are)|hrs|im\s+being|i\s+am\s+being)\s+(?:currently\s+|now\s+)?(?:firing|sacking|terminating|letting\s+me\s+go|laying\s+me\s+off|dismissing|fired|sacked|let\s+go|terminated|dismissed)\b|\b(?:dont|do\s+not|no\s+need\s+to)\s+(?:bother\s+)?(?:com(?:e|ing)\s+(?:back|in)|return)\s+(?:tomorrow|on\s+monday|next\s+week|again|any\s*more)\b",
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\b(?:my|the)\s+(?:contract|placement|assignment|job|role|position|shifts?|work)\s+(?:here\s+)?(?:is|are|has\s+been|was|will\s+be)\s+(?:finished|over|done|ended|cancelled|terminated|stopping)\s+(?:as\s+of|from|effective)\s+(?:today|now|immediately|tonight|tomorrow|this\s+(?:morning|afternoon))\b|\b(?:effective\s+immediately|with\s+immediate\s+effect)\b",
        lowered_if=_PAST_JOB,
    ),
    Rule(
        r"\b(?:walk\w*|leav\w*|going|quit\w*|storm\w*|finish\w*)\b[^.!?]{0,50}\b(?:and|then)\s+(?:im\s+|i\s+am\s+|i\s+m\s+)?(?:not|never)\s+(?:coming|going)\s+back\b|\b(?:im\s+done|had\s+enough|fed\s+up|sick\s+of\s+(?:this|it)|cant\s+take\s+(?:it|this)|screw\s+this|sod\s+this|stuff\s+this|f\s+this|fuck\s+this|thats\s+it)\b[^.!?]{0,30}\b(?:leaving|walking\s+out|walking\s+off|quitting|going\s+home\s+and|im\s+out|out\s+of\s+here|packing\s+up|not\s+coming\s+back|im\s+off)\b(?!\s+(?:early|at\s+\d|for\s+the\s+(?:day|weekend)))",
        unless_before=_QUIT_HEDGE,
        unless=r"\b(?:holiday|weekend|day\s+off|for\s+the\s+day|for\s+today|bye|chat|talk\s+later|call)\b",
        lowered_if=_PAST_JOB,
        negatable=False,
        first_person=True,
    ),
    Rule(
        r"\btold\s+me\b[^.!?]{0,60}\bnot\s+to\s+come\s+back\b|\b(?:told|said|informed)\s+(?:me\s+)?(?:\w+\s+){0,4}(?:that\s+)?my\s+last\s+(?:day|shift)\s+(?:is|will\s+be)\s+(?:today|tomorrow|friday|monday|tuesday|wednesday|thursday|saturday|sunday|this\s+week|end\s+of\s+(?:the\s+)?week)\b|\b(?:remove|removed|removing|replace|replaced|replacing|pull|pulled|pulling|take|took|taking)\s+me\s+(?:off\s+(?:the|this|my)\s+(?:placement|site|contract|assignment|job|account|rota)|from\s+(?:the|this|my)\s+(?:placement|site|contract|assignment|job|role))\b|\bask\w*\s+(?:the\s+agency|them|hr|my\s+recruiter)\s+to\s+(?:remove|replace|pull|take)\s+me\b|\b(?:im|i\s+am|i\s+m)\s+off\s+(?:the|this|my)\s+(?:placement|contract|site|assignment|job|account)\b[^.!?]{0,20}\b(?:as\s+of|from|today|now|effective|immediately)\b",
        unless_before=_FEAR_HEDGE,
        lowered_if=_PAST_JOB,
    ),
    Rule(
        r"\b(?:my\s+)?(?:notice|resignation)\s+(?:letter\s+)?(?:goes|is\s+going|will\s+go|gets|going)\s+(?:in|on|to)\b|\b(?:told|telling|tell|informed|going\s+to\s+tell|gonna\s+tell|about\s+to\s+tell)\s+(?:them|him|her|my\s+(?:\w+\s+)?(?:boss|manager|supervisor|team\s*lead(?:er)?)|the\s+(?:agency|boss|manager|client))\s+(?:today\s+|tonight\s+|now\s+|this\s+(?:morning|afternoon)\s+)?(?:that\s+)?(?:im|i\s+am|i\s+m|i\s+was)\s+(?:leaving|quitting|resigning|done|finished|not\s+coming\s+back|walking|out|off)\b|\bive\s+(?:just\s+)?quit\b",
        unless_before=_QUIT_HEDGE,
        unless=r"\b(?:for\s+the\s+day|early|holiday|at\s+\d|for\s+(?:lunch|the\s+weekend))\b",
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\b(?:said|told\s+me\s+to|told\s+me|saying|go\s+and|just|now)\s+(?:to\s+)?(?:pack|clear)\s+(?:up\s+)?(?:your|ur)\s+(?:things|stuff|desk|bags?|locker)\b",
        lowered_if=_PAST_JOB,
    ),
    Rule(
        r"\bi\s+(?:just\s+|literally\s+just\s+|finally\s+|officially\s+|have\s+|ve\s+)?quit\b(?!\s+(?:smoking|drinking|vaping|sugar|caffeine|coffee|social|the\s+gym|alcohol|booze|weed|gambling|twitter|tiktok|instagram|facebook|my\s+(?:diet|gym|course|class|band|team\s+at)|being|worrying|caring|checking|trying|saying|the\s+app|the\s+game|netflix|chocolate|crisps|dating|that\s+habit|meat|carbs|uni|college|football))|\bim\s+quitting\b(?!\s+(?:smoking|drinking|vaping|sugar|caffeine|coffee|social|the\s+gym|alcohol|weed|gambling|tiktok|instagram|facebook))|\bquitting\s+(?:today|now|right\s+now|tonight|this\s+(?:morning|afternoon|evening)|at\s+(?:lunch|break|the\s+end\s+of\s+(?:the\s+|my\s+)?(?:day|shift))|after\s+this\s+shift|first\s+thing)\b",
        unless_before=_QUIT_HEDGE,
        unless=r"\b(?:quit\s+(?:on|for)\s+me|i\s+quit\s+(?:for\s+the\s+day|for\s+today)|jk|lol\s+jk|not\s+really|joking|in\s+my\s+dreams|if\s+only)\b",
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\b(?:handing|hand|handed|hand\s+in|put|putting|sent|sending|send|email\w*|typ\w*|writ\w*|wrote|draft\w*|print\w*|submit\w*|gave|giving|give|tendered|tendering|signing)\s+(?:in\s+|out\s+|up\s+)?(?:my\s+|in\s+my\s+|the\s+)?(?:notice|resignation|resignation\s+(?:letter|email))\b",
        unless_before=_QUIT_HEDGE,
        unless=r"\b(?:in\s+my\s+head|every\s+(?:day|night|week)|for\s+(?:weeks|months|ages)|dream\w*|daydream\w*|one\s+day|someday|fantasi[sz]\w*|drafts?\s+folder|just\s+in\s+case|not\s+sending|wont\s+send|havent\s+sent)\b",
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\b(?:walk|walking|walked|storm|storming|stormed|leave|leaving|left|going|gone|went)\s+(?:out|off|home)\s+(?:today|now|right\s+now|tonight|for\s+good|and\s+(?:not|never|im\s+not|i\s+wont)\s+(?:coming|going)\s+back|at\s+(?:lunch|break|the\s+break|the\s+end\s+of\s+(?:this|my|the)\s+shift)|after\s+(?:this|my)\s+shift|mid[\s-]?shift|in\s+the\s+middle\s+of\s+(?:my|the|this)\s+shift|of\s+(?:this|the|my)\s+(?:job|shift|place|placement)|on\s+(?:this|the)\s+(?:job|shift|placement)|off\s+(?:the\s+)?(?:job|site|shift|floor)|(?:of\s+)?(?:the\s+)?(?:building|site|job)\s+(?:and|for\s+good|today|now))\b|\bwalk(?:ing|ed)?\s+off\s+(?:the\s+)?(?:job|site|shift|floor|line)\b",
        unless_before=_QUIT_HEDGE,
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\b(?:resignation|my\s+notice|notice\s+letter)\s+(?:letter\s+|email\s+)?(?:is|has\s+been|was|got|been|just\s+got|just\s+went)\s+(?:just\s+|officially\s+|now\s+)?(?:sent|handed\s+in|in|submitted|emailed|done|accepted|written|printed|off|gone)\b",
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\bresign(?:ing|ed)?\s+(?:today|now|right\s+now|tonight|this\s+(?:morning|afternoon|evening)|at\s+(?:lunch|break|\d+)|first\s+thing|in\s+(?:an|the\s+next)\s+hour|the\s+minute|as\s+soon\s+as|after\s+this\s+(?:call|shift|meeting)|tomorrow\s+morning|on\s+the\s+spot)\b|\b(?:going|gonna|about|ready|decided|deciding|off|on\s+my\s+way)\s+to\s+(?:quit|resign|walk\s+out|walk\s+off|hand\s+(?:in\s+)?my\s+notice|tell\s+them\s+(?:i\s+quit|im\s+(?:leaving|quitting|done|off|out|not\s+coming\s+back)))\b(?!\s+(?:smoking|drinking|vaping|the\s+gym|social))",
        unless_before=r"\b(?:if|unless|might|maybe|could|should|would|wish|dream\w*|one\s+day|someday|eventually|when|thinking|considering|before|almost|nearly|close\s+to|felt\s+like)\b",
        unless=r"\b(?:eventually|one\s+day|someday|at\s+some\s+point|if\s+(?:this|it|things|nothing|they|i\s+dont)|unless|next\s+(?:year|month)|in\s+a\s+(?:few|couple)|after\s+(?:christmas|probation|the\s+summer|my\s+contract))\b",
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\b(?:im|i\s+am|i\s+m)\s+(?:not|never)\s+(?:coming|going)\s+back\b(?!\s+(?:to\s+(?:the\s+office|that\s+(?:cafe|restaurant|pub|gym|shop))\s+(?:till|until|before))|\s+(?:till|until|before)\s+(?:monday|tuesday|wednesday|thursday|friday|next|after|the))|\b(?:not|never)\s+(?:coming|going)\s+back\s+(?:in\s+)?(?:tomorrow|after\s+(?:today|this|lunch|break)|again|ever|in\s+tomorrow|on\s+monday|there\s+again)\b|\bwont\s+be\s+(?:coming|going)\s+back\s+(?:tomorrow|after|again|ever|in)\b|\b(?:cleared|clearing|clear|emptied|emptying|packed|packing|pack)\s+(?:up\s+|out\s+)?my\s+(?:desk|locker|stuff|things|belongings|bag|tools|drawers?)\b[^.!?]{0,40}\b(?:not\s+coming\s+back|leaving|for\s+good|done|im\s+out|gone|quit|walking|never|bye|sorry|out\s+of\s+here)\b|\b(?:todays|today\s+is|today\s+was|this\s+is)\s+(?:my|gonna\s+be\s+my|going\s+to\s+be\s+my)\s+(?:last|final)\s+(?:day|shift)\b|\blast\s+(?:day|shift)\s+(?:is|was|will\s+be)\s+today\b|\b(?:stick|shove|stuff)\s+(?:your|his|her|their|the|this|that|it|my)\s+(?:job|rota|shifts|contract|placement|stupid\s+job)\b|\btold\s+(?:him|her|them|my\s+\w+)\s+to\s+(?:stick|shove|stuff)\s+(?:it|the\s+job|his\s+job|her\s+job|their\s+job)\b|\b(?:im|i\s+am)\s+(?:done|out|finished|leaving)\s*[,.!]?\s*(?:im|i\s+am)\s+(?:out|leaving|done|gone|off)\b[^.!?]{0,30}\b(?:today|now|not\s+coming\s+back|for\s+good|no\s+notice|packed)\b|\b(?:leaving|quitting|walking\s+out|going)\s+(?:today|now|tonight)\b[^.!?]{0,30}\b(?:no\s+notice|not\s+coming\s+back|for\s+good|never\s+going\s+back|done\s+with\s+(?:this|it|them)|packed)\b|\bno\s+notice\b[^.!?]{0,30}\b(?:leaving|quitting|going|walking|today|done)\b",
        unless=r"\b(?:holiday|annual\s+leave|maternity|paternity|for\s+a\s+(?:week|fortnight|bit)|day\s+off|week\s+off|course|training\s+day|doctors|dentist|appointment|sick\s+day)\b",
        lowered_if=_PAST_JOB,
        negatable=False,
        first_person=True,
    ),
    # finished as of a time today; a contract that ends with today's shift
    Rule(
        r"\b(?:told|informed|said|says|been\s+told|was\s+told|got\s+told|theyve\s+said|theyve\s+told\s+me)\s+(?:me\s+)?(?:that\s+)?(?:im|i\s+am|i\s+was|id\s+be|ill\s+be|i\s+will\s+be)\s+(?:\w+\s+)?(?:finished|done|out|gone|let\s+go|not\s+needed|no\s+longer\s+needed|surplus)\s+(?:here\s+)?(?:(?:as\s+of|from|effective|with\s+effect\s+from)\s+(?:\d+(?:\s*[:.]\s*\d+)?\s*(?:am|pm|oclock)?|today|tonight|now|the\s+end\s+of\s+(?:the\s+|my\s+|todays\s+|this\s+)?(?:day|shift)|this\s+(?:afternoon|evening|morning)|end\s+of\s+(?:the\s+)?(?:day|shift)|lunch))\b",
        unless_before=_FEAR_HEDGE,
        lowered_if=_PAST_JOB,
    ),
    Rule(
        r"\b(?:told|informed|said|says|letter\s+says|email\s+says|found\s+out|turns\s+out|been\s+told|was\s+told)\b[^.!?]{0,25}\b(?:my|the)\s+(?:contract|placement|assignment|job|role|time\s+here|employment)\s+(?:here\s+)?(?:ends|finishes|is\s+ending|stops|is\s+over|will\s+end|is\s+finished|is\s+done|terminates)\s+(?:today|tonight|now|at\s+the\s+end\s+of\s+(?:today|todays\s+shift|this\s+shift|the\s+day|the\s+shift|my\s+shift)|at\s+\d+\s*(?:am|pm)?(?:\s+today)?|this\s+(?:afternoon|evening))\b",
        unless_before=_FEAR_HEDGE,
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
    Rule(
        r"\b(?:im|i\s+am)\s+(?:out\s+of\s+a\s+job|unemployed|jobless|finished\s+here|done\s+here|let\s+go|out\s+of\s+work)\s+(?:as\s+of|from|effective)\s+(?:today|tonight|now|the\s+end\s+of\s+(?:today|the\s+day|my\s+shift|this\s+shift|todays\s+shift)|\d+\s*(?:am|pm))\b",
        unless_before=_FEAR_HEDGE,
        lowered_if=_PAST_JOB,
    ),
    # leaving for good today, at lunch; the badge thrown on the desk
    Rule(
        r"\b(?:leav\w*|walk\w*\s+out|go(?:ing)?|head\w*\s+off|clock\w*\s+out|quit\w*)\s+for\s+good\b(?!\s+(?:coffee|food|measure|reason|luck|causes?|the|a|an|people|money|pay|deals?|lunch|chips))[^.!?]{0,30}\b(?:today|now|tonight|at\s+(?:lunch|break|dinner|the\s+break)|after\s+(?:this|my)\s+shift|this\s+(?:morning|afternoon|evening))\b|\b(?:today|tonight|at\s+(?:lunch|break|dinner)|after\s+(?:this|my)\s+shift|this\s+(?:afternoon|evening))\b[^.!?]{0,30}\b(?:leav\w*|walk\w*\s+out|go|going|quit\w*)\s+(?:and\s+not\s+(?:come|coming)\s+back|for\s+good|for\s+ever|forever|permanently|and\s+never\s+(?:come|coming)\s+back)\b|\b(?:grab\w*|get\w*|got|collect\w*|pick\w*\s+up|take|taking)\s+my\s+(?:coat|bag|stuff|things|jacket)\b[^.!?]{0,30}\b(?:leav\w*|walk\w*\s+out|go|going|off)\s+(?:for\s+good|and\s+not\s+(?:come|coming)\s+back|and\s+never\s+(?:come|coming)\s+back|forever)\b|\bquit\s+(?:on\s+the\s+spot|there\s+and\s+then)\b|\b(?:hand\w*|giv\w*)\s+(?:my|the)\s+(?:badge|lanyard|keys|key\s*card|fob|uniform|id\s+card|pass)\s+(?:back|in)\s+and\s+(?:quit|walk\w*\s+out|storm\w*\s+out|left\s+for\s+good)\b|\b(?:hand\w*\s+(?:in|back)|giv\w*\s+back|throw\w*|threw|chuck\w*|slam\w*)\s+(?:in\s+)?my\s+(?:badge|lanyard|keys|key\s*card|fob|uniform|apron|hi[\s-]?vis|id\s+card|pass)\s+(?:\w+\s+){0,3}?(?:and\s+(?:walk\w*\s+out|storm\w*\s+(?:out|off)|quit)|on\s+the\s+(?:desk|counter|floor|table)|at\s+(?:him|her|them)|for\s+good)\b",
        unless_before=_QUIT_HEDGE,
        lowered_if=_PAST_JOB,
        first_person=True,
    ),
]

# ---------------------------------------------------------------------------- distress
DISTRESS: list[str | Rule] = [
    r"\bhopeless\w*|\bhelpless\w*|\bdespair\w*",
    r"\bpanic\w*|\banxiety\s+attacks?\b|\bmeltdowns?\b",
    r"\bcant\s+cope\b|\bcannot\s+cope\b|\bnot\s+coping\b|\bbarely\s+coping\b",
    r"\bbreaking\s+down\b|\bbreakdown\b|\bbreaking\s+point\b|\bnervous\s+wreck\b|\bcomplete\s+wreck\b",
    r"(?<!nearly\s)(?<!almost\s)\b(?:crying|cry|cried|sobbing|in\s+tears)\s+(?:every|all|in\s+the\s+(?:toilets?|loo|car|bathroom|stockroom|staff\s+room|break\s+room)|on\s+the\s+(?:way|train|bus|drive)|myself\s+to\s+sleep|before|after|at\s+my\s+desk|at\s+work|in\s+my\s+car|non\s*stop|constantly|daily|again)\b|\bcant\s+stop\s+(?:crying|shaking|sobbing)\b",
    r"\b(?:cant|cannot)\s+(?:do|take|handle|bear|face)\s+(?:this|it|any\s+of\s+(?:this|it)|much\s+more|another\s+day)\s+(?:any\s*more|any\s+longer)\b|\bcant\s+(?:take|handle|face)\s+(?:much\s+more|another\s+day)\b",
    r"\b(?:cant|cannot)\s+(?:do|take|handle)\s+(?:this|it)\s+any\s*more\b|\bhow\s+much\s+(?:longer|more)\s+i\s+can\s+(?:take|hold\s+(?:it\s+)?(?:together|on)|keep\s+going|go\s+on|cope)\b|\bhold(?:ing)?\s+it\s+together\b",
    r"\bfalling\s+apart\b|\bcoming\s+apart\b|\bcrumbling\b|\bspiral\w*\b|\bunravel\w*\b",
    r"\bworthless\b|\ba\s+waste\s+of\s+space\b|\b(?:total|complete|utter|absolute)\s+failure\b|\bhate\s+myself\b|\bhate\s+who\s+i\s+am\b",
    r"\b(?:dread|dreading|dreads)\s+(?:every|each|going|waking|monday|mondays|sunday|tomorrow|the\s+(?:morning|mornings|shift|shifts)|work|walking|logging)\b|\bconstant\s+dread\b|\bsick\s+with\s+(?:dread|fear|worry|nerves|anxiety)\b",
    r"\b(?:terrified|scared|anxious|petrified|frightened)\s+(?:all\s+the\s+time|every\s+(?:single\s+)?(?:day|morning|night|shift))\b|\b(?:terrified|petrified)\b[^.!?]{0,40}\b(?:every|each|all\s+the\s+time|constantly|nonstop|cant\s+(?:sleep|eat|think|stop))\b",
    r"\b(?:cant|cannot|barely)\s+(?:get\s+out\s+of\s+bed|breathe|eat|function|sleep\s+at\s+all|think\s+straight|stop\s+shaking|stop\s+worrying)\b|\b(?:not|no)\s+(?:sleeping|eating)\b[^.!?]{0,20}\b(?:not|no|cant)\s+(?:sleeping|eating)\b",
    r"\b(?:heart|chest)\s+(?:races|racing|pounds|pounding|hurts|tight|tightens|goes\s+tight|is\s+tight|feels\s+tight|thumping)\b|\bpalpitations\b|\bshaking\s+(?:at|all|every|before|uncontrollably|so\s+much)\b|\b(?:literally|physically|constantly|cant\s+stop)\s+shaking\b",
    r"\b(?:crushing|destroying|eating|killing)\s+me\s+(?:alive|inside|from\s+the\s+inside)\b|\b(?:crushing|destroying|breaking)\s+me\b",
    r"\bno\s+way\s+(?:this|it|things)\s+(?:gets?|will\s+get|is\s+going\s+to\s+get)\s+better\b|\b(?:never|wont|will\s+never)\s+get\s+(?:any\s+)?better\b|\bno\s+way\s+out\b|\bno\s+light\s+at\s+the\s+end\b|\btrapped\b",
    r"\b(?:so|really|very)\s+low\s+for\s+(?:weeks|days|months|ages)\b|\b(?:felt|feeling|feel|been)\s+(?:\w+\s+)?(?:awful|terrible|horrible|so\s+low|rock\s+bottom|numb|empty|dead\s+inside|like\s+nothing|broken|miserable|depressed)\s+for\s+(?:weeks|days|months|ages|a\s+while)\b|\brock\s+bottom\b|\bdead\s+inside\b",
    r"\bmiserable\s+every\b|\bevery\s+day\s+now\b|\b(?:so|really|severely|badly)\s+depressed\b|\bdepression\s+(?:is|has|got|again)\b",
    r"\b(?:freaking|freak)\s+(?:out|the\s+fuck\s+out)\b|\bmelting\s+down\b|\b(?:losing|lost)\s+my\s+(?:mind|shit|grip)\b(?!\s+(?:with|over|at|trying|about|because\s+of)\b)",
    r"(?<!nearly\s)(?<!almost\s)\b(?:throw|throwing|threw)\s+up\s+(?:before\s+every|every|from|with|because|cos)\b|\b(?:throw|throwing)\s+up\s+before\b|\b(?:sick|vomit\w*)\s+(?:with|from)\s+(?:nerves|stress|anxiety|worry)\b|\bso\s+stressed\s+i\s+(?:threw\s+up|was\s+sick|vomited|cried|cant)\b",
    r"\b(?:want|wanna|wish\s+i\s+could|wish\s+i\s+can|could\s+just)\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish|run\s+away\s+from\s+everything)\b(?!\s+(?:when|whenever|every\s+time|in\s+(?:meetings|the\s+meeting)|during|for\s+a\s+(?:bit|while|week|day)|on\s+holiday|into|under))|\brather\s+die\s+than\b|\bdone\s+with\s+everything\b|\bwhats\s+the\s+point\s+(?:of\s+(?:anything|trying|any\s+of\s+(?:it|this))|any\s*more)\b|\bnothing\s+(?:i\s+do\s+)?matters\s+any\s*more\b|\bend\s+of\s+my\s+(?:tether|rope)\b",
    r"\b(?:nobody|no\s*one|noone)\s+(?:would|will)\s+(?:even\s+)?(?:notice|care)\s+if\s+i\b(?!\s+(?:left|leave|went|took|skipped|missed|didnt\s+(?:show|turn|come)|wasnt\s+in|was\s+(?:off|late|early)|came\s+in|wore|changed))|\bcant\s+(?:leave|quit)\s+and\s+(?:i\s+)?cant\s+stay\b|\bcant\s+stay\s+and\s+(?:i\s+)?cant\s+(?:leave|quit|go)\b",
    r"\b(?:drowning|suffocating|going\s+under)\b(?!\s+(?:in|with|under)\b)",
    r"\boverwhelmed\b[^.!?]{0,30}\b(?:shaking|crying|tears|cant\s+breathe|sick|panic\w*|freez\w*|numb)\b",
]

# A negation at most three words before the match, in the same clause ("not going to hurt
# anyone", "i dont think im being discriminated against"), but not the ones that do not
# negate what follows ("can't stop thinking about ...", "dont know why i ...").
_NEGATION = re.compile(
    r"\b(?:not|never|no\s*ones?|noone|nobody|nobodys|nothing|isnt|arent|wasnt|werent|dont|doesnt|didnt|"
    r"wont|cant|cannot|wouldnt|would\s+never|havent|hasnt|aint|neither|nor|no\s+longer|no\s+way(?!\s+out))\b"
    r"(?!\s+(?:stop|help|wait|sleep|take|cope|bear|handle|go\s+on|know|understand|get\s+why|see\s+why|"
    r"care|remember|mind|sure|even\s+know|really\s+know|lie|gonna\s+lie|going\s+to\s+lie|want\s+to\s+lie|"
    r"only|just|think\s+i\s+can|think\s+i\s+could|matter|anymore|any\s+more|breathe|eat|function|"
    r"deny|believe|face|live|be\s+alive|exist|keep|wake|want\s+to\s+(?:live|be|exist|wake|go\s+on)))"
    r"(?:\W+\w+){0,3}\W*$",
)
_CLAUSE = re.compile(
    r"[.;:!?,()\n]|\s-\s|\b(?:but|and|so|because|cos|coz|though|although|yet|then|or)\b"
)
_THIRD_PARTY = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|theyve|colleague|colleagues|coworker|coworkers|co-worker|friend|"
    r"friends|mate|mates|guy|girl|lad|someone|somebody|people|person|staff|boss|manager|team|everyone|"
    r"half|others|brother|sister|dad|mum|mom|wife|husband|partner|bf|gf|boyfriend|girlfriend|"
    r"flatmate|housemate|who|whoever|two|three|four|several|few|some|lady|woman|man|bloke|chap|"
    r"nurse|driver|chef|trainee|starter|hire|hires|temp|temps|worker|workers|agent|rep|reps|"
    r"recruiter|supervisor|lead|director|ceo|anyone|anybody|nobody|predecessor|cousin|uncle|aunt|son|"
    r"daughter|neighbour|neighbor|\w+s\s+(?:been|got|just|was|is))\b"
)
_FIRST = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself|we|weve|were|us|our)\b")


@dataclass(frozen=True)
class PatternMatch:
    level: str
    matched: str
    negated: bool


@dataclass(frozen=True)
class _Compiled:
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None
    unless_before: re.Pattern[str] | None
    negatable: bool
    first_person: bool
    lowered_if: re.Pattern[str] | None
    # Words any match contains one of (`required_literals`): a rule none of whose words is
    # in the message is not run (`_Level`).
    needs: frozenset[str] | None


class _Level:
    """A level's rules, indexed by the words they need: scanning hundreds of rules in
    turn costs a millisecond a message, and most messages hold the words of a few."""

    def __init__(self, name: str, rules: list[_Compiled]) -> None:
        self.name = name
        self.rules = rules
        by_word: dict[str, list[int]] = {}
        for index, rule in enumerate(rules):
            for word in rule.needs or ():
                by_word.setdefault(word, []).append(index)
        self.by_word = by_word
        self.words = tuple(by_word)
        self.always = {i for i, rule in enumerate(rules) if rule.needs is None}

    def candidates(self, lower_text: str) -> list[_Compiled]:
        """The rules that can match the text, in their order."""
        chosen = set(self.always)
        for word in [w for w in self.words if w in lower_text]:
            chosen.update(self.by_word[word])
        return [self.rules[i] for i in sorted(chosen)]


def required_literals(pattern: str) -> frozenset[str] | None:
    """Lower-case strings of which every match of the pattern contains at least one, or
    None when the pattern does not say (each match is then tried). Read from the parsed
    pattern: a run of literal characters, the alternatives of a branch or group, or
    something repeated at least once; of those, the most selective."""
    return _required(sre_parse.parse(pattern, re.IGNORECASE))


def _required(items: Any) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av).lower())
            continue
        end_run()
        found: frozenset[str] | None = None
        if op is sre_constants.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op is sre_constants.SUBPATTERN:
            found = _required(av[-1])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        if found:
            candidates.append(found)
    end_run()
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))
    # "contains self or yself" is "contains self": only the shortest forms need a look
    return frozenset(s for s in best if not any(o != s and o in s for o in best))


def _compile(rules: list[str | Rule]) -> list[_Compiled]:
    compiled = []
    for rule in rules:
        if isinstance(rule, str):
            rule = Rule(rule)
        compiled.append(
            _Compiled(
                re.compile(rule.pattern, re.IGNORECASE),
                re.compile(rule.unless, re.IGNORECASE) if rule.unless else None,
                re.compile(rule.unless_before, re.IGNORECASE) if rule.unless_before else None,
                rule.negatable,
                rule.first_person,
                re.compile(rule.lowered_if, re.IGNORECASE) if rule.lowered_if else None,
                required_literals(rule.pattern),
            )
        )
    return compiled


_LEVELS = [
    _Level("crisis", _compile(CRISIS)),
    _Level("urgent", _compile(URGENT)),
    _Level("distress", _compile(DISTRESS)),
]

# Workplace idioms that use violent or deathly words, masked before matching. A mask may
# name a replacement that keeps the meaning for the distress rules ("end of my rope").
_IDIOMS: list[tuple[str, str]] = [
    (r"\bend\s+of\s+my\s+rope\b", "end of my tether"),
    (
        r"\bkill(?:s|ed|ing)?\s+(?:it|time|two\s+birds|the\s+(?:mood|vibe|momentum|deal|buzz|lights?|music|engine|process|app|task|project|feature|idea|bill|conversation|meeting|call|game|competition|quiz|presentation|pitch|interview|demo))\b",
        " ~ ",
    ),
    (
        r"\b(?:would|could|id|i\s+would|i\s+could|gonna|going\s+to)\s+(?:literally\s+|honestly\s+|actually\s+)?(?:kill|murder)\s+(?:\w+\s+){0,2}for\b",
        " ~ ",
    ),
    (r"\bkill\s+(?:\w+\s+)?for\s+(?:a|an|some|the|one|my|more|decent)\b", " ~ "),
    (
        r"\b(?:dying|died|die|dead|death)\s+(?:of|from|with)\s+(?:embarrassment|shame|boredom|laughter|laughing|cringe|thirst|hunger|heat|curiosity|envy|jealousy|exhaustion|tiredness|fright|shock|a\s+thousand\s+cuts|powerpoint)\b",
        " ~ ",
    ),
    (r"\b(?:dying|die)\s+(?:to|for)\b", " ~ "),
    (
        r"\bto\s+die\s+for\b|\bdie\s+on\s+(?:this|that|the)\s+hill\b|\bdie\s*hard\b|\bdo\s+or\s+die\b",
        " ~ ",
    ),
    (
        r"\b(?:nearly|almost|could\s+have|couldve|could\s+of|practically|basically|literally)\s+died\s+(?:laughing|of|when|at|from|on\s+the\s+spot)\b",
        " ~ ",
    ),
    (
        r"\bdead\s+(?:tired|on\s+my\s+feet|beat|ringer|end|easy|funny|serious|good|quiet|slow|boring|heat|cert|set|against|in\s+the\s+water|line|lines|air|zone|stock|loss|lucky|right|keen|chuffed|nervous|busy|proud|excited|jealous|nice|hard|simple|fast|annoying|awkward|rude|proper|straight|centre|center)\b|\bdeadlines?\b|\bdead\s+on\s+arrival\b|\bover\s+my\s+dead\s+body\b|\bdeath\s+stare\b",
        " ~ ",
    ),
    (
        r"\b(?:bored|scared|worked|sick|worried|stressed|frightened|tickled|tired|loved)\s+to\s+death\b|\bdeath\s+(?:by|of)\s+(?:powerpoint|meetings|spreadsheets|a\s+thousand|email|admin)\b|\bthe\s+(?:death|end)\s+of\s+me\b",
        " ~ ",
    ),
    (
        r"\b(?:the|my|our|this|that|his|her)\s+(?:\w+\s+)?(?:demo|laptop|phone|battery|car|van|printer|server|pitch|deal|project|wifi|wi-fi|idea|call|app|system|computer|pc|screen|tablet|scanner|till|headset|mic|microphone|engine|plant|plants|lead|leads|prospect|account|conversation|meeting|presentation|momentum|market|charger|mouse|keyboard|torch|radio|line|network|website|site|sale|offer|joke|vibe|room|crowd|group\s+chat|chat|thread|inbox|town|high\s+street|shop\s+floor|office)\s+(?:just\s+|completely\s+|totally\s+|basically\s+)?(?:died|dies|is\s+dying|was\s+dying|is\s+dead|was\s+dead|went\s+dead|dead|has\s+died|is\s+a\s+dead)\b",
        " ~ ",
    ),
    (
        r"\bshoot\s+(?:me|you|us|him|her|them|over|across|off)?\s*(?:an?\s+|the\s+|a\s+quick\s+|your\s+|my\s+)?(?:email|e-mail|text|message|msg|line|note|dm|invite|reminder|reply|update|call|quick|question|cv|details)\b|\bshoot\s+for\b|\bshoot\s+the\s+breeze\b|\bshoot\s+(?:my|your|his|her|our)\s+shot\b|\bshot\s+(?:myself|ourselves|yourself|himself|herself)\s+in\s+the\s+foot\b|\b(?:long|big|hot|best|good|cheap|parting|mug)\s+shots?\b|\bshot\s+(?:down|in\s+the\s+dark)\b|\bgive\s+it\s+a\s+(?:shot|go)\b|\bshoot(?:ing)?\s+(?:photos|pictures|video|videos|a\s+video|hoops|pool|content|a\s+reel)\b|\bcalling\s+the\s+shots\b",
        " ~ ",
    ),
    (
        r"\bjump(?:ing|ed|s)?\s+(?:on|onto|in|into|off|out\s+of)\s+(?:a|the|this|that|my|our|another|their)\s+(?:\w+\s+)?(?:call|calls|meeting|zoom|teams|chat|train|bus|task|project|ticket|queue|line|phone|shift|bandwagon|hangout|huddle|standup|stand-up|webinar|slack|thread|opportunity|account|case)\b|\bjump(?:ing|ed|s)?\s+(?:ship|through\s+(?:hoops|the\s+hoops)|the\s+gun|the\s+queue|at\s+the\s+(?:chance|opportunity)|at\s+it|in\s+(?:with|on)|ahead)\b|\bjumping\s+off\s+point\b|\bjump\s+(?:start|started|starting)\b",
        " ~ ",
    ),
    (
        r"\b(?:take|taking|took|have|having|had|give|giving|gave)\s+a\s+stab\s+at\b|\bstab\s+in\s+the\s+dark\b|\bstab(?:bed|bing|s)?\s+(?:me\s+|us\s+|him\s+|her\s+)?in\s+the\s+back\b|\bback\s*stab\w*",
        " ~ ",
    ),
    (
        r"\bmurder\s+(?:a|an|some|the)\s+(?:\w+\s+)?(?:coffee|pint|beer|pizza|burger|curry|kebab|sandwich|brew|cuppa|tea|drink|takeaway|chippy|steak|bacon|fry\s*up|meal|wine|glass|nap)\b|\bcould\s+murder\s+(?:a|an|some)\b|\bis\s+(?:absolute\s+|actual\s+|pure\s+)?murder\b|\bget\s+away\s+with\s+murder\b|\bmurder\s+(?:mystery|mysteries|podcast|documentary|show|series|novel|book|film|she\s+wrote)\b",
        " ~ ",
    ),
    (
        r"\b(?:hang|hanging)\s+(?:in\s+there|on|out|up|around|about|tight|of\s+it)\b|\bget(?:ting)?\s+the\s+hang\b|\bhung\s+up\b",
        " ~ ",
    ),
    (
        r"\b(?:learn|learning|learnt|learned|know|knows|show\s+\w+|showing\s+\w+|shown|taught|teach\s+\w+)\s+the\s+ropes\b|\bon\s+the\s+ropes\b",
        " ~ ",
    ),
    (
        r"\bcut\s+(?:me|us|him|her|myself|yourself|ourselves)?\s*some\s+slack\b|\bcutting\s+it\s+(?:fine|close)\b|\bcut\s+(?:it|the\s+mustard)\b",
        " ~ ",
    ),
    (
        r"\boverdos\w*\s+on\s+(?:coffee|caffeine|sugar|chocolate|netflix|energy\s+drinks|red\s+bull|monster|tea|carbs|cake|biscuits|sweets|work|meetings|zoom|screen\s+time|telly|tv|podcasts|training)\b",
        " ~ ",
    ),
    (
        r"\b(?:career|social|political|professional|commercial|financial|brand|business|reputational)\s+suicide\b|\bsuicide\s+(?:squad|mission|run|runs|doors?|drills?|sprints?|king|blonde|shift)\b|\bsuicide\s+(?:prevention|awareness)\s+(?:\w+\s+)?(?:training|course|day|week|month|talk|module|session|workshop|charity|walk|fundraiser|run)\b",
        " ~ ",
    ),
    (
        r"\b(?:nail|glue|staple|heat|spray|paint|caulk|caulking|price|pricing|label|labelling|water|nerf|top|squirt|grease|scan|scanner|barcode|temperature|temp|radar|massage|hot\s+glue|rivet|tattoo|foam|sealant|silicone|speed)\s+guns?\b|\bjumping\s+the\s+gun\b|\bstick(?:ing)?\s+to\s+(?:my|your|our)\s+guns\b|\bgreat\s+guns\b",
        " ~ ",
    ),
    (
        r"\bkiller\s+(?:whale|app|feature|deal|heels|shot|queen|line|idea|instinct|pitch|playlist|bee|sudoku|question|combo|view|workout)s?\b|\bdressed\s+to\s+kill\b|\bmake\s+a\s+killing\b|\bkilling\s+(?:the\s+game|them\s+softly)\b|\bkill\s+(?:or|and)\s+be\s+killed\b",
        " ~ ",
    ),
    (
        r"\b(?:it|that|reality|the\s+realisation|the\s+realization|the\s+truth|what\s+\w+\s+said|suddenly\s+it|the\s+tiredness|exhaustion|the\s+jet\s+lag|the\s+news|the\s+heat)\s+(?:really\s+|finally\s+|just\s+)?hit\s+me\b|\bhit\s+(?:\w+\s+)?up\b|\bhit\s+(?:my|the|our|their|his|her)\s+(?:target|targets|numbers|quota|kpis?|deadline|goal|goals|ground|gym|road|hay|sack|books|jackpot|nail|roof|brakes|send|button|snooze|mark|spot|streets|phones|wall|ceiling)\b|\bhit\s+(?:a|the)\s+(?:wall|brick\s+wall|snag|nerve|low|new\s+low|milestone|home\s+run|bump|target)\b",
        " ~ ",
    ),
    (
        r"\bpush(?:ed|es|ing)?\s+me\s+(?:to|into\s+(?:applying|taking|doing)|hard|too\s+hard|out\s+of\s+my\s+comfort)\b",
        " ~ ",
    ),
    (
        r"\bbeat(?:ing|s)?\s+(?:myself|me)\s+up\b|\bkick(?:ing|ed)?\s+myself\b|\bgive\s+myself\s+a\s+(?:slap|kick)\b",
        " ~ ",
    ),
    (
        r"\bthrow\w*\s+(?:myself|ourselves)\s+(?:into|in\s+at|at)\s+(?:it|work|the\s+\w+|my\s+\w+|everything)\b|\bthrew\s+myself\s+in\b",
        " ~ ",
    ),
    (
        r"\b(?:my|the)\s+(?:head|brain)\s+(?:is\s+going\s+to|will|might|could|is\s+about\s+to)\s+explode\b|\bblow(?:ing|n)?\s+up\s+(?:my|the)\s+(?:phone|inbox|chat)\b",
        " ~ ",
    ),
    (
        r"\b(?:bomb(?:ed|ing)?|crash(?:ed|ing)?\s+and\s+burn(?:ed|t)?)\s+(?:the|my|that|it|this|at)\b|\bthe\s+bomb\b",
        " ~ ",
    ),
    (
        r"\b(?:slay|slayed|slaying|smash(?:ed|ing)?)\s+(?:it|that|the\s+(?:interview|pitch|target|demo|presentation|exam))\b",
        " ~ ",
    ),
    (
        r"\bkill(?:s|ed|ing)?\s+(?:\w+\s+)?off\b|\b(?:kill|killing|killed)\s+myself\s+laugh\w*\b|\blaugh\w*\s+myself\s+to\s+death\b",
        " ~ ",
    ),
    (
        r"\b(?:kill|killing)\s+(?:the\s+)?(?:process|task|job|tab|tabs|app|pid|server|container|thread|session|instance|switch)\b",
        " ~ ",
    ),
    (
        r"\b(?:bit|bite|bites|biting|bitten|took|take|takes|taking|snapped|snap)\s+(?:my|me|his|her|their|our|your|everyones|peoples)\s+(?:\w+\s+)?heads?\s+off\b|\bjump(?:ed|s|ing)?\s+down\s+(?:my|his|her|their|our|your)\s+throats?\b|\b(?:tore|tear|tearing|tears|ripped|ripping|rip)\s+(?:a\s+)?strips?\s+off\s+(?:me|us|him|her|them)\b|\bchew(?:ed|ing|s)?\s+(?:me|us|him|her|them)\s+out\b",
        " ~ ",
    ),
    (
        r"\b(?:threw|throw|throws|throwing|thrown)\s+the\s+(?:rule\s*)?book\s+at\b|\bthrow(?:ing|n|s)?\s+shade\b|\bthrew\s+shade\b|\bcurve\s*balls?\b|\bthrown\s+(?:me\s+|us\s+)?in\s+at\s+the\s+deep\s+end\b",
        " ~ ",
    ),
    (
        r"\b(?:threw|throw\w*|thrown)\s+(?:a\s+)?(?:(?:massive|huge|big|proper|full\s+on|little|bit\s+of\s+a)\s+)?(?:tantrum|strop|wobbly|paddy|hissy\s+fit|fit)\b|\b(?:threw|throw\w*|thrown)\s+(?:a\s+lot|so\s+much|everything|loads|so\s+many\s+\w+|questions|work|tasks|jargon|info|information|acronyms)\s+at\b",
        " ~ ",
    ),
    (
        r"\bhit\s+(?:me|us)\s+with\s+(?:a|an|the|this|that|some)\s+(?:\w+\s+)?(?:question|questions|news|deadline|request|task|tasks|target|targets|bombshell|curveball|surprise|offer|proposal|idea|list|quote|bill|fine|email|emails|invoice|update|change|workload|amount|pile|load|stack|mountain|backlog|rota|schedule|paperwork)\b",
        " ~ ",
    ),
    (r"\bcat\s+call(?:ed|ing)?\s+(?:the|a)\s+(?:meeting|team)\b", " ~ "),
]
_IDIOMS_COMPILED = [(re.compile(p, re.IGNORECASE), r) for p, r in _IDIOMS]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip()


def plain(text: str) -> str:
    """Lower case without apostrophes ("I'm" → "im"), as every set of patterns reads it."""
    return re.sub(r"['`´]", "", normalise(text).lower())


def prepare(text: str) -> str:
    """The text the risk rules read: lower case, no apostrophes, idioms masked."""
    text = plain(text)
    text = re.sub(r"\bi\s*'?\s*m\b", "im", text)
    for idiom, replacement in _IDIOMS_COMPILED:
        text = idiom.sub(replacement, text)
    return re.sub(r"\s+", " ", text).strip()


def has_idiom(text: str) -> bool:
    """Whether the text uses a violent or deathly word idiomatically ("killing it")."""
    return "~" in prepare(text)


def _clause_before(text: str, start: int) -> str:
    before = text[:start]
    boundaries = list(_CLAUSE.finditer(before))
    return before[boundaries[-1].end() :] if boundaries else before


# "suicidal? no, nothing like that": a denial right after the word
_DENIED_AFTER = re.compile(
    r"^\s*[?,.!:-]*\s*(?:no|nope|nah|not\s+really|not\s+at\s+all|definitely\s+not|god\s+no|"
    r"nothing\s+like\s+that|not\s+me)\b(?!\s+(?:reason|idea|one|way|warning|notice|explanation|"
    r"sign|more|money|pay|break|choice|option|chance|joke|doubt|wonder|help|support|training))"
)
# "felt like someone had punched me in the stomach": a simile, not an event
_SIMILE_BEFORE = re.compile(
    r"\b(?:felt|feels|feel|feeling|looked|looks|like|as\s+if|as\s+though)\s*$"
)
_SIMILE_START = re.compile(r"(?:someone|somebody|a|an|the|id|i\s+had|ive|i\s+was|i\s+got)\b")
_SIMILE_CLAUSE = re.compile(
    r"\b(?:felt|feels|feel|feeling)\s+like\s+(?:someone|somebody|id|i\s+had|ive|i\s+was|i\s+got|a|an)\b"
    r"(?:\s+\w+){0,3}\s*$|\bas\s+(?:if|though)\s+(?:someone|somebody|id|i\s+had|ive|i\s+was|i\s+got|a|an)\b"
    r"(?:\s+\w+){0,3}\s*$"
)


def _negated(text: str, start: int, matched: str, rule: _Compiled, level: str) -> bool:
    if not rule.negatable:
        return False
    if level == "crisis" and _DENIED_AFTER.match(text[start + len(matched) :]):
        return True
    before = _clause_before(text, start)
    if (_SIMILE_START.match(matched) and _SIMILE_BEFORE.search(before)) or _SIMILE_CLAUSE.search(
        before
    ):
        return True
    # Rules that carry their own negation ("don't want to live") are not negated by it.
    if re.match(
        r"\W*(?:no|not|dont|do\s+not|never|cant|cannot|isnt|nobody|no\s*one|noone|nothing|"
        r"wont|wouldnt|havent|didnt|doesnt)\b",
        matched,
    ):
        return False
    return bool(_NEGATION.search(_clause_before(text, start)))


def _about_someone_else(text: str, start: int, matched: str) -> bool:
    """Whether the clause before the match names someone else as its subject ("my mate got
    fired today"), with no first person after them nor in the match ("they fired me")."""
    if re.search(r"\b(?:me|us|i|im|ive)\b", matched):
        return False
    clause = _clause_before(text, start)
    tail = " ".join(clause.split()[-5:])
    third = list(_THIRD_PARTY.finditer(tail))
    if not third:
        return False
    return not _FIRST.search(tail[third[-1].end() :])


# What the candidate denies outright ("im not quitting", "not planning on leaving"): a
# lowered urgent match, so that the learned model cannot raise the message either.
_DENIED = re.compile(
    r"\b(?:im|i\s+am|i\s+m)\s+(?:definitely\s+|honestly\s+|really\s+)?not\s+(?:quitting|resigning|leaving|"
    r"walking\s+out|going\s+anywhere|handing\s+in\s+my\s+notice|(?:thinking|planning)\s+(?:of|on|about|to)\s+"
    r"(?:quit|quitting|leave|leaving|resign|resigning|walking\s+out|going\s+anywhere))\b|\bno\s+(?:plans?|intention)\s+"
    r"(?:of|to)\s+(?:quit|quitting|leave|leaving|resign|resigning)\b"
    # a what-if: "if i get sacked ill lose the flat"
    r"|\b(?:if|when|in\s+case|before)\s+(?:i|they)\s+(?:ever\s+)?(?:get|got|am|was|were|are|gets|end\s+up)\s+"
    r"(?:\w+\s+)?(?:fired|sacked|let\s+go|laid\s+off|terminated|dismissed|binned\s+off)\b"
    r"|\b(?:if|when|in\s+case|before)\s+they\s+(?:\w+\s+)?(?:fire|sack|let|terminate|dismiss|get\s+rid\s+of)\s+me\b"
)

# "what does harassment mean legally": a question about a word, not about the candidate
_ABOUT_A_WORD = re.compile(
    r"^(?:what|whats|how|define|definition|meaning|explain|can\s+you\s+(?:explain|define|tell\s+me))\b"
    r"(?![^.!?]*\b(?:me|my|i|im|ive|us|our|we)\b)[^.!?]*\b(?:mean|means|meaning|definition|define|"
    r"defined|legally|the\s+law|law\s+on|count\s+as|counts\s+as|classed\s+as|in\s+the\s+uk|in\s+the\s+us)\b"
    # or a short general question with no first person: "which chemicals shouldnt be mixed"
    r"|^(?:what|whats|which|how|why|when|where|who|is|are|can|should|does|do)\b"
    r"(?![^.!?]*\b(?:me|my|i|im|ive|id|us|our|we|were|mine)\b)(?:\W+\w+){0,10}\W*\??$"
)


def find_risk(text: str) -> PatternMatch | None:
    """The most severe rule matching the text, after idioms and negation, or None.

    A match that is negated ("im not going to quit"), hedged ("scared they'll let me go
    today") or about someone else ("my mate quit today") is returned lowered, with
    `negated=True`, and only when nothing plain outranks it: the candidate has said what
    the situation is not."""
    text = prepare(text)
    lower = text.lower()
    best: PatternMatch | None = None
    about_a_word = bool(_ABOUT_A_WORD.search(text))
    for rules_of_level in _LEVELS:
        level = rules_of_level.name
        if about_a_word and level == "urgent":
            continue
        for rule in rules_of_level.candidates(lower):
            if rule.unless is not None and rule.unless.search(text):
                continue
            for match in rule.regex.finditer(text):
                matched = match.group(0)
                negated = (
                    (
                        rule.unless_before is not None
                        and bool(rule.unless_before.search(_clause_before(text, match.start())))
                    )
                    or (rule.first_person and _about_someone_else(text, match.start(), matched))
                    or (rule.lowered_if is not None and bool(rule.lowered_if.search(text)))
                    or _negated(text, match.start(), matched, rule, level)
                )
                effective = _NEGATED_LEVEL[level] if negated else level
                candidate = PatternMatch(effective, matched, negated)
                # a plain match beats a negated one of the same level
                if best is None or (_rank(candidate.level), not negated) > (
                    _rank(best.level),
                    not best.negated,
                ):
                    best = candidate
        if best is not None and best.level == level and not best.negated:
            return best  # nothing below can outrank it
    if best is None or best.level == "none":
        denied = _DENIED.search(text)
        if denied is not None:
            return PatternMatch("none", denied.group(0), True)
    return best


# What a negated statement still signals: "I'm not suicidal, just tired" may still be
# someone who would like to talk; "nobody is harassing me" is not an alarm.
_NEGATED_LEVEL = {"crisis": "distress", "urgent": "none", "distress": "none"}


def _rank(level: str) -> int:
    return ("none", "distress", "urgent", "crisis").index(level)
