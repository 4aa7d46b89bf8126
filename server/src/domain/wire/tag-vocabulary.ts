/**
 * Built-in vocabularies for tag kinds (plugin settings add to them): countries, regions and a few cities in
 * English and French → place; organisations → organisation. Compared case- and accent-insensitively.
 */
export const PLACE_NAMES: readonly string[] = [
  // Countries (English)
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan',
  'Bolivia', 'Bosnia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso',
  'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic', 'Chad', 'Chile', 'China',
  'Colombia', 'Comoros', 'Congo', 'DR Congo', 'Democratic Republic of the Congo', 'Costa Rica', 'Ivory Coast',
  "Côte d'Ivoire", 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Djibouti', 'Dominica',
  'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini',
  'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada',
  'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia',
  'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati',
  'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein',
  'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Mauritania',
  'Mauritius', 'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Burma',
  'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea',
  'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Palestinian Territories', 'Panama',
  'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia',
  'Rwanda', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore',
  'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain',
  'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania',
  'Thailand', 'Timor-Leste', 'East Timor', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Türkiye',
  'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'UAE', 'United Kingdom', 'UK', 'Britain',
  'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'United States', 'USA', 'US', 'America',
  'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'Korea',
  // Countries (French)
  'Afghanistan', 'Afrique du Sud', 'Albanie', 'Algérie', 'Allemagne', 'Arabie saoudite', 'Argentine', 'Arménie',
  'Australie', 'Autriche', 'Azerbaïdjan', 'Bahreïn', 'Belgique', 'Biélorussie', 'Bélarus', 'Birmanie', 'Bolivie',
  'Bosnie', 'Bosnie-Herzégovine', 'Brésil', 'Bulgarie', 'Burkina', 'Cambodge', 'Cameroun', 'Centrafrique',
  'République centrafricaine', 'Chili', 'Chine', 'Chypre', 'Colombie', 'Comores', 'Corée du Nord', 'Corée du Sud',
  'Croatie', 'Danemark', 'Égypte', 'Émirats arabes unis', 'Équateur', 'Érythrée', 'Espagne', 'Estonie',
  'États-Unis', 'Éthiopie', 'Finlande', 'Gambie', 'Géorgie', 'Grèce', 'Guinée', 'Guinée équatoriale', 'Haïti',
  'Hongrie', 'Inde', 'Indonésie', 'Irak', 'Iraq', 'Irlande', 'Islande', 'Israël', 'Italie', 'Jamaïque', 'Japon',
  'Jordanie', 'Kirghizstan', 'Koweït', 'Lettonie', 'Liban', 'Libéria', 'Libye', 'Lituanie', 'Macédoine du Nord',
  'Malaisie', 'Maroc', 'Maurice', 'Mauritanie', 'Mexique', 'Moldavie', 'Mongolie', 'Monténégro', 'Mozambique',
  'Namibie', 'Népal', 'Nicaragua', 'Norvège', 'Nouvelle-Zélande', 'Ouganda', 'Ouzbékistan', 'Pays-Bas', 'Pérou',
  'Philippines', 'Pologne', 'Qatar', 'RDC', 'République démocratique du Congo', 'République tchèque', 'Roumanie',
  'Royaume-Uni', 'Russie', 'Sénégal', 'Serbie', 'Singapour', 'Slovaquie', 'Slovénie', 'Somalie', 'Soudan',
  'Soudan du Sud', 'Suède', 'Suisse', 'Syrie', 'Tadjikistan', 'Tanzanie', 'Tchad', 'Tchéquie', 'Thaïlande',
  'Tunisie', 'Turquie', 'Turkménistan', 'Ukraine', 'Uruguay', 'Venezuela', 'Viêt Nam', 'Vietnam', 'Yémen',
  'Zambie', 'Zimbabwe', "Côte d'Ivoire", 'Palestine', 'Territoires palestiniens', 'Angleterre', 'Écosse',
  // Regions, continents, seas and territories
  'Africa', 'Afrique', 'Asia', 'Asie', 'Europe', 'Americas', 'Amériques', 'Latin America', 'Amérique latine',
  'North America', 'Amérique du Nord', 'South America', 'Amérique du Sud', 'Oceania', 'Océanie', 'Middle East',
  'Moyen-Orient', 'Proche-Orient', 'Near East', 'Maghreb', 'Sahel', 'Gulf', 'Golfe', 'Balkans', 'Caucasus',
  'Caucase', 'Central Asia', 'Asie centrale', 'South Asia', 'Southeast Asia', 'Asie du Sud-Est', 'West Africa',
  "Afrique de l'Ouest", 'East Africa', "Afrique de l'Est", 'Horn of Africa', 'Corne de l’Afrique',
  "Corne de l'Afrique", 'Arctic', 'Arctique', 'Antarctica', 'Antarctique', 'Mediterranean', 'Méditerranée',
  'Pacific', 'Pacifique', 'Atlantic', 'Atlantique', 'Caribbean', 'Caraïbes', 'Gaza', 'Gaza Strip', 'Bande de Gaza',
  'West Bank', 'Cisjordanie', 'Jerusalem', 'Jérusalem', 'Golan', 'Idleb', 'Idlib', 'Aleppo', 'Alep', 'Damascus',
  'Damas', 'Kurdistan', 'Crimea', 'Crimée', 'Donbas', 'Donbass', 'Kashmir', 'Cachemire', 'Darfur', 'Darfour',
  'Tigray', 'Xinjiang', 'Tibet', 'Hong Kong', 'Macao', 'Puerto Rico', 'Porto Rico', 'Greenland', 'Groenland',
  'Corsica', 'Corse', 'New Caledonia', 'Nouvelle-Calédonie', 'Guadeloupe', 'Martinique', 'Guyane', 'Mayotte',
  'La Réunion', 'Réunion', 'Western Sahara', 'Sahara occidental', 'Nagorno-Karabakh', 'Haut-Karabakh',
  'Île-de-France', 'Brittany', 'Bretagne', 'Normandy', 'Normandie', 'Provence', 'Alsace', 'Catalonia', 'Catalogne',
  'Bavaria', 'Bavière', 'California', 'Californie', 'Texas', 'Florida', 'Floride', 'New York',
  // Capitals and large cities often tagged
  'Paris', 'London', 'Londres', 'Washington', 'Moscow', 'Moscou', 'Beijing', 'Pékin', 'Kyiv', 'Kiev', 'Kharkiv',
  'Odessa', 'Beirut', 'Beyrouth', 'Baghdad', 'Bagdad', 'Tehran', 'Téhéran', 'Ankara', 'Istanbul', 'Cairo',
  'Le Caire', 'Tripoli', 'Kabul', 'Kaboul', 'Islamabad', 'Karachi', 'New Delhi', 'Mumbai', 'Bombay', 'Tokyo',
  'Seoul', 'Séoul', 'Berlin', 'Madrid', 'Rome', 'Brussels', 'Bruxelles', 'Geneva', 'Genève', 'Bamako', 'Niamey',
  'Ouagadougou', 'Dakar', 'Abidjan', 'Lagos', 'Abuja', 'Nairobi', 'Addis Ababa', 'Addis Abeba', 'Khartoum',
  'Mogadishu', 'Mogadiscio', 'Kinshasa', 'Goma', 'Johannesburg', 'Johannesbourg', 'Algiers', 'Alger', 'Tunis',
  'Rabat', 'Casablanca', 'Marseille', 'Lyon', 'Nice', 'Toulouse', 'Bordeaux', 'Lille', 'Strasbourg', 'Nantes',
  'Montreal', 'Montréal', 'Quebec', 'Québec', 'Ottawa', 'Mexico City', 'Port-au-Prince', 'Caracas', 'Bogota',
  'Bogotá', 'Lima', 'Santiago', 'Buenos Aires', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Brasilia',
  'Manila', 'Manille', 'Jakarta', 'Bangkok', 'Hanoi', 'Yangon', 'Rangoun', 'Dhaka', 'Sanaa', 'Riyadh', 'Riyad',
  'Doha', 'Dubai', 'Dubaï', 'Abu Dhabi', 'Tel Aviv', 'Amman', 'Ramallah', 'Rafah', 'Khan Younis', 'Mosul', 'Mossoul',
  'Raqa', 'Raqqa', 'Homs', 'Hama', 'Deir Ezzor', 'Kandahar', 'Peshawar', 'Taipei', 'Shanghai', 'Sydney', 'Melbourne',
  // Islands and crossings the migration and disaster copy names
  'Lampedusa', 'Lesbos', 'Lesvos', 'Sicily', 'Sicile', 'Crete', 'Crète', 'Canary Islands', 'Canaries', 'Mayotte',
  'Calais', 'Ceuta', 'Melilla', 'Darfur', 'Tigray', 'Kherson', 'Zaporizhzhia', 'Bakhmut', 'Mariupol', 'Jenin',
];

/** Events, by name or by shape (EVENT_PATTERN): summits, games, elections, pilgrimages, festivals. */
export const EVENT_NAMES: readonly string[] = [
  'Olympics', 'Olympic Games', 'Jeux olympiques', 'JO', 'Paralympics', 'World Cup', 'Coupe du monde', 'Euro',
  'Eurovision', 'Tour de France', 'Roland-Garros', 'Wimbledon', 'Super Bowl', 'Davos',
  'Hajj', 'Ramadan', 'Eid', 'Aïd', 'Christmas', 'Noël', 'Cannes Film Festival', 'Festival de Cannes',
];

/** "COP28", "Euro 2024", "Paris 2024", "NATO summit", "Asian Games", "2024 election", "Sommet de l'Otan" (not "… Forum": often the organisation). */
export const EVENT_PATTERN = /^(?:COP\s?\d{1,2}|(?:\p{Lu}[\p{L}-]*\s){1,3}(?:19|20)\d\d|(?:19|20)\d\d\s(?:\p{L}+\s)?(?:elections?|élections?|games|olympics)|(?:[\p{L}\d-]+\s){1,3}(?:[Ss]ummit|[Gg]ames|[Cc]up|[Cc]hampionships?|[Ff]estival|[Cc]onference|[Ss]ommet|[Jj]eux)|(?:[Ss]ommet|[Cc]onférence|[Ff]estival|[Jj]eux)\s(?:de |du |des |d['’])?[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,2})$/u;


export const ORGANISATION_NAMES: readonly string[] = [
  'UN', 'United Nations', 'ONU', 'Nations unies', 'UN Security Council', 'Security Council', 'Conseil de sécurité',
  'UNHCR', 'HCR', 'UNICEF', 'WHO', 'OMS', 'World Health Organization', 'Organisation mondiale de la santé', 'WFP',
  'PAM', 'OCHA', 'UNRWA', 'UNESCO', 'IAEA', 'AIEA', 'IMF', 'FMI', 'World Bank', 'Banque mondiale', 'WTO', 'OMC',
  'NATO', 'OTAN', 'EU', 'UE', 'European Union', 'Union européenne', 'European Commission', 'Commission européenne',
  'African Union', 'Union africaine', 'Arab League', 'Ligue arabe', 'ECOWAS', 'Cédéao', 'OSCE', 'OPEC', 'OPEP',
  'G7', 'G20', 'World Economic Forum', 'Forum économique mondial', 'ICC', 'CPI', 'International Criminal Court', 'Cour pénale internationale', 'ICJ', 'CIJ',
  'Red Cross', 'Croix-Rouge', 'ICRC', 'CICR', 'Red Crescent', 'Croissant-Rouge', 'MSF', 'Doctors Without Borders',
  'Médecins sans frontières', 'Amnesty International', 'Amnesty', 'Human Rights Watch', 'HRW', 'OSDH',
  'SOHR', 'Syrian Observatory for Human Rights', 'Observatoire syrien des droits de l’Homme',
  "Observatoire syrien des droits de l'Homme", 'White Helmets', 'Casques blancs', 'Hamas', 'Hezbollah', 'Fatah',
  'Taliban', 'Talibans', 'Islamic State', 'État islamique', 'IS', 'ISIS', 'EI', 'Daesh', 'Al-Qaeda', 'Al-Qaïda',
  'Al-Shabaab', 'shebab', 'Boko Haram', 'HTS', 'Hayat Tahrir al-Sham', 'PKK', 'YPG', 'SDF', 'FDS', 'Wagner',
  'Houthis', 'Pentagon', 'Pentagone', 'Kremlin', 'White House', 'Maison Blanche', 'Elysée', 'Élysée', 'FBI',
  'CIA', 'Interpol', 'Europol', 'Frontex', 'AFP', 'Reuters', 'AP', 'IOC', 'CIO', 'FIFA', 'UEFA',
];
