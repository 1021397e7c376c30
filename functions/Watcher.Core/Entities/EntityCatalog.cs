namespace Watcher.Core.Entities;

/// <summary>
/// The named entity sets queries and the fact extractor share: countries (ISO 3166-1 alpha-2 ids), trade blocs and
/// leaders, each with aliases ("PRC", "Beijing", "Ottawa"). In queries: <c>@CN</c>, <c>@APEC</c>, <c>@xi</c>, or a whole
/// set: <c>@countries</c>, <c>@blocs</c>, <c>@leaders</c>, <c>@forums</c>.
/// </summary>
public static class EntityCatalog
{
    private static readonly Lazy<List<Entity>> Entities = new(Build);
    private static readonly Lazy<Dictionary<string, Entity>> ById = new(() => Entities.Value.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<Entity> All => Entities.Value;

    public static Entity? Find(string id) => ById.Value.GetValueOrDefault(id);

    /// <summary>Regional and intergovernmental bodies whose meetings are summits or ministerial meetings (<see cref="ForumNames"/>).
    /// A query set only (<c>@forums</c>): they are not in <see cref="All"/>, so the entity finder, the extractors and the
    /// clusterer never read one as a party to a measure or a story (a bloc named only as the owner of a rate is no party).</summary>
    public static IReadOnlyList<Entity> Forums => ForumList.Value;

    private static readonly Lazy<List<Entity>> ForumList = new(BuildForums);

    /// <summary>The entities a query set name stands for: a set (countries, blocs, leaders) or one entity id.</summary>
    public static IReadOnlyList<Entity>? Resolve(string name) => name.ToLowerInvariant() switch
    {
        "countries" or "country" => All.Where(e => e.Kind == EntityKind.Country).ToList(),
        "blocs" or "bloc" => All.Where(e => e.Kind == EntityKind.Bloc).ToList(),
        "leaders" or "leader" => All.Where(e => e.Kind == EntityKind.Leader).ToList(),
        "forums" or "forum" => Forums,
        _ => Find(name) is { } e ? [e] : null,
    };

    public static string? NameOf(string id) => Find(id)?.Name;

    // id | name | nouns | adjectives | capitals/metonyms
    private static readonly string[] Countries =
    [
        "CN|China|China, PRC, People's Republic of China, mainland China|Chinese|Beijing, MOFCOM",
        "CA|Canada|Canada|Canadian|Ottawa",
        "US|United States|United States, United States of America, USA, America|American|Washington, White House, USTR, USITC, Commerce Department, Customs and Border Protection",
        "MX|Mexico|Mexico, United Mexican States|Mexican|Mexico City, Secretariat of Economy",
        "JP|Japan|Japan|Japanese|Tokyo, METI",
        "KR|South Korea|South Korea, Republic of Korea, Korea, S.Korea, S. Korea|South Korean, Korean|Seoul",
        "KP|North Korea|North Korea, DPRK|North Korean|Pyongyang",
        "IN|India|India|Indian|New Delhi, DGTR, Directorate General of Trade Remedies",
        "GB|United Kingdom|United Kingdom, UK, Britain, Great Britain|British|Downing Street, Whitehall, Trade Remedies Authority, Department for Business and Trade",
        "FR|France|France|French|Paris, Elysee",
        "DE|Germany|Germany|German|Berlin",
        "IT|Italy|Italy|Italian|Rome",
        "ES|Spain|Spain|Spanish|Madrid",
        "NL|Netherlands|Netherlands, Holland|Dutch|The Hague",
        "BE|Belgium|Belgium|Belgian|",
        "PL|Poland|Poland|Polish|Warsaw",
        "SE|Sweden|Sweden|Swedish|Stockholm",
        "IE|Ireland|Ireland|Irish|Dublin",
        "CH|Switzerland|Switzerland|Swiss|Bern",
        "NO|Norway|Norway|Norwegian|Oslo",
        "AU|Australia|Australia|Australian|Canberra, Anti-Dumping Commission",
        "NZ|New Zealand|New Zealand|New Zealander|Wellington",
        "BR|Brazil|Brazil|Brazilian|Brasilia, Gecex, Camex",
        "AR|Argentina|Argentina, Argentine Republic|Argentine, Argentinian|Buenos Aires",
        "CL|Chile|Chile|Chilean|Santiago",
        "CO|Colombia|Colombia|Colombian|Bogota",
        "PE|Peru|Peru|Peruvian|Lima",
        "RU|Russia|Russia, Russian Federation|Russian|Moscow, Kremlin",
        "UA|Ukraine|Ukraine|Ukrainian|Kyiv, Kiev",
        "TR|Turkey|Turkey, Turkiye|Turkish|Ankara",
        "SA|Saudi Arabia|Saudi Arabia|Saudi|Riyadh",
        "AE|United Arab Emirates|United Arab Emirates, UAE|Emirati|Abu Dhabi",
        "IL|Israel|Israel|Israeli|Jerusalem",
        "IR|Iran|Iran|Iranian|Tehran",
        "EG|Egypt|Egypt|Egyptian|Cairo",
        "ZA|South Africa|South Africa, S.Africa, S. Africa|South African|Pretoria, International Trade Administration Commission, ITAC",
        "NG|Nigeria|Nigeria|Nigerian|Abuja",
        "KE|Kenya|Kenya|Kenyan|Nairobi",
        "ID|Indonesia|Indonesia|Indonesian|Jakarta",
        "MY|Malaysia|Malaysia|Malaysian|Kuala Lumpur",
        "SG|Singapore|Singapore|Singaporean|",
        "VN|Vietnam|Vietnam, Viet Nam|Vietnamese|Hanoi",
        "TH|Thailand|Thailand|Thai|Bangkok",
        "PH|Philippines|Philippines|Philippine, Filipino|Manila, Malacañang, Malacanang",
        "TW|Taiwan|Taiwan|Taiwanese|Taipei",
        "PK|Pakistan|Pakistan|Pakistani|Islamabad, Federal Board of Revenue, National Tariff Commission",
        "BD|Bangladesh|Bangladesh|Bangladeshi|Dhaka, National Board of Revenue",
        "BY|Belarus|Belarus|Belarusian|Minsk",
        "KZ|Kazakhstan|Kazakhstan|Kazakh|Astana",
        "UZ|Uzbekistan|Uzbekistan|Uzbek|Tashkent",
        "AZ|Azerbaijan|Azerbaijan|Azerbaijani|Baku",
        "AM|Armenia|Armenia|Armenian|Yerevan",
        "MN|Mongolia|Mongolia|Mongolian|Ulaanbaatar",
        "IS|Iceland|Iceland|Icelandic|Reykjavik",
        "LI|Liechtenstein|Liechtenstein, Principality of Liechtenstein|Liechtensteiner|Vaduz",
        "DK|Denmark|Denmark|Danish|Copenhagen",
        "FI|Finland|Finland|Finnish|Helsinki",
        "AT|Austria|Austria|Austrian|Vienna",
        "PT|Portugal|Portugal|Portuguese|Lisbon",
        "GR|Greece|Greece|Greek|Athens",
        "CZ|Czech Republic|Czech Republic, Czechia|Czech|Prague",
        "SK|Slovakia|Slovakia|Slovak|Bratislava",
        "HU|Hungary|Hungary|Hungarian|Budapest",
        "RO|Romania|Romania|Romanian|Bucharest",
        "BG|Bulgaria|Bulgaria|Bulgarian|",
        "HR|Croatia|Croatia|Croatian|Zagreb",
        "RS|Serbia|Serbia|Serbian|Belgrade",
        "LT|Lithuania|Lithuania|Lithuanian|Vilnius",
        "LV|Latvia|Latvia|Latvian|Riga",
        "EE|Estonia|Estonia|Estonian|Tallinn",
        "LU|Luxembourg|Luxembourg|Luxembourgish|",
        "MA|Morocco|Morocco|Moroccan|Rabat",
        "DZ|Algeria|Algeria|Algerian|Algiers",
        "TN|Tunisia|Tunisia|Tunisian|Tunis",
        "ET|Ethiopia|Ethiopia|Ethiopian|Addis Ababa",
        "GH|Ghana|Ghana|Ghanaian|Accra",
        "CI|Ivory Coast|Ivory Coast, Cote d'Ivoire|Ivorian|Abidjan, Yamoussoukro", // Yamoussoukro: the official capital
        "TZ|Tanzania|Tanzania|Tanzanian|Dodoma, Arusha", // Arusha: the East African Community's seat, where its summits meet
        "UG|Uganda|Uganda|Ugandan|Kampala",
        "AO|Angola|Angola|Angolan|Luanda",
        "QA|Qatar|Qatar|Qatari|Doha",
        "KW|Kuwait|Kuwait|Kuwaiti|",
        "IQ|Iraq|Iraq|Iraqi|Baghdad",
        "OM|Oman|Oman|Omani|Muscat",
        "LK|Sri Lanka|Sri Lanka|Sri Lankan|Colombo",
        "NP|Nepal|Nepal|Nepali, Nepalese|Kathmandu",
        "KH|Cambodia|Cambodia|Cambodian|Phnom Penh",
        "LA|Laos|Laos, Lao PDR|Lao, Laotian|Vientiane",
        "MM|Myanmar|Myanmar, Burma|Burmese|Naypyidaw",
        "TL|Timor-Leste|Timor-Leste, East Timor|Timorese|Dili",
        "BN|Brunei|Brunei|Bruneian|",
        "HK|Hong Kong|Hong Kong||",
        "VE|Venezuela|Venezuela|Venezuelan|Caracas",
        "EC|Ecuador|Ecuador|Ecuadorian, Ecuadorean|Quito",
        "BO|Bolivia|Bolivia|Bolivian|La Paz",
        "UY|Uruguay|Uruguay|Uruguayan|Montevideo",
        "PY|Paraguay|Paraguay|Paraguayan|Asuncion",
        "CU|Cuba|Cuba|Cuban|Havana",
        "CR|Costa Rica|Costa Rica|Costa Rican|",
        "PA|Panama|Panama|Panamanian|",
        "GT|Guatemala|Guatemala|Guatemalan|Guatemala City",
        "DO|Dominican Republic|Dominican Republic|Dominican|Santo Domingo",
        "NI|Nicaragua|Nicaragua|Nicaraguan|Managua",
        "HN|Honduras|Honduras|Honduran|Tegucigalpa",
        "SV|El Salvador|El Salvador|Salvadoran, Salvadorean|San Salvador",
        "JM|Jamaica|Jamaica|Jamaican|",
        "TT|Trinidad and Tobago|Trinidad and Tobago, Trinidad|Trinidadian|Port of Spain",
        "LB|Lebanon|Lebanon|Lebanese|Beirut",
        "SY|Syria|Syria|Syrian|Damascus",
        "BH|Bahrain|Bahrain|Bahraini|Manama",
        "ZM|Zambia|Zambia|Zambian|Lusaka",
        "ZW|Zimbabwe|Zimbabwe|Zimbabwean|Harare",
        "MZ|Mozambique|Mozambique|Mozambican|Maputo",
        "SN|Senegal|Senegal|Senegalese|Dakar",
        "CM|Cameroon|Cameroon|Cameroonian|Yaounde",
        "NA|Namibia|Namibia|Namibian|Windhoek",
        "BW|Botswana|Botswana|Botswanan|Gaborone",
        "MU|Mauritius|Mauritius|Mauritian|Port Louis",
        "MD|Moldova|Moldova|Moldovan|Chisinau",
        "SI|Slovenia|Slovenia|Slovenian|Ljubljana",
        "CY|Cyprus|Cyprus|Cypriot|Nicosia",
        "MT|Malta|Malta|Maltese|Valletta",
        "AL|Albania|Albania|Albanian|Tirana",
        "MK|North Macedonia|North Macedonia|North Macedonian|Skopje",
        "KG|Kyrgyzstan|Kyrgyzstan, Kyrgyz Republic|Kyrgyz|Bishkek",
        "TJ|Tajikistan|Tajikistan|Tajik|Dushanbe",
        "TM|Turkmenistan|Turkmenistan|Turkmen|Ashgabat",
        "AF|Afghanistan|Afghanistan|Afghan|Kabul",
        "FJ|Fiji|Fiji|Fijian|Suva",
        "PG|Papua New Guinea|Papua New Guinea|Papua New Guinean|Port Moresby",
        "JO|Jordan|Jordan, Hashemite Kingdom of Jordan|Jordanian|Amman",
        "LY|Libya|Libya|Libyan|Tripoli",
        "SD|Sudan|Sudan|Sudanese|Khartoum",
        "RW|Rwanda|Rwanda|Rwandan|Kigali",
        "MG|Madagascar|Madagascar|Malagasy|Antananarivo",
        "MW|Malawi|Malawi|Malawian|Lilongwe",
        "BA|Bosnia and Herzegovina|Bosnia and Herzegovina, Bosnia|Bosnian|Sarajevo",
        "ME|Montenegro|Montenegro|Montenegrin|Podgorica",
        "GY|Guyana|Guyana|Guyanese|Georgetown",
        "ML|Mali|Mali|Malian|Bamako",
        "BF|Burkina Faso|Burkina Faso|Burkinabe|Ouagadougou",
        "BJ|Benin|Benin|Beninese|Porto-Novo",
        "CD|DR Congo|Democratic Republic of the Congo, DR Congo, DRC|Congolese|Kinshasa",
        // The rest of the world's states and the territories that set their own tariffs, so that an item naming one is never
        // read as its outlet's country's measure. Names that name something else too are left out or given only in a form
        // that does not: no bare "Georgia" (the US state), "Chad" (a first name), "Jersey"/"Guernsey", "Reunion" (accents
        // fold, so "Réunion" is the word "reunion"), "Male", "Victoria", "Stanley", "St John's", "Hamilton", "Douglas", "Cayenne", "George Town", "Nassau" (the New York
        // county), "Monrovia" (the Californian city) or bare "Antigua" (the Guatemalan town); Puerto Rico is inside the US customs
        // territory, so it is no party of its own.
        "AG|Antigua and Barbuda|Antigua and Barbuda|Antiguan|",
        "BS|Bahamas|Bahamas, The Bahamas|Bahamian|",
        "BB|Barbados|Barbados|Barbadian, Bajan|Bridgetown",
        "BZ|Belize|Belize|Belizean|Belmopan",
        "DM|Dominica|Dominica, Commonwealth of Dominica||Roseau",
        "GD|Grenada|Grenada|Grenadian|",
        "HT|Haiti|Haiti|Haitian|Port-au-Prince",
        "KN|Saint Kitts and Nevis|Saint Kitts and Nevis, St Kitts and Nevis, St. Kitts and Nevis, St Kitts, St. Kitts|Kittitian|Basseterre",
        "LC|Saint Lucia|Saint Lucia, St Lucia, St. Lucia|Saint Lucian, St Lucian|Castries",
        "VC|Saint Vincent and the Grenadines|Saint Vincent and the Grenadines, St Vincent and the Grenadines, St. Vincent and the Grenadines|Vincentian|Kingstown",
        "SR|Suriname|Suriname, Surinam|Surinamese|Paramaribo",
        "AW|Aruba|Aruba|Aruban|Oranjestad",
        "CW|Curacao|Curacao|Curacaoan|Willemstad",
        "SX|Sint Maarten|Sint Maarten||Philipsburg",
        "AI|Anguilla|Anguilla|Anguillan|",
        "MS|Montserrat|Montserrat|Montserratian|",
        "BM|Bermuda|Bermuda|Bermudian|",
        "KY|Cayman Islands|Cayman Islands|Caymanian|",
        "TC|Turks and Caicos Islands|Turks and Caicos Islands, Turks and Caicos||",
        "VG|British Virgin Islands|British Virgin Islands, BVI||Road Town",
        "VI|US Virgin Islands|US Virgin Islands, U.S. Virgin Islands, USVI||",
        "GL|Greenland|Greenland|Greenlandic|Nuuk",
        "FO|Faroe Islands|Faroe Islands, Faroes, Faeroe Islands|Faroese|Torshavn",
        "FK|Falkland Islands|Falkland Islands, Falklands|Falkland Islander|",
        "GP|Guadeloupe|Guadeloupe|Guadeloupean|",
        "MQ|Martinique|Martinique|Martinican|Fort-de-France",
        "GF|French Guiana|French Guiana|French Guianese|",
        "YT|Mayotte|Mayotte|Mahoran|",
        "NC|New Caledonia|New Caledonia|New Caledonian|Noumea",
        "PF|French Polynesia|French Polynesia|French Polynesian|Papeete",
        "AD|Andorra|Andorra|Andorran|Andorra la Vella",
        "MC|Monaco|Monaco|Monegasque|",
        "SM|San Marino|San Marino|Sammarinese|",
        "VA|Holy See|Holy See, Vatican City||",
        "GI|Gibraltar|Gibraltar|Gibraltarian|",
        "IM|Isle of Man|Isle of Man|Manx|",
        "GE|Georgia|Republic of Georgia|Georgian|Tbilisi",
        "YE|Yemen|Yemen|Yemeni|Sanaa, Sana'a",
        "PS|Palestine|Palestine, State of Palestine, Palestinian territories|Palestinian|Ramallah",
        "BT|Bhutan|Bhutan|Bhutanese|Thimphu",
        "MV|Maldives|Maldives|Maldivian|",
        "MO|Macao|Macao, Macau|Macanese|",
        "BI|Burundi|Burundi|Burundian|Gitega, Bujumbura",
        "CF|Central African Republic|Central African Republic||Bangui",
        "CG|Republic of the Congo|Republic of the Congo, Congo-Brazzaville, Congo Republic||Brazzaville",
        "KM|Comoros|Comoros|Comorian|Moroni",
        "CV|Cabo Verde|Cabo Verde, Cape Verde|Cape Verdean, Cabo Verdean|",
        "DJ|Djibouti|Djibouti|Djiboutian|",
        "ER|Eritrea|Eritrea|Eritrean|Asmara",
        "GA|Gabon|Gabon|Gabonese|Libreville",
        "GM|Gambia|Gambia, The Gambia|Gambian|Banjul",
        "GN|Guinea|Guinea, Republic of Guinea|Guinean|Conakry",
        "GW|Guinea-Bissau|Guinea-Bissau|Bissau-Guinean|",
        "GQ|Equatorial Guinea|Equatorial Guinea|Equatorial Guinean, Equatoguinean|Malabo",
        "LR|Liberia|Liberia|Liberian|",
        "LS|Lesotho|Lesotho|Basotho|Maseru",
        "MR|Mauritania|Mauritania|Mauritanian|Nouakchott",
        "NE|Niger|Niger|Nigerien|Niamey",
        "SC|Seychelles|Seychelles|Seychellois|",
        "SL|Sierra Leone|Sierra Leone|Sierra Leonean|Freetown",
        "SO|Somalia|Somalia|Somali|Mogadishu",
        "SS|South Sudan|South Sudan|South Sudanese|Juba",
        "ST|Sao Tome and Principe|Sao Tome and Principe, Sao Tome|Santomean|",
        "SZ|Eswatini|Eswatini, Swaziland|Swazi|Mbabane",
        "TD|Chad|Republic of Chad|Chadian|N'Djamena",
        "TG|Togo|Togo|Togolese|Lome",
        "EH|Western Sahara|Western Sahara|Sahrawi|",
        "FM|Micronesia|Federated States of Micronesia, Micronesia|Micronesian|Palikir",
        "KI|Kiribati|Kiribati|I-Kiribati|Tarawa",
        "MH|Marshall Islands|Marshall Islands|Marshallese|Majuro",
        "NR|Nauru|Nauru|Nauruan|",
        "PW|Palau|Palau|Palauan|",
        "SB|Solomon Islands|Solomon Islands|Solomon Islander|Honiara",
        "TO|Tonga|Tonga|Tongan|Nuku'alofa",
        "TV|Tuvalu|Tuvalu|Tuvaluan|Funafuti",
        "VU|Vanuatu|Vanuatu|Ni-Vanuatu|Port Vila",
        "WS|Samoa|Samoa|Samoan|Apia",
        "AS|American Samoa|American Samoa||Pago Pago",
        "GU|Guam|Guam|Guamanian|",
        "MP|Northern Mariana Islands|Northern Mariana Islands, Northern Marianas||Saipan",
        "CK|Cook Islands|Cook Islands||Avarua",
        "NU|Niue|Niue|Niuean|",
    ];

    // id | name | aliases | descriptions: how outlets name a forum's meeting without its name ("Asia-Pacific leaders",
    // "Southeast Asian leaders"), read as the forum in Role form (the event extractor reads forums from names only); the
    // description's last word ("leaders", "summit") stays a headline word for the fingerprint
    private static readonly string[] Blocs =
    [
        "EU|European Union|European Union, EU, European Commission, Brussels, EU Commission, European",
        "APEC|APEC|APEC, Asia-Pacific Economic Cooperation, Asia Pacific Economic Cooperation|Asia-Pacific leaders, Pacific Rim leaders, Asia-Pacific summit, Pacific Rim summit",
        "G7|G7|G7, G-7, Group of Seven, Group of 7|Group of Seven leaders, Group of 7 leaders",
        "G20|G20|G20, G-20, Group of Twenty, Group of 20|20 major economies",
        "ASEAN|ASEAN|ASEAN, Association of Southeast Asian Nations|Southeast Asian leaders, South-East Asian leaders, Southeast Asian summit",
        "NATO|NATO|NATO, North Atlantic Treaty Organization",
        "BRICS|BRICS|BRICS",
        "WTO|WTO|WTO, World Trade Organization",
        "OPEC|OPEC|OPEC",
        "USMCA|USMCA|USMCA, CUSMA, T-MEC, NAFTA",
        "MERCOSUR|Mercosur|Mercosur",
        "SCO|SCO|Shanghai Cooperation Organisation, Shanghai Cooperation Organization",
        "OECD|OECD|OECD",
        "EFTA|EFTA|EFTA, European Free Trade Association",
        "EEA|EEA|EEA, European Economic Area",
        "EAEU|EAEU|EAEU, Eurasian Economic Union, Eurasian Economic Commission",
        "GCC|GCC|GCC, Gulf Cooperation Council",
        "CPTPP|CPTPP|CPTPP, Comprehensive and Progressive Agreement for Trans-Pacific Partnership, TPP",
        "RCEP|RCEP|RCEP, Regional Comprehensive Economic Partnership",
        "CARICOM|CARICOM|CARICOM, Caribbean Community",
        "SACU|SACU|SACU, Southern African Customs Union",
    ];

    // id | name | aliases: regional and intergovernmental bodies of every continent whose meetings are summits, leaders'
    // meetings or ministerial councils, beyond the trade blocs above (which @blocs names). Only names and abbreviations
    // that name nothing else: no "AU" (gold, "au pair"), "CAN", "ECO", "MSG", "Quad" or bare "Forum"; ids apart from the
    // countries' codes (the African Union is no AU, Australia's). (relev31) A forum's full name in its members' other languages
    // too (French, Spanish, Portuguese, German; folded as the tokenizer folds diacritics): outlets of its members name it so
    // ("Cumbre de la Asociacion de Estados del Caribe", "Sommet de la CEDEAO").
    private static readonly string[] ForumNames =
    [
        // Africa
        "AFRICAN-UNION|African Union|African Union, AU Assembly, AU Commission, AU summit, Union africaine, Uniao Africana, Union Africana",
        "AFCFTA|AfCFTA|AfCFTA, African Continental Free Trade Area",
        "ECOWAS|ECOWAS|ECOWAS, Economic Community of West African States, CEDEAO, Communaute economique des Etats de l'Afrique de l'Ouest",
        "SADC|SADC|SADC, Southern African Development Community, Communaute de developpement de l'Afrique australe, Comunidade de Desenvolvimento da Africa Austral",
        "COMESA|COMESA|COMESA, Common Market for Eastern and Southern Africa",
        // (its name is the abbreviation, which the extractor's forum words keep as no goods, but "EAC" is no alias: it is the US
        // Election Assistance Commission too, and the summits query reads it only with an East African cue)
        "EAC|EAC|East African Community",
        "ECCAS|ECCAS|ECCAS, Economic Community of Central African States, CEEAC, Communaute economique des Etats de l'Afrique centrale",
        "IGAD|IGAD|IGAD, Intergovernmental Authority on Development, Autorite intergouvernementale pour le developpement",
        "UEMOA|UEMOA|UEMOA, WAEMU, West African Economic and Monetary Union, Union economique et monetaire ouest-africaine",
        "CEMAC|CEMAC|CEMAC, Central African Economic and Monetary Community, Communaute economique et monetaire de l'Afrique centrale",
        "AES|Alliance of Sahel States|Alliance of Sahel States, Confederation of Sahel States, Alliance des Etats du Sahel, Confederation des Etats du Sahel",
        // (relev29) regional commissions, councils and unions whose heads meet as a summit, by their full names and the
        // abbreviations that name nothing else
        "LCBC|Lake Chad Basin Commission|Lake Chad Basin Commission, LCBC, Commission du bassin du lac Tchad",
        "ENTENTE|Council of the Entente|Council of the Entente, Conseil de l'Entente, Entente Council",
        "MRU|Mano River Union|Mano River Union, Union du fleuve Mano",
        "CENSAD|CEN-SAD|CEN-SAD, Community of Sahel-Saharan States, Communaute des Etats sahelo-sahariens",
        "ICGLR|ICGLR|ICGLR, International Conference on the Great Lakes Region, CIRGL, Conference internationale sur la region des Grands Lacs",
        "COI|Indian Ocean Commission|Indian Ocean Commission, Commission de l'ocean Indien",
        "AMU|Arab Maghreb Union|Arab Maghreb Union, Union du Maghreb arabe",
        "G5-SAHEL|G5 Sahel|G5 Sahel",
        // (relev31) basin, gulf and lakes commissions whose heads meet as a summit, by their full names in English and in their
        // members' languages ("Sommet de la Commission du golfe de Guinee")
        "GGC|Gulf of Guinea Commission|Gulf of Guinea Commission, Commission du golfe de Guinee, Comissao do Golfo da Guine, Comision del Golfo de Guinea",
        "CEPGL|Economic Community of the Great Lakes Countries|Economic Community of the Great Lakes Countries, Communaute economique des pays des Grands Lacs, CEPGL",
        "NBA-NIGER|Niger Basin Authority|Niger Basin Authority, Autorite du bassin du Niger",
        "OMVS|Senegal River Basin Development Organization|Senegal River Basin Development Organization, Organisation pour la mise en valeur du fleuve Senegal, OMVS",
        "MRC|Mekong River Commission|Mekong River Commission",
        // the Americas
        "CELAC|CELAC|CELAC, Community of Latin American and Caribbean States, Comunidad de Estados Latinoamericanos y Caribenos",
        "OAS|OAS|Organization of American States, OAS General Assembly, Organizacion de los Estados Americanos, Organisation des Etats americains, Organizacao dos Estados Americanos",
        "PACIFIC-ALLIANCE|Pacific Alliance|Pacific Alliance, Alianza del Pacifico",
        "ANDEAN|Andean Community|Andean Community, Comunidad Andina",
        "SICA|SICA|SICA, Central American Integration System, Sistema de la Integracion Centroamericana",
        "ALBA|ALBA|ALBA-TCP, Bolivarian Alliance",
        "ACS|Association of Caribbean States|Association of Caribbean States, Asociacion de Estados del Caribe, Association des Etats de la Caraibe",
        "ALADI|ALADI|ALADI, Latin American Integration Association, Asociacion Latinoamericana de Integracion",
        "ACTO|ACTO|ACTO, Amazon Cooperation Treaty Organization, Amazon Cooperation Treaty Organisation, Amazon Cooperation Treaty, OTCA, Organizacion del Tratado de Cooperacion Amazonica, Organizacao do Tratado de Cooperacao Amazonica",
        "OECS|OECS|OECS, Organisation of Eastern Caribbean States, Organization of Eastern Caribbean States, Organisation des Etats de la Caraibe orientale",
        // Asia, the Middle East, the Pacific
        "SAARC|SAARC|SAARC, South Asian Association for Regional Cooperation",
        "BIMSTEC|BIMSTEC|BIMSTEC",
        "EAS|East Asia Summit|East Asia Summit",
        "ASEM|ASEM|ASEM, Asia-Europe Meeting",
        "CICA|CICA|CICA, Conference on Interaction and Confidence-Building Measures in Asia",
        "CIS|CIS|Commonwealth of Independent States",
        "CSTO|CSTO|CSTO, Collective Security Treaty Organization",
        "OTS|Organization of Turkic States|Organization of Turkic States, Organisation of Turkic States, Turkic Council",
        "ARAB-LEAGUE|Arab League|Arab League, League of Arab States, Ligue arabe, Ligue des Etats arabes, Liga Arabe",
        "OIC|OIC|Organisation of Islamic Cooperation, Organization of Islamic Cooperation, Organisation de la cooperation islamique",
        "PIF|Pacific Islands Forum|Pacific Islands Forum, PIF",
        "MSG|Melanesian Spearhead Group|Melanesian Spearhead Group",
        "DEVELOPING-8|D-8|D-8, Developing-8, Developing Eight, D-8 Organization for Economic Cooperation",
        "ECO-ORG|Economic Cooperation Organization|Economic Cooperation Organization, Economic Cooperation Organisation",
        "IORA|IORA|IORA, Indian Ocean Rim Association",
        "ACD|Asia Cooperation Dialogue|Asia Cooperation Dialogue",
        "MEKONG|Mekong-Lancang Cooperation|Mekong-Lancang Cooperation, Lancang-Mekong Cooperation, Mekong-Lancang, Lancang-Mekong",
        // Europe and the world
        "EPC|European Political Community|European Political Community, Communaute politique europeenne, Europaische Politische Gemeinschaft",
        "COE|Council of Europe|Council of Europe",
        "ARRAIOLOS|Arraiolos Group|Arraiolos Group",
        "BSEC|BSEC|BSEC, Black Sea Economic Cooperation, Organization of the Black Sea Economic Cooperation",
        "CBSS|Council of the Baltic Sea States|Council of the Baltic Sea States, CBSS",
        "CEI|Central European Initiative|Central European Initiative",
        "AII|Adriatic and Ionian Initiative|Adriatic and Ionian Initiative, Adriatic and Ionian Council, Adriatic-Ionian Initiative, Adriatic-Ionian Council",
        "UFM|Union for the Mediterranean|Union for the Mediterranean, Union pour la Mediterranee",
        "BRDO|Brdo-Brijuni Process|Brdo-Brijuni Process",
        "SEECP|SEECP|SEECP, South-East European Cooperation Process",
        "CRAIOVA|Craiova Group|Craiova Group",
        // the Portuguese-speaking countries' community, in English and Portuguese
        "CPLP|CPLP|CPLP, Community of Portuguese Language Countries, Comunidade dos Paises de Lingua Portuguesa",
        "OSCE|OSCE|OSCE, Organization for Security and Co-operation in Europe, Organization for Security and Cooperation in Europe",
        "NORDIC|Nordic Council|Nordic Council, Nordic Council of Ministers",
        "VISEGRAD|Visegrad Group|Visegrad Group, Visegrad Four",
        "THREE-SEAS|Three Seas Initiative|Three Seas Initiative",
        "BENELUX|Benelux|Benelux",
        "COMMONWEALTH|Commonwealth|Commonwealth Heads of Government, CHOGM, Commonwealth of Nations",
        "FRANCOPHONIE|Francophonie|Francophonie, Organisation internationale de la Francophonie",
        "NAM|Non-Aligned Movement|Non-Aligned Movement, Mouvement des non-alignes, Movimiento de Paises No Alineados",
        "G77|G77|G77, G-77, Group of 77",
        // (relev34) the Group of Fifteen developing countries, whose heads meet as a summit ("Colombo hosts G15 Summit")
        "G15|G15|G15, G-15, Group of Fifteen",
    ];

    // id | full name | country | aliases | role words
    private static readonly string[] Leaders =
    [
        "carney|Mark Carney|CA|Mark Carney, Carney|prime minister",
        "trudeau|Justin Trudeau|CA|Justin Trudeau, Trudeau|",
        "xi|Xi Jinping|CN|Xi Jinping, Xi|president, leader",
        "li-qiang|Li Qiang|CN|Li Qiang|premier",
        "trump|Donald Trump|US|Donald Trump, Trump|president",
        "biden|Joe Biden|US|Joe Biden, Biden|",
        "von-der-leyen|Ursula von der Leyen|EU|Ursula von der Leyen, von der Leyen|",
        "starmer|Keir Starmer|GB|Keir Starmer, Starmer|prime minister",
        "macron|Emmanuel Macron|FR|Emmanuel Macron, Macron|president",
        "merz|Friedrich Merz|DE|Friedrich Merz, Merz|chancellor",
        "scholz|Olaf Scholz|DE|Olaf Scholz, Scholz|",
        "meloni|Giorgia Meloni|IT|Giorgia Meloni, Meloni|prime minister",
        "modi|Narendra Modi|IN|Narendra Modi, Modi|prime minister",
        "ishiba|Shigeru Ishiba|JP|Shigeru Ishiba, Ishiba|",
        "takaichi|Sanae Takaichi|JP|Sanae Takaichi, Takaichi|prime minister",
        "lee-jae-myung|Lee Jae-myung|KR|Lee Jae-myung, Lee Jae Myung|president",
        "albanese|Anthony Albanese|AU|Anthony Albanese, Albanese|prime minister",
        "sheinbaum|Claudia Sheinbaum|MX|Claudia Sheinbaum, Sheinbaum|president",
        "lula|Luiz Inacio Lula da Silva|BR|Luiz Inacio Lula da Silva, Lula da Silva, Lula|president",
        "putin|Vladimir Putin|RU|Vladimir Putin, Putin|president",
        "zelensky|Volodymyr Zelensky|UA|Volodymyr Zelensky, Zelensky, Zelenskyy|president",
        "erdogan|Recep Tayyip Erdogan|TR|Recep Tayyip Erdogan, Erdogan|president",
        "ramaphosa|Cyril Ramaphosa|ZA|Cyril Ramaphosa, Ramaphosa|president",
        "prabowo|Prabowo Subianto|ID|Prabowo Subianto, Prabowo|president",
        "anwar|Anwar Ibrahim|MY|Anwar Ibrahim|prime minister",
        "luxon|Christopher Luxon|NZ|Christopher Luxon, Luxon|prime minister",
        "marcos|Ferdinand Marcos Jr|PH|Ferdinand Marcos Jr, Ferdinand Marcos, Marcos, Bongbong Marcos, PBBM|president",
        "milei|Javier Milei|AR|Javier Milei, Milei|president",
        "mbs|Mohammed bin Salman|SA|Mohammed bin Salman, bin Salman|crown prince",
        "netanyahu|Benjamin Netanyahu|IL|Benjamin Netanyahu, Netanyahu|prime minister",
        "kim-jong-un|Kim Jong Un|KP|Kim Jong Un, Kim Jong-un|leader",
        "wong|Lawrence Wong|SG|Lawrence Wong|prime minister",
        "to-lam|To Lam|VN|To Lam|general secretary",
        "sharif|Shehbaz Sharif|PK|Shehbaz Sharif|prime minister",
        "sisi|Abdel Fattah el-Sisi|EG|Abdel Fattah el-Sisi, el-Sisi, Sisi|president",
        "tinubu|Bola Tinubu|NG|Bola Tinubu, Tinubu|president",
        "ruto|William Ruto|KE|William Ruto, Ruto|president",
        "petro|Gustavo Petro|CO|Gustavo Petro|president",
        "orban|Viktor Orban|HU|Viktor Orban, Orban|prime minister",
        "tusk|Donald Tusk|PL|Donald Tusk, Tusk|prime minister",
        "sanchez|Pedro Sanchez|ES|Pedro Sanchez|prime minister",
        "costa|Antonio Costa|EU|Antonio Costa|",
        "tokayev|Kassym-Jomart Tokayev|KZ|Kassym-Jomart Tokayev, Tokayev|president",
        "lukashenko|Alexander Lukashenko|BY|Alexander Lukashenko, Lukashenko|president",
        // Heads of state and government of 2026–2028 whom outlets name in visits, calls and summits, written from general
        // knowledge as of 2026 (the catalogue had 45 leaders, mostly of G20 members; visits told by the visitor named leaders it
        // lacked: Mahama, Museveni, Samia). A surname is an alias only where it names no common word, place or other thing
        // ("Boko", "Chapo", "Store", "Paz", "Montenegro", "Bio", "Dan" are not: their full names are); a first name only where
        // outlets use it alone for that leader ("Samia", "Abiy"; not "Anwar" or "Shehbaz": measured, a headline naming them
        // by it folds the name into the country and loses the word it shared with the other copies, for no pair gained). No role
        // words: "Chilean president" names whoever holds the office in the item's year, and these offices change hands in
        // 2026–2028 (a role bound to one person read "Chilean President in Wellington" of an earlier year as that person).
        // A surname that a relative or another public figure of the country carries in 2026–2028 news is no alias alone
        // (review18): Zardari (Bilawal Bhutto Zardari, the president's son), Aliyev (Heydar Aliyev, the airport and centre named
        // after the president's father), Biya (Franck Biya), Gnassingbe (the president's brothers), Ouattara (Tene Birahima
        // Ouattara, the defence minister), Dissanayake (a common Sri Lankan surname), Kast (Felipe Kast, a senator): their full
        // names and "President X" are.
        // Africa
        "mahama|John Dramani Mahama|GH|John Dramani Mahama, John Mahama, Mahama|",
        "museveni|Yoweri Museveni|UG|Yoweri Kaguta Museveni, Yoweri Museveni, Museveni|",
        "samia|Samia Suluhu Hassan|TZ|Samia Suluhu Hassan, Samia Suluhu, Samia|",
        "kagame|Paul Kagame|RW|Paul Kagame, Kagame|",
        "tshisekedi|Felix Tshisekedi|CD|Felix Tshisekedi, Felix Antoine Tshisekedi, Tshisekedi|",
        "ndayishimiye|Evariste Ndayishimiye|BI|Evariste Ndayishimiye, Ndayishimiye|",
        "hassan-sheikh|Hassan Sheikh Mohamud|SO|Hassan Sheikh Mohamud|",
        "guelleh|Ismail Omar Guelleh|DJ|Ismail Omar Guelleh, Guelleh|",
        "kiir|Salva Kiir|SS|Salva Kiir, Salva Kiir Mayardit|",
        "abiy|Abiy Ahmed|ET|Abiy Ahmed, Abiy Ahmed Ali, Abiy|",
        "mnangagwa|Emmerson Mnangagwa|ZW|Emmerson Mnangagwa, Mnangagwa|",
        "hichilema|Hakainde Hichilema|ZM|Hakainde Hichilema, Hichilema|",
        "mutharika|Peter Mutharika|MW|Peter Mutharika, Mutharika|",
        "chapo|Daniel Chapo|MZ|Daniel Chapo|",
        "lourenco|Joao Lourenco|AO|Joao Lourenco|",
        "boko|Duma Boko|BW|Duma Boko|",
        "nandi-ndaitwah|Netumbo Nandi-Ndaitwah|NA|Netumbo Nandi-Ndaitwah, Nandi-Ndaitwah|",
        "ramgoolam|Navin Ramgoolam|MU|Navin Ramgoolam, Ramgoolam|",
        "madbouly|Mostafa Madbouly|EG|Mostafa Madbouly, Madbouly|",
        "tebboune|Abdelmadjid Tebboune|DZ|Abdelmadjid Tebboune, Tebboune|",
        "saied|Kais Saied|TN|Kais Saied|",
        "mohammed-vi|Mohammed VI|MA|King Mohammed VI, Mohammed VI|",
        "faye|Bassirou Diomaye Faye|SN|Bassirou Diomaye Faye, Diomaye Faye|",
        "ouattara|Alassane Ouattara|CI|Alassane Ouattara, President Ouattara|",
        "maada-bio|Julius Maada Bio|SL|Julius Maada Bio, Maada Bio|",
        "boakai|Joseph Boakai|LR|Joseph Boakai, Joseph Nyuma Boakai, Boakai|",
        "gnassingbe|Faure Gnassingbe|TG|Faure Gnassingbe, President Gnassingbe|",
        "goita|Assimi Goita|ML|Assimi Goita, Goita|",
        "traore|Ibrahim Traore|BF|Ibrahim Traore|",
        "tchiani|Abdourahamane Tchiani|NE|Abdourahamane Tchiani, Tchiani|",
        "mahamat-deby|Mahamat Idriss Deby|TD|Mahamat Idriss Deby, Mahamat Deby|",
        "biya|Paul Biya|CM|Paul Biya, President Biya|",
        "oligui|Brice Oligui Nguema|GA|Brice Oligui Nguema, Oligui Nguema|",
        "sassou|Denis Sassou Nguesso|CG|Denis Sassou Nguesso, Sassou Nguesso|",
        "talon|Patrice Talon|BJ|Patrice Talon|",
        // Asia and the Middle East
        "luong-cuong|Luong Cuong|VN|Luong Cuong|",
        "pham-minh-chinh|Pham Minh Chinh|VN|Pham Minh Chinh|",
        "dissanayake|Anura Kumara Dissanayake|LK|Anura Kumara Dissanayake, President Dissanayake|",
        "yunus|Muhammad Yunus|BD|Muhammad Yunus|",
        "tarique|Tarique Rahman|BD|Tarique Rahman|",
        "zardari|Asif Ali Zardari|PK|Asif Ali Zardari, Asif Zardari, President Zardari|",
        "anutin|Anutin Charnvirakul|TH|Anutin Charnvirakul, Anutin|",
        "hun-manet|Hun Manet|KH|Hun Manet|",
        "sonexay|Sonexay Siphandone|LA|Sonexay Siphandone|",
        "min-aung-hlaing|Min Aung Hlaing|MM|Min Aung Hlaing|",
        "bolkiah|Hassanal Bolkiah|BN|Hassanal Bolkiah, Sultan Hassanal Bolkiah|",
        "ramos-horta|Jose Ramos-Horta|TL|Jose Ramos-Horta, Ramos-Horta|",
        "xanana|Xanana Gusmao|TL|Xanana Gusmao|",
        "khurelsukh|Ukhnaagiin Khurelsukh|MN|Ukhnaagiin Khurelsukh, Khurelsukh|",
        "lai-ching-te|Lai Ching-te|TW|Lai Ching-te|",
        "muizzu|Mohamed Muizzu|MV|Mohamed Muizzu, Muizzu|",
        "mirziyoyev|Shavkat Mirziyoyev|UZ|Shavkat Mirziyoyev, Mirziyoyev|",
        "japarov|Sadyr Japarov|KG|Sadyr Japarov, Japarov|",
        "rahmon|Emomali Rahmon|TJ|Emomali Rahmon|",
        "berdimuhamedov|Serdar Berdimuhamedov|TM|Serdar Berdimuhamedov|",
        "aliyev|Ilham Aliyev|AZ|Ilham Aliyev, President Aliyev|",
        "pashinyan|Nikol Pashinyan|AM|Nikol Pashinyan, Pashinyan|",
        "pezeshkian|Masoud Pezeshkian|IR|Masoud Pezeshkian, Pezeshkian|",
        "mbz|Mohamed bin Zayed|AE|Mohamed bin Zayed Al Nahyan, Mohamed bin Zayed|",
        "tamim|Tamim bin Hamad Al Thani|QA|Tamim bin Hamad Al Thani, Sheikh Tamim|",
        "haitham|Haitham bin Tarik|OM|Haitham bin Tarik, Sultan Haitham|",
        "mishal|Mishal Al-Ahmad Al-Jaber Al-Sabah|KW|Mishal Al-Ahmad Al-Jaber Al-Sabah, Sheikh Mishal|",
        "hamad-bin-isa|Hamad bin Isa Al Khalifa|BH|Hamad bin Isa Al Khalifa, King Hamad|",
        "abdullah-ii|Abdullah II|JO|King Abdullah II, Abdullah II|",
        "aoun|Joseph Aoun|LB|Joseph Aoun|",
        "sharaa|Ahmed al-Sharaa|SY|Ahmed al-Sharaa, al-Sharaa|",
        // the Americas
        "noboa|Daniel Noboa|EC|Daniel Noboa|",
        "kast|Jose Antonio Kast|CL|Jose Antonio Kast, President Kast|",
        "boric|Gabriel Boric|CL|Gabriel Boric, Boric|",
        "santiago-pena|Santiago Pena|PY|Santiago Pena|",
        "orsi|Yamandu Orsi|UY|Yamandu Orsi|",
        "rodrigo-paz|Rodrigo Paz|BO|Rodrigo Paz Pereira, Rodrigo Paz|",
        "arevalo|Bernardo Arevalo|GT|Bernardo Arevalo|",
        "bukele|Nayib Bukele|SV|Nayib Bukele, Bukele|",
        "abinader|Luis Abinader|DO|Luis Abinader, Abinader|",
        "mulino|Jose Raul Mulino|PA|Jose Raul Mulino, Mulino|",
        "ortega|Daniel Ortega|NI|Daniel Ortega|",
        "diaz-canel|Miguel Diaz-Canel|CU|Miguel Diaz-Canel, Diaz-Canel|",
        "holness|Andrew Holness|JM|Andrew Holness, Holness|",
        "persad-bissessar|Kamla Persad-Bissessar|TT|Kamla Persad-Bissessar, Persad-Bissessar|",
        "mottley|Mia Mottley|BB|Mia Amor Mottley, Mia Mottley, Mottley|",
        "irfaan-ali|Irfaan Ali|GY|Irfaan Ali, Mohamed Irfaan Ali|",
        "gaston-browne|Gaston Browne|AG|Gaston Browne|",
        "skerrit|Roosevelt Skerrit|DM|Roosevelt Skerrit, Skerrit|",
        "dickon-mitchell|Dickon Mitchell|GD|Dickon Mitchell|",
        // Europe
        "orpo|Petteri Orpo|FI|Petteri Orpo, Orpo|",
        "frederiksen|Mette Frederiksen|DK|Mette Frederiksen|",
        "kristersson|Ulf Kristersson|SE|Ulf Kristersson, Kristersson|",
        "gahr-store|Jonas Gahr Store|NO|Jonas Gahr Store, Gahr Store|",
        "de-wever|Bart De Wever|BE|Bart De Wever|",
        "luis-montenegro|Luis Montenegro|PT|Luis Montenegro|",
        "mitsotakis|Kyriakos Mitsotakis|GR|Kyriakos Mitsotakis, Mitsotakis|",
        "fico|Robert Fico|SK|Robert Fico|",
        "babis|Andrej Babis|CZ|Andrej Babis, Babis|",
        "nawrocki|Karol Nawrocki|PL|Karol Nawrocki, Nawrocki|",
        "stocker|Christian Stocker|AT|Christian Stocker|",
        "parmelin|Guy Parmelin|CH|Guy Parmelin, Parmelin|",
        "vucic|Aleksandar Vucic|RS|Aleksandar Vucic, Vucic|",
        "plenkovic|Andrej Plenkovic|HR|Andrej Plenkovic, Plenkovic|",
        "sandu|Maia Sandu|MD|Maia Sandu|",
        "nicusor-dan|Nicusor Dan|RO|Nicusor Dan|",
        // Oceania
        "rabuka|Sitiveni Rabuka|FJ|Sitiveni Rabuka, Rabuka|",
        "marape|James Marape|PG|James Marape, Marape|",
        "manele|Jeremiah Manele|SB|Jeremiah Manele|",
        "napat|Jotham Napat|VU|Jotham Napat|",
    ];

    private static List<Entity> Build()
    {
        var list = new List<Entity>();
        var countries = new Dictionary<string, (string[] Nouns, string[] Adjectives)>();
        foreach (var line in Countries)
        {
            var f = line.Split('|');
            var nouns = Split(f[2]);
            var adjectives = Split(f[3]);
            countries[f[0]] = (nouns, adjectives);
            var aliases = nouns.Select(a => (a, MentionForm.Noun))
                .Concat(adjectives.Select(a => (a, MentionForm.Adjective)))
                .Concat(Split(f[4]).Select(a => (a, MentionForm.Capital))).ToList();
            list.Add(new Entity(f[0], EntityKind.Country, f[1], aliases));
        }
        foreach (var line in Blocs)
        {
            var f = line.Split('|');
            list.Add(new Entity(f[0], EntityKind.Bloc, f[1], [.. Split(f[2]).Select(a => (a, MentionForm.Noun)),
                .. (f.Length > 3 ? Split(f[3]) : []).Select(a => (a, MentionForm.Role))]));
        }
        foreach (var line in Leaders)
        {
            var f = line.Split('|');
            var aliases = Split(f[3]).Select(a => (a, MentionForm.Person)).ToList();
            if (countries.TryGetValue(f[2], out var c))
                foreach (var role in Split(f[4]))
                {
                    foreach (var adj in c.Adjectives) aliases.Add(($"{adj} {role}", MentionForm.Role));
                    foreach (var noun in c.Nouns) aliases.Add(($"{noun}'s {role}", MentionForm.Role));
                    foreach (var noun in c.Nouns.Take(1)) aliases.Add(($"{role} of {noun}", MentionForm.Role));
                    foreach (var noun in c.Nouns.Take(1)) aliases.Add(($"{role} of the {noun}", MentionForm.Role));
                }
            list.Add(new Entity(f[0], EntityKind.Leader, f[1], aliases) { Country = f[2] });
        }
        return list;
    }

    private static List<Entity> BuildForums() =>
        [.. ForumNames.Select(line => line.Split('|')).Select(f => new Entity(f[0], EntityKind.Bloc, f[1], [.. Split(f[2]).Select(a => (a, MentionForm.Noun))]))];

    private static string[] Split(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
