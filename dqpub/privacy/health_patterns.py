"""The health vocabulary of the free-text pass: stems inside single words, phrases of several words (medical,
everyday Québec French, English), the terminology files (CIM-10 labels, drug names) and the RE2 prefilter that
Arrow runs over a whole column before any of them is read in Python. Masked when a column removes « sante »:
broad on purpose, since a missed condition is a leak and a masked ordinary word costs only readability."""

from __future__ import annotations

import functools
import re

from dqpub.privacy.person_phrases import speaks_of_one
from dqpub.privacy.safe_words import fold, gazetteer, lines
from dqpub.privacy.text_tokens import Tok, broken, is_number

# Health vocabulary: stems and endings of conditions, treatments and aids (masked when the column removes
# « sante »). Broad on purpose: a missed condition is a leak, a masked ordinary word costs readability.
HEALTH_STEMS = re.compile(
    r"(th[ée]rap|chimio|radioth|dialys|greff(?:e|é|on)|transplant|cancer|tumeur|leuc[ée]m|lymphom|m[ée]lanom|carcinom|"
    r"sarcom|m[ée]tastas|diab[èée]t|insulin|\bcardiaq|\bcardio|infarctus|pacemaker|stimulateur|avc\b|alzheimer|"
    r"\bd[ée]menced[ée]ment|parkinson|scl[ée]ros|[ée]pilep|autis|\btsa\b|tdah|schizo|bipolair|d[ée]press|"
    r"psychiatr|psychot|psychos(?:e|is)|suicid|anxi[ée]|toxicom|alcooli|m[ée]thadon|\bvih\b|\bsida\b|s[ée]ropositi|"
    r"h[ée]patit|\bmpoc\b|emphys[èe]m|asthm|\boxyg[èée]n|\brespirat|bipap|cpap|handicap|parapl[ée]g|quadripl|"
    r"t[ée]trapl|h[ée]mipl[ée]g|amput|proth[èe]s|marchette|d[ée]ambulat|fauteuil roulant|aveugle|malvoyant|"
    r"non-voyant|\bsourd|malentend|trisomi|d[ée]ficien|\benceinte|grossesse|accouch|pr[ée]matur|fausse couche|"
    r"\bavort|chirurg|\bop[ée]r[ée]e?s?\b|hospitalis|palliati|m[ée]dicament|m[ée]dication|morphin|opio|fentanyl|"
    r"antid[ée]press|anticoag|coumadin|warfarin|ritalin|lithium|r[ée]nal|r[ée]naux|h[ée]patiq|"
    r"pulmonair|\bmaladi|\bmalade|syndrom|cognitif|cognitiv|mobilit[ée] r[ée]duite|\bsla\b|\bsep\b|\bvhc\b|"
    r"\bavc\b|thrombo|embol|an[ée]vrism|cirrhos|fibros|tubercul|arthrit|arthros|ost[ée]opor|scolios|glaucom|"
    r"cataract|migrain|hypertens|hypotens|\ballergi|anaphyla|[ée]pipen|\binhalat|pompe [àa] insuline|stomie|"
    r"cath[ée]ter|perfusion|intraveineu|soins (?:palliatifs|à domicile)|ergoth|physioth|orthop|"
    r"oncolog|neurolog|pneumolog|n[ée]phrolog|g[ée]riatr|p[ée]diatr|gyn[ée]co|obst[ée]tr|urgentolog|"
    r"convalesc|r[ée]adapt|\binvalid|\bparalys|paralyt|comateu|\bcoma\b|\bplaie|fractur|br[ûu]l[ée]s? au|"
    r"intoxi|overdose|surdose|sevrage|d[ée]sintox|ob[èe]s|anorex|boulimi|d[ée]shydrat|hypotherm|"
    r"\bd[ée]ficit|lupus|crohn|colite|s[ée]nil|\bconfus|chimioth|radioth|\bhormon|st[ée]rilet|\bvaccin|"
    r"-g[ée]naire|g[ée]naire\b|c[ée]cit|surdit|mutit|b[ée]gai|tremblement|convuls|"
    # what a paramedic's radio says of a patient, phobias, diagnoses said by their initials
    r"diaphor|polytrauma|tachyc|bradyc|dyspn|hypox|cyanos|arythm|fibrillat|non[- ]r[ée]pondante?s?|"
    r"\w+phob(?:e|es|ie|ies)\b|\btoc\b|\btspt\b|\btpl\b|\btcc\b)",
    re.IGNORECASE)


# Parts of the body, for the injuries said with a verb (« s'est cassé la jambe », « saigne du nez »)
_BODY = (r"(?:main|mains|bras|avant-bras|jambes?|pieds?|t[êe]te|dos|genoux?|chevilles?|poignets?|[ée]paules?|hanches?|"
         r"cou|visage|(?:œ|oe)il|yeux|thorax|c[ôo]tes?|doigts?|orteils?|nez|cr[âa]ne|bassin|cuisses?|mollets?|coudes?|"
         r"f[ée]mur|clavicule|vert[èe]bres?|front|menton|l[èe]vres?|dents?|m[âa]choire|oreilles?|talons?|nuque|"
         r"colonne|poitrine|ventre|cuir chevelu)")
# Health phrases of several words (the stems of HEALTH_STEMS match inside single words).
HEALTH_PHRASES = re.compile(
    # an injury said with a reflexive verb and the part of the body, bleeding, limping, a sling, vital signs
    r"\b(?:s'est|se sont|s'[ée]tait|me suis|s'est fait) (?:cass|fractur|foul|br[ûu]l|coup|bless|tord|disloqu|d[ée]m|"
    r"lux|[ée]corch|frapp|cogn|[ée]cras|ouvert|fendu|pet[ée]|mal)\w* (?:la |le |les |l'|un |une |deux |au |[àa] la )?" + _BODY +
    r"|saign\w* (?:(?:du|de la|des|au|aux|[àa] la|[àa] l') ?" + _BODY + r"|abondamment|beaucoup)|\bboit(?:e|ait|ent|eux|euse)\b|"
    r"trauma(?:tisme)? cr[âa]nien|en [ée]charpe|signes vitaux|(?:jambe|bras|main|pied)s? artificiel\w*|"
    r"[àa] l'aide (?:de|d'une?) (?:deux )?(?:cannes?|b[ée]quilles?|appui)|douleurs? (?:thoracique|abdominale|"
    r"lombaire|chronique|intense|vive|aigu[ëe]|irradi)\w*|"
    r"\b(?:fauteuil roulant|mobilit[ée] r[ée]duite|fausse couche|soins (?:palliatifs|[àa] domicile|intensifs|de confort|"
    r"de fin de vie)|"
    r"pompe [àa] in\w+|phase terminale|en travail\b|chien-guide|chien d'assistance|d[ée]tresse psych|"
    r"ob[ée]sit|apn[ée]e|engelure|angine|rechute|pansement|ulc[èe]re|psycholog|trait[ée]e? pour|"
    r"suivi m[ée]dical|soign[ée]|incontinen|alit[ée]|grabataire|en perte d'autonomie|perte d'autonomie|"
    # care received, aids and devices at home, protection of the unfit, states said with ordinary words
    r"aide (?:au bain|[àa] l'hygi[èe]ne|[àa] la toilette|au lever)|soins d'hygi[èe]ne|injections?|piq[ûu]res? d'|"
    r"canne (?:blanche|anglaise)|lit (?:[ée]lectrique|m[ée]dicalis[ée]|d'h[ôo]pital)|l[èe]ve-personne|"
    # getting about with an aid, or with difficulty (« se déplace avec une canne », « en quadriporteur »)
    r"(?:quadri|tri)porteur|cadre de marche|rollator|transport adapt[ée]|chaises? roulantes?|"
    r"(?:se d[ée]place|circule|marche) avec (?:une |des |un )?(?:canne|aide|b[ée]quille|d[ée]ambulateur|"
    r"marchette|appui)|(?:se d[ée]place|marche) (?:tr[èe]s )?(?:difficilement|avec difficult[ée]|avec peine)|"
    # a pregnancy said otherwise (« attend un bébé », « en congé de maternité »)
    r"attend (?:un|des|son|leur) (?:b[ée]b[ée]|enfant|jumeaux|jumelles)|cong[ée] de maternit[ée]|"
    r"date (?:pr[ée]vue )?d'accouchement|vient d'accoucher|va accoucher|"
    r"aspirateur [àa] s[ée]cr[ée]tions|ventilation (?:assist[ée]e|m[ée]canique)|respiration assist|"
    r"crises? (?:de panique|d'angoisse|d'[ée]pilepsie|cardiaque|de d[ée]lire|psychotique)|"
    r"[ée]puisement professionnel|probl[èe]mes? de (?:consommation|sant[ée]|drogue|jeu|boisson|m[ée]moire|c(?:œ|oe)ur)|"
    r"autonomie (?:tr[èe]s )?r[ée]duite|mobilit[ée] (?:tr[èe]s |fort )?r[ée]duite|[àa] mobilit[ée]|"
    r"remplacement (?:de la |du |d'une? )?(?:hanche|genou|valve|[ée]paule)|(?:sous|en) traitement|"
    r"accident (?:c[ée]r[ée]bro|vasculaire)|sous curatelle|sous tutelle|r[ée]gime de protection|"
    r"mandat de protection|fait (?:du|de la|de l') (?:diab|press|cholest|fi[èe]vre|temp[ée]rature|angine)|"
    r"soins infirmiers|bain assist|prises? de sang|pompe d'alimentation|alimentation (?:par sonde|ent[ée]rale)|"
    r"pompe [àa] (?:morphine|perfusion)|"
    # a body that fails, said with everyday words (« a les jambes qui lâchent », « a les nerfs finis », « la
    # mémoire qui flanche »), a murmur, kept for observation, overcome by smoke, in shock
    r"(?:a|avait|ont|avaient) (?:les?|la|l') ?(?:jambes?|genoux|nerfs|poumons?|reins?|yeux|oreilles?|m[ée]moire|"
    r"c(?:œ|oe)ur|dos|hanches?|bras|mains?|t[êe]te|id[ée]es|esprit|foie|estomac|vessie|pieds?|cerveau|vue|ou[ïi]e) "
    r"(?:qui \w+|fragiles?|finis|malades?|faibles?|us[ée]e?s?|mauvaise?s?|[ée]puis[ée]e?s?|en compote|[àa] terre)|"
    r"(?:m[ée]moire|t[êe]te|jambes?|c(?:œ|oe)ur) qui (?:flanche|l[âa]che|part|d[ée]raille|oublie)\w*|"
    r"souffle au c(?:œ|oe)ur|gard[ée]e?s? en observation|incommod[ée]e?s? par (?:la fum[ée]e|le monoxyde|les gaz)|"
    r"en [ée]tat de choc|troubles? (?:du langage|de la parole|d'apprentissage|de l'attention|du comportement|"
    r"du spectre|de la personnalit[ée]|de l'humeur|anxieux|alimentaires?|obsessionnels?|d[ée]ficitaires?)|"
    r"\bdys(?:lex|prax|phas|calcul|phag|troph|orthograph|graph|kin)\w*|"
    # medication for an organ or a condition (« prend des pilules pour le cœur »)
    r"(?:pilules?|m[ée]dicaments?|pompes?|comprim[ée]s|gouttes) pour (?:le |la |les |l'|son |sa |ses )?"
    r"(?:c(?:œ|oe)ur|pression|diab\w*|asthme|poumons?|nerfs|dormir|d[ée]pression|anxi[ée]t[ée]|douleur|thyro\w*|"
    r"cholest[ée]rol|reins?|foie|m[ée]moire|t[êe]te|epilep\w*|[ée]pilep\w*)|"
    # the same in English
    r"hard of hearing|visually impaired|bedridden|bed-bound|housebound|on oxygen|"
    # someone who cannot be left alone (« surveillance 24 h sur 24 », « ne peut rester seule »)
    r"surveillance (?:constante |continue |m[ée]dicale )?(?:24 ?h(?:eures)? sur 24|24 ?/ ?7|jour et nuit)|"
    r"ne (?:peut|doit) (?:pas )?(?:rester|[êe]tre laiss[ée]e?s?) seule?s?|"
    # equipment of care at home (a person's needs, whatever the phrase around them)
    r"ventilateur (?:[àa] domicile|m[ée]dical)|chaises? (?:d'aisance|[ée]l[ée]vatrice|de douche|roulante|g[ée]riatrique)|"
    r"fauteuils? (?:g[ée]riatrique|releveur|[ée]l[ée]vateur|motoris[ée])|d[ée]ambulateur|marchette|b[ée]quilles|"
    r"orth[èe]se|proth[èe]se|appareils? auditifs?|concentrateur d'oxyg[èe]ne|bonbonnes? d'oxyg[èe]ne|"
    r"\bc-?pap\b|\bbi-?pap\b|lunettes nasales|sonde (?:urinaire|g[ée]nitale|naso\w*)|stomie|sac collecteur|"
    r"l[èe]ve-patient|matelas (?:th[ée]rapeutique|anti-?plaies|[àa] air)|glucom[èe]tre|n[ée]buliseur|"
    r"stimulateur cardiaque|pacemaker|d[ée]fibrillateur|trach[ée]otomi|gastrostomi|"
    # an injury said with its place on the body
    r"(?:coupure|fracture|br[ûu]lure|entorse|contusion|lac[ée]ration|plaie|blessure|ecchymose|luxation|foulure|"
    r"[ée]raflure|[ée]gratignure|bless[ée]e?|[ée]crasement|morsure|piq[ûu]re|h[ée]matome|douleur|enflure|torsion|"
    r"traumatisme|amputation|engelure|gelure|[ée]longation|d[ée]chirure|perforation|n[ée]o|cancer|tumeur|"
    r"infection)s? (?:\w+ )?(?:[àa]|au|aux|de|du|des) (?:la |l'|le )?(?:main|bras|"
    r"avant-bras|jambe|pied|t[êe]te|dos|genou|cheville|poignet|[ée]paule|hanche|cou|visage|(?:œ|oe)il|yeux|thorax|"
    r"abdomen|c[ôo]te|doigt|orteil|nez|cr[âa]ne|bassin|cuisse|mollet|coude|poitrine|sein|ventre|gorge|oreille|"
    r"l[èe]vre|m[âa]choire|dent|talon|nuque|colonne|rein|poumon|c(?:œ|oe)ur|foie|estomac|prostate|c[ôo]lon|"
    r"pancr[ée]as|cerveau|peau|vessie|ut[ée]rus|ovaire)s?\b|"
    # unfitness being declared, and addiction said plainly
    r"homologation (?:du|d'un) mandat|inaptitude|usage de substances|toxicomani|"
    # a dependency said with ordinary words (« joueuse compulsive », « un problème d'alcool », « sobre depuis »)
    r"compulsi(?:f|ve|fs|ves)\b|probl[èe]mes? d'(?:alcool|anxi[ée]t[ée]|ob[ée]sit[ée]|audition)|"
    r"abus d'(?:alcool|substances?|drogues?|m[ée]dicaments)|en [ée]tat d'[ée]bri[ée]t[ée]|sobre depuis|abstinen|"
    # the same injury said body part first (« poignet cassé », « côtes fêlées », « cheville enflée »)
    r"(?:main|bras|avant-bras|jambe|pied|t[êe]te|dos|genou|cheville|poignet|[ée]paule|hanche|cou|visage|(?:œ|oe)il|"
    r"thorax|c[ôo]te|doigt|orteil|nez|cr[âa]ne|bassin|cuisse|coude|f[ée]mur|clavicule|vert[èe]bre)s? "
    r"(?:cass|fractur|f[êe]l|foul|lux|bris|br[ûu]l|enfl|disloqu|tordu|amput)\w*|"
    # using, in treatment for it, gambling (« consomme, refuse l'hébergement », « sortie de cure fermée »)
    r"consomm(?:e|ent|ait|aient)\b *(?:[,.;:)!/-]|$|(?:\w+ |de la |du |des |d')?(?:drogue|alcool|cannabis|"
    r"coca|crack|speed|fentanyl|opio|m[ée]th|crystal|h[ée]ro))|"
    r"cure (?:ferm[ée]e|de d[ée]sintox\w*|de sevrage|de d[ée]pendance)|sortie de cure(?: ferm[ée]e)?|en cure\b|d[ée]sintox\w*|"
    r"th[ée]rapie (?:ferm[ée]e|interne|en d[ée]pendance)|centre de (?:r[ée]adaptation en d[ée]pendance|th[ée]rapie)|"
    r"accros?\b|machines? [àa] sous|lot(?:o|erie)s? vid[ée]o|joue (?:au|aux) (?:casino|poker|machines? [àa] sous|machines|lot\w*(?: vid[ée]o)?)|"
    r"casino en ligne|paris sportifs|gambling|jeu pathologique|"
    # an attack, a fall, a fainting, said as what happened to someone (« a fait une attaque », « fait du sucre »)
    r"(?:fait|faite|fais|eu|subi) (?:une?|des|sa|son) (?:attaque|acv|avc|ict|infarctus|arr[êe]t cardiaque|"
    r"thrombose|embolie|chute|malaise|syncope|crise(?: de c(?:œ|oe)ur| cardiaque| de panique| d'\w+)?|overdose|surdose|convulsions?|d[ée]pression|burn-?out|"
    r"commotion|rechute|br[ûu]lure|pneumonie|grippe|covid|embol)|fai(?:t|sait) du sucre|crises? de c(?:œ|oe)ur|"
    r"perd(?:u|ait|re)? (?:connaissance|conscience|l'[ée]quilibre)|pertes? de (?:connaissance|conscience|m[ée]moire|"
    r"l'[ée]quilibre|poids|vision|l'ou[ïi]e)|(?:s'est |s'[ée]tait )?[ée]vanoui|"
    # care and treatment said plainly (« sur l'oxygène », « dans le plâtre », « va à ses traitements »)
    r"(?:sur|sous) l'oxyg[èe]ne|sous oxyg[èe]ne|dans le pl[âa]tre|pl[âa]tre (?:au|[àa] la|[àa] l')|"
    r"sous (?:antibio|anticoag|m[ée]dica|insulin|morphin|respirat|perfusion|s[ée]datif|calmants|antid[ée]press|"
    r"chimio|radioth|dialyse|anxioly|neurolept|opio|m[ée]thadone|suboxone)\w*|"
    r"(?:ses|son|sa|leurs?) (?:traitements?|th[ée]rapies?|m[ée]dicaments?|m[ée]dication|pilules|insuline|"
    r"oxyg[èe]ne|dialyses?|rendez-vous m[ée]dica\w*|prescriptions?|ordonnances?|piqûres|piqures|soins)\b|"
    r"(?:s'est fait|se fera|se faire|vient de se faire) op[ée]rer|op[ée]r[ée]e?s? (?:du|de la|des|d'une?|aux?|pour)|"
    r"(?:est|[ée]tait|reste|rest[ée]e?|encore|toujours|admise?|hospitalis[ée]e?) (?:[àa] l'|aux )(?:h[ôo]pital|urgence|"
    r"soins)|(?:sortie?|sort|sortir|revenue?|revient) de l'(?:h[ôo]pital|urgence)|"
    r"porte des couches|couches pour adultes|jambe de bois|(?:est|[ée]tait|se d[ée]place|vit) en chaise\b|"
    r"infections? (?:urinaire|pulmonaire|respiratoire|virale|bact[ée]rienne|de la peau|aux poumons)|"
    r"dos barr[ée]|tour de reins|mal (?:de|au|aux) (?:dos|reins|jambes|hanches?|genoux|c(?:œ|oe)ur|t[êe]te)|"
    # work stopped for health, and insurance that says it (« en arrêt de travail », « sur la CNESST »)
    r"arr[êe]t (?:de travail|maladie)|cong[ée] (?:de|pour) maladie|en invalidit[ée]|assurance[- ]invalidit[ée]|"
    r"(?:sur|avec) la (?:cnesst|csst|saaq)\b|accident[ée]e? du travail|"
    # a birth, the senses, the mind, drink, said in everyday words
    r"(?:a eu|vient d'avoir|va avoir) (?:un|son|leur) (?:b[ée]b[ée]|enfant)|attend famille|"
    r"(?:entend|voit|marche|mange|dort|parle) (?:presque |quasiment )?(?:pu|plus|pas|mal|difficilement)"
    r"(?: (?:rien|bien|clair|grand-chose|beaucoup))?\b|sourde? comme un pot|"
    r"n'a plus (?:toute )?sa t[êe]te|pas toute? l[àa]\b|prend un coup|"
    # « fait de l'angoisse », « faisait de la fièvre »: Québec says a condition with « faire »
    r"(?:fai(?:t|s|sait|saient|re)|fait) (?:de l'|de la |du |des )(?:angoiss|anxi[ée]t|asthm|arythm|insomn|"
    r"d[ée]press|ecz[ée]m|psoria|arthr|ost[ée]opor|allerg|an[ée]mi|emphys|alzheimer|parkinson|crohn|[ée]pilep|"
    r"hypert|hypot|haute pression|basse pression|tension|goutte|zona|pneumon|bronchit|grippe|covid|"
    r"hallucin|convuls|palpitat|vertiges?|haute? temp[ée]rature|fi[èe]vre)\w*|"
    # a mobility aid or a bed of care by its kind (« canne quadripode », « scooter électrique », « lit pneumatique »)
    r"cannes? (?:quadripode|tripode|de marche|m[ée]dicale)|scooters? (?:[ée]lectrique|de mobilit[ée]|motoris[ée])|"
    r"lits? (?:pneumatique|th[ée]rapeutique|articul[ée]|orthop[ée]dique)|"
    # intoxicated, on hunger strike, under watch (police and corrections)
    r"sous l'effet (?:de l'alcool|de la drogue|de drogues?|de stup[ée]fiants|de substances?|du cannabis|"
    r"de m[ée]dicaments|de l'[ée]thanol|d'\w+)|facult[ée]s affaiblies|en boisson|consommation (?:excessive |abusive |"
    r"probl[ée]matique )?d'(?:alcool|drogues?|substances?|opio\w*)|gr[èe]ve de la faim|"
    r"sous surveillance (?:constante|continue|[ée]troite|suicidaire|m[ée]dicale|anti-?suicide)|"
    r"surveillance (?:anti-?suicide|suicidaire)|"
    # distress after a disaster, a pregnancy in labour
    r"[ée]tat de choc|crises? de larmes|pleure sans arr[êe]t|trouble d'adaptation|troubles? de (?:l'adaptation|"
    r"stress)|perte des eaux|perdu ses eaux|perd ses eaux|contractions (?:aux|toutes les|rapproch)|"
    r"saturation (?:[àa] |de )?\d+|"
    # confusion said in Québec's everyday words (« est pas mal mêlée depuis l'hiver », « a perdu la carte »)
    r"(?:est|[ée]tait|semble|sembl(?:ait|e)|devient|devenue?|rest[ée]e?) (?:pas mal |tr[èe]s |un peu |toute? |"
    r"vraiment |souvent |de plus en plus |encore )?m[êe]l[ée]e?s?\b|"
    r"(?:perd|perdu|perdait|perdre) (?:la carte|la boule|le nord|la m[ée]moire|la t[êe]te|ses rep[èe]res)|"
    # a mental state in crisis, suicide in any words
    r"d[ée]sorganis[ée]e?s?\b|d[ée]compens\w*|hallucin\w*|parano\w*|id[ée]es? (?:noires|suicidaires|de mort)|"
    r"pens[ée]es? (?:noires|suicidaires|de mort)|veu[tx] (?:mourir|en finir)|en finir avec (?:la vie|tout)|"
    r"se (?:tuer|suicider|pendre|faire du mal)|mettre fin [àa] ses jours|automutil\w*|scarifi\w*|"
    # care at home said by who comes (« le CLSC passe 3 fois/sem. », « l'infirmière vient le mardi »)
    r"(?:soutien|aide|maintien|services?) [àa] domicile|auxiliaire (?:familiale|aux services)|"
    r"(?:clsc|infirmi[èe]re?s?|pr[ée]pos[ée]e?s?|auxiliaires?|aides?-soignante?s?|inhalo\w*|ergo\w*|physio\w*) "
    r"(?:passe|passent|vient|viennent|est venue?|sont venus)\b|visites? (?:de l'|d'une? )?infirmi\w*|"
    r"soins de plaies|changements? de pansements?|"
    # what a person can no longer do alone: the activities of daily living (« incapable de se lever seule »,
    # « a besoin d'aide pour se laver », « ne peut plus marcher », « confinée au lit »)
    r"(?:incapables? d[e']|ne (?:peu[tx]|pouvait|sait) (?:plus|pas|presque plus)|besoin d'aide (?:pour|[àa])|"
    r"aide pour|difficult[ée]s? [àa]|de la misère [àa]|peine [àa]) ?(?:se |s'|m'|me )?(?:lever|marcher|laver|"
    r"habiller|nourrir|manger|d[ée]placer|lav[ée]|mouvoir|tenir debout|asseoir|coucher|monter|descendre|sortir|"
    r"conduire|respirer|avaler|parler|voir|entendre|rester seule?|vivre seule?)\b|"
    r"confin[ée]e?s? au lit|clou[ée]e?s? au lit|au lit depuis|ne (?:quitte|sort) plus (?:son|du) lit|"
    r"troubles? (?:de (?:la )?personnalit[ée]|anxieux|bipolaire|du spectre|d[ée]ficitaire|alimentaires?|"
    r"obsessionnel|panique|de l'humeur|de comportement|du comportement|psychotique|mentale?s?|mentaux|cognitifs?|"
    r"neurocognitifs?|de stress|de l'attention|du d[ée]veloppement|d'apprentissage|de sant[ée] mentale)|"
    r"\bpsy\b|boi[st] (?:beaucoup|trop|souvent|tous les jours|chaque jour|en cachette|depuis)|"
    r"non[- ]verba(?:l|le|ux|les)\b|retards? (?:de |du )?(?:langage|d[ée]veloppement|moteur|mental|global)|"
    r"haute pression|pression haute|hypoth[ée]qu[ée]e?s? (?:du|des|de la|de l')|points de suture|"
    r"faire (?:sa |la )?toilette|toxicos?\b|fum(?:e|ent|ait|er) (?:du|de la|son) (?:pot|weed|mari|cannabis|crack|"
    r"crystal|joint)|jou(?:e|ent|ait) [^,.;]{0,25}pour de l'argent|se jeter (?:du|d'un|d'une|en bas|devant|sous)|"
    r"fai(?:t|sait) des (?:crises|chaleurs|convulsions|saignements|malaises|cauchemars|rougeurs)|"
    r"(?:troubles?|pertes?) de (?:la )?m[ée]moire|"
    r"buvait (?:beaucoup|trop|souvent)|\bivre\b|en boisson|"
    # Québec's everyday words for being unwell, worn out, drunk, or waiting for long-term care
    r"au bout (?:du|de son|de sa) rouleau|[àa] bout de nerfs|\b(?:file|filait|filais|feel|feelait) pas\b|"
    r"falle basse|mal en point|pas dans son assiette|\b(?:a|avait|ont) (?:eu )?les bleus\b|\bvomi\w*|enrhum\w*|"
    r"\brhumes?\b|essouffl\w*|somnif[èe]re\w*|dans la brume|bouff[ée]es? de (?:chaleur|chaleurs|angoisse)|"
    r"sur la brosse|\bsao[uû]le?s?\b|\bso[uû]le?s?\b|angoiss\w*|naus[ée]e\w*|vertiges?\b|[ée]tourdi\w*|"
    r"palpitations?|insomni\w*|\bfi[èe]vre\w*|diarrh[ée]e\w*|se sent (?:faible|mal|pas bien)|"
    r"(?:attente|attend|attendait) (?:d'|de |pour |en |au )?(?:un |une )?(?:place |h[ée]bergement |lit )?"
    r"(?:en |au |dans un |d'un |de |en )?(?:chsld|rpa|ressource interm[ée]diaire|soins de longue dur[ée]e)|"
    r"ne se lave plus|perte d'autonomie|dure? (?:de la feuille|d'oreille)|pompette|[ée]m[ée]ch[ée]e?s?\b|"
    r"gueule de bois|lendemain de veille|\b(?:file|filait|feel|feelait) cheap|embonpoint|"
    r"\bse (?:pique|piquait|piquent|shoote?)\b|s'inject\w*|"
    r"branch[ée]e?s? (?:sur|[àa]) (?:son|un|une|l'|le|la)|d[ée]pend(?:ant|ante)? d'une? (?:appareil|machine|pompe|"
    r"respirateur|concentrateur)|"
    # written from the definition (a ninth hand's dev9 read for its classes): the marks of blows on a body, the
    # help a person needs for daily care, a mind that wanders, drinking said as a problem, Québec's law of
    # confinement for a psychiatric danger (P-38), a stroke said as « son attaque »
    r"(?:bleus|marques?|traces?) (?:de (?:coups?|morsures?|strangulation|violence|doigts) )?(?:sur|au|aux|[àa]) "
    r"(?:la |le |les |l'|son |sa |ses )?" + _BODY + r"|traces? de coups?|"
    r"besoin d'aide pour (?:le bain|la douche|se laver|s'habiller|manger|marcher|se lever|se coucher|la toilette|"
    r"ses soins|prendre ses m[ée]dicaments|ses m[ée]dicaments)|"
    r"\bse perd (?:dans|en|sur|au|quand)|(?:a|avait) (?:pas |plus )?toute sa t[êe]te|"
    r"(?:ne )?reconna[îi]t (?:plus|pas) (?:ses|sa|son|les siens)|oublie (?:de fermer|d'[ée]teindre|le rond|les ronds)|"
    r"entend des voix|voit des choses|id[ée]es noires|(?:a|avait|fait) des (?:absences|faiblesses|vertiges|"
    r"pertes de m[ée]moire|trous de m[ée]moire|tremblements|hallucinations|convulsions)|"
    r"probl[èe]mes? (?:avec|de) (?:la |l')?(?:boisson|bouteille|alcool|drogue|consommation|pilules|jeu)|"
    r"\bp-?38\b|garde (?:en [ée]tablissement|pr[ée]ventive|provisoire)|ordonnance de (?:traitement|soins)|"
    r"bouche croche|\b(?:son|sa) attaque\b|"
    r"(?:morsure|piq[ûu]re|coupure|br[ûu]lure)s? de \w+ (?:au|aux|[àa] la|[àa] l') " + _BODY + r")",
    re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def health_words() -> re.Pattern:
    """The stems of ``vocabulaire_sante.txt``, each at the start of a word."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{line})" for line in lines("vocabulaire_sante.txt")) + ")",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _health_scanners() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    """The three health patterns as written (case-insensitive), and the same patterns case-sensitive, for a
    text already in lower case: Python's engine is three to four times faster without ``IGNORECASE``. The
    patterns are written in lower case (a test checks it)."""
    ignoring = (HEALTH_STEMS, HEALTH_PHRASES, health_words())
    return ignoring, tuple(re.compile(rx.pattern, rx.flags & ~re.IGNORECASE) for rx in ignoring)


def health_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the health stems, phrases and words of ``text``, as ``finditer`` of each pattern gives them."""
    ignoring, lowered = _health_scanners()
    low = text.lower()
    if len(low) != len(text):  # « İ » lowers to two characters: the offsets would shift
        return [m.span() for rx in ignoring for m in rx.finditer(text)]
    return [m.span() for rx in lowered for m in rx.finditer(low)]


@functools.lru_cache(maxsize=1)
def health_terms() -> frozenset[str]:
    """Folded words of ``termes_sante.txt`` (French CIM-10 labels, drug names, a list by category), places
    excepted (« Pontiac »)."""
    return frozenset(fold(w) for w in lines("termes_sante.txt")) - gazetteer()


@functools.lru_cache(maxsize=1 << 16)
def is_health_term(key: str) -> bool:
    """``key`` (folded) is a health word of ``termes_sante.txt``, in the singular or the plural, the masculine
    or the feminine, alone or as a part of a compound (« insulino-dependant »)."""
    terms = health_terms()
    for part in {key, key.replace("-", ""), *key.split("-")}:  # « mal-voyant » is « malvoyant »
        if len(part) < 3:
            continue
        base = part[:-1] if part.endswith(("s", "x")) else part
        # the feminine of a word of five letters or more (« situé » is not « in situ »)
        if part in terms or base in terms or (base.endswith("e") and len(base) > 5 and base[:-1] in terms) \
                or base + "e" in terms:
            return True
    return False


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level (escapes and character classes skipped), and those of
    a last alternative that is one ``\\b(?:…)`` group."""
    out, depth, cur, i = [], 0, "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur, i = cur + pattern[i:i + 2], i + 2
            continue
        if c == "[":  # a class: up to its closing bracket (a first « ] » or « ^] » belongs to it)
            j = i + 1 + (pattern[i + 1] == "^")
            j += pattern[j] == "]"
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            cur, i = cur + pattern[i:j + 1], j + 1
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    out.append(cur)
    last = out[-1]
    if last.startswith("\\b(?:") and last.endswith(")") and _balanced(last[5:-1]):
        out = out[:-1] + _top_alternatives(last[5:-1])
    return out


def _balanced(pattern: str) -> bool:
    """No group of ``pattern`` closes before it opens (« a)|(?:b » is two groups' ends, not one group)."""
    depth = 0
    for c in re.sub(r"\\.|\[(?:\\.|[^]\\])*\]", "", pattern):
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0


@functools.lru_cache(maxsize=1)
def health_candidates_patterns() -> tuple[str, ...]:
    """RE2 patterns that, together, match at least every text the health patterns match (no look-around, no
    word boundary): Arrow runs them over a whole column, and only the texts one matches are scanned in Python.
    Several, each of some thirty alternatives: one alternation of them all outgrows RE2's DFA memory and falls
    back to a search 300 times slower."""
    parts = [HEALTH_STEMS.pattern] + _top_alternatives(HEALTH_PHRASES.pattern) + lines("vocabulaire_sante.txt")
    # RE2's \w is ASCII: « cassé » would stop it before « la jambe », so a word character is any letter there
    cleaned = [re.sub(r"\\b|\(\?<!\[\\w-\]\)", "", part).replace("\\w", "[\\pL\\pN_]") for part in parts]
    return tuple("(?i)(?:" + "|".join(f"(?:{c})" for c in cleaned[k:k + 30]) + ")" for k in range(0, len(cleaned), 30))


# Parts and faculties of the body. Said in a cell about one person (« le cœur fatigué », « mal dans le dos », « a
# plus sa tête », « les nerfs en boule », « de l'eau sur les poumons »), they speak of that person's health in
# whatever words the writer chose: the word goes with the two words after it in its clause. Not when it names a
# place or a thing (« au cœur du village », « tête de puits », « bras de la rivière »: followed by de), nor in a
# set phrase (« en tête », « coup de main », « point de vue », « 5 pieds »).
BODY_WORDS = frozenset(fold(w) for w in (
    "tête cœur coeur poumon poumons dos rein reins foie estomac ventre jambe jambes genou genoux hanche hanches "
    "épaule épaules bras main mains pied pieds cou nuque poitrine souffle nerfs mémoire vessie prostate gorge yeux "
    "œil oeil oreille oreilles cerveau esprit moral intestins sang").split())
_BODY_SET_PHRASE = frozenset(("de", "d", "du", "des"))
_BODY_SET_BEFORE = frozenset(("coup", "coups", "point", "homme", "bras", "pied", "vue", "sang", "main"))


def mask_body_words(toks: list[Tok], health: bool = True) -> None:
    """Mask a word of :data:`BODY_WORDS` (and the two words after it, in its clause) in a cell about one person,
    when the column removes health (``health``)."""
    if not health:
        return
    about_one: bool | None = None
    for i, t in enumerate(toks):
        if not t.keep or fold(t.text) not in BODY_WORDS or t.text[:1].isupper() and i and not broken(toks, i):
            continue
        before = fold(toks[i - 1].text) if i and not broken(toks, i) else ""
        after = fold(toks[i + 1].text) if i + 1 < len(toks) and not broken(toks, i + 1) else ""
        if before == "en" or is_number(before) or after in _BODY_SET_PHRASE or after.startswith("d'") or (
                before in _BODY_SET_PHRASE and i > 1 and fold(toks[i - 2].text) in _BODY_SET_BEFORE):
            continue
        if about_one is None:
            about_one = speaks_of_one(toks)
        if not about_one:
            return
        for k in range(i, min(i + 3, len(toks))):
            if k > i and (broken(toks, k) or toks[k].text.startswith("[")):
                break
            toks[k].keep = False
