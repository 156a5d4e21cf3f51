"""The English lexicon: every word list the extractors look for, each named for what it holds.

Lemmas are lower case. Lists of words that introduce speech, name people's roles, hedge a claim or accuse someone
live here; the rules that read them live in `dossier.extract`.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- Reported speech --------------------------------------------------------------------------------------------

# Verbs whose clausal complement is what the subject said, thought or claimed ("X said (that) ...").
CLAUSE_VERBS = words("""say tell add argue contend believe claim deny announce declare proclaim warn insist stress
note explain write post tweet state reply respond acknowledge admit suggest allege report confirm predict promise
think hope fear understand conclude assert maintain recall estimate complain emphasise emphasize reiterate vow
threaten accuse agree disclose reveal testify concede boast caution observe remark comment suspect point mention
underline underscore highlight assure reassure inform clarify specify counter retort lament pledge guarantee forecast
reckon signal charge""")
# Verbs that report a finding only with an explicit 'that' ("Amnesty found that ..."; not "found themselves cast").
FINDING_VERBS = words("find")
# Verbs whose direct object is the content ("announced the creation of ...", "rejected the official figures").
OBJECT_VERBS = words("deny announce proclaim declare report confirm acknowledge admit unveil reject dismiss")
# Verbs of asking someone to do something: the content is who is asked and what to do.
APPEAL_VERBS = words("call urge appeal ask encourage implore want demand advocate campaign lobby press")
# Speech acts whose content is what follows the verb: whom they thank or blame, and what for.
SPEECH_ACT_VERBS = words("""thank praise criticise criticize condemn denounce blame welcome hail slam congratulate
applaud decry""")
# Verbs of seeing or naming something as something: the content is what follows 'as' ("what they saw as fraud").
PERCEPTION_VERBS = words("see view regard consider perceive describe portray characterise characterize label brand")
# Verbs that give a thing a name, which is the content when quoted ("called him 'a thief'").
NAMING_VERBS = words("call label brand dub term name describe denounce")
# Words for speech and writing that can stand beside a direct quote.
QUOTE_VERBS = CLAUSE_VERBS | APPEAL_VERBS | SPEECH_ACT_VERBS | words(
    "ask shout chant read describe call continue address conclude quip exclaim recount recall")
# Verbs under which a reporting verb says nothing: 'declined to say', 'refused to comment'.
REFUSAL_VERBS = words("decline refuse fail avoid")
# Verbs by which one source passes on another's words ("quoted by BelTA", "cited by", "reported by").
RELAY_VERBS = words("quote cite report relay carry publish")
# Verbs that quote a speaker ('TASS quoted Peskov as saying', 'citing the General Staff').
CITING_VERBS = words("quote cite")
# Verbs of what someone claims to be ('calls herself the elected president', 'describes himself as').
SELF_DESCRIPTION_VERBS = words("call describe consider regard style proclaim")
# Adjectives of conviction: "confident that ...", "aware of ...".
CONVICTION_ADJECTIVES = words("confident convinced certain sure aware adamant")
# Nouns that carry a reported clause: "reports that ...", "Putin's announcement that ...", "raised fears that ...".
CLAIM_NOUNS = words("""report claim allegation rumour rumor statement announcement warning assertion suggestion
fear fears hope belief view argument accusation promise pledge threat""")
# Nouns of what someone means to do, whose 'to'-clause is what they said they would do ("his threat to flood ...").
INTENT_NOUNS = words("threat promise pledge call demand vow offer plan proposal ultimatum")
# Nouns for something a person wrote or issued: its owner is the speaker ("Eismont's statement said ...").
DOCUMENT_NOUNS = words("""statement post message letter decree tweet address speech interview article column release
communique communiqué comment comments remarks appeal petition order resolution report""")
# Things that show or suggest rather than say: images, counts, data ("images indicating ...", "the count suggesting").
EVIDENCE_NOUNS = words("""image images video videos footage photo photos photograph photographs picture pictures count
results result data poll polls survey surveys figures study research analysis evidence documents document records
satellite imagery map maps""")
EVIDENCE_VERBS = words("indicate show suggest depict reveal confirm")
# Evidence verbs that only point towards something: what they show is tentative.
TENTATIVE_VERBS = words("suggest indicate")
# Nouns of a point of view: "from the EU's viewpoint", "in Moscow's view", "in the opinion of experts".
VIEWPOINT_NOUNS = words("view viewpoint opinion eyes perspective assessment estimation judgement judgment estimate")
# What information comes from: "Information on the incidents has come from Kyiv".
INFORMATION_NOUNS = words("information reports news claims data accounts word footage")
# Verbs of an impersonal report: "it is said that", "it was reported that", "it is thought that".
IMPERSONAL_VERBS = words("say report think believe rumour rumor claim allege understand suggest")
# Verbs that pass the content of a colon on: "Tsikhanouskaya wrote: ...".
COLON_VERBS = words("say write tell add post tweet declare state announce")

# Words that open a clause setting another voice beside the reported one ('..., while the organisers said ...').
CONTRASTIVE_MARKS = words("while whereas although though")
# Subjects that point back at what was just said: 'This was reported by', 'His words were quoted by'.
POINTING_WORDS = words("this that it these those")
WORDS_NOUNS = words("word words remark remarks statement comment comments quote quotes")
# Labels of a transcript's questions and answers.
QUESTION_LABELS = words("q question interviewer")
ANSWER_LABELS = words("a answer")
# A line that stops on one of these words is cut mid-phrase ('... met with the\nPresident').
OPEN_ENDINGS = words("""the a an of and or to in on at for with by from as that which who whose than but nor per
via into onto upon about against between""")

# -- Page furniture ---------------------------------------------------------------------------------------------

# Platforms a page asks its readers to follow or share on.
PLATFORMS = ("facebook", "twitter", "x", "telegram", "instagram", "youtube", "linkedin", "whatsapp", "tiktok",
             "mastodon", "threads", "bluesky", "viber", "vk", "vkontakte", "google news", "rss")
# News agencies a byline names after the author ('Jane Roe | Reuters').
NEWS_AGENCIES = words("""reuters ap afp tass belta ria interfax ukrinform unian bloomberg dpa efe xinhua anadolu
sputnik""") | frozenset({"associated press", "agence france-presse", "anadolu agency", "ria novosti", "interfax-ukraine"})
# Agencies and photo libraries a picture is credited to ('(Reuters/Vasily Fedosenko)', '... - Getty').
PHOTO_CREDITS = ("reuters", "getty images", "getty", "ap photo", "ap", "afp", "epa-efe", "epa", "shutterstock", "alamy",
                 "sputnik", "tass", "ria novosti", "belta", "anadolu agency", "anadolu", "pa images", "pa", "xinhua",
                 "dpa", "bloomberg", "unian", "ukrinform", "sipa", "abaca")
# Section labels a page sets on a line of their own ('World', '- Europe').
SECTION_NAMES = words("""world europe news politics opinion analysis business economy sport sports culture society
science tech technology video videos photos gallery latest home region regions war asia americas africa""") | frozenset({
    "middle east", "breaking news", "top stories", "world news", "in depth", "long read", "live updates"})
# Capitalised words that open a line without naming a person ('The Guardian', 'More Stories').
NOT_NAME_WORDS = words("""the a an more read see also related latest top most my our your his her their its this that
these those new how why what when where who breaking live update share follow world news""")
# Words that open a phrase of running text, never a section label before a repeated headline ('My Top 10 ...').
DETERMINERS = words("the a an my our your his her their its this that these those")

# -- People and organisations -----------------------------------------------------------------------------------
# Legal forms after an organisation's name ('General Motors Corp.', 'Fiat Group SpA', 'Gazprom PAO'), as patterns
# (dots optional), and the small words an acronym leaves out ('OSCE': Organisation for Security and Co-operation in
# Europe); dossier.resolve.join_rules.
LEGAL_FORMS = ("inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "group",
               r"holdings?", r"s\.?p\.?a", r"n\.?v", "ag", "sa", "se", "gmbh", "oao", "pao", "ooo", "jsc")
ACRONYM_SKIPS = frozenset({"of", "and", "the", "for", "&", "de", "du", "des"})

# The possessive ending in its three spellings ('Eismont's', 'Eismont’s', 'Eismontʼs').
POSSESSIVE_MARKS = ("’s", "'s", "ʼs")
# What a finished sentence ends with; text that stops without one was cut off mid-sentence.
SENTENCE_END_MARKS = (".", "!", "?", "”", "“", '"', "»", "’", ")", "…")

FEMALE_PRONOUNS = words("she her hers herself")
MALE_PRONOUNS = words("he him his himself")
PLURAL_PRONOUNS = words("they them their theirs themselves")
NEUTER_PRONOUNS = words("it its itself")
FIRST_PLURAL_PRONOUNS = words("we us our ours ourselves")
FIRST_SINGULAR_PRONOUNS = words("i me my mine myself")
PERSON_PRONOUNS = words("he she him her")
PRONOUNS = FEMALE_PRONOUNS | MALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS | FIRST_PLURAL_PRONOUNS | words("i")
RELATIVE_PRONOUNS = words("who whom which that whose")
# Words that can stand as a subject but name no one who speaks ("many believe", "some say", "it is too early").
NO_SPEAKER_WORDS = words("""many some others most few several all both each none it this that these those there
which what one anyone everyone someone nobody everybody somebody""")

# Labels that open a headline without being its source ('Analysis: ...').
SECTION_LABELS = words("""analysis opinion exclusive live explainer update updated breaking watch video photos interview
review comment editorial factbox timeline podcast""")
# Labels before a colon that name no one speaking ('Image: ...', 'Source: ...').
NOT_SPEAKER_LABELS = SECTION_LABELS | words("""image photo picture source credit credits caption note related read
see also tags topics share follow subscribe correction disclaimer editor""")
# Quantifiers that stand for a group named just before ('many Belarusians ... many view it as ...').
QUANTIFIER_WORDS = words("many some most others several few")

# Roles a person is introduced by: titles ("opposition leader X"), appositions ("X, Lithuania's deputy foreign
# minister") and the role descriptions that later stand for them ("the exiled leader", "the adviser").
ROLE_NOUNS = words("""president leader spokesman spokeswoman spokesperson adviser advisor aide minister envoy ambassador
chairman chairwoman chairperson chair head director chief commander general colonel major captain lieutenant
officer official secretary prosecutor judge lawyer attorney mayor governor premier chancellor king queen prince
editor journalist correspondent reporter analyst expert researcher scholar professor economist activist dissident
candidate opponent challenger rival lawmaker legislator deputy senator mp politician diplomat founder cofounder
co-founder coordinator member representative negotiator manager owner publisher blogger writer author poet
musician conductor artist teacher student doctor nurse priest bishop patriarch commissioner ombudsman investigator
detective agent soldier fighter volunteer commander-in-chief president-elect prime-minister wife husband sister
brother mother father daughter son widow widower cousin uncle aunt nephew niece partner fiancée fiance
businessman businesswoman entrepreneur businessperson tycoon oligarch dictator strongman autocrat ruler""")
# Gendered role nouns: evidence of who a person is and of which pronoun stands for them.
FEMALE_ROLE_NOUNS = words("""spokeswoman chairwoman wife sister mother daughter widow aunt niece fiancée queen
businesswoman actress congresswoman princess""")
MALE_ROLE_NOUNS = words("""spokesman chairman husband brother father son widower uncle nephew fiance king businessman
actor congressman prince strongman""")
# Spellings of one role: "spokeswoman" and "spokesman" are both the spokesperson.
ROLE_CANONICAL = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair",
                  "chairwoman": "chair", "chairperson": "chair", "advisor": "adviser", "aide": "adviser",
                  "businessman": "businessperson", "businesswoman": "businessperson", "legislator": "lawmaker",
                  "cofounder": "founder", "co-founder": "founder", "widower": "widow", "fiance": "fiancée"}
FEMALE_HONORIFICS = words("mrs ms miss madam madame mrs. ms. mme")
MALE_HONORIFICS = words("mr mr. sir")
# Nouns for bodies and groups, which a definite description ("the ministry", "the group") refers back to.
GROUP_NOUNS = words("""group organisation organization ministry court commission committee agency service movement
party council government administration office regiment battalion brigade unit centre center institute union
alliance coalition network channel outlet publication newspaper paper website site broadcaster company firm bank
army military police parliament assembly cabinet bureau department directorate board foundation fund campaign
watchdog initiative team club association federation platform""")
# Past participles that are not the stem and -ed: what a figure counts is said as 'votes taken by ...'.
IRREGULAR_PARTICIPLES = dict(pair.split(":") for pair in """take:taken give:given win:won get:got send:sent hold:held
bring:brought see:seen find:found make:made lose:lost keep:kept catch:caught buy:bought sell:sold pay:paid lead:led
leave:left meet:met put:put set:set cut:cut hit:hit shoot:shot fight:fought build:built spend:spent steal:stolen
write:written drive:driven break:broken choose:chosen speak:spoken tell:told say:said know:known throw:thrown
grow:grown show:shown draw:drawn begin:begun run:run come:come become:become go:gone do:done have:had feel:felt
hear:heard understand:understood stand:stood sit:sat beat:beaten bind:bound flee:fled freeze:frozen hide:hidden
seek:sought strike:struck swear:sworn teach:taught think:thought wear:worn withdraw:withdrawn overthrow:overthrown
rise:risen fall:fallen eat:eaten forget:forgotten lend:lent shut:shut spread:spread let:let read:read bet:bet
cost:cost hurt:hurt split:split slay:slain forgive:forgiven""".split())
# Verbs that put what they govern ahead of the text: a date under them is no narrative date ('results are expected
# by 5 February').
EXPECTATION_VERBS = words("expect plan schedule intend aim hope promise vow pledge")
# Words that open a comparison's base: a date under them is what a figure is compared with, not its own time.
COMPARISON_WORDS = words("than compared versus")
# -- What a figure measures (dossier.extract.figures.measure) -------------------------------------------------------
# Nouns for people in general: what such a count measures is what happened to them ('people detained').
PEOPLE_NOUNS = words("""people person persons man men woman women individual individuals citizen citizens resident
residents civilian civilians adult adults child children""")
# What happened to what is counted, by the verb of its clause: one name for the verbs a report uses for it.
ACT_CLASSES = {act: words(verbs) for act, verbs in {
    "detained": "detain arrest hold seize jail imprison apprehend round capture abduct",
    "killed": "kill die murder execute slay",
    "injured": "injure wound hurt",
    "protesting": "protest demonstrate rally gather march",
    "released": "release free pardon",
    "convicted": "convict sentence",
    "fled": "flee leave emigrate escape",
    "deployed": "deploy move station send transfer",
    "capacity": "accommodate house fit",
    "supported": "support back favour favor endorse approve",
    "opposed": "oppose reject",
}.items()}
# Acts that are the plain reading of a count and do not split its series ('30,000 troops moved into Belarus').
PLAIN_ACTS = words("deployed")
# Modifiers that say which kind of a thing is counted ('political prisoners', 'armed volunteers'); names of peoples
# ('Russian troops') count too, read off their capital letter.
KIND_MODIFIERS = words("political military civilian armed foreign paramilitary")
# Words that make a figure an addition to a count, not its level ('another 31', 'a further 1,150', 'two more').
INCREMENT_WORDS = words("another further more additional extra")
# Verbs under which a length of time is a prison sentence ('was sentenced to', 'was given', 'is serving').
SENTENCE_VERBS = words("sentence jail imprison give hand receive get serve face")
SENTENCE_NOUNS = words("sentence term prison jail colony")
# Prepositions whose object is what a verb acts on ('stumble upon 40 people', 'fired at 12 protesters', 'voted for
# 5 candidates'): a figure there is said like an object. Not 'against', which the parser hangs on the verb when it
# belongs to a noun ('opened cases against 100 volunteers').
PHRASAL_PREPOSITIONS = words("upon on at for into")
# Prepositions that say who reports a figure, not what it counts ("according to a poll").
ATTRIBUTING_PREPOSITIONS = words("according")
# Nouns for a count itself, whose level a figure may be ('the number of prisoners reached 360', 'the toll rose to 50').
COUNT_NOUNS = words("number figure total count tally toll share proportion percentage rate level")
# Nouns whose 'of' phrase holds what a figure counts ("a group of 200 volunteers", "a total of 800 people").
COLLECTIVE_NOUNS = words("""group total number crowd team contingent batch detachment handful majority minority share
percentage proportion column convoy party""")
# Plural nouns for people acting together, which a definite description refers back to an organisation by.
MEMBER_NOUNS = words("""hackers activists partisans members fighters volunteers organisers organizers founders leaders
officials representatives authorities investigators prosecutors""")
# Who brings charges, when the text names no one ("was charged with treason"): the nouns a report uses for them.
AUTHORITY_NOUNS = words("""authorities police prosecutors prosecutor investigators court courts judge kgb regime
ministry officials government militia""")
DEFAULT_AUTHORITY = "the authorities"
# Nouns for people, so that a description of one ("a source in the delegation") can be 'he' or 'she' later.
PERSON_NOUNS = ROLE_NOUNS | words("""source person man woman witness resident citizen protester insider employee
worker staffer colleague friend relative neighbour neighbor survivor victim eyewitness""")

# Given names: evidence of a person's gender when the text shows no pronoun or role. Slavic given names ending in
# -a are female, except those listed as male.
FEMALE_GIVEN_NAMES = words("""sviatlana svetlana maria maryia mariya natalya natalia nataliya natallia anna
hanna olga volha olha tatsiana tatiana tatyana tetiana maryna marina iryna irina alena alyona elena yelena olena
lyudmila liudmila ludmila nasta nastassia anastasia anastasiya veronika ksenia kseniya yulia yuliya julia julija
katsiaryna ekaterina yekaterina kateryna katerina daria darya dariya nina vera valeria valeryia viktoryia victoria
viktoria alla galina halina larisa larysa raisa lidia lidiya natasha oksana ursula kaja ingrida angela hillary
kamala nancy theresa liz elizabeth mary sarah jennifer julie emma catherine kate sophie anne ann agnieszka magdalena
joanna ewa zuzana kristina kristine ilona ruta egle inga laura roberta dalia aurelija evika sanna mette jacinda
margarethe antonina palina paulina polina nadia nadezhda nadzeya jane janet susan helen karen
claire christine annalena giorgia marine ekaterine salome""")
MALE_GIVEN_NAMES = words("""alexander alyaksandr aliaksandr aleksandr alexandr alexei aleksei alexey aliaksei
siarhei sergei sergey syarhei serhiy serhii vladimir uladzimir volodymyr dmitry dmitri dzmitry dmytro viktar viktor
victor pavel pavlo franak ales ihar igor ihor mikalai nikolai nikolay mykola andrei andrey andriy andrzej raman roman
artem artyom artsiom mantas gabrielius keith donald joe joseph emmanuel olaf boris ivan yury yuri yuriy maksim maxim
maksym oleg aleh oleh anatoly anatoli valery valeriy vitaly vitali mikhail mikhas yevgeny yevgeniy evgeny ramzan
sergiu carlos jules john james michael david mark peter paul rygor dzianis dzyanis denis kirill ilya nikita
antony anthony jens charles kurt josep rishi keir emmanuel olaf friedrich gitanas edgars nauseda andrzej mateusz
donald radoslaw stepan taras vasyl vasily vasil leonid eduard edward ruslan rostislav stanislav yaroslav vadim
vadzim zmitser uladzislau uladzislav kastus konstantin kanstantsin ramanas linas tomas jonas petras algirdas
gintautas william richard robert thomas george henry luke""")
# Given names ending in -a that are male (Slavic diminutives and names).
MALE_A_NAMES = words("ilya nikita kuzma foma luka sasha misha pasha dima vanya kolya zhenya vova tolya yura")
# Surname endings that mark gender (Slavic and Baltic): a wife's surname is not her husband's, and 'she' is not
# 'Tsikhanouski'. Read on names folded to ASCII.
FEMALE_SURNAME_ENDINGS = ("skaya", "ckaya", "tskaya", "zkaya", "ova", "eva", "ava", "aya", "ina", "ovna", "evna", "ska",
                          "iene", "yte", "ute")
MALE_SURNAME_ENDINGS = ("ski", "sky", "skiy", "skii", "skyi", "ov", "ev", "yev", "ich", "ovich", "evich")
# Masculine endings English names share (Putin and Martin, Landsbergis and Harris): enough to keep two surnames
# apart, not to tell who 'he' is.
SHARED_MALE_SURNAME_ENDINGS = ("in", "as", "is", "us")

# -- Hedges -----------------------------------------------------------------------------------------------------

# Adverbs with which a writer marks a claim as unverified: they qualify the clause they sit in.
HEDGE_ADVERBS = words("allegedly reportedly purportedly supposedly ostensibly apparently officially")
# Adjectives that mark what they qualify as unverified ("alleged acts of sabotage").
HEDGE_ADJECTIVES = words("alleged suspected unconfirmed unverified purported supposed so-called")
# Reporting verbs with which the writer keeps a distance from what a party says ("the press service claims").
DOUBT_VERBS = words("claim allege purport")
# Phrases that hedge the statement of their sentence.
HEDGE_PATTERNS = (
    r"\bappear(?:s|ed)? to\b", r"\bsaid to (?:be|have)\b",
    r"\b(?:could|can|cannot|can't|could not|couldn't)\s+(?:not\s+)?(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*",
    r"\b(?:difficult|hard|impossible) to (?:independently )?(?:verify|confirm)\b",
    r"\bnot (?:been )?(?:independently )?(?:verified|confirmed)\b",
    r"\bcannot rule out\b", r"\bcan't rule out\b", r"\bcould not rule out\b",
    r"\brumou?rs?\b", r"\bunconfirmed reports?\b",
    r"\b(?:anonymous|unnamed|unidentified) (?:source|official|officer|person|diplomat|insider)s?\b",
    r"\b(?:who|which) (?:asked|spoke|requested) (?:not to be (?:named|identified)|on condition of anonymity)\b",
    r"\bon (?:the )?condition of anonymity\b",
    r"\b(?:sources?|people|persons?|officials?|insiders?) (?:close to|familiar with)\b",
    r"\bit (?:is|was|has been) (?:said|thought|believed|rumou?red|claimed|alleged|suggested|reported)\b",
)
# A writer's caveat: a sentence that says what came before cannot be checked. It scopes the claims of its paragraph.
CAVEAT_PATTERNS = (
    r"(?:difficult|hard|impossible) to (?:independently )?(?:verify|confirm)",
    r"(?:could|can)(?:not| not)? (?:be )?(?:independently )?(?:verified|confirmed)",
    r"cannot be (?:independently )?(?:verified|confirmed)",
    r"(?:neither|none of th\w+) (?:claim|report|account)s? can be (?:verified|confirmed)",
    r"could not (?:independently )?(?:verify|confirm)", r"cannot rule out",
)
# Sources that are themselves unverified when no one is named behind them: reports, pictures, posts.
UNNAMED_SOURCE_NOUNS = words("""report reports image images video videos footage photo photos picture pictures rumour
rumours rumor rumors post posts""")
# Unverified pictures: hedged when no one stands behind them, even when they only show.
IMAGERY_NOUNS = words("image images video videos footage photo photos picture pictures")

# -- Charges ----------------------------------------------------------------------------------------------------

# Verbs of accusing, with the preposition that introduces the charge ("charged with treason").
CHARGE_VERBS = {"accuse": ("of",), "charge": ("with",), "suspect": ("of",), "convict": ("of",), "indict": ("on", "for"),
                "prosecute": ("for",), "find": ("of",), "try": ("for",), "sentence": ("for",)}
# Nouns of a charge: "on charges of", "on 'petty hooliganism' charges", "on suspicion of".
CHARGE_NOUNS = words("charge charges accusation accusations suspicion allegation allegations indictment conviction")
# Verbs that put a label on someone or something ("declared extremist", "designated as a terrorist organisation").
DESIGNATION_VERBS = words("designate declare recognise recognize label brand classify list deem")
DESIGNATION_NOUNS = words("designation classification listing")
# Lists a body puts people and outlets on ("added to its list of “terrorist organisations”").
LIST_NOUNS = words("list register registry database")
# Verbs of disputing what someone else claims ("a claim Minsk denies").
DENIAL_VERBS = words("deny reject dispute dismiss refute contest")
# Nouns for a reported figure that can be disputed in turn ("65%, a figure the opposition dismissed as made up").
FIGURE_NOUNS = words("figure figures number numbers count estimate estimates result results tally")
# Words that say a figure or result was falsified ("the results of the vote were rigged").
FALSIFIED_WORDS = words("rigged falsified fraudulent fake faked inflated invented fabricated manipulated stolen")
# Sources that speak for the state, whose figures a report may say others dispute.
OFFICIAL_NOUNS = words("""official officials commission committee ministry authorities government agency council court
administration office spokesperson spokesman spokeswoman""")
# A dateline before a report's first sentence: 'VILNIUS (Reuters) - ', 'VILNIUS, Feb 28 (Baltic Wire) - ',
# 'Stockholm, August 16, 2021 – ', 'BRUSSELS, December 1. /TASS/. '.
DATELINE_PATTERN = (r"(?:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}(?:, [A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)?)?"
                    r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?)?\.?"
                    r"(?: ?\([^)\n]{1,40}\)| ?/[A-Za-z-]{2,20}/\.?)? ?[-–—] ?"
                    r"|[A-Z]{3,}(?: [A-Z]{2,})*, [A-Z][a-z]+ \d{1,2}\. /[A-Za-z-]{2,20}/\. )(?=[A-Z“\"])")
# Things done to people or outlets for a stated reason, which is the accuser's ("detained for suspected tax evasion").
PUNITIVE_VERBS = words("""arrest detain jail imprison fine sentence ban close order raid search block punish expel
dismiss fire prosecute convict""")


# -- Numbers ----------------------------------------------------------------------------------------------------

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
# Things that recur as a numbered series, whose ordinal counts them ('a sixth consecutive term', 'the fifth package
# of sanctions', 'for the seventh time'); 'first' counts nothing yet.
SERIES_NOUNS = words("term terms package packages round rounds time times wave waves tranche tranches mandate")
# Words that may stand between such an ordinal and its noun ('sixth consecutive presidential term').
SERIES_QUALIFIERS = words("consecutive straight successive presidential new")
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "mil": 1_000_000, "billion": 1_000_000_000,
          "trillion": 10**12, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "k": 1_000,
          "tn": 10**12}
SCALE_WORDS = ("hundred", "thousand", "million", "billion")
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
             "a quarter": 0.25, "one quarter": 0.25, "one fourth": 0.25, "three quarters": 0.75, "three fourths": 0.75,
             "a fifth": 0.2, "one fifth": 0.2, "two fifths": 0.4, "a tenth": 0.1, "one tenth": 0.1,
             "a fourth": 0.25, "three tenths": 0.3}
# The words that name a share ('a third of', 'half the', 'two-fifths'), as a pattern for the span finders.
SHARE_WORD = r"(?:half|thirds?|quarters?|fourths?|fifths?|tenths?)"
COLLECTIVES = {"dozen": 12, "score": 20, "couple": 2, "pair": 2}
# Amounts with no definite number: 'several thousand', 'hundreds', 'tens of thousands', 'dozens'.
VAGUE_AMOUNTS = frozenset({"several", "many", "some", "few", "a few", "dozens", "hundreds", "thousands", "millions",
                           "billions", "tens", "scores", "numerous", "countless"})
# Marker -> the bound it gives: 'max' (at most), 'min' (at least), 'about' (roughly).
APPROX_MARKERS = {
    "up to": "max", "as many as": "max", "no more than": "max", "fewer than": "max", "less than": "max",
    "under": "max", "below": "max", "at most": "max", "nearly": "max", "almost": "max", "just under": "max",
    "more than": "min", "over": "min", "at least": "min", "above": "min", "upwards of": "min", "in excess of": "min",
    "just over": "min", "well over": "min", "no fewer than": "min", "no less than": "min",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "close to": "about", "nearly about": "about", "circa": "about",
    "c.": "about", "almost exactly": "about", "or so": "about",
}


def number_words(low: int = 1, high: int = 90) -> list[str]:
    """The number words from `low` to `high`, in order: 'one' ... 'nineteen', then the tens."""
    return [w for w, v in sorted({**NUMBER_WORDS, **TENS}.items(), key=lambda x: x[1]) if low <= v <= high]


def alternation(options) -> str:
    """A regular-expression group that matches any of the words."""
    return "(?:" + "|".join(options) + ")"


# -- Calendar ---------------------------------------------------------------------------------------------------

SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # the month each season starts in
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
