"""Demo text for the public site, from the product brief. Each entry is one page in fi, sv and en.

Contact numbers, addresses and opening hours of the partnership house are not known yet, so the
demo leaves them empty instead of inventing them. Helplines are the referral app's seeded data.
"""

HOME = {
    "fi": {
        "intro": "Tuuli tuo tukea sinne, missä ihmiset jo ovat: kirjastoihin ja liikuntapaikoille "
        "kaikissa seitsemässä Itä-Uudenmaan kunnassa.",
        "body": "<p>Itä-Uudenmaan hyvinvointialue ja järjestöt rakentavat yhdessä kumppanuustaloa, "
        "josta saa matalan kynnyksen tukea varhain. Työ perustuu Neljän tuulen malliin: "
        "mielenterveys, päihteet, rahapelaaminen ja lähisuhdeväkivalta kulkevat usein saman "
        "ihmisen elämässä yhdessä.</p><p>Jalkautuvat työntekijät pitävät pop up -pisteitä "
        "kirjastoissa ja liikuntapaikoilla myös iltaisin ja viikonloppuisin. Voit tulla "
        "juttelemaan nimettömästi.</p>",
        "help_now": "<p>Hätätilanteessa soita <strong>112</strong>. Jos tarvitset keskusteluapua "
        "heti, soita auttavaan puhelimeen.</p>",
    },
    "sv": {
        "intro": "Tuuli för stödet dit människor redan är: till bibliotek och "
        "idrottsanläggningar i alla sju kommuner i Östra Nyland.",
        "body": "<p>Östra Nylands välfärdsområde och föreningar bygger tillsammans ett "
        "kompanjonskapshus där man får stöd tidigt och med låg tröskel. Arbetet bygger på "
        "modellen Fyra vindar: psykisk hälsa, rusmedel, penningspel och våld i nära relationer "
        "hör ofta ihop i en och samma människas liv.</p><p>Uppsökande medarbetare finns vid pop "
        "up-punkter i bibliotek och idrottsanläggningar, också på kvällar och veckoslut. Du kan "
        "komma och prata anonymt.</p>",
        "help_now": "<p>Ring <strong>112</strong> i nödsituationer. Om du behöver någon att "
        "prata med genast, ring en hjälptelefon.</p>",
    },
    "en": {
        "intro": "Tuuli brings support to where people already are: libraries and sports venues "
        "in all seven municipalities of Itä-Uusimaa.",
        "body": "<p>The Itä-Uusimaa wellbeing services county and non-profit organisations are "
        "building a partnership house together, offering low-threshold support early on. The "
        "work follows the Four Winds model: mental health, substance use, gambling and "
        "intimate-partner violence often come together in one person's life.</p><p>Outreach "
        "workers hold pop-up points in libraries and sports venues, in the evenings and at "
        "weekends too. You can come and talk anonymously.</p>",
        "help_now": "<p>In an emergency, call <strong>112</strong>. If you need someone to talk "
        "to right now, call a helpline.</p>",
    },
}

# theme slug -> language -> (slug, title, intro, body paragraphs)
THEMES = {
    "mental-health": {
        "fi": (
            "mielenterveys",
            "Mielenterveys",
            "Huoli omasta tai läheisen jaksamisesta on hyvä syy tulla juttelemaan.",
            [
                "Mieli voi kuormittua monesta syystä: yksinäisyydestä, menetyksistä, "
                "rahahuolista tai väkivallasta. Pop up -pisteessä voit kertoa tilanteestasi "
                "nimettömästi, ja työntekijä auttaa löytämään sinulle sopivan tuen.",
                "Kriisipuhelin päivystää suomeksi, ruotsiksi ja englanniksi.",
            ],
        ),
        "sv": (
            "psykisk-halsa",
            "Psykisk hälsa",
            "Oro för hur du själv eller en närstående orkar är ett gott skäl att komma och prata.",
            [
                "Många saker kan tynga sinnet: ensamhet, förluster, pengaoro eller våld. Vid "
                "pop up-punkten kan du berätta om din situation anonymt, och "
                "medarbetaren hjälper dig att hitta rätt stöd.",
                "MIELI rf:s kristelefon har jour på finska, svenska och engelska.",
            ],
        ),
        "en": (
            "mental-health",
            "Mental health",
            "Worrying about how you or someone close to you is coping is a good reason to "
            "come and talk.",
            [
                "Many things can weigh on the mind: loneliness, loss, money worries or "
                "violence. At a pop-up point you can tell us about your situation anonymously, "
                "and the worker helps you find the support that suits you.",
                "The Crisis Helpline answers in Finnish, Swedish and English.",
            ],
        ),
    },
    "substance-use": {
        "fi": (
            "paihteet",
            "Päihteet",
            "Alkoholi, huumeet tai lääkkeet – voit puhua käytöstä leimautumatta.",
            [
                "Voit tulla pohtimaan omaa tai läheisen päihteiden käyttöä. Työntekijä kuuntelee "
                "ja kertoo, millaista tukea järjestöiltä ja hyvinvointialueelta saa.",
                "Pop up -pisteessä voi myös tehdä lyhyen itsearvion omasta alkoholinkäytöstä.",
            ],
        ),
        "sv": (
            "rusmedel",
            "Rusmedel",
            "Alkohol, droger eller läkemedel – du kan prata om ditt bruk utan att bli stämplad.",
            [
                "Du kan komma och fundera på ditt eget eller en närståendes bruk av rusmedel. "
                "Medarbetaren lyssnar och berättar vilket stöd föreningarna och välfärdsområdet "
                "erbjuder.",
                "Vid pop up-punkten kan du också göra en kort självbedömning av ditt alkoholbruk.",
            ],
        ),
        "en": (
            "substance-use",
            "Substance use",
            "Alcohol, drugs or medicines – you can talk about use without being labelled.",
            [
                "You can come and think about your own substance use or that of someone close "
                "to you. The worker listens and tells you what support the organisations and "
                "the county offer.",
                "At a pop-up point you can also take a short self-test of your drinking.",
            ],
        ),
    },
    "gambling": {
        "fi": (
            "rahapelaaminen",
            "Rahapelaaminen",
            "Kun pelaaminen alkaa huolestuttaa, apua saa maksutta ja nimettömästi.",
            [
                "Rahapelaaminen voi vähitellen viedä rahaa, aikaa ja ihmissuhteita. Voit tulla "
                "juttelemaan omasta tai läheisen pelaamisesta.",
                "Peluuri neuvoo rahapelihaitoissa maksutta.",
            ],
        ),
        "sv": (
            "penningspel",
            "Penningspel",
            "När spelandet börjar oroa dig får du hjälp gratis och anonymt.",
            [
                "Penningspel kan så småningom kosta pengar, tid och relationer. Du kan komma och "
                "prata om ditt eget eller en närståendes spelande.",
                "Peluuri ger gratis råd om spelproblem.",
            ],
        ),
        "en": (
            "gambling",
            "Gambling",
            "When gambling starts to worry you, help is free and anonymous.",
            [
                "Gambling can gradually take money, time and relationships. You can come and "
                "talk about your own gambling or that of someone close to you.",
                "Peluuri gives free advice on gambling harm.",
            ],
        ),
    },
    "violence": {
        "fi": (
            "lahisuhdevakivalta",
            "Lähisuhdeväkivalta",
            "Väkivalta ei ole koskaan sinun syysi. Apua on saatavilla.",
            [
                "Lähisuhdeväkivalta voi olla fyysistä, henkistä, taloudellista tai seksuaalista. "
                "Voit kertoa kokemastasi nimettömästi ja saada tietoa turvallisista "
                "seuraavista askelista.",
                "Nollalinja auttaa väkivaltaa kokeneita ympäri vuorokauden. Sivun yläreunan "
                "Poistu sivustolta nopeasti -painikkeella pääset heti pois sivulta.",
            ],
        ),
        "sv": (
            "vald-i-nara-relationer",
            "Våld i nära relationer",
            "Våld är aldrig ditt fel. Det finns hjälp att få.",
            [
                "Våld i nära relationer kan vara fysiskt, psykiskt, ekonomiskt eller sexuellt. "
                "Du kan berätta om det du har upplevt anonymt och få veta vilka trygga nästa "
                "steg som finns.",
                "Nollinjen hjälper den som utsatts för våld dygnet runt. Med knappen Lämna "
                "webbplatsen snabbt högst upp på sidan kommer du genast bort från sidan.",
            ],
        ),
        "en": (
            "intimate-partner-violence",
            "Intimate-partner and domestic violence",
            "Violence is never your fault. Help is available.",
            [
                "Violence in close relationships can be physical, psychological, financial or "
                "sexual. You can tell us what you have experienced anonymously and learn about "
                "safe next steps.",
                "Nollalinja helps people who have experienced violence around the clock. The "
                "Leave this site quickly button at the top of the page takes you off the page "
                "at once.",
            ],
        ),
    },
}

# key -> language -> (slug, title, intro, body paragraphs)
SECTIONS = {
    "calendar": {
        "fi": (
            "pop-up-pisteet",
            "Pop up -pisteet",
            "Tule juttelemaan kirjastoon tai liikuntapaikalle. Näet tulevat pisteet kartalla ja "
            "listana, ja voit lisätä ne kalenteriisi.",
        ),
        "sv": (
            "pop-up-punkter",
            "Pop up-punkter",
            "Kom och prata på biblioteket eller idrottsanläggningen. Du ser kommande punkter på "
            "kartan och i en lista, och kan lägga till dem i din kalender.",
        ),
        "en": (
            "pop-up-points",
            "Pop-up points",
            "Come and talk at a library or a sports venue. See the coming points on the map "
            "and as a list, and add them to your calendar.",
        ),
    },
    "services": {
        "fi": (
            "palvelut",
            "Palvelut",
            "Alueen hyvinvointitarjotin: järjestöjen ja hyvinvointialueen palvelut teeman, "
            "kunnan ja kielen mukaan.",
        ),
        "sv": (
            "tjanster",
            "Tjänster",
            "Utbudet av stöd i regionen: föreningarnas och välfärdsområdets tjänster efter "
            "tema, kommun och språk.",
        ),
        "en": (
            "services",
            "Services",
            "Local wellbeing services: services of the organisations and the county by "
            "theme, municipality and language.",
        ),
    },
    "travel": {
        "fi": (
            "matkatuki",
            "Matkatuki",
            "",
            [
                "Hyvinvointialue tukee asukkaiden matkakuluja pop up -pisteeseen, kun matka on "
                "pitkä. Tuki on hyvinvointialueen omaa harkinnanvaraista tukea, ei Kelan "
                "etuus.",
                "Tuessa noudatetaan Kelan terveydenhuollon matkojen periaatteita: matkasta "
                "maksetaan omavastuu, tuelle on vuosikatto ja korvaus lasketaan edullisimman "
                "kulkutavan, yleensä julkisen liikenteen, mukaan. Voimassa olevat määrät ovat "
                "alla, ja lomake näyttää arvion tuen määrästä ennen kuin kysyy tietojasi.",
            ],
        ),
        "sv": (
            "resestod",
            "Resestöd",
            "",
            [
                "Välfärdsområdet stöder invånarnas resekostnader till en pop up-punkt när "
                "resan är lång. Stödet är välfärdsområdets eget prövningsbaserade stöd, inte en "
                "FPA-förmån.",
                "Stödet följer principerna för FPA:s resor inom hälso- och sjukvården: resan har "
                "en självrisk, stödet har ett årstak och ersättningen räknas enligt det "
                "billigaste färdsättet, oftast kollektivtrafik. De gällande beloppen finns "
                "nedan, och blanketten visar det uppskattade stödet innan den frågar efter dina "
                "uppgifter.",
            ],
        ),
        "en": (
            "travel-support",
            "Travel support",
            "",
            [
                "The county supports residents' travel costs to a pop-up point when the "
                "journey is long. The support is the county's own discretionary support, not a "
                "Kela benefit.",
                "It follows the principles of Kela's health-care travel: each trip has a "
                "copayment, the support has an annual ceiling and it is paid at the "
                "cheapest mode of travel, usually public transport. The current amounts are "
                "below, and the form shows the estimated support before it asks for your details.",
            ],
        ),
    },
    "contact": {
        "fi": (
            "yhteystiedot",
            "Yhteystiedot",
            "Voit tulla pop up -pisteeseen ilman ajanvarausta. Kumppanuustalon puhelin-, "
            "chat- ja etävastaanottotiedot julkaistaan täällä talon avautuessa.",
        ),
        "sv": (
            "kontakt",
            "Kontakt",
            "Du kan komma till en pop up-punkt utan tidsbeställning. Kompanjonskapshusets "
            "telefon, chatt och distansmottagning publiceras här när huset öppnar.",
        ),
        "en": (
            "contact",
            "Contact",
            "You can come to a pop-up point without an appointment. The partnership house's "
            "phone, chat and remote appointments are published here when the house opens.",
        ),
    },
    "news": {
        "fi": ("ajankohtaista", "Ajankohtaista", ""),
        "sv": ("aktuellt", "Aktuellt", ""),
        "en": ("news", "News", ""),
    },
    "about": {
        "fi": (
            "kumppanuustalo",
            "Kumppanuustalo ja Neljän tuulen malli",
            "Järjestöt ja hyvinvointialue tarjoavat tukea yhdessä, saman katon alla.",
            [
                "Kumppanuustalossa järjestöt ja hyvinvointialue tarjoavat yhdessä matalan "
                "kynnyksen tukea varhaisessa vaiheessa.",
                "Neljän tuulen malli kokoaa neljä teemaa, jotka usein kulkevat yhdessä: "
                "mielenterveys, päihteet, rahapelaaminen ja lähisuhdeväkivalta. Kun yksi "
                "työntekijä tuntee ne kaikki, kenenkään ei tarvitse kertoa tarinaansa moneen "
                "kertaan.",
                "Koska alue on laaja ja maaseutumainen, talo tulee myös sinne, missä ihmiset jo "
                "ovat: kirjastoihin ja liikuntapaikoille seitsemässä kunnassa. Järjestöt keräävät "
                "työstään vain nimettömiä lukuja, joista koostetaan avainluvut päättäjille ja "
                "toimintakertomus.",
            ],
        ),
        "sv": (
            "kompanjonskapshuset",
            "Kompanjonskapshuset och modellen Fyra vindar",
            "Föreningar och välfärdsområdet erbjuder stöd tillsammans, under samma tak.",
            [
                "I kompanjonskapshuset erbjuder föreningar och välfärdsområdet tillsammans stöd "
                "med låg tröskel i ett tidigt skede.",
                "Modellen Fyra vindar samlar fyra teman som ofta hör ihop: psykisk hälsa, "
                "rusmedel, penningspel och våld i nära relationer. När en och samma medarbetare "
                "känner till alla fyra behöver ingen berätta sin historia många gånger.",
                "Eftersom området är stort och glesbebyggt kommer huset också dit människor "
                "redan är: till bibliotek och idrottsanläggningar i sju kommuner. Föreningarna "
                "samlar bara anonyma siffror om sitt arbete, som blir nyckeltal för "
                "beslutsfattarna och en verksamhetsberättelse.",
            ],
        ),
        "en": (
            "partnership-house",
            "The partnership house and the Four Winds model",
            "Organisations and the county offer support together, under one roof.",
            [
                "In the partnership house, non-profit organisations and the county offer "
                "low-threshold support together at an early stage.",
                "The Four Winds model brings together four themes that often occur together: "
                "mental health, substance use, gambling and intimate-partner violence. When one "
                "worker knows all four, nobody has to tell their story many times over.",
                "Because the county is large and rural, the house also goes where people already "
                "are: libraries and sports venues in seven municipalities. The organisations "
                "collect only anonymous figures about their work, which become key figures for "
                "decision makers and an activity report.",
            ],
        ),
    },
}

FAQ = {
    "fi": (
        "kysymyksia",
        "Usein kysyttyä",
        [
            (
                "Pitääkö minun kertoa nimeni?",
                "Ei. Pop up -pisteessä ei kysytä nimeä eikä muita tunnistetietoja. Kohtaamisista "
                "kirjataan vain nimettömiä lukuja.",
            ),
            ("Maksaako tämä jotain?", "Ei. Keskustelu pop up -pisteessä on maksutonta."),
            (
                "Millä kielellä voin asioida?",
                "Suomeksi ja ruotsiksi, usein myös englanniksi. Kalenterista näet, mitä kieliä "
                "kussakin pisteessä puhutaan.",
            ),
            (
                "Voinko tulla läheisen puolesta?",
                "Kyllä. Voit tulla kertomaan huolestasi läheisen pelaamisesta, "
                "päihteiden käytöstä, jaksamisesta tai väkivallasta.",
            ),
        ],
    ),
    "sv": (
        "fragor",
        "Vanliga frågor",
        [
            (
                "Måste jag säga mitt namn?",
                "Nej. Vid pop up-punkten frågar ingen efter namn eller andra personuppgifter. Om "
                "mötena antecknas bara anonyma siffror.",
            ),
            ("Kostar det här något?", "Nej. Samtalet vid pop up-punkten är gratis."),
            (
                "På vilket språk kan jag prata?",
                "På finska och svenska, ofta också på engelska. I kalendern ser du vilka språk som "
                "talas vid varje punkt.",
            ),
            (
                "Kan jag komma för en närståendes skull?",
                "Ja. Du kan komma och berätta om din oro för en närståendes spelande, "
                "rusmedelsbruk, ork eller våld.",
            ),
        ],
    ),
    "en": (
        "questions",
        "Frequently asked questions",
        [
            (
                "Do I have to give my name?",
                "No. Nobody at a pop-up point asks for your name or other personal details. Only "
                "anonymous figures are recorded about encounters.",
            ),
            ("Does this cost anything?", "No. Talking at a pop-up point is free."),
            (
                "Which languages can I use?",
                "Finnish and Swedish, often English too. The calendar shows which languages are "
                "spoken at each point.",
            ),
            (
                "Can I come on behalf of someone close to me?",
                "Yes. You can come and talk about your worry over the gambling, "
                "substance use, coping or violence of someone close to you.",
            ),
        ],
    ),
}

ACCESSIBILITY = {
    "fi": (
        "saavutettavuusseloste",
        "Saavutettavuusseloste",
        "<p>Tämä seloste koskee Tuulen julkisia sivuja. Sivut on arvioitu WCAG 2.1 AA "
        "-kriteerien mukaan automaattisella axe-tarkistuksella ja käsin näppäimistöllä.</p>"
        "<h2>Sisältö, joka ei ole täysin saavutettavaa</h2><p>Pop up -pisteiden kartta ei "
        "ole täysin käytettävissä ruudunlukijalla. Samat tiedot ovat kartan vieressä "
        "listana.</p>",
    ),
    "sv": (
        "tillganglighetsutlatande",
        "Tillgänglighetsutlåtande",
        "<p>Detta utlåtande gäller Tuulis offentliga sidor. Sidorna har bedömts mot "
        "kriterierna i WCAG 2.1 AA med automatisk axe-kontroll och manuellt med "
        "tangentbord.</p><h2>Innehåll som inte är helt tillgängligt</h2><p>Kartan över pop "
        "up-punkterna kan inte användas helt med skärmläsare. Samma uppgifter finns i en "
        "lista bredvid kartan.</p>",
    ),
    "en": (
        "accessibility-statement",
        "Accessibility statement",
        "<p>This statement covers Tuuli's public pages. They have been assessed against WCAG "
        "2.1 AA with automated axe checks and by hand with a keyboard.</p><h2>Content that is "
        "not fully accessible</h2><p>The map of pop-up points cannot be fully used with a "
        "screen reader. The same information is in a list beside the map.</p>",
    ),
}

NEWS = [
    {
        "fi": (
            "pop-up-pisteet-alkavat",
            "Pop up -pisteet alkavat kirjastoissa ja liikuntapaikoilla",
            "Jalkautuvat työntekijät tulevat kirjastoihin ja liikuntapaikoille kaikissa "
            "seitsemässä kunnassa.",
            "Pisteitä on myös iltaisin ja viikonloppuisin. Tulevat ajat ja paikat näet pop up "
            "-kalenterista.",
        ),
        "sv": (
            "pop-up-punkterna-borjar",
            "Pop up-punkterna börjar på bibliotek och idrottsanläggningar",
            "Uppsökande medarbetare kommer till bibliotek och idrottsanläggningar i alla sju "
            "kommuner.",
            "Punkterna finns också på kvällar och veckoslut. Kommande tider och platser ser "
            "du i pop up-kalendern.",
        ),
        "en": (
            "pop-up-points-begin",
            "Pop-up points begin in libraries and sports venues",
            "Outreach workers come to libraries and sports venues in all seven municipalities.",
            "There are points in the evenings and at weekends too. See the coming times and "
            "places in the pop-up calendar.",
        ),
    },
    {
        "fi": (
            "matkatuki-kumppanuustaloon",
            "Matkatukea kaukaa tuleville",
            "Hyvinvointialue tukee pitkän matkan kuluja pop up -pisteeseen.",
            "Lue lisää matkatuesta ja hae tukea verkkolomakkeella.",
        ),
        "sv": (
            "resestod-till-kompanjonskapshuset",
            "Resestöd för dem som kommer långväga",
            "Välfärdsområdet stöder kostnaderna för långa resor till en pop up-punkt.",
            "Läs mer om resestödet och ansök med webblanketten.",
        ),
        "en": (
            "travel-support-to-the-house",
            "Travel support for those coming from far away",
            "The county supports the costs of long journeys to a pop-up point.",
            "Read more about travel support and apply with the online form.",
        ),
    },
]

FOOTER = {
    "fi": "Tuuli on Itä-Uudenmaan hyvinvointialueen ja järjestöjen yhteinen jalkautuva työ.",
    "sv": "Tuuli är Östra Nylands välfärdsområdes och föreningarnas gemensamma uppsökande arbete.",
    "en": "Tuuli is the joint outreach work of the Itä-Uusimaa wellbeing services county and "
    "non-profit organisations.",
}
ACCESSIBILITY_LINK = {
    "fi": "Saavutettavuusseloste",
    "sv": "Tillgänglighetsutlåtande",
    "en": "Accessibility statement",
}

CONTACT_NAME = {"fi": "Kumppanuustalo", "sv": "Kompanjonskapshuset", "en": "Partnership house"}

# The wellbeing tray: ((organisation fi, sv, en), names, descriptions, themes, languages, phone).
# The MIELI numbers per language as on mieli.fi/helpline; Nollinjen's languages from
# nollalinja.fi/om-nollinjen; Päihdeneuvonta from ehyt.fi (languages not stated there: empty).
MIELI = (
    "MIELI Suomen Mielenterveys ry",
    "MIELI Psykisk Hälsa Finland rf",
    "MIELI Mental Health Finland",
)
MIELI_CRISIS = (
    "Keskusteluapua puhelimessa kriisissä ja elämän vaikeuksissa.",
    "Samtalsstöd per telefon i kris och svåra livsskeden.",
    "Someone to talk to on the phone in a crisis or a hard time in life.",
)
SERVICES = [
    (
        MIELI,
        ("Kriisipuhelin suomeksi", "Kristelefon på finska", "Crisis Helpline in Finnish"),
        MIELI_CRISIS,
        ["mental-health"],
        ["fi"],
        "09 2525 0111",
    ),
    (
        MIELI,
        ("Kriisipuhelin ruotsiksi", "Kristelefon på svenska", "Crisis Helpline in Swedish"),
        MIELI_CRISIS,
        ["mental-health"],
        ["sv"],
        "09 2525 0112",
    ),
    (
        MIELI,
        ("Kriisipuhelin englanniksi", "Kristelefon på engelska", "Crisis Helpline in English"),
        MIELI_CRISIS,
        ["mental-health"],
        ["en"],
        "09 2525 0116",
    ),
    (
        ("EHYT ry", "", ""),
        (
            "Päihdeneuvonta",
            "Päihdeneuvonta – rådgivning om rusmedel",
            "Päihdeneuvonta – substance use advice",
        ),
        (
            "Maksutonta ja nimetöntä neuvontaa puhelimessa omasta tai läheisen päihteiden "
            "käytöstä.",
            "Gratis och anonym rådgivning per telefon om ditt eget eller en närståendes bruk av "
            "rusmedel.",
            "Free, anonymous advice on the phone about your own substance use or that of "
            "someone close to you.",
        ),
        ["substance-use"],
        [],
        "0800 900 45",
    ),
    (
        ("Peluuri", "", ""),
        ("Peluurin auttava puhelin", "Peluuris hjälptelefon", "Peluuri helpline"),
        (
            "Maksutonta neuvontaa rahapelihaitoista pelaajalle ja läheiselle.",
            "Gratis rådgivning om spelproblem för spelare och närstående.",
            "Free advice on gambling harm for players and those close to them.",
        ),
        ["gambling"],
        ["fi", "sv"],
        "0800 100 101",
    ),
    (
        ("Nollalinja", "Nollinjen", "Nollalinja"),
        ("Nollalinja", "Nollinjen", "Nollalinja"),
        (
            "Auttava puhelin väkivaltaa kokeneille ja heidän läheisilleen. Avoinna ympäri "
            "vuorokauden.",
            "Hjälptelefon för den som utsatts för våld och deras närstående. Öppen dygnet runt.",
            "A helpline for people who have experienced violence and those close to them. Open "
            "around the clock.",
        ),
        ["violence"],
        ["fi", "sv", "en"],
        "080 005 005",
    ),
    (
        (
            "Itä-Uudenmaan hyvinvointialue",
            "Östra Nylands välfärdsområde",
            "Itä-Uusimaa wellbeing services county",
        ),
        ("Jalkautuva pop up -työ", "Uppsökande pop up-arbete", "Pop-up outreach"),
        (
            "Keskustelua ja ohjausta kirjastoissa ja liikuntapaikoilla, nimettömästi.",
            "Samtal och vägledning på bibliotek och idrottsanläggningar, anonymt.",
            "Conversation and guidance in libraries and sports venues, anonymously.",
        ),
        [],
        ["fi", "sv", "en"],
        "",
    ),
]
