#!/usr/bin/env python3
"""The country of a labelled item's outlet, from the outlet's name alone (issue #4: the source's country as an input).

Policy (mechanical; never read an item's text or labels to decide):
  1. A name shaped like a domain ("the-star.co.ke", "cbic.gov.in", "ec.europa.eu") with a country-code top-level domain:
     that country (.uk -> GB; .eu -> EU; .gov/.mil -> US). Vanity TLDs used world-wide (.io .tv .fm .me .ai .ly .cc .ws
     .to .nu .gg .am .im, and a bare .co) and generic ones (.com .net .org .int .info .biz ...) say nothing.
  2. Otherwise the outlet's name (lower case, without a "(translated)"-style note, "-headlines"/"-live"/"-newsletter"-style
     feed suffix or punctuation; for a domain, the label before its public suffix) looked up in KNOWN below: an outlet
     whose home audience is one country (a national or local paper or broadcaster, a national news agency, a ministry or
     government site, trade or industry press written for one country's market: agweb, hsj, joc, freightwaves) -> that
     country; EU institutions and Brussels EU-affairs press -> EU. An international service of a national outlet
     (Nikkei Asia, CNA, swissinfo, DW: INTERNATIONAL) is null, even under its country's top-level domain.
  3. Everything else -> null: international wires (Reuters, AP, AFP, Bloomberg, dpa, EFE), press written for an
     international or regional audience (FT, Economist, Al Jazeera, DW, France 24, CGTN, euronews, The Africa Report),
     multilateral bodies (au.int, CARICOM, the Commonwealth), trade and industry press written for several countries'
     markets (foodnavigator), law-firm notes, sport, unknown or
     generic names ("aggregator", "localnews"), and names several countries' outlets share ("The Star", "The Standard",
     "Business Day", "El Heraldo", "El Comercio", "Daily Mirror", "Farmers Weekly", "The Citizen").
A name not in KNOWN and without a country TLD is null: add an outlet to KNOWN only from what the outlet is, never from
the items.

Usage:
  outlet_country.py NAME...            print "NAME<TAB>COUNTRY-or-null<TAB>why" (why: tld, known or unknown; names on stdin,
                                       one a line, without arguments): an "unknown" name is null until KNOWN says otherwise
  outlet_country.py --write FILE...    write "source_country" right after "source" on every item (replacing one there)
  outlet_country.py --check FILE...    exit 1 if an item's "source_country" is missing or not what the policy gives
"""
import json
import re
import sys

SECOND_LEVEL = {'com', 'co', 'gov', 'go', 'gob', 'org', 'net', 'ac', 'govt', 'gc', 'or', 'ne', 'edu', 'nic', 'mil', 'gouv', 'ebc'}
VANITY = {'io', 'tv', 'fm', 'me', 'ai', 'ly', 'cc', 'ws', 'co', 'to', 'nu', 'gg', 'am', 'im'}
FEED_SUFFIXES = ['-headlines', '-headline', ' headlines', '-liveblog', '-live-blog', ' live blog', '-live', ' live',
                 '-newsletter', ' newsletter', '-playbook', '-opinion', '-sport', ' sport']

NULL = None
KNOWN = {
    # declared by the lead at the end of session 13 from holdout 15's outlet names alone (no item opened), as an operator
    # declares the sources in sources.json: the same policy as above
    'aaenergy': 'TR', 'aimmz': 'MZ', 'amandala': 'BZ', 'andina': 'PE', 'arabtimes': 'KW', 'batimes': 'AR', 'bdnews24': 'BD',
    'breakingbelizenews': 'BZ', 'businessdayng': 'NG', 'businessincameroon': 'CM', 'cambodianess': 'KH', 'cbicnotification': 'IN',
    'clubofmozambique': 'MZ', 'colombiaone': 'CO', 'cphpost': 'DK', 'dailyft': 'LK', 'dailymirrorlk': 'LK', 'dailynation': 'KE',
    'ectrade': 'EU', 'editionmv': 'MV', 'engineeringnews': 'ZA', 'epravda': 'UA', 'eurlexsummary': 'EU', 'fbcnews': 'FJ',
    'fijitimes': 'FJ', 'fijivillage': 'FJ', 'gestion': 'PE', 'ghanaweb': 'GH', 'govuk': 'GB', 'heatingandventilating': 'GB',
    'heraldzw': 'ZW', 'infobaeen': 'AR', 'interfaxua': 'UA', 'journalducameroun': 'CM', 'kenyanscoke': 'KE', 'khmertimes': 'KH',
    'ktpress': 'RW', 'literaryreview': 'GB', 'matangitonga': 'TO', 'metirelease': 'JP', 'mmegi': 'BW', 'mofcom': 'CN',
    'moneyweb': 'ZA', 'montevideoportal': 'UY', 'montsame': 'MN', 'myrepublica': 'NP', 'namibian': 'NA', 'nbcna': 'NA',
    'newsdayzw': 'ZW', 'newsfirstlk': 'LK', 'newtimesrw': 'RW', 'newvision': 'UG', 'newzimbabwe': 'ZW', 'phnompenhpost': 'KH',
    'pib': 'IN', 'primicias': 'EC', 'propakistani': 'PK', 'radiojamaica': 'JM', 'reportaz': 'AZ', 'risingnepal': 'NP',
    'samoaobserver': 'WS', 'sanews': 'ZA', 'sunmv': 'MV', 'sundaystandardbw': 'BW', 'talamua': 'WS', 'theedgemy': 'MY',
    'thehindubl': 'IN', 'thelocaldk': 'DK', 'thestarmy': 'MY', 'timeskuwait': 'KW', 'tolonews': 'AF', 'tradegov': 'US',
    'tradingstandardsnews': 'GB', 'trendaz': 'AZ', 'tribunepk': 'PK', 'ubpost': 'MN', 'vietnamnews': 'VN',
    'abcpacific': NULL, 'rnzpacific': NULL, 'srfen': NULL, 'afcftasecretariat': NULL, 'africatradebrief': NULL,
    'asiatradewrap': NULL, 'chemicalweek': NULL, 'dairyreporter': NULL, 'ecnicis': NULL, 'islandsbusiness': NULL,
    'timesca': NULL, 'supersport': NULL, 'observer24': NULL,
    # declared by the lead at the end of session 13 from holdout 16's outlet names alone, the same policy (its writer had
    # given international outlets their head office's country; this table, not the writer, decides for every set)
    'ecuadortimes': 'EC', 'jordantimes': 'JO', 'dominicantoday': 'DO', 'abstvradio': 'AG', 'taipeitimes': 'TW', 'royanews': 'JO',
    'shafaq': 'IQ', 'northafricapost': 'MA', 'chemanageronline': 'DE', 'moroccoworldnews': 'MA', 'businessgreen': 'GB',
    'financialexpress': 'IN', 'koaci': 'CI', 'htsstlucia': 'LC', 'verangola': 'AO', 'buenosairesherald': 'AR',
    'antiguaobserver': 'AG', 'stabroeknews': 'GY', 'iraqinews': 'IQ', 'canadianmanufacturing': 'CA', 'abidjan': 'CI',
    'stluciatimes': 'LC', 'inewsguyana': 'GY',
    # declared by the lead at the start of session 14 from holdout 17's outlet names alone (its writer listed the ten national
    # outlets the table lacked; each is what the outlet is: a city or national paper, a national agency, the EU court's press)
    'capetownetc': 'ZA', 'newagebd': 'BD', 'bssnews': 'BD', 'curiapress': 'EU', 'ticotimes': 'CR', 'seychellesnewsagency': 'SC',
    'miningweekly': 'ZA', 'chimpreports': 'UG', 'hankyoreh': 'KR', 'stokesentinel': 'GB',
    # declared by the lead in session 15 from holdout 18's outlet names alone (the one national outlet the table lacked: the
    # Solomon Islands' national daily; the others unknown are multilateral bodies and international trade or sport press)
    'solomonstarnews': 'SB', 'asean': NULL, 'ecowas': NULL, 'forumsec': NULL, 'cyclingnews': NULL, 'justauto': NULL,
    'apanews': NULL, 'borderlex': NULL, 'feednavigator': NULL, 'undercurrentnews': NULL, 'chemanalyst': NULL,
    # declared in session 16 from holdout 19's outlet names alone by its writer (h19): the Chosun Ilbo, a Korean national
    # daily; Autosport, international motor-sport press
    'chosun': 'KR', 'autosport': NULL,
    # declared in session 17 from holdout 20's outlet names alone by its writer (h20): Khmer Times (a Cambodian national
    # daily), The Nassau Guardian (a Bahamian national daily), The Seattle Times (a US city daily), Packaging Dive (US
    # packaging trade press), Kathimerini's English edition (a Greek national daily) and Sky Sports (a British broadcaster);
    # Light Reading, Explorersweb, Fibre2Fashion (international telecom, mountaineering and textile trade press), Business
    # Wire (a press-release wire), olympics.com (the IOC's site) and TradeFlows Weekly (a trade newsletter for an
    # international readership) are null
    'khmertimeskh': 'KH', 'thenassauguardian': 'BS', 'seattletimes': 'US', 'packagingdive': 'US', 'ekathimerini': 'GR',
    'skysports': 'GB', 'lightreading': NULL, 'explorersweb': NULL, 'fibre2fashion': NULL, 'businesswire': NULL,
    'olympics': NULL, 'tradeflowsweekly': NULL,
    # declared in session 18 from holdout 21's outlet names alone by its writer (h21): ZNBC (Zambia's national broadcaster),
    # News Diggers (a Zambian national daily), the Post-Courier (Papua New Guinea's national daily) and the Birmingham Mail
    # (a British city daily)
    'znbc': 'ZM', 'diggers': 'ZM', 'postcourier': 'PG', 'birminghammail': 'GB',
    # national news agencies
    'aa': 'TR', 'anadolu': 'TR', 'anadoluagency': 'TR', 'aap': 'AU', 'agenciabrasil': 'BR', 'ansa': 'IT', 'antara': 'ID',
    'antaranews': 'ID', 'app': 'PK', 'bernama': 'MY', 'bss': 'BD', 'canadianpress': 'CA', 'cp': 'CA', 'thecanadianpress': 'CA',
    'interfax': 'RU', 'kabar': 'KG', 'akipress': 'KG', 'kazinform': 'KZ', 'kuna': 'KW', 'kyodo': 'JP', 'kyodonews': 'JP',
    'map': 'MA', 'mapexpress': 'MA', 'pna': 'PH', 'pti': 'IN', 'ptinews': 'IN', 'tass': 'RU', 'ukrinform': 'UA', 'vna': 'VN',
    'vnanet': 'VN', 'vietnamplus': 'VN', 'wam': 'AE', 'xinhua': 'CN', 'yonhap': 'KR',
    # international wires and press for an international or regional audience
    'afp': NULL, 'ap': NULL, 'apnews': NULL, 'reuters': NULL, 'bloomberg': NULL, 'bloomberglinea': NULL, 'dpa': NULL, 'efe': NULL,
    'ft': NULL, 'economist': NULL, 'aljazeera': NULL, 'dw': NULL, 'france24': NULL, 'cgtn': NULL, 'euronews': NULL,
    'theafricareport': NULL, 'jeuneafriqueen': NULL, 'theeastafrican': NULL, 'mercopress': NULL, 'bnamericas': NULL, 'agbi': NULL,
    'zawya': NULL, 'yahoo': NULL, 'prnewswire': NULL, 'newsbreak': NULL,
    'nikkei': NULL, 'nikkeiasia': NULL, 'channelnewsasia': NULL, 'cna': NULL, 'swissinfo': NULL, 'foodnavigator': NULL,
    # trade and industry press written for one country's market: that country
    'fiercebiotech': 'US', 'fiercepharma': 'US', 'freightwaves': 'US', 'joc': 'US', 'techcrunch': 'US',
    # multilateral bodies
    'au': NULL, 'caricom': NULL, 'thecommonwealth': NULL,
    # EU institutions and Brussels EU-affairs press
    'consilium': 'EU', 'eurlex': 'EU', 'euobserver': 'EU', 'euractiv': 'EU', 'politicoeu': 'EU',
    # national and local press, broadcasters and government sites
    'abc7': 'US', 'abcau': 'AU', 'addisstandard': 'ET', 'adn': 'US', 'afr': 'AU', 'agrarheute': 'DE', 'agweb': 'US',
    'ahram': 'EG', 'ahramonline': 'EG', 'ambito': 'AR', 'arabnews': 'SA', 'argaam': 'SA', 'argusleader': 'US', 'asiaplustj': 'TJ',
    'axios': 'US', 'bangkokpost': 'TH', 'biobiochile': 'CL', 'bbc': 'GB', 'bbcnews': 'GB', 'beaconjournal': 'US', 'bernews': 'BM', 'bloomberght': 'TR',
    'brecorder': 'PK', 'buenosairestimes': 'AR', 'businessdailyafrica': 'KE', 'businesskorea': 'KR', 'businessline': 'IN',
    'businessstandard': 'IN', 'bworldonline': 'PH', 'calcalistech': 'IL', 'cbc': 'CA', 'cbcnews': 'CA', 
    'channelstv': 'NG', 'citinewsroom': 'GH', 'cleanenergywire': 'DE', 'cnbc': 'US', 'dailymaverick': 'ZA',
    'dailynewsegypt': 'EG', 'dailysabah': 'TR', 'dawn': 'PK', 'denverpost': 'US', 'dhakatribune': 'BD', 'dominicanewsonline': 'DM',
    'dtnpf': 'US', 'dunya': 'PK', 'duvar': 'TR', 'economictimes': 'IN', 'economynext': 'LK', 'elfinanciero': 'MX', 'eltiempo': 'CO',
    'eluniversal': 'MX', 'eluniverso': 'EC', 'emiratesnbdresearch': 'AE', 'ettelecom': 'IN', 'farmersjournal': 'IE',
    'farmprogress': 'US', 'federalregister': 'US', 'foodnavigatorusa': 'US', 'folha': 'BR', 'globalnews': 'CA', 'globaltimes': 'CN',
    'globeandmail': 'CA', 'theglobeandmail': 'CA', 'globes': 'IL', 'globo': 'BR', 'gmanews': 'PH', 'guardian': 'GB', 'theguardian': 'GB',
    'gulfnews': 'AE', 'handelsblatten': 'DE', 'heraldscotland': 'GB', 'hespress': 'MA', 'himalayantimes': 'NP',
    'thehimalayantimes': 'NP', 'hindustantimes': 'IN', 'hsj': 'GB', 'hurriyetdailynews': 'TR', 'icelandreview': 'IS',
    'indiatimes': 'IN', 'infobae': 'AR', 'inquirer': 'PH', 'insidetrade': 'US', 'irishtimes': 'IE', 'jakartaglobe': 'ID',
    'jakartapost': 'ID', 'thejakartapost': 'ID', 'jamaicagleaner': 'JM', 'jamaicaobserver': 'JM', 'japantimes': 'JP',
    'joins': 'KR', 'joongangdaily': 'KR', 'koreajoongangdaily': 'KR', 'kathmandupost': 'NP', 'kontan': 'ID', 'koreabizwire': 'KR',
    'koreaherald': 'KR', 'lajornada': 'MX', 'latercera': 'CL', 'lawgazette': 'GB', 'le360': 'MA', 'listindiario': 'DO',
    'livemint': 'IN', 'mint': 'IN', 'lusakatimes': 'ZM', 'malawi24': 'MW', 'marketwatch': 'US', 'medias24': 'MA',
    'mexiconewsdaily': 'MX', 'milenio': 'MX', 'mincit': 'CO', 'mirror': 'GB', 'moneycontrol': 'IN', 'moneysavingexpert': 'GB',
    'mybroadband': 'ZA', 'myjoyonline': 'GH', 'nation': 'KE', 'nationnews': 'BB', 'nationthailand': 'TH', 'ndtv': 'IN',
    'ndtvprofit': 'IN', 'news24': 'ZA', 'newyorkpost': 'US', 'nhk': 'JP', 'nowgrenada': 'GD',
    'nyasatimes': 'MW', 'nzherald': 'NZ', 'nzz': 'CH', 'odt': 'NZ', 'philstar': 'PH', 'politico': 'US', 'portafolio': 'CO',
    'portugalresident': 'PT', 'premiumtimesng': 'NG', 'producer': 'CA', 'westernproducer': 'CA', 'punch': 'NG', 'punchng': 'NG',
    'riotimesonline': 'BR', 'rnz': 'NZ', 'royalgazette': 'BM', 'sabcnews': 'ZA', 'saudigazette': 'SA', 'sbs': 'AU', 'scmp': 'HK',
    'scotsman': 'GB', 'skynews': 'GB', 'smh': 'AU', 'statnews': 'US', 'straitstimes': 'SG', 'summitdaily': 'US', 
    'tbsnews': 'BD', 'tempo': 'ID', 'tengrinews': 'KZ', 'theaustralian': 'AU', 'thebftonline': 'GH', 'thebrusselstimes': 'BE',
    'thedailystar': 'BD', 'theedgemalaysia': 'MY', 'thehill': 'US', 'thehindu': 'IN', 'thehindubusinessline': 'IN',
    'theindependent': 'GB', 'thenationalnews': 'AE', 'thepeninsulaqatar': 'QA', 'thestarkenya': 'KE', 'thisdaylive': 'NG',
    'thisismoney': 'GB', 'timesnow': 'IN', 'timesofindia': 'IN', 'timesofisrael': 'IL', 'timesofoman': 'OM',
    'totalcroatianews': 'HR', 'ttjonline': 'GB', 'tuoitrenews': 'VN', 'usnews': 'US', 'usnewsworldreport': 'US', 'valor': 'BR',
    'valorinternational': 'BR', 'vancouversun': 'CA', 'vanguard': 'NG', 'vietnamnet': 'VN', 'vnexpress': 'VN',
    'westernfarmpress': 'US', 'which': 'GB', 'whitehouse': 'US',
    # declared by holdout 22's writer (session 19) from what each outlet is, never from the items
    'autonews': 'US', 'channel5belize': 'BZ', 'egypttoday': 'EG', 'emol': 'CL', 'gulftimes': 'QA', 'jpost': 'IL',
    'manilatimes': 'PH', 'muscatdaily': 'OM', 'restaurantbusinessonline': 'US', 'thereporterethiopia': 'ET',
    'cornwalllive': 'GB', 'cyprusmail': 'CY', 'timesofmalta': 'MT',
    'caixinglobal': NULL, 'electrive': NULL, 'pvmagazine': NULL,
    # declared by holdout 23's writer (session 20) from what each outlet is, never from the items: the Government of
    # Mauritius portal (govmu.org), L'Orient Today and Naharnet (Lebanese national outlets), IPP Media (a Tanzanian media
    # group), The Tribune and Eyewitness News (Bahamian outlets), MindaNews (a Philippine regional outlet), the Star Tribune
    # (a US city daily); TechCabal (pan-African tech press), FloraCulture International (international horticulture trade
    # press), Global Trade Remedies (a trade newsletter for an international readership) and East Asia Forum (analysis for
    # a regional readership) are null
    'govmu': 'MU', 'lorienttoday': 'LB', 'naharnet': 'LB', 'ippmedia': 'TZ', 'tribune242': 'BS', 'ewnews': 'BS',
    'mindanews': 'PH', 'startribune': 'US',
    'techcabal': NULL, 'floraculture': NULL, 'globaltraderemedies': NULL, 'eastasiaforum': NULL,
    # declared by holdout 24's writer (session 21) from what each outlet is, never from the items: the Trinidad Express (a
    # Trinidad and Tobago national daily), Armenpress (Armenia's national news agency), La Prensa (a Nicaraguan national
    # daily, laprensani.com), CRHoy (a Costa Rican national news site), Vanguard (a Nigerian national daily), The Calabash
    # (a Sierra Leonean newspaper), ZimLive (a Zimbabwean news site), Novinite (Bulgarian news in English for Bulgaria's
    # readers); Ferreteria News (hardware trade press for several Latin American markets) is null
    'trinidadexpress': 'TT', 'armenpress': 'AM', 'laprensani': 'NI', 'crhoy': 'CR', 'vanguardngr': 'NG',
    'thecalabashnewspaper': 'SL', 'zimlive': 'ZW', 'novinite': 'BG', 'ferreterianews': NULL,
    # declared by holdout 25's writer (session 22) from what each outlet is, never from the items: Kuensel (Bhutan's national
    # newspaper), La Prensa Gráfica and Diario El Salvador (Salvadoran national dailies), Enab Baladi (a Syrian news outlet),
    # Defimedia (a Mauritian news site), Antigua Newsroom (an Antiguan news site), LBC (a Lebanese broadcaster), Packaging
    # News (Australian packaging trade press, packagingnews.com.au) and the Tehran Times (an Iranian national daily)
    'kuenselonline': 'BT', 'laprensagrafica': 'SV', 'diarioelsalvador': 'SV', 'enabbaladi': 'SY', 'defimedia': 'MU',
    'antiguanewsroom': 'AG', 'lbcgroup': 'LB', 'packagingnewsau': 'AU', 'tehrantimes': 'IR',
    # declared by holdout 26's writer (session 23) from what each outlet is, never from the items: Ada Derana (a Sri Lankan
    # national broadcaster), Al-Masry Al-Youm (an Egyptian national daily), CNBC Indonesia (an Indonesian business
    # broadcaster), Los Tiempos (a Bolivian daily), Malay Mail (a Malaysian daily), The Slovenia Times (Slovenian news in
    # English for Slovenia's readers), Turkmenportal (a Turkmen news site), xinhuanet (Xinhua's site, China's national news
    # agency) and IndustryWeek (US manufacturing trade press)
    'adaderana': 'LK', 'almasryalyoum': 'EG', 'cnbcindonesia': 'ID', 'lostiempos': 'BO', 'malaymail': 'MY',
    'sloveniatimes': 'SI', 'turkmenportal': 'TM', 'xinhuanet': 'CN', 'industryweek': 'US',
    # declared by holdout 27's writer (session 23) from what each outlet is, never from the items: Kapitalis (a Tunisian
    # news site), Free Malaysia Today (a Malaysian news site), The Indian Express and The Telegraph India (Indian national
    # dailies), The Sikkim Chronicle (a Sikkim news site), Lesotho Times (a Lesotho weekly), Iwacu (a Burundian news
    # magazine), La Nouvelle Tribune (a Beninese daily), RTCG (Montenegro's public broadcaster), FarmingUK (UK farming
    # trade press) and Sudan Tribune (Sudanese news for Sudan's readers); La República (dailies of Colombia and Peru) is
    # a name several countries' outlets share
    'kapitalis': 'TN', 'freemalaysiatoday': 'MY', 'indianexpress': 'IN', 'telegraphindia': 'IN', 'thesikkimchronicle': 'IN',
    'lestimes': 'LS', 'iwacuburundi': 'BI', 'lanouvelletribune': 'BJ', 'rtcg': 'ME', 'farminguk': 'GB', 'sudantribune': 'SD',
    'larepublica': NULL,
    # declared by holdout 28's writer (session 24) from what each outlet is, never from the items: Cook Islands News (the
    # Cook Islands' national paper), Diario Libre (a Dominican daily), FrontPage Africa (a Liberian daily), Furniture Today
    # (US furniture trade press), Guinéenews (a Guinean news site), icilome and Togo First (Togolese news sites),
    # republicoftogo.com (a Togolese government news site), iWitness News (a St Vincent news site), Magnetic Media and the
    # TC Weekly News (Turks and Caicos outlets), Prague Monitor and Sarajevo Times (Czech and Bosnian news in English for
    # their countries' readers) and TSA (an Algerian news site); The Conversation (analysis for an international readership)
    # and Trade Remedies Watch (a trade newsletter for an international readership) are null
    'cookislandsnews': 'CK', 'diariolibre': 'DO', 'frontpageafricaonline': 'LR', 'furnituretoday': 'US', 'guineenews': 'GN',
    'icilome': 'TG', 'togofirst': 'TG', 'republicoftogo': 'TG', 'iwnsvg': 'VC', 'magneticmediatv': 'TC', 'tcweeklynews': 'TC',
    'praguemonitor': 'CZ', 'sarajevotimes': 'BA', 'tsaalgerie': 'DZ', 'theconversation': NULL, 'traderemedieswatch': NULL,
    # declared by holdout 29's writer (session 25) from what each outlet is, never from the items: Laotian Times (a Lao news
    # site), Starnieuws and Waterkant (Surinamese news sites), Gabonreview (a Gabonese news site), ADIAC (Les Dépêches de
    # Brazzaville's agency, Congolese), Marianas Variety (the Northern Mariana Islands' daily), the Kaselehlie Press (a
    # Pohnpei paper) and fsmgov.org (the Micronesian national government's site); ICIS (chemical markets press for an
    # international readership) is null
    'laotiantimes': 'LA', 'starnieuws': 'SR', 'waterkant': 'SR', 'gabonreview': 'GA', 'adiaccongo': 'CG', 'mvariety': 'MP',
    'kpress': 'FM', 'fsmgov': 'FM', 'icis': NULL,
    # declared by holdout 30's writer (session 26) from what each outlet is, never from the items: Cayman Compass and Cayman
    # Marl Road (Caymanian news sites), The Anguillian (Anguilla's weekly), Cridem and Sahara Medias (Mauritanian news
    # sites), Sierraloaded (a Sierra Leonean news site), the Liberian Observer, Barbados Today, the Express & Star (a West
    # Midlands daily), Hardware Retailing (trade press for the US hardware trade), Guinea Ecuatorial Press (Equatorial
    # Guinea's state news site), ARKA (an Armenian news agency) and 24ora (an Aruban news site)
    'caymancompass': 'KY', 'caymanmarlroad': 'KY', 'theanguillian': 'AI', 'cridem': 'MR', 'saharamedias': 'MR',
    'sierraloaded': 'SL', 'liberianobserver': 'LR', 'barbadostoday': 'BB', 'expressandstar': 'GB', 'hardwareretailing': 'US',
    'guineaecuatorialpress': 'GQ', 'arka': 'AM', '24ora': 'AW',
    # declared by holdout 31's writer (session 27) from what each outlet is, never from the items: ActuNiger and Le Sahel
    # (Nigerien news sites and daily), AIB (Burkina Faso's national news agency, aib.media), Lefaso.net and Sidwaya
    # (Burkinabè news site and daily), Al Wihda Info and Tchadinfos (Chadian news sites), El 19 Digital and El Nuevo Diario
    # (Nicaraguan news sites), Fraternité Matin (an Ivorian daily), Prensa Libre (a Guatemalan daily), The Montserrat
    # Reporter and ZJB (Montserrat's weekly and its national radio); Jeune Afrique (pan-African press) is null
    'actuniger': 'NE', 'lesahel': 'NE', 'aib': 'BF', 'lefaso': 'BF', 'sidwaya': 'BF', 'alwihdainfo': 'TD', 'tchadinfos': 'TD',
    'el19digital': 'NI', 'elnuevodiario': 'NI', 'fratmat': 'CI', 'prensalibre': 'GT', 'themontserratreporter': 'MS',
    'zjb': 'MS', 'jeuneafrique': NULL,
    # declared by holdout 32's writer (session 28) from what each outlet is, never from the items: the Government of Sint
    # Maarten's site (sintmaartengov.org), Al-Watwan and Habari za Comores (a Comorian daily and news site), HaitiLibre (a
    # Haitian news site), Curaçao Chronicle and the Antilliaans Dagblad (Curaçao's news site and daily), A Semana and A Nação
    # (Cape Verdean weeklies), AGP (the Agence Gabonaise de Presse), Foroyaa (a Gambian paper), UDN (Taiwan's United Daily
    # News), Clarín (an Argentine daily), Stuff (a New Zealand news site), Téla Nón (a São Toméan news site), NRK (Norway's
    # public broadcaster), Gazeta Wrocławska (a Wrocław daily), La Stampa (an Italian daily), Digi24 (a Romanian
    # broadcaster) and El Colombiano (a Colombian daily); Vatican News (the Holy See's news service for an international
    # readership), ChessBase and Sprudge (chess and coffee press for an international readership) are null
    'sintmaartengov': 'SX', 'alwatwan': 'KM', 'habarizacomores': 'KM', 'haitilibre': 'HT', 'curacaochronicle': 'CW',
    'antilliaansdagblad': 'CW', 'asemana': 'CV', 'anacao': 'CV', 'agpgabon': 'GA', 'foroyaa': 'GM', 'udn': 'TW', 'clarin': 'AR',
    'stuff': 'NZ', 'telanon': 'ST', 'nrk': 'NO', 'gazetawroclawska': 'PL', 'lastampa': 'IT', 'digi24': 'RO', 'elcolombiano': 'CO',
    'vaticannews': NULL, 'chessbase': NULL, 'sprudge': NULL,
    # declared by holdout 33's writer (session 29) from what each outlet is, never from the items: BVI News and BVI
    # Platinum (British Virgin Islands news sites), SKNVibes and WINN FM (a St Kitts and Nevis news site and radio
    # station), O Democrata (a Bissau-Guinean paper, odemocratagb.com), Seneweb (a Senegalese news site), Yle (Finland's
    # public broadcaster), La Vanguardia (a Barcelona daily), WMUR (a New Hampshire television station) and Hawaii
    # Public Radio (a Hawaiian public broadcaster)
    'bvinews': 'VG', 'bviplatinum': 'VG', 'sknvibes': 'KN', 'winnfm': 'KN', 'odemocratagb': 'GW', 'seneweb': 'SN',
    'yle': 'FI', 'lavanguardia': 'ES', 'wmur': 'US', 'hawaiipublicradio': 'US',
    # declared by holdout 34's writer (session 30) from what each outlet is, never from the items: the Marshall Islands
    # Journal (the Marshall Islands' weekly), Newsmada (a Malagasy news site), Penguin News (the Falkland Islands' weekly),
    # Brewbound (craft-beer trade press for the US market) and OregonLive (The Oregonian's site, a US daily)
    'marshallislandsjournal': 'MH', 'newsmada': 'MG', 'penguinnews': 'FK', 'brewbound': 'US', 'oregonlive': 'US',
    # declared by holdout 35's writer (session 31) from what each outlet is, never from the items: 24 Haubenin (a Beninese
    # news site), the Government of Anguilla's and the Government of Niue's sites, TV Niue (Niue's broadcaster), BusinessLIVE
    # (a South African business news site), Habertürk (a Turkish daily), HINA (the Croatian news agency), IPN (a Moldovan
    # news agency), La Gaceta de Salamanca (a Salamanca daily), Outdoor Retailer (outdoor-trade press for the US market),
    # Saint FM and the St Helena Independent (Saint Helena's radio station and weekly), The Scoop (a Bruneian news site),
    # VBTC (Vanuatu's public broadcaster) and the Winnipeg Free Press (a Winnipeg daily); the Adriatic and Ionian
    # Initiative's, the BSEC's and the OIC's sites (multilateral bodies) are null
    '24haubenin': 'BJ', 'governmentofanguilla': 'AI', 'governmentofniue': 'NU', 'tvniue': 'NU', 'businesslive': 'ZA',
    'haberturk': 'TR', 'hina': 'HR', 'ipn': 'MD', 'lagacetadesalamanca': 'ES', 'outdoorretailer': 'US', 'saintfm': 'SH',
    'sainthelenaindependent': 'SH', 'thescoop': 'BN', 'vbtc': 'VU', 'winnipegfreepress': 'CA',
    'aiips': NULL, 'bsecorganization': NULL, 'oicoci': NULL,
    # declared in session 32 from holdout 36's outlet names alone by its writer (h36): AlterPresse and Le National (a
    # Haitian news agency and daily), Cayman News Service (a Caymanian news site), Comores Infos (a Comorian news site), De
    # Ware Tijd (a Surinamese daily), Emo News (a Dominican news site), Estadão (a Brazilian daily), Libya Observer (a
    # Libyan news site, whose .ly the policy reads as a vanity domain), Public Eye (a Lesotho weekly) and Sloboden Pečat (a
    # Macedonian daily); the Association of Caribbean States' and the Nile Basin Initiative's sites (multilateral bodies)
    # and a trade-remedies newsletter are null
    'alterpresse': 'HT', 'lenational': 'HT', 'caymannewsservice': 'KY', 'comoresinfos': 'KM', 'dwtonline': 'SR',
    'emonewsdm': 'DM', 'estadao': 'BR', 'libyaobserver': 'LY', 'publiceyenews': 'LS', 'slobodenpecat': 'MK',
    'acsaec': NULL, 'nilebasin': NULL, 'remediesdigest': NULL,
    # declared in session 33 from holdout 37's outlet names alone by its writer (h37): Island Times (a Palau newspaper) and
    # The Sacramento Bee (a US city daily); Balkan Insight (regional press for an international readership) and a
    # trade-defence newsletter are null
    'islandtimes': 'PW', 'sacbee': 'US', 'balkaninsight': NULL, 'tradedefencebrief': NULL,
    # declared in session 34 from holdout 38's outlet names alone by its writer (h38), from what each outlet is, never from
    # the items: Lyon Mag (a Lyon city news site), The Nation (Malawi's daily, mwnation.com),
    # The Scotsman (a Scottish daily), A Crítica (a Manaus daily), Le Dauphiné libéré (a French regional daily) and Corse-Matin
    # (a Corsican daily); Caribbean News Global (regional press for an international readership) is null
    'lyonmag': 'FR', 'mwnation': 'MW', 'thescotsman': 'GB', 'acritica': 'BR', 'ledauphine': 'FR',
    'corsematin': 'FR', 'caribbeannewsglobal': NULL,
    # declared in session 35 from holdout 39's outlet names alone by its writer (h39), from what each outlet is, never from
    # the items: ANGOP (Angola's national news agency), Burkina 24 (a Burkinabè news site), the Hereford Times (an English
    # local weekly), the Irish Examiner (an Irish national daily) and Soy502 (a Guatemalan news site); the Zambezi
    # Watercourse Commission's site (a multilateral body) is null
    'angop': 'AO', 'burkina24': 'BF', 'herefordtimes': 'GB', 'irishexaminer': 'IE', 'soy502': 'GT', 'zambezicommission': NULL,
    # names several countries' outlets share
    'abcnews': NULL, 'businessday': NULL, 'capitalfm': NULL, 'dailymirror': NULL, 'elcomercio': NULL, 'elcomercioen': NULL,
    'eleconomista': NULL, 'elheraldo': NULL, 'elpais': NULL, 'farmersweekly': NULL, 'globe': NULL, 'theglobe': NULL,
    'thecitizen': NULL, 'thestandard': NULL, 'thestar': NULL, 'elnacional': NULL,
}


def parse(name):
    """The lookup key of an outlet's name and the country its domain's top-level domain gives, if any."""
    n = re.sub(r'\s*\([^)]*\)', '', name.lower().strip()).strip()
    if ' ' not in n and re.fullmatch(r'[a-z0-9-]+(\.[a-z0-9-]+)+', n):
        labels = n.split('.')
        tld = labels[-1]
        two = len(labels) >= 3 and len(tld) == 2 and labels[-2] in SECOND_LEVEL
        label = labels[-3] if two else labels[-2]
        if tld == 'uk':
            cc = 'GB'
        elif tld in ('gov', 'mil'):
            cc = 'US'
        elif tld == 'eu':
            cc = 'EU'
        elif len(tld) == 2 and (two or tld not in VANITY):
            cc = tld.upper()
        else:
            cc = None
        return re.sub('[^a-z0-9]', '', label), cc
    for suffix in FEED_SUFFIXES:
        if n.endswith(suffix):
            n = n[:-len(suffix)]
    return re.sub('[^a-z0-9]', '', n), None


# international services of national outlets: null even under their country's top-level domain (swissinfo.ch)
INTERNATIONAL = {'nikkei', 'nikkeiasia', 'channelnewsasia', 'cna', 'swissinfo', 'dw'}


def country(name):
    key, cc = parse(name)
    if key in INTERNATIONAL:
        return None
    return cc if cc is not None else KNOWN.get(key)


SOURCE = re.compile(r'"source"\s*:\s*"(?:[^"\\]|\\.)*"')
DECLARED = re.compile(r',\s*"source_country"\s*:\s*(?:null|"[A-Z]{2}")')


def declare(line):
    """The line with "source_country" right after "source" (replacing one there); everything else byte for byte."""
    item = json.loads(line)
    value = json.dumps(country(item['source']))
    line = DECLARED.sub('', line, count=1)
    m = SOURCE.search(line)
    out = line[:m.end()] + ', "source_country": ' + value + line[m.end():]
    back = json.loads(out)
    keys = list(back)
    assert back['source_country'] == country(item['source']) and keys[keys.index('source') + 1] == 'source_country', line[:80]
    assert {k: v for k, v in back.items() if k != 'source_country'} == {k: v for k, v in item.items() if k != 'source_country'}
    return out


def main(args):
    if args[:1] == ['--write']:
        for path in args[1:]:
            with open(path, encoding='utf-8') as f:
                lines = f.read().split('\n')
            with open(path, 'w', encoding='utf-8') as f:
                f.write('\n'.join(declare(l) if l.strip() else l for l in lines))
        return 0
    if args[:1] == ['--check']:
        bad = 0
        for path in args[1:]:
            for n, l in enumerate(open(encoding='utf-8', file=path), 1):
                if l.strip():
                    item = json.loads(l)
                    if 'source_country' not in item or item['source_country'] != country(item['source']):
                        print(f"{path}:{n}: {item['source']!r} declares {item.get('source_country', '(nothing)')!r}, the policy gives {country(item['source'])!r}")
                        bad += 1
        return 1 if bad else 0
    for name in args or [l.rstrip('\n') for l in sys.stdin if l.strip()]:
        key, cc = parse(name)
        why = 'tld' if cc is not None else 'known' if key in KNOWN else 'unknown'
        print(f"{name}\t{country(name) or 'null'}\t{why}")
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
