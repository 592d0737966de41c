// SPDX-License-Identifier: MIT
// The name tables of the entity tagger: places (countries, territories,
// regions, cities) and well-known organisations with their acronyms.
// Names are matched word by word, case-sensitively, longest first.
#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "common/entities/entity_names.h"

namespace quorum::names {
namespace {

struct Name {
  const char* name;
  const char* value;
};

// The tables are data, packed by hand.
// clang-format off

// Countries: the 193 United Nations Member States as the UN lists them
// (un.org/en/about-us/member-states), with the short and older forms UN
// documents of 2008-2019 use ("Swaziland", "Turkey", "Czech Republic").
constexpr const char* kCountries[] = {
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
    "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei Darussalam",
    "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cape Verde", "Cambodia", "Cameroon", "Canada",
    "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica",
    "Côte d'Ivoire", "Cote d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia",
    "Democratic People's Republic of Korea", "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica",
    "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada",
    "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
    "Kiribati", "Kuwait", "Kyrgyzstan", "Lao People's Democratic Republic", "Laos", "Latvia", "Lebanon", "Lesotho",
    "Liberia", "Libya", "Libyan Arab Jamahiriya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi",
    "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia",
    "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
    "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Macedonia",
    "former Yugoslav Republic of Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea",
    "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Republic of Korea", "Republic of Moldova",
    "Moldova", "Romania", "Russian Federation", "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "São Tomé and Príncipe",
    "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
    "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname",
    "Swaziland", "Sweden", "Switzerland", "Syrian Arab Republic", "Syria", "Tajikistan", "Thailand", "Timor-Leste",
    "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda",
    "Ukraine", "United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland", "United Kingdom",
    "United Republic of Tanzania", "Tanzania", "United States of America", "United States", "Uruguay", "Uzbekistan",
    "Vanuatu", "Venezuela", "Viet Nam", "Vietnam", "Yemen", "Zambia", "Zimbabwe"};

// Observer States, and territories and regions that reports name as places.
constexpr const char* kTerritories[] = {
    "Holy See", "State of Palestine", "Palestine", "Occupied Palestinian Territory", "Gaza", "Gaza Strip",
    "West Bank", "East Jerusalem", "Kosovo", "Taiwan", "Hong Kong", "Macao", "Puerto Rico", "Western Sahara",
    "Greenland", "Cook Islands", "Niue", "Tokelau", "Bermuda", "New Caledonia", "Gibraltar", "Darfur", "Tibet",
    "Chechnya", "Crimea", "Abkhazia", "South Ossetia", "Transnistria", "Nagorno-Karabakh", "Zanzibar", "Mindanao",
    "Kashmir", "Kurdistan"};

// French and Spanish names of the States and cities the sample notes name.
constexpr const char* kForeignNames[] = {
    "Suisse", "Suiza", "Allemagne", "Alemania", "Espagne", "España", "États-Unis", "Estados Unidos", "Royaume-Uni",
    "Reino Unido", "Italie", "Italia", "Maroc", "Marruecos", "Turquie", "Turquía", "Chine", "Japon", "Japón",
    "Brésil", "Brasil", "Canadá", "Égypte", "Egipto", "Belgique", "Bélgica", "Pays-Bas", "Países Bajos", "Autriche",
    "Suède", "Suecia", "Norvège", "Noruega", "Mexique", "México", "Pérou", "Perú", "Colombie", "Chili", "Inde",
    "Kenia", "Genève", "Ginebra", "Vienne", "Viena", "Nueva York", "Bruxelles", "Bruselas", "Londres",
    "Moscou", "Moscú", "Pékin", "Pekín", "Lisbonne", "Lisboa", "Le Caire", "El Cairo", "Ciudad de México", "La Haye",
    "La Haya"};

// Continents and the named regions reports speak of.
constexpr const char* kRegions[] = {
    "Africa", "Asia", "Europe", "Oceania", "Antarctica", "Americas", "North America", "South America",
    "Latin America", "Central America", "Caribbean", "Middle East", "Near East", "sub-Saharan Africa",
    "Sub-Saharan Africa", "West Africa", "East Africa", "Southern Africa", "North Africa", "Central Africa",
    "Horn of Africa", "Sahel", "Central Asia", "South Asia", "South-East Asia", "Southeast Asia", "East Asia",
    "Western Balkans", "Balkans", "Mediterranean", "Arctic", "Afrique", "África", "Asie", "Europa",
    "Amérique latine", "América Latina", "Moyen-Orient", "Oriente Medio"};

// Cities: the capitals of the Member States, the United Nations duty
// stations, and other cities the sample and real notes name.
constexpr const char* kCities[] = {
    "Geneva", "New York", "Vienna", "Nairobi", "Bonn", "The Hague", "Strasbourg", "Brussels", "Addis Ababa",
    "Bangkok", "Beirut", "Santiago", "Puerto Vallarta", "Guadalajara", "Mexico City", "Marrakech", "Durban", "Lyon",
    "Budapest", "Montreal", "Rio de Janeiro", "Kabul", "Tirana", "Algiers", "Luanda", "Buenos Aires", "Yerevan",
    "Canberra", "Baku", "Nassau", "Manama", "Dhaka", "Bridgetown", "Minsk", "Belmopan", "Porto-Novo", "Cotonou",
    "Thimphu", "La Paz", "Sarajevo", "Gaborone", "Brasilia", "Brasília", "Sofia", "Ouagadougou", "Bujumbura",
    "Praia", "Phnom Penh", "Yaoundé", "Ottawa", "Bangui", "N'Djamena", "Beijing", "Bogotá", "Bogota", "Moroni",
    "Brazzaville", "San José", "Yamoussoukro", "Abidjan", "Zagreb", "Havana", "Nicosia", "Prague", "Pyongyang",
    "Kinshasa", "Copenhagen", "Santo Domingo", "Quito", "Cairo", "San Salvador", "Malabo", "Asmara", "Tallinn",
    "Mbabane", "Suva", "Helsinki", "Paris", "Libreville", "Banjul", "Tbilisi", "Berlin", "Accra", "Athens",
    "Guatemala City", "Conakry", "Bissau", "Georgetown", "Port-au-Prince", "Tegucigalpa", "Reykjavik", "New Delhi",
    "Delhi", "Jakarta", "Tehran", "Baghdad", "Dublin", "Jerusalem", "Tel Aviv", "Rome", "Kingston", "Tokyo", "Amman",
    "Astana", "Almaty", "Tarawa", "Kuwait City", "Bishkek", "Vientiane", "Riga", "Maseru", "Monrovia", "Tripoli",
    "Benghazi", "Vaduz", "Vilnius", "Antananarivo", "Lilongwe", "Kuala Lumpur", "Malé", "Bamako", "Valletta",
    "Majuro", "Nouakchott", "Port Louis", "Palikir", "Ulaanbaatar", "Podgorica", "Rabat", "Casablanca", "Maputo",
    "Naypyidaw", "Yangon", "Windhoek", "Kathmandu", "Amsterdam", "Wellington", "Managua", "Niamey", "Abuja", "Lagos",
    "Skopje", "Oslo", "Muscat", "Islamabad", "Karachi", "Lahore", "Panama City", "Port Moresby", "Asunción", "Lima",
    "Manila", "Warsaw", "Lisbon", "Doha", "Seoul", "Chisinau", "Bucharest", "Moscow", "Kigali", "Basseterre",
    "Castries", "Kingstown", "Apia", "Riyadh", "Dakar", "Belgrade", "Freetown", "Bratislava", "Ljubljana", "Honiara",
    "Mogadishu", "Pretoria", "Cape Town", "Johannesburg", "Juba", "Madrid", "Barcelona", "Colombo", "Khartoum",
    "Paramaribo", "Stockholm", "Bern", "Berne", "Damascus", "Aleppo", "Dushanbe", "Dili", "Lomé", "Port of Spain",
    "Tunis", "Ankara", "Istanbul", "Ashgabat", "Funafuti", "Kampala", "Kyiv", "Kiev", "Abu Dhabi", "Dubai", "London",
    "Dodoma", "Dar es Salaam", "Arusha", "Washington", "Montevideo", "Tashkent", "Port Vila", "Caracas", "Hanoi",
    "Ho Chi Minh City", "Sana'a", "Sanaa", "Lusaka", "Harare", "Shanghai", "Mumbai", "São Paulo", "Toronto",
    "Sydney", "Mombasa", "Goma", "Srebrenica", "Pristina", "Kandahar"};

// Well-known organisations, by their canonical names.
constexpr const char* kOrganizations[] = {
    "United Nations", "General Assembly", "Security Council", "Economic and Social Council",
    "International Court of Justice", "United Nations Secretariat", "Human Rights Council", "Human Rights Committee",
    "Committee against Torture", "Committee on the Rights of the Child",
    "Committee on the Elimination of Racial Discrimination",
    "Committee on the Elimination of Discrimination against Women",
    "Committee on Economic, Social and Cultural Rights", "Committee on the Rights of Persons with Disabilities",
    "Committee on Migrant Workers", "Committee on Enforced Disappearances",
    "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    "Subcommittee on Prevention of Torture",
    "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    "Working Group on the Universal Periodic Review", "Working Group on Arbitrary Detention",
    "Working Group on Enforced or Involuntary Disappearances", "Human Rights Council Advisory Committee",
    "Peacebuilding Commission", "Expert Mechanism on the Rights of Indigenous Peoples",
    "Permanent Forum on Indigenous Issues", "Office of the United Nations High Commissioner for Human Rights",
    "Office of the High Commissioner for Human Rights",
    "Office of the United Nations High Commissioner for Refugees", "United Nations High Commissioner for Refugees",
    "Office of the President of the General Assembly", "Office for the Coordination of Humanitarian Affairs",
    "United Nations Children's Fund", "United Nations Development Programme", "United Nations Population Fund",
    "United Nations Environment Programme", "UN-Habitat", "UN Women",
    "United Nations Entity for Gender Equality and the Empowerment of Women",
    "United Nations Development Fund for Women", "United Nations Office on Drugs and Crime",
    "Joint United Nations Programme on HIV/AIDS", "World Food Programme",
    "Food and Agriculture Organization of the United Nations", "Food and Agriculture Organization",
    "World Health Organization", "International Labour Organization", "International Labour Office",
    "United Nations Educational, Scientific and Cultural Organization", "International Organization for Migration",
    "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "United Nations Conference on Trade and Development", "United Nations Industrial Development Organization",
    "International Atomic Energy Agency", "International Monetary Fund", "World Bank", "World Trade Organization",
    "World Intellectual Property Organization", "International Telecommunication Union",
    "United Nations Office at Geneva", "United Nations Office at Vienna", "United Nations Office at Nairobi",
    "United Nations Alliance of Civilizations", "Economic Commission for Latin America and the Caribbean",
    "Economic Commission for Africa", "Economic Commission for Europe",
    "Economic and Social Commission for Asia and the Pacific", "Economic and Social Commission for Western Asia",
    "European Union", "European Commission", "European Parliament", "Council of the European Union",
    "European Court of Human Rights", "Council of Europe", "Organization for Security and Cooperation in Europe",
    "Organization for Security and Co-operation in Europe", "Office for Democratic Institutions and Human Rights",
    "African Union", "African Commission on Human and Peoples' Rights", "African Court on Human and Peoples' Rights",
    "Organization of American States", "Inter-American Commission on Human Rights",
    "Inter-American Court of Human Rights", "Association of Southeast Asian Nations",
    "Association of South-East Asian Nations", "ASEAN Intergovernmental Commission on Human Rights",
    "League of Arab States", "Arab League", "Organization of Islamic Cooperation",
    "Organisation of Islamic Cooperation", "Organization of the Islamic Conference",
    "Organisation of the Islamic Conference", "Organisation of Islamic Conference",
    "Organization of Islamic Conference", "Gulf Cooperation Council", "Economic Community of West African States",
    "Southern African Development Community", "East African Community",
    "Economic Community of Central African States", "Caribbean Community", "Pacific Islands Forum",
    "Commonwealth of Independent States", "Commonwealth Secretariat", "North Atlantic Treaty Organization",
    "Organisation for Economic Co-operation and Development",
    "Organization for Economic Cooperation and Development", "Andean Community", "Southern Common Market",
    "Non-Aligned Movement", "International Organization of la Francophonie",
    "Organisation internationale de la Francophonie", "Inter-Parliamentary Union", "International Criminal Court",
    "International Committee of the Red Cross", "International Federation of Red Cross and Red Crescent Societies",
    "Amnesty International", "Human Rights Watch", "Interpol", "Global Forum on Migration and Development",
    "International Dialogue on Migration", "Global Migration Group", "Nations Unies", "Naciones Unidas",
    "Assemblée générale", "Asamblea General", "Conseil de sécurité", "Consejo de Seguridad",
    "Conseil des droits de l'homme", "Consejo de Derechos Humanos", "Union européenne", "Unión Europea"};

// Other names of those, with the canonical one: a United Nations principal
// organ or the Council is named without the "United Nations"/"UN" some
// texts put before it.
constexpr Name kOrganizationsAliases[] = {
    {"United Nations General Assembly", "General Assembly"}, {"UN General Assembly", "General Assembly"},
    {"United Nations Security Council", "Security Council"}, {"UN Security Council", "Security Council"},
    {"United Nations Human Rights Council", "Human Rights Council"},
    {"UN Human Rights Council", "Human Rights Council"}, {"UN-Women", "UN Women"}};

// Acronyms of well-known organisations. Only unambiguous ones: "CAT",
// "CEDAW", "CRC" and "CRPD" name conventions more often than their
// committees ("ICERD" is the convention, so "CERD" is the committee).
constexpr Name kAcronyms[] = {
    {"UN", "United Nations"}, {"ONU", "United Nations"}, {"IOM", "International Organization for Migration"},
    {"OIM", "International Organization for Migration"},
    {"OHCHR", "Office of the United Nations High Commissioner for Human Rights"},
    {"UNHCR", "Office of the United Nations High Commissioner for Refugees"},
    {"UNICEF", "United Nations Children's Fund"}, {"UNDP", "United Nations Development Programme"},
    {"UNFPA", "United Nations Population Fund"}, {"UNEP", "United Nations Environment Programme"},
    {"UNIFEM", "United Nations Development Fund for Women"}, {"UNODC", "United Nations Office on Drugs and Crime"},
    {"UNAIDS", "Joint United Nations Programme on HIV/AIDS"}, {"WFP", "World Food Programme"},
    {"FAO", "Food and Agriculture Organization of the United Nations"}, {"WHO", "World Health Organization"},
    {"ILO", "International Labour Organization"},
    {"UNESCO", "United Nations Educational, Scientific and Cultural Organization"},
    {"UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East"},
    {"UNCTAD", "United Nations Conference on Trade and Development"},
    {"UNIDO", "United Nations Industrial Development Organization"}, {"IAEA", "International Atomic Energy Agency"},
    {"IMF", "International Monetary Fund"}, {"WTO", "World Trade Organization"},
    {"OCHA", "Office for the Coordination of Humanitarian Affairs"}, {"UNOG", "United Nations Office at Geneva"},
    {"ECOSOC", "Economic and Social Council"}, {"ECLAC", "Economic Commission for Latin America and the Caribbean"},
    {"ESCAP", "Economic and Social Commission for Asia and the Pacific"},
    {"ESCWA", "Economic and Social Commission for Western Asia"}, {"EU", "European Union"},
    {"OSCE", "Organization for Security and Cooperation in Europe"},
    {"ODIHR", "Office for Democratic Institutions and Human Rights"}, {"AU", "African Union"},
    {"OAS", "Organization of American States"}, {"IACHR", "Inter-American Commission on Human Rights"},
    {"ASEAN", "Association of Southeast Asian Nations"},
    {"AICHR", "ASEAN Intergovernmental Commission on Human Rights"}, {"OIC", "Organization of Islamic Cooperation"},
    {"GCC", "Gulf Cooperation Council"}, {"ECOWAS", "Economic Community of West African States"},
    {"SADC", "Southern African Development Community"}, {"CARICOM", "Caribbean Community"},
    {"NATO", "North Atlantic Treaty Organization"},
    {"OECD", "Organisation for Economic Co-operation and Development"}, {"MERCOSUR", "Southern Common Market"},
    {"OIF", "International Organization of la Francophonie"}, {"IPU", "Inter-Parliamentary Union"},
    {"ICC", "International Criminal Court"}, {"ICJ", "International Court of Justice"},
    {"ICRC", "International Committee of the Red Cross"},
    {"IFRC", "International Federation of Red Cross and Red Crescent Societies"},
    {"GFMD", "Global Forum on Migration and Development"}, {"IDM", "International Dialogue on Migration"},
    {"SPT", "Subcommittee on Prevention of Torture"},
    {"CERD", "Committee on the Elimination of Racial Discrimination"}, {"CMW", "Committee on Migrant Workers"},
    {"CESCR", "Committee on Economic, Social and Cultural Rights"},
    // The bodies that make the Web's and the Internet's standards, which
    // technical minutes name by acronym only.
    {"W3C", "World Wide Web Consortium"}, {"WHATWG", "Web Hypertext Application Technology Working Group"},
    {"IETF", "Internet Engineering Task Force"}, {"ICANN", "Internet Corporation for Assigned Names and Numbers"},
    // Spain's national parties, which its parliament's records name by
    // acronym only.
    {"PSOE", "Partido Socialista Obrero Español"}, {"PP", "Partido Popular"},
    {"PNV", "Partido Nacionalista Vasco"}};

// Organs of a known organisation by their acronym, which only that
// organisation's texts use so: the parent's acronym, the organ's, its name.
constexpr struct {
  const char* parent;
  const char* acronym;
  const char* name;
} kOrgans[] = {{"W3C", "TAG", "Technical Architecture Group"},
               {"W3C", "AB", "Advisory Board"},
               {"IETF", "IESG", "Internet Engineering Steering Group"},
               {"IETF", "IAB", "Internet Architecture Board"}};

// Words that make a defined name an organisation ("... Fund (UNICEF)")
// rather than a convention, plan or process ("... Review (UPR)").
constexpr std::string_view kHeads[] = {
    "Organization", "Organisation", "Organización", "Office", "Bureau", "Committee", "Comité", "Council", "Conseil",
    "Consejo", "Commission", "Comisión", "Fund", "Fonds", "Fondo", "Programme", "Program", "Programa", "Union",
    "Unión", "Community", "Communauté", "Comunidad", "Association", "Asociación", "Forum", "Foro", "Group", "Groupe",
    "Grupo", "Agency", "Agence", "Agencia", "Bank", "Banque", "Banco", "Court", "Cour", "Corte", "Tribunal",
    "Institute", "Institut", "Instituto", "Federation", "Fédération", "Movement", "Mouvement", "Movimiento", "Army",
    "Armée", "Ejército", "Forces", "Fuerzas", "Front", "Frente", "Party", "Parti", "Partido", "Society", "Société",
    "Sociedad", "Centre", "Center", "Centro", "Cross", "Crescent", "Dialogue", "Diálogo", "Network", "Réseau",
    "Alliance", "Alianza", "Foundation", "Fondation", "Fundación", "Authority", "Autorité", "Autoridad",
    "Secretariat", "Secrétariat", "Secretaría", "Assembly", "Assemblée", "Asamblea", "Parliament", "Parlement",
    "Parlamento", "Board", "Mission", "League", "Ligue", "Liga", "Coalition", "Coalición", "Corporation", "Company",
    "Panel", "Partnership", "Partenariat", "Department", "Mechanism", "Subcommittee", "Subcommission", "Entity",
    "Nations", "Organisation", "organisation", "organización", "organization"};

// clang-format on

// Name tables indexed by their first word's key, longest names first.
struct Entry {
  std::vector<std::string> keys;
  std::string value;
};
using Index = std::unordered_map<std::string, std::vector<Entry>>;

void Add(const char* name, const char* value, Index* index) {
  const std::vector<Word> words = ScanWords(name);
  Entry entry;
  for (const Word& word : words) entry.keys.push_back(word.key);
  entry.value = Normalised(value);
  (*index)[entry.keys.front()].push_back(std::move(entry));
}

template <size_t N>
void AddAll(const char* const (&names)[N], Index* index) {
  for (const char* name : names) Add(name, name, index);
}

template <size_t N>
void AddAll(const Name (&names)[N], Index* index) {
  for (const Name& name : names) Add(name.name, name.value, index);
}

// Longest names first, so the first that matches is the longest.
void Sort(Index* index) {
  for (auto& [first, entries] : *index)
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.keys.size() > b.keys.size(); });
}

// Does the index hold exactly this name?
bool Listed(const Index& index, const std::string& name) {
  const std::vector<Word> words = ScanWords(name);
  if (words.empty()) return true;
  const auto found = index.find(words.front().key);
  if (found == index.end()) return false;
  for (const Entry& entry : found->second) {
    if (entry.keys.size() != words.size()) continue;
    bool same = true;
    for (size_t k = 0; same && k < words.size(); ++k) same = entry.keys[k] == words[k].key;
    if (same) return true;
  }
  return false;
}

const Index& Places() {
  static const Index index = [] {
    Index built;
    AddAll(kCountries, &built);
    AddAll(kTerritories, &built);
    AddAll(kForeignNames, &built);
    AddAll(kRegions, &built);
    AddAll(kCities, &built);
    // ICU's names after the hand lists: a name both hold keeps the value
    // United Nations documents use ("Côte d'Ivoire", not ICU's "Côte d’Ivoire").
    for (const std::string& name : IcuCountryNames())
      if (!Listed(built, name)) Add(name.c_str(), name.c_str(), &built);
    Sort(&built);
    return built;
  }();
  return index;
}

const Index& Organizations() {
  static const Index index = [] {
    Index built;
    AddAll(kOrganizations, &built);
    AddAll(kOrganizationsAliases, &built);
    Sort(&built);
    return built;
  }();
  return index;
}

// Longest entry of `index` at words[i]; its words must follow each other
// with nothing but spaces between (a dash inside a name counts as a word).
size_t Longest(const Index& index, const std::vector<Word>& words, size_t i, std::string* value) {
  if (i >= words.size()) return 0;
  const auto found = index.find(words[i].key);
  if (found == index.end()) return 0;
  for (const Entry& entry : found->second) {
    if (i + entry.keys.size() > words.size()) continue;
    bool same = true;
    for (size_t k = 0; same && k < entry.keys.size(); ++k)
      same = words[i + k].key == entry.keys[k] && (k == 0 || words[i + k].spaced || entry.keys[k] == "'s");
    if (same) {
      *value = entry.value;
      return entry.keys.size();
    }
  }
  return 0;
}

}  // namespace

size_t MatchPlace(const std::vector<Word>& words, size_t i, std::string* value) {
  return Longest(Places(), words, i, value);
}

size_t MatchOrganization(const std::vector<Word>& words, size_t i, std::string* value) {
  return Longest(Organizations(), words, i, value);
}

std::string_view KnownAcronym(std::string_view acronym) {
  static const std::unordered_map<std::string_view, std::string_view> acronyms = [] {
    std::unordered_map<std::string_view, std::string_view> built;
    for (const Name& name : kAcronyms) built.emplace(name.name, name.value);
    return built;
  }();
  const auto found = acronyms.find(acronym);
  return found == acronyms.end() ? std::string_view() : found->second;
}

std::string_view KnownOrgan(std::string_view acronym, const std::set<std::string>& parents) {
  for (const auto& organ : kOrgans)
    if (acronym == organ.acronym && parents.count(organ.parent) > 0) return organ.name;
  return {};
}

bool IsOrganizationHead(std::string_view word) {
  static const std::unordered_set<std::string_view> heads(std::begin(kHeads), std::end(kHeads));
  return heads.count(word) > 0;
}

}  // namespace quorum::names
